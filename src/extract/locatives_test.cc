#include "extract/locatives.h"

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace akhbar {
namespace {

// The mentions of `text`, in order, each followed by @ where it says where,
// by ^ where a preposition governs it, by ! where it is an agent, by ?
// where it is a source, by & where it is a patron, by ~ where it follows
// place nouns alone and by > where it follows a target link.
std::string Places(const std::string& text) {
  std::string out;
  for (const Mention& mention : testing::ExtractText(text).mentions) {
    if (!out.empty()) out += " ";
    out += mention.text + (mention.locative ? "@" : "") + (mention.after_preposition ? "^" : "") +
           (mention.agent ? "!" : "") + (mention.source ? "?" : "") + (mention.patron ? "&" : "") +
           (mention.after_place_noun ? "~" : "") + (mention.after_target_link ? ">" : "");
  }
  return out;
}

TEST(LocativesTest, ANameAfterALocativeSaysWhere) {
  EXPECT_EQ(Places("واقتحم المحتجون مقر البلدية في ألماتي."), "ألماتي@");
  EXPECT_EQ(Places("وفي ألماتي، قال توكاييف إن الوضع مستقر."), "ألماتي@ توكاييف");
  EXPECT_EQ(Places("وأرسلت روسيا قوات لدى كازاخستان."), "روسيا كازاخستان@");
  // Or where from.
  EXPECT_EQ(Places("وهرب بيريزوفسكي من روسيا إلى بريطانيا."), "روسيا@ بريطانيا^");
}

TEST(LocativesTest, ADatelineSaysWhereTheReportWasFiled) {
  EXPECT_EQ(Places("موسكو - أعلنت روسيا إرسال قوات."), "موسكو@ روسيا");
  EXPECT_EQ(Places("تقرير خاص.\nلندن – «الشرق الأوسط»: دعت فرنسا إلى الهدوء."),
            "لندن@ الشرق الأوسط فرنسا");
  // Only a bare name that opens its paragraph.
  EXPECT_EQ(Places("وروسيا - التي تملك حق النقض - رفضت القرار."), "روسيا");
  EXPECT_EQ(Places("قال توكاييف: موسكو - وهي حليفة - أرسلت قوات."), "توكاييف موسكو");
}

TEST(LocativesTest, PlaceNounsMayStandBetweenAndPlacesJoinedByAndSayWhereToo) {
  EXPECT_EQ(Places("احتج السكان في مدينة جاناوزين."), "جاناوزين@");
  EXPECT_EQ(Places("تظاهر العمال في شمال غرب كازاخستان."), "كازاخستان@");
  EXPECT_EQ(Places("اندلعت احتجاجات في ألماتي وأكتاو وتوكاييف يدعو إلى الهدوء."),
            "ألماتي@ أكتاو@ توكاييف");
}

TEST(LocativesTest, APlaceNounWithBGluedToItSaysWhereAsDoWordsOfExtent) {
  EXPECT_EQ(Places("قتل خمسة في انفجار بشمال أفغانستان."), "أفغانستان@");
  EXPECT_EQ(Places("اندلعت أعمال الشغب بمختلف أرجاء فرنسا."), "فرنسا@");
  EXPECT_EQ(Places("وأثارت الحادثة اضطرابات في جميع أنحاء الولايات المتحدة."),
            "الولايات المتحدة@");
  // ب glued to a country's name says nothing of where.
  EXPECT_EQ(Places("ونددت فرنسا بروسيا."), "فرنسا روسيا^");
}

TEST(LocativesTest, ANameAfterACountrysAdjectiveTakesItsMarks) {
  EXPECT_EQ(Places("وصل الوفد إلى العاصمة البريطانية لندن."), "البريطانية^ لندن^");
  EXPECT_EQ(Places("اجتمعا في العاصمة الألمانية برلين."), "الألمانية@ برلين@");
  EXPECT_EQ(Places("وشهدت العاصمة البريطانية لندن احتجاجات."), "البريطانية~ لندن~");
  // A title's adjective has no marks to give, and an adjective takes none.
  EXPECT_EQ(Places("وقال الرئيس الروسي بوتين إن الوضع مستقر."), "الروسي بوتين");
  EXPECT_EQ(Places("في المنطقة الروسية الأوكرانية."), "الروسية@ الأوكرانية");
}

TEST(LocativesTest, PlaceNounsAloneNameAPlace) {
  EXPECT_EQ(Places("وأصدر مدير منطقة الشرق الأوسط بيانا."), "الشرق الأوسط~");
  EXPECT_EQ(Places("ألقت الشرطة في ولاية بادن جنوب غرب ألمانيا القبض على رجل."), "ألمانيا~");
  // After a locative the name says where instead.
  EXPECT_EQ(Places("تظاهر العمال في شمال غرب كازاخستان."), "كازاخستان@");
}

TEST(LocativesTest, OtherWordsOrAGluedProcliticSayNothing) {
  // عهد is no place noun: "in Nazarbayev's era".
  EXPECT_EQ(Places("في عهد نزارباييف تغيرت البلاد."), "نزارباييف");
  // ب is "in" as often as it marks an object: it governs, but says nothing
  // of where.
  EXPECT_EQ(Places("ونددت فرنسا بروسيا."), "فرنسا روسيا^");
  // A punctuation mark between: the name opens a clause of its own.
  EXPECT_EQ(Places("وقالت المصادر في بيان، روسيا أرسلت قوات."), "روسيا");
}

TEST(LocativesTest, ANameAfterAPrepositionIsItsObject) {
  EXPECT_EQ(Places("وأدت غارة فوق سوريا إلى مقتل زعيم الجماعة."), "سوريا^");
  // Place nouns may stand between, and a name joined by و is governed too.
  EXPECT_EQ(Places("وحلقت الطائرة فوق شرق أوكرانيا متجهة إلى أميركا وفرنسا."),
            "أوكرانيا^ أميركا^ فرنسا^");
  // Glued: ب، ل، ك, before the article too; the article alone is none.
  EXPECT_EQ(Places("ونددت فرنسا بروسيا وللصين."), "فرنسا روسيا^ لصين^");
  EXPECT_EQ(Places("وصلت الطائرة بالكازاخستان، والكازاخستان ترفض."),
            "الكازاخستان^ الكازاخستان");
  // A punctuation mark between, or no preposition: the name may act.
  EXPECT_EQ(Places("ومن جهتها، روسيا أرسلت قوات إلى كازاخستان."), "روسيا كازاخستان^");
}

TEST(LocativesTest, ANameAfterATargetLinkIsWhatAnEventIsAgainstOrAbout) {
  EXPECT_EQ(Places("وانتقد تصريحات ضد روسيا وفرنسا بشأن شرق أوكرانيا."),
            "روسيا^> فرنسا^> أوكرانيا~>");
  // Other prepositions say nothing of it.
  EXPECT_EQ(Places("وعقد مؤتمرا صحفيا مع روسيا."), "روسيا^");
}

TEST(LocativesTest, ANameAfterAnAgentPhraseDidIt) {
  EXPECT_EQ(Places("ورفع العقوبات المفروضة من قبل أوروبا والولايات المتحدة."),
            "أوروبا! الولايات المتحدة!");
  EXPECT_EQ(Places("وقتل على يد روسيا، وتدخل عسكري من جانب فرنسا."), "روسيا! فرنسا!");
  // Or is said to have done it.
  EXPECT_EQ(Places("وقتل عشرة في هجوم نسب إلى روسيا، وهجمات تنسب لفرنسا."), "روسيا! فرنسا!");
  // قبل alone is a preposition; a punctuation mark between breaks the phrase.
  EXPECT_EQ(Places("قبل روسيا، ومن قبل، فرنسا."), "روسيا^ فرنسا");
}

TEST(LocativesTest, ANameAfterASourcePhraseReportsIt) {
  EXPECT_EQ(Places("وقتل 25 مقاتلا، بحسب روسيا."), "روسيا?");
  // Glued to the name or not, and a phrase of two words.
  EXPECT_EQ(Places("وفقا لروسيا وفرنسا، ونقلا عن ألماتي."), "روسيا? فرنسا? ألماتي?");
}

TEST(LocativesTest, ANameAfterAPatronsWordIsWhomSomeoneIsLoyalTo) {
  // The phrase's words take the article; its last letter is glued to the name.
  EXPECT_EQ(Places("واتهمت كازاخستان الانفصاليين الموالين لروسيا وبيلاروس."),
            "كازاخستان روسيا& بيلاروس&");
  EXPECT_EQ(Places("وهي حليفة لروسيا."), "روسيا&");
  // Without it, "his ally Tokayev": ة and ه are one letter once normalized.
  EXPECT_EQ(Places("وسلم الحكم إلى حليفه توكاييف."), "توكاييف");
}

TEST(LocativesTest, ANameAfterATitleIsGovernedAsTheTitleIs) {
  // A preposition glued to the title or right before it, through the title's
  // nouns and adjectives.
  EXPECT_EQ(Places("وقدم التعازي للرئيس الفرنسي إيمانويل ماكرون."), "الفرنسي إيمانويل ماكرون^");
  EXPECT_EQ(Places("ووجه رسالة إلى وزير الخارجية الأميركي أنتوني بلينكن."),
            "الأميركي أنتوني بلينكن^");
  EXPECT_EQ(Places("وتظاهروا ضد الرئيس قاسم جومرت توكاييف."), "قاسم جومرت توكاييف^>");
  // An agent, a source or a patron phrase before the title.
  EXPECT_EQ(Places("والدعوة من قبل الرئيس فلاديمير بوتين."), "فلاديمير بوتين!");
  EXPECT_EQ(Places("وذلك على لسان الرئيس إيمانويل ماكرون."), "إيمانويل ماكرون?");
  EXPECT_EQ(Places("وقاتلت القوات الموالية للرئيس نور سلطان نزارباييف."),
            "نور سلطان نزارباييف&");
  // So does a noun of a side's forces or members.
  EXPECT_EQ(Places("وتصدت لهجوم شنته قوات روسيا."), "روسيا!");
  EXPECT_EQ(Places("واندلعت اشتباكات مع عناصر منظمة معاهدة الأمن الجماعي."),
            "منظمة معاهدة الأمن الجماعي^");
  // No title, or too many words between: the name may act.
  EXPECT_EQ(Places("ووجه رسالة إلى الشعب ثم قال بوتين."), "بوتين");
  EXPECT_EQ(Places("وأشار إلى الرئيس المنتخب في الاقتراع الأخير بوتين."), "بوتين");
}

TEST(LocativesTest, APrepositionThatIsAVerbTooIsTheVerbBeforeAPerson) {
  // عبّر, "expressed", before a person or a title; عبر, "via", before a country.
  EXPECT_EQ(Places("وعبر الرئيس إيمانويل ماكرون عن أمله، وعبر بلينكن عن قلقه."),
            "إيمانويل ماكرون بلينكن");
  EXPECT_EQ(Places("ودخل المقاتلون عبر روسيا."), "روسيا^");
}

}  // namespace
}  // namespace akhbar
