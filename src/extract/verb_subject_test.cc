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
}

TEST(VerbSubjectTest, AVerbAfterTheArticleIsANoun) {
  EXPECT_EQ(Subjects("واحتج سكان ألماتي على الأسعار."), "احتج: ألماتي");
  EXPECT_EQ(Subjects("وتوسعت رقعة التظاهر في ألماتي."), "التظاهر");
}

}  // namespace
}  // namespace akhbar
