#include "extract/verb_subject.h"

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace akhbar {
namespace {

// "trigger: subject" for each verb among the triggers of `text` (the
// subject empty where it has none), "trigger" alone for the others.
std::string Subjects(const std::string& text) {
  std::string out;
  for (const EventMention& event : testing::ExtractText(text).events) {
    if (!out.empty()) out += " / ";
    out += event.trigger;
    if (!event.verb) continue;
    out += ": " + text.substr(event.subject_start, event.subject_end - event.subject_start);
  }
  return out;
}

TEST(VerbSubjectTest, TheNamesRightAfterAVerbAreItsSubject) {
  EXPECT_EQ(Subjects("حثت فرنسا وألمانيا والمفوضية الأوروبية على وقف العنف ضد المحتجين."),
            "حثت: فرنسا وألمانيا والمفوضية الأوروبية");
  // Titles and first names before the first name, and a title's name.
  EXPECT_EQ(Subjects("واتهم رئيس كازاخستان الاثنين مقاتلين أجانب."), "اتهم: كازاخستان");
  EXPECT_EQ(Subjects("ودعت رئيسة المفوضية أورسولا فون دير لايين والرئيس الفرنسي إيمانويل ماكرون "
                     "إلى وقف العنف."),
            "دعت: أورسولا فون دير لايين والرئيس الفرنسي إيمانويل ماكرون");
  // Up to a punctuation mark: the West is who is called on. التنحي, after
  // the article, is a noun.
  EXPECT_EQ(Subjects("دعا مختار أبلياسوف، وهو مصرفي سابق، الغرب إلى التنحي."),
            "دعا: مختار أبلياسوف / التنحي");
  // Inside a trigger's own words.
  EXPECT_EQ(Subjects("وسلم نزارباييف الرئاسة إلى توكاييف في 2019."),
            "سلم نزارباييف الرئاسة: نزارباييف");
}

TEST(VerbSubjectTest, ANameAfterTheSubjectOrAStopWordIsAnObject) {
  // Two names with nothing joining them: who accuses, and whom.
  EXPECT_EQ(Subjects("واتهمت روسيا أوكرانيا بتأجيج التمرد."), "اتهمت: روسيا");
  // A title joins only the name right after it.
  EXPECT_EQ(Subjects("حث الرئيس الأميركي باراك أوباما بريطانيا على البقاء."), "حث: ");
  EXPECT_EQ(Subjects("دعا إلى وقف العنف في كازاخستان."), "دعا: ");
  // More than max_words (3) words before the first name.
  EXPECT_EQ(Subjects("دعا المجلس الوطني للسلام والتنمية كازاخستان إلى الحوار."), "دعا: ");
  // Adjectives alone make no subject: the Russian forces are not Russia.
  EXPECT_EQ(Subjects("قتلت القوات الروسية ثمانية مسلحين."), "قتلت: ");
  // A name in the next clause is that clause's subject.
  EXPECT_EQ(Subjects("وقتلوا حينما سقطت مقاتلة روسية وروسيا."), "قتلوا: ");
}

// A name after a word with the article that is no title is that noun's or
// the verb's object; an adjective there is the noun's, and no name joins it.
TEST(VerbSubjectTest, ANameAfterANounWithTheArticleIsNoSubject) {
  EXPECT_EQ(Subjects("واتهم الحزب الشيوعي روسيا بتأجيج التمرد."), "اتهم: ");
  EXPECT_EQ(Subjects("دعت الحكومة الفرنسية روسيا إلى الحوار."), "دعت: ");
  // Titles, and chains of nouns a title without the article heads, with
  // the title's adjectives: the name is the title's.
  EXPECT_EQ(Subjects("واتهم رئيس الوزراء الكازاخستاني السابق نزارباييف روسيا بتأجيج التمرد."),
            "اتهم: الكازاخستاني السابق نزارباييف");
  EXPECT_EQ(Subjects("واتهم الرئيس السابق نزارباييف روسيا بتأجيج التمرد."), "اتهم: نزارباييف");
  // The owner glued to ل acts through its organ.
  EXPECT_EQ(Subjects("ودعت الأمانة العامة لمنظمة معاهدة الأمن الجماعي إلى الحوار."),
            "دعت: منظمة معاهدة الأمن الجماعي");
}

TEST(VerbSubjectTest, ASubjectBeforeTheVerbLeavesTheNamesAfterItObjects) {
  EXPECT_EQ(Subjects("روسيا أرسلت قوات إلى كازاخستان."), "أرسلت قوات: ");
  // Kyiv is no catalog name: nothing stands for its relative pronoun.
  EXPECT_EQ(Subjects("ودعمت الدول الغربية كييف التي تتهم الكرملين بتسليح المتمردين."), "تتهم: ");
  // The name a relative pronoun stands for, whatever governs it.
  EXPECT_EQ(Subjects("وكازاخستان حليفة لروسيا التي أرسلت قوات لحفظ السلام."),
            "أرسلت قوات: روسيا");
  EXPECT_EQ(Subjects("ودعمت لندن وواشنطن وباريس التي تتهم روسيا بتسليح المتمردين."),
            "تتهم: لندن وواشنطن وباريس");
  EXPECT_EQ(Subjects("وكازاخستان حليفة لروسيا التي قالت إنها أرسلت قوات."), "أرسلت قوات: ");
  // Who speaks is the subject where they act.
  EXPECT_EQ(Subjects("وأعلنت الشرطة أنها اعتقلت أبليازوف."), "اعتقلت: ");
  // A pronoun that is the subject itself.
  EXPECT_EQ(Subjects("وهناك من يتهم روسيا بتسليح المتمردين."), "يتهم: ");
  EXPECT_EQ(Subjects("وعادة ما تتهم روسيا أوكرانيا بتسليح المتمردين."), "تتهم: روسيا");
  // A plural verb's subject stands before it: a verb before its subject is
  // singular.
  EXPECT_EQ(Subjects("وقال إن المتظاهرين اتهموا روسيا بالتدخل."), "اتهموا: ");
  EXPECT_EQ(Subjects("واتهم المتظاهرون روسيا بالتدخل."), "اتهم: ");
  EXPECT_EQ(Subjects("واتهمت روسيا أوكرانيا بالتصعيد."), "اتهمت: روسيا");
}

TEST(VerbSubjectTest, TheWordsAfterAParticleOfSubjectAreTheSubjectOfTheVerb) {
  EXPECT_EQ(Subjects("وأعلنت الحكومة أن الشرطة اعتقلت أبليازوف."), "اعتقلت: ");
  EXPECT_EQ(Subjects("وقال إن قوات الأمن الكازاخية اعتقلت أبليازوف."), "اعتقلت: ");
  EXPECT_EQ(Subjects("وقال بأن الشرطة اعتقلت أبليازوف."), "اعتقلت: ");
  // Not a verb after the particle, with its subject after it, nor more
  // than three words, nor a stop word, nor across a mark.
  EXPECT_EQ(Subjects("وتخشى أن يعود الاستقرار بينما اتهمت روسيا أوكرانيا."),
            "اتهمت: روسيا");
  EXPECT_EQ(Subjects("وقال إن في اليوم نفسه اتهمت روسيا أوكرانيا."), "اتهمت: روسيا");
  EXPECT_EQ(Subjects("وقال إن السلطات، أمس، اتهمت روسيا بالتدخل."), "اتهمت: روسيا");
}

TEST(VerbSubjectTest, AVerbAfterTheArticleIsANoun) {
  EXPECT_EQ(Subjects("واحتج سكان ألماتي على الأسعار."), "احتج: ألماتي");
  EXPECT_EQ(Subjects("وتوسعت رقعة التظاهر في ألماتي."), "التظاهر");
}

// "trigger: the text before the end of what governs it" for each trigger,
// "trigger:" where nothing does.
std::string Governed(const std::string& text) {
  std::string out;
  for (const EventMention& event : testing::ExtractText(text).events) {
    if (!out.empty()) out += " / ";
    out += event.trigger + ":";
    if (event.governor_end != 0) out += " " + text.substr(0, event.governor_end);
  }
  return out;
}

TEST(VerbSubjectTest, AVerbOfStanceGovernsTheNounAfterIt) {
  // Its subject after it, or the verb where there is none.
  EXPECT_EQ(Governed("أدانت فرنسا مقتل المتظاهرين."), "مقتل: أدانت فرنسا");
  EXPECT_EQ(Governed("رئيس كازاخستان يعتبر الاضطرابات محاولة انقلاب."),
            "الاضطرابات: رئيس كازاخستان يعتبر");
  // Proclitics come by themselves; the nearest verb counts.
  EXPECT_EQ(Governed("ونفت روسيا أنها تعتبر الاحتجاجات مؤامرة."),
            "الاحتجاجات: ونفت روسيا أنها تعتبر");
  // A name after the trigger is never the verb's subject.
  EXPECT_EQ(Governed("أدانت مقتل المتظاهرين فرنسا."), "مقتل: أدانت");
  // A verb trigger keeps its own subject, which is not the stance's.
  EXPECT_EQ(Subjects("أدانت فرنسا تدخل روسيا عسكريا في أوكرانيا."),
            "تدخل روسيا عسكريا: روسيا");
  EXPECT_EQ(Governed("طالبت فرنسا بوقف الاحتجاجات."), "طالبت: / الاحتجاجات: طالبت فرنسا");
  // To describe an event is not to make it.
  EXPECT_EQ(Governed("ووصف بوتين الاحتجاجات بأنها مؤامرة."), "الاحتجاجات: ووصف بوتين");
}

TEST(VerbSubjectTest, ALinkOfMeansGovernsTheNamesBeforeItsNoun) {
  EXPECT_EQ(Governed("وأعلنت روسيا مقتل خمسة جنود في غارة على ألماتي."),
            "مقتل: وأعلنت روسيا / غارة: وأعلنت روسيا مقتل خمسة جنود ");
  EXPECT_EQ(Governed("وأعلنت روسيا مقتل خمسة جنود بقصف مدفعي."),
            "مقتل: وأعلنت روسيا / قصف: وأعلنت روسيا مقتل خمسة جنود ");
  // Not after a word of doing, nor where a verb of stance governs.
  EXPECT_EQ(Governed("وشاركت طائرات روسيا للمرة الأولى في قصف ألماتي."), "قصف:");
  EXPECT_EQ(Governed("وقامت روسيا بقصف ألماتي."), "قصف:");
  EXPECT_EQ(Governed("واتهمت روسيا أوكرانيا بقصف ألماتي."), "اتهمت: / قصف: واتهمت روسيا");
}

TEST(VerbSubjectTest, AnAdjunctLinkGovernsTheNounAfterIt) {
  EXPECT_EQ(Governed("اعتقلت الشرطة خمسة خلال الاحتجاجات."),
            "اعتقلت: / الاحتجاجات: اعتقلت الشرطة خمسة ");
  // It holds the first trigger after it only.
  EXPECT_EQ(Governed("ولم يظهر نزارباييف منذ بدء الاضطرابات وسط تكهنات تفيد بمغادرته البلاد."),
            "الاضطرابات: ولم يظهر نزارباييف  / مغادرته البلاد:");
  // At the start of the sentence no name is before it.
  EXPECT_EQ(Governed("بعد مقتل المتظاهرين، اعتقلت الشرطة خمسة."), "مقتل: / اعتقلت:");
}

// The relative clause each trigger has before it, "" where none.
std::string RelativeClauses(const std::string& text) {
  std::string out;
  for (const EventMention& event : testing::ExtractText(text).events) {
    if (!out.empty()) out += " / ";
    out += event.trigger + ": " +
           text.substr(event.relative_start, event.relative_end - event.relative_start);
  }
  return out;
}

TEST(VerbSubjectTest, ARelativeClauseClosedBeforeATriggerIsAside) {
  EXPECT_EQ(RelativeClauses("وتشهد كازاخستان التي يحكمها توكاييف، احتجاجات."),
            "احتجاجات: التي يحكمها توكاييف");
  // Up to the first mark after the pronoun.
  EXPECT_EQ(RelativeClauses("الحادث الذي تعرضت له \"الصحيفة\" دفع فرنسا، وألمانيا إلى بيان."),
            "بيان: الذي تعرضت له");
  // A clause still open holds the trigger.
  EXPECT_EQ(RelativeClauses("الحزب الذي يقوده أبليازوف نظم احتجاجات."), "احتجاجات: ");
}

// "trigger: agent" for each noun among the triggers of `text`: the names
// that made it.
std::string Agents(const std::string& text) {
  std::string out;
  for (const EventMention& event : testing::ExtractText(text).events) {
    if (event.verb) continue;
    if (!out.empty()) out += " / ";
    out += event.trigger + ": " +
           text.substr(event.subject_start, event.subject_end - event.subject_start);
  }
  return out;
}

TEST(VerbSubjectTest, ARelativeClauseWhoseVerbHasTheNounForObjectSaysWhoMadeIt) {
  EXPECT_EQ(Agents("وأدانت روسيا العقوبات الاقتصادية التي فرضتها الولايات المتحدة وفرنسا عليها."),
            "العقوبات: الولايات المتحدة وفرنسا");
  // The verb's object is something else, or its subject only witnesses.
  EXPECT_EQ(Agents("وأدانت روسيا العقوبات التي فرضت على فرنسا."), "العقوبات: ");
  EXPECT_EQ(Agents("وتستمر الاحتجاجات التي تشهدها كازاخستان."), "الاحتجاجات: ");
  // The clause describes a name, not the noun.
  EXPECT_EQ(Agents("وأدانت العقوبات على روسيا التي تدعمها الصين."), "العقوبات: ");
}

TEST(VerbSubjectTest, ANounWithoutTheArticleTakesSuchAClauseWithoutARelative) {
  EXPECT_EQ(Agents("وتضرر الاقتصاد من عقوبات فرضتها الولايات المتحدة."),
            "عقوبات: الولايات المتحدة");
  EXPECT_EQ(Agents("وتضرر الاقتصاد من عقوبات اقتصادية قاسية فرضتها الولايات المتحدة."),
            "عقوبات: الولايات المتحدة");
  // Not after a preposition, a conjunction or a word that is no adjective,
  // nor a preposition carrying a pronoun.
  EXPECT_EQ(Agents("وجاء في بيان حول توجهه روسيا."), "بيان: ");
  EXPECT_EQ(Agents("وانتقدت بيان وسياساتها روسيا."), "بيان: ");
  EXPECT_EQ(Agents("وأصدرت بيانا لوزارتها روسيا."), "بيانا: ");
  EXPECT_EQ(Agents("وتضرر الاقتصاد من عقوبات عليها روسيا."), "عقوبات: ");
  // A noun with the article needs the relative pronoun.
  EXPECT_EQ(Agents("وتضرر الاقتصاد من العقوبات فرضتها الولايات المتحدة."), "العقوبات: ");
}

TEST(VerbSubjectTest, ANounWhoseGenitiveMadeItHasTheSubjectAVerbWouldAfterATitle) {
  EXPECT_EQ(Agents("وانتقدت الصحف تصريحات الرئيس الروسي فلاديمير بوتين."),
            "تصريحات: الروسي فلاديمير بوتين");
  EXPECT_EQ(Agents("وانتقدت الصحف تصريحات وزير خارجية روسيا."), "تصريحات: روسيا");
  // Not after other words (to whom, where), nor after a noun with the
  // article, nor for types whose genitive suffers the event.
  EXPECT_EQ(Agents("وقال في تصريح للصحفيين بمقر الرئاسة الروسية."), "تصريح: ");
  EXPECT_EQ(Agents("وانتقدت الصحف التصريحات الرئيس الروسي فلاديمير بوتين."), "التصريحات: ");
  EXPECT_EQ(Agents("واستمر اعتقال الرئيس الروسي فلاديمير بوتين."), "اعتقال: ");
}

// The aside each trigger has after it, "" where none.
std::string Asides(const std::string& text) {
  std::string out;
  for (const EventMention& event : testing::ExtractText(text).events) {
    if (!out.empty()) out += " / ";
    out += event.trigger + ": " +
           text.substr(event.aside_start, event.aside_end - event.aside_start);
  }
  return out;
}

TEST(VerbSubjectTest, ARelativeClauseAMarkOpensAfterATriggersWordsIsAside) {
  EXPECT_EQ(Asides("استقال نزارباييف، الذي حكم البلاد ثلاثين عاما، من منصبه في 2019."),
            "استقال: الذي حكم البلاد ثلاثين عاما");
  // Unclosed, it runs to the sentence's end.
  EXPECT_EQ(Asides("فرضت الولايات المتحدة عقوبات على روسيا، التي ضمت القرم في 2014."),
            "فرضت الولايات المتحدة عقوبات: التي ضمت القرم في 2014");
  // Right after the trigger it describes the trigger; without a mark it is
  // no aside.
  EXPECT_EQ(Asides("ونشرت الوزارة بيانا، الذي وقعه الوزير أمس."), "بيانا: ");
  EXPECT_EQ(Asides("استقال الوزير الذي حكم البلاد ثلاثين عاما."), "استقال: ");
}

}  // namespace
}  // namespace akhbar
