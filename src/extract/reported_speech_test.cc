#include "extract/reported_speech.h"

#include <gtest/gtest.h>

#include <fstream>
#include <memory>

#include "extract/extractor.h"
#include "extract/rule_set.h"
#include "tests/test_support.h"

namespace akhbar {
namespace {

std::string Trimmed(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return std::string(text);
}

// "trigger ← speaker | clause" for each trigger reported speech divides
// the sentence of (⇐ where the speaker acts), "trigger" alone for the
// others, in text order.
std::string Speech(const std::string& text, const RuleSet& rules = testing::RepoRules()) {
  Document document;
  document.text = text;
  std::string out;
  for (const EventMention& event : Extractor(rules).Extract(document).events) {
    if (!out.empty()) out += " / ";
    out += event.trigger;
    if (!event.speech) continue;
    const ReportedSpeech& speech = *event.speech;
    EXPECT_EQ(text.substr(speech.speaker_start, speech.speaker_end - speech.speaker_start),
              speech.speaker);
    out += (speech.speaker_acts ? " ⇐ " : " ← ") + speech.speaker + " | " +
           Trimmed(std::string_view(text).substr(speech.clause_start,
                                                 speech.clause_end - speech.clause_start));
  }
  return out;
}

TEST(ReportedSpeechTest, TheWordsBetweenTheVerbAndTheOpenerSpeak) {
  EXPECT_EQ(Speech("قال أبليازوف إن نزارباييف وعائلته فروا إلى أبو ظبي"),
            "فروا ← قال أبليازوف | نزارباييف وعائلته فروا إلى أبو ظبي");
  EXPECT_EQ(Speech("وأكد أيدوس أوكيباي المتحدث باسمه السبت أن الرئيس السابق دعا السكان"),
            "دعا ← وأكد أيدوس أوكيباي المتحدث باسمه السبت | الرئيس السابق دعا السكان");
  // بأن is an opener; لأن ("because") and أن after بعد open nothing.
  EXPECT_EQ(Speech("وأفادت الشرطة بأن المحتجين هربوا"), "هربوا ← وأفادت الشرطة | المحتجين هربوا");
  EXPECT_EQ(Speech("قال الوزير بعد أن هرب المحتجون"), "هرب");
  EXPECT_EQ(Speech("قال الوزير لأن المحتجين هربوا"), "هربوا");
  // No reporting verb: the sentence is one clause.
  EXPECT_EQ(Speech("هرب نزارباييف إلى أبو ظبي"), "هرب");
}

TEST(ReportedSpeechTest, AVerbMayReportANounAfterItsLink) {
  EXPECT_EQ(Speech("وأفاد المرصد السوري أمس بمقتل 12 شخصا"),
            "مقتل ← وأفاد المرصد السوري أمس | بمقتل 12 شخصا");
  EXPECT_EQ(Speech("وأشارت الشرطة إلى اعتقال خمسة"),
            "اعتقال ← وأشارت الشرطة | اعتقال خمسة");
  // A continuing verb goes on with the speaker before it.
  EXPECT_EQ(Speech("وقالت الشرطة إن المحتجين هربوا، مشيرة خصوصا إلى اعتقال خمسة"),
            "هربوا ← وقالت الشرطة | المحتجين هربوا، مشيرة خصوصا / "
            "اعتقال ← وقالت الشرطة | اعتقال خمسة");
  // وقالت goes on with the sentence's subject.
  EXPECT_EQ(Speech("وأعلنت الوزارة عن اعتقال خلية، وقالت إن المحتجين هربوا"),
            "اعتقال ← وأعلنت الوزارة | اعتقال خلية، / "
            "هربوا ← وأعلنت الوزارة عن اعتقال خلية | المحتجين هربوا");
  // Not the link of another verb, nor across a punctuation mark, nor with
  // no one named between.
  EXPECT_EQ(Speech("وترى الحكومة التي تأثرت بالعقوبات أن الحل ممكن"), "العقوبات");
  EXPECT_EQ(Speech("وأفاد المرصد أمس، بمقتل 12 شخصا"), "مقتل");
  EXPECT_EQ(Speech("وأفاد بمقتل 12 شخصا"), "مقتل");
}

TEST(ReportedSpeechTest, AQuotationOrAColonOpensTheClauseAndAQuotedNameDoesNot) {
  EXPECT_EQ(Speech("وقال أبليازوف: هرب نزارباييف"), "هرب ← وقال أبليازوف | هرب نزارباييف");
  EXPECT_EQ(Speech("وقال أبليازوف، \"إنه تلقى معلومات عن أن نزارباييف فروا\""),
            "فروا ← وقال أبليازوف | إنه تلقى معلومات عن أن نزارباييف فروا\"");
  EXPECT_EQ(Speech("قالت صحيفة \"نيويورك تايمز\"، إن روسيا أرسلت قوات"),
            "أرسلت قوات ← قالت صحيفة \"نيويورك تايمز | روسيا أرسلت قوات");
  EXPECT_EQ(Speech("وذكرت صحيفة «الغارديان» أن المحتجين هربوا"),
            "هربوا ← وذكرت صحيفة «الغارديان | المحتجين هربوا");
  // A colon right after a quoted name opens the clause.
  EXPECT_EQ(Speech("وقال المحلل لـ«الشرق الأوسط»: «هرب المحتجون»"),
            "هرب ← وقال المحلل لـ«الشرق الأوسط | هرب المحتجون»");
  // Too far from its verb: max_words (16) words.
  EXPECT_EQ(Speech("قال الوزير في كلمة ألقاها أمام أعضاء البرلمان في الجلسة الطارئة التي عقدت "
                   "صباح اليوم في العاصمة بحضور عدد من السفراء أن المحتجين هربوا"),
            "هربوا");
}

TEST(ReportedSpeechTest, ANameCountsAsOneWordTowardsTheOpener) {
  // The opener is the 17th word after the verb, the 15th with the name as one.
  EXPECT_EQ(Speech("وقال قاسم جومارت توكاييف في كلمة ألقاها أمام أعضاء البرلمان في الجلسة "
                   "الطارئة بعد ظهر يوم أمس أن المحتجين هربوا"),
            "هربوا ← وقال قاسم جومارت توكاييف في كلمة ألقاها أمام أعضاء البرلمان في الجلسة "
            "الطارئة بعد ظهر يوم أمس | المحتجين هربوا");
  EXPECT_EQ(Speech("وقال رئيس البلاد الجديد في كلمة ألقاها أمام أعضاء البرلمان في الجلسة "
                   "الطارئة بعد ظهر يوم أمس أن المحتجين هربوا"),
            "هربوا");
}

TEST(ReportedSpeechTest, ANamesWordIsNoVerb) {
  // كيري reads as ك + يرى, a verb of speech of its own, which had ended
  // the frame of قال before its opener.
  const std::filesystem::path path = testing::MakeTempDir("name_no_verb") / "extra.yaml";
  std::ofstream(path) << "- {id: kerry, type: person, names: [جون كيري, كيري]}\n";
  StatusOr<std::unique_ptr<RuleSet>> rules = RuleSet::Load(testing::RulesDir(), {path});
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  EXPECT_EQ(Speech("وقال كيري إن المحتجين هربوا", **rules),
            "هربوا ← وقال كيري | المحتجين هربوا");
}

TEST(ReportedSpeechTest, WhomTheSpeakerSpokeWithAndARelativeClauseSpeakNot) {
  EXPECT_EQ(Speech("وقال توكاييف ملخصا محادثته مع رئيس المجلس الأوروبي شارل ميشال: "
                   "هرب المحتجون"),
            "هرب ← وقال توكاييف ملخصا محادثته | هرب المحتجون");
  EXPECT_EQ(Speech("وقال قائد القوات التي تقودها روسيا إن المحتجين هربوا"),
            "هربوا ← وقال قائد القوات | المحتجين هربوا");
}

TEST(ReportedSpeechTest, AContinuingVerbKeepsTheSpeakerAndAVerbOfItsOwnNamesANewOne) {
  EXPECT_EQ(Speech("وقالت هوفمان إن العنف مرفوض، مضيفة أن برلين تدعو إلى الحوار"),
            "تدعو ← وقالت هوفمان | برلين تدعو إلى الحوار");
  EXPECT_EQ(Speech("وقالت هوفمان إن العنف مرفوض، وأضافت أن برلين تدعو إلى الحوار"),
            "تدعو ← وقالت هوفمان | برلين تدعو إلى الحوار");
  EXPECT_EQ(Speech("قال الوزير إن توكاييف أكد أن المحتجين هربوا"),
            "هربوا ← توكاييف أكد | المحتجين هربوا");
  // Right after a noun, a continuing verb is an adjective: عقوبات مشددة,
  // strict sanctions, opens no frame.
  EXPECT_EQ(Speech("وقال التقرير إن الأميركيين ضغطوا لفرض عقوبات مشددة على روسيا، ومن المستغرب "
                   "أن يوسعوا التجارة معها"),
            "فرض عقوبات ← وقال التقرير | الأميركيين ضغطوا لفرض عقوبات مشددة على روسيا، ومن "
            "المستغرب أن يوسعوا التجارة معها");
  // The subject before its verb speaks.
  EXPECT_EQ(Speech("مكسيم سوشكوف، قال إن الاحتجاجات كبيرة"),
            "الاحتجاجات ← مكسيم سوشكوف، قال | الاحتجاجات كبيرة");
}

TEST(ReportedSpeechTest, WhoSpeaksActsAfterASubjectOpenerOrAClosedQuotation) {
  EXPECT_EQ(Speech("وأعلنت الشرطة أنها اعتقلت خمسة محتجين."),
            "اعتقلت ⇐ وأعلنت الشرطة | اعتقلت خمسة محتجين.");
  // Only right after the opener: إنه تم اعتقال is "it was done".
  EXPECT_EQ(Speech("وقال الوزير إنه تم اعتقال خمسة محتجين."),
            "اعتقال ← وقال الوزير | تم اعتقال خمسة محتجين.");
  // After the closing mark the narrative goes on, unless a verb of speech
  // takes it up again.
  EXPECT_EQ(Speech("ورأى أبليازوف أن “تدخلا عسكريا يشكل احتلالا”، كما حض الكازاخستانيين."),
            "تدخلا عسكريا ← ورأى أبليازوف | “تدخلا عسكريا يشكل احتلالا”، كما حض الكازاخستانيين. / "
            "حض ⇐ ورأى أبليازوف | ”، كما حض الكازاخستانيين.");
  EXPECT_EQ(Speech("وقال المرصد «إن انتحاريا فجر نفسه في «داعش» أمس»، مشيرا إلى مقتل عشرة."),
            "مقتل ← وقال المرصد | مقتل عشرة.");
  // Only in the narrative's first two words: further on, the events have
  // subjects of their own.
  EXPECT_EQ(Speech("وقال الوزير «إن المحتجين غاضبون من الأسعار»، مشيدا بسرعة الشرطة التي أدت إلى "
                   "منع وقوع المزيد من القتلى."),
            "القتلى ← وقال الوزير | »، مشيدا بسرعة الشرطة التي أدت إلى منع وقوع المزيد من "
            "القتلى.");
  // A quotation closed without a mark that ends a clause leaves the
  // reported clause going on.
  EXPECT_EQ(Speech("وقالت مصادر إن «اللجنة الشبابية» أعدت قوائم بالاعتقالات التعسفية."),
            "الاعتقالات ← وقالت مصادر | «اللجنة الشبابية» أعدت قوائم بالاعتقالات التعسفية.");
}

TEST(ReportedSpeechTest, AStraightQuotationMarkIsToldByTheWordItTouches) {
  EXPECT_EQ(Speech("ورأى أبليازوف أن \"تدخلا عسكريا يشكل احتلالا\"، كما حض الكازاخستانيين."),
            "تدخلا عسكريا ← ورأى أبليازوف | \"تدخلا عسكريا يشكل احتلالا\"، كما حض "
            "الكازاخستانيين. / حض ⇐ ورأى أبليازوف | \"، كما حض الكازاخستانيين.");
  // Marks nest: \"داعش\" opens and closes inside the quotation.
  EXPECT_EQ(Speech("وقال المرصد \"إن عناصر \"داعش\" فروا من المدينة\"، ودعا السكان إلى الصبر."),
            "فروا ← وقال المرصد | إن عناصر \"داعش\" فروا من المدينة\"، ودعا السكان إلى "
            "الصبر. / دعا ⇐ وقال المرصد | \"، ودعا السكان إلى الصبر.");
  // A lone mark between spaces could open or close: no closing is known.
  EXPECT_EQ(Speech("ورأى أبليازوف أن \" تدخلا عسكريا يشكل احتلالا \" ، كما حض الكازاخستانيين."),
            "تدخلا عسكريا ← ورأى أبليازوف | \" تدخلا عسكريا يشكل احتلالا \" ، كما حض "
            "الكازاخستانيين. / حض ← ورأى أبليازوف | \" تدخلا عسكريا يشكل احتلالا \" ، كما حض "
            "الكازاخستانيين.");
}

TEST(ReportedSpeechTest, ATriggerOutsideTheReportedClauseKeepsItsOwn) {
  // Before the frame: its clause ends where the frame begins. وقال, with
  // nothing before its opener, goes on with the sentence's subject, its
  // first words.
  EXPECT_EQ(Speech("أعلن توكاييف حالة الطوارئ، وقال إن المحتجين هربوا"),
            "حالة الطوارئ ←  | أعلن توكاييف حالة الطوارئ، / "
            "هربوا ← أعلن توكاييف حالة الطوارئ | المحتجين هربوا");
  // Among the words of the frame: the frame's own event, of which no one
  // speaks, and whose clause is the whole sentence.
  EXPECT_EQ(Speech("وقال الجيش في بيان إن المحتجين هربوا"),
            "بيان / هربوا ← وقال الجيش في بيان | المحتجين هربوا");
}

TEST(ReportedSpeechTest, AnAttributionAfterTheEventsNamesWhoSpeaksOfThem) {
  EXPECT_EQ(Speech("اعتقلت الشرطة خمسة محتجين، حسبما أفادت وسائل الإعلام المحلية"),
            "اعتقلت ← أفادت وسائل الإعلام المحلية | اعتقلت الشرطة خمسة محتجين،");
  EXPECT_EQ(Speech("هرب المحتجون، بحسب ما أعلنت الشرطة، واعتقلت خمسة"),
            "هرب ← أعلنت الشرطة | هرب المحتجون، / اعتقلت ←  | ، واعتقلت خمسة");
  // Who speaks is a speaker's few words (max_words_before: 6), not the
  // sentence's rest.
  EXPECT_EQ(Speech("هرب المحتجون، وفق ما أفادت مصادر أمنية في العاصمة التركية أنقرة صباح اليوم"),
            "هرب ← أفادت مصادر أمنية في العاصمة التركية أنقرة | هرب المحتجون،");
  // A frame before reports them already; a verb that opens a clause
  // reports that clause.
  EXPECT_EQ(Speech("قال الوزير إن الشرطة اعتقلت خمسة، حسبما نقلت الوكالة"),
            "اعتقلت ← قال الوزير | الشرطة اعتقلت خمسة،");
  EXPECT_EQ(Speech("مثلما أعلن الوزير أن الشرطة اعتقلت خمسة"),
            "اعتقلت ← أعلن الوزير | الشرطة اعتقلت خمسة");
  // كما after a comma is as often "also": no attribution.
  EXPECT_EQ(Speech("اعتقلت الشرطة خمسة، كما أكدت الوزارة ضرورة الهدوء"), "اعتقلت");
}

}  // namespace
}  // namespace akhbar
