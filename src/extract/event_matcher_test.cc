#include "extract/event_matcher.h"

#include <gtest/gtest.h>

#include "extract/extractor.h"
#include "tests/test_support.h"

namespace akhbar {
namespace {

// "type:trigger" for every event found, in text order.
std::string Summary(const std::string& text) {
  Document document;
  document.id = "test";
  document.text = text;
  std::string out;
  for (const EventMention& event : Extractor(testing::RepoRules()).Extract(document).events) {
    if (!out.empty()) out += " | ";
    out += event.type + ":" + event.trigger;
    EXPECT_EQ(text.substr(event.start, event.end - event.start), event.trigger);
  }
  return out;
}

TEST(EventMatcherTest, ProcliticsAreSetAsideAndTheArticleKept) {
  EXPECT_EQ(Summary("احتجاجات"), "protest:احتجاجات");
  EXPECT_EQ(Summary("والاحتجاجات"), "protest:الاحتجاجات");
  EXPECT_EQ(Summary("وتوقيف"), "arrest:توقيف");
  EXPECT_EQ(Summary("وحض"), "appeal:حض");
}

TEST(EventMatcherTest, WildcardAndSuffixSetsCoverInflections) {
  EXPECT_EQ(Summary("احتجاجية"), "protest:احتجاجية");
  EXPECT_EQ(Summary("احتجاجاً"), "protest:احتجاجاً");
  EXPECT_EQ(Summary("استقالتها"), "resignation:استقالتها");
  EXPECT_EQ(Summary("إقالته"), "resignation:إقالته");
  EXPECT_EQ(Summary("إقالتنا"), "");  // not in the suffix set
  EXPECT_EQ(Summary("احتجاز"), "arrest:احتجاز");  // not a protest: احتج* is not a rule
}

// rules/arabic.yaml's whole_words: first letters that only look like a
// proclitic are not set aside.
TEST(EventMatcherTest, AWholeWordIsNoProcliticAndATrigger) {
  EXPECT_EQ(Summary("بحث الوزير الأزمة"), "");
  EXPECT_EQ(Summary("وبحث الوزير الأزمة"), "");
  EXPECT_EQ(Summary("بحثت الوزيرة الأزمة"), "");
  EXPECT_EQ(Summary("وحث الوزير الأطراف"), "appeal:حث");
  EXPECT_EQ(Summary("لحث الأطراف"), "appeal:حث");
  EXPECT_EQ(Summary("وحثت الوزيرة الأطراف"), "appeal:حثت");
  EXPECT_EQ(Summary("عادوا إلى بيتهما"), "");
  EXPECT_EQ(Summary("ويتهمهما الوزير"), "accusation:يتهمهما");
}

// events.yaml's not_triggers: the longest match, and no event.
TEST(EventMatcherTest, ANotTriggerHoldsATriggerAndAnnouncesNothing) {
  EXPECT_EQ(Summary("وزارة الشؤون الإسلامية والدعوة والإرشاد"), "");
  EXPECT_EQ(Summary("المكتب التعاوني للدعوة والإرشاد"), "");
  EXPECT_EQ(Summary("ووجه الأمير دعوة للحوار"), "appeal:دعوة");
}

TEST(EventMatcherTest, AnInvitationIsNoAppeal) {
  EXPECT_EQ(Summary("وصل الملك تلبية لدعوة من الرئيس"), "");
  EXPECT_EQ(Summary("تلقى البشير دعوة رسمية"), "");
  EXPECT_EQ(Summary("ووجهت الوزارة الدعوة لحضور الحفل"), "");
  EXPECT_EQ(Summary("رئيس حزب الدعوة"), "");
  EXPECT_EQ(Summary("دعوة الحكومة إلى وقف القتال"), "appeal:دعوة");
}

TEST(EventMatcherTest, ACauseAFeelingANeedAndAPrayerAreNoAppeal) {
  EXPECT_EQ(Summary("تأخرت الرحلة ما دعا الشركة إلى الاعتذار"), "");
  EXPECT_EQ(Summary("تأخرت الرحلة، الأمر الذي دعا الشركة إلى الاعتذار"), "");
  EXPECT_EQ(Summary("وتلك هي الأسباب التي دعت الشركة إلى التأجيل"), "");
  EXPECT_EQ(Summary("ولا يوجد ما يدعو للقلق"), "");
  EXPECT_EQ(Summary("وهو أمر يدعو للفخر"), "");
  EXPECT_EQ(Summary("إذا دعت الحاجة إلى ذلك"), "");
  EXPECT_EQ(Summary("ودعا الله أن يحفظ البلاد"), "");
  EXPECT_EQ(Summary("وجاءت الزيارة بدعوة من الرئيس"), "");
  // كما is "also", not ك + ما: كما دعا is an appeal.
  EXPECT_EQ(Summary("كما دعا الوزير المواطنين إلى الحذر"), "appeal:دعا");
}

TEST(EventMatcherTest, WhatTheyProvidedIsNoFlight) {
  EXPECT_EQ(Summary("وفروا لنا السكن والمأكل"), "");
  EXPECT_EQ(Summary("وفروا من المدينة"), "flight:فروا");
}

TEST(EventMatcherTest, MoneyLeavingAMarketAndEvasionAreNoFlight) {
  EXPECT_EQ(Summary("وسجل هروب كثيف لرؤوس الأموال"), "");
  EXPECT_EQ(Summary("أدى إلى فرار المستثمرين إلى مناطق آمنة"), "");
  EXPECT_EQ(Summary("إنه الهروب إلى الأمام"), "");
  EXPECT_EQ(Summary("الهروب من المسؤولية"), "");
  EXPECT_EQ(Summary("هروب رؤوس الفساد إلى الخارج"), "flight:هروب");
  EXPECT_EQ(Summary("وهرب المتهم من السجن"), "flight:هرب");
}

TEST(EventMatcherTest, AStopIsNoArrest) {
  EXPECT_EQ(Summary("أوقفت وزارة الإسكان تنفيذ المشاريع"), "");
  EXPECT_EQ(Summary("أوقف الناتو التعاون مع روسيا"), "");
  EXPECT_EQ(Summary("وقالت إن الشرطة أوقفت رجلا"), "arrest:الشرطة أوقفت");
  EXPECT_EQ(Summary("أوقفت قوات الأمن 54 شخصا"), "arrest:أوقفت قوات الأمن 54 شخصا");
  EXPECT_EQ(Summary("وقد أوقف في فرنسا"), "arrest:أوقف في");
}

TEST(EventMatcherTest, APenaltyIsNoSanction) {
  EXPECT_EQ(Summary("تطبيق العقوبات الرادعة بحق المخالفين"), "");
  EXPECT_EQ(Summary("وإيقاع أشد العقوبات على مرتكبيها"), "");
  EXPECT_EQ(Summary("العقوبات المنصوص عليها في النظام"), "");
  EXPECT_EQ(Summary("وينص القانون على عقوبات بالسجن"), "");
  EXPECT_EQ(Summary("الحكم بالعقوبات البديلة"), "");
  EXPECT_EQ(Summary("العقوبات الأمريكية على إيران"), "sanctions:العقوبات");
  EXPECT_EQ(Summary("فرض عقوبات صارمة على روسيا"), "sanctions:فرض عقوبات");
}

TEST(EventMatcherTest, AJobInterviewIsNoStatement) {
  EXPECT_EQ(Summary("اجتياز المقابلة الشخصية"), "");
  EXPECT_EQ(Summary("لجان المقابلة"), "");
  EXPECT_EQ(Summary("وقال في مقابلة صحفية"), "statement:مقابلة");
}

TEST(EventMatcherTest, APermitADisorderAMatchAFairAndTheDockAreNoEvents) {
  EXPECT_EQ(Summary("بعد الحصول على تصريح من الوزارة"), "");
  EXPECT_EQ(Summary("ويعاني من اضطرابات النوم"), "");
  EXPECT_EQ(Summary("وقف المتهم في قفص الاتهام"), "");
  EXPECT_EQ(Summary("وقال في تصريح صحفي"), "statement:تصريح");
  EXPECT_EQ(Summary("اندلعت اضطرابات في العاصمة"), "protest:اضطرابات");
  EXPECT_EQ(Summary("خاض الفريق ثلاث مواجهات ودية"), "");
  EXPECT_EQ(Summary("أكبر تظاهرة اقتصادية للتمور"), "");
  EXPECT_EQ(Summary("اندلعت مواجهات عنيفة"), "clash:مواجهات");
}

TEST(EventMatcherTest, AttacksAndBattlesAreOnlyThoseOfWar) {
  EXPECT_EQ(Summary("قتل خمسة في هجوم انتحاري بسيارة مفخخة"),
            "killing:قتل | attack:هجوم | attack:سيارة مفخخة");
  EXPECT_EQ(Summary("وهاجموا مدينة ألماتي"), "attack:هاجموا");
  EXPECT_EQ(Summary("شنت الطائرات غارات على المدينة"), "bombardment:غارات");
  EXPECT_EQ(Summary("قتل جنديان في كمين نصبه مسلحون"), "killing:قتل | attack:كمين");
  EXPECT_EQ(Summary("أصيب خمسة جراء سقوط قذائف على الحي"), "bombardment:سقوط قذائف");
  EXPECT_EQ(Summary("ضبطت الشرطة 3 قذائف هاون"), "");
  EXPECT_EQ(Summary("اندلعت معارك عنيفة في المدينة"), "clash:معارك");
  // Football's, words', an animal's, a foiled one, and a battle of ideas.
  EXPECT_EQ(Summary("ضم لاعبا لخط الهجوم"), "");
  EXPECT_EQ(Summary("اعتمد على الهجمات المرتدة"), "");
  EXPECT_EQ(Summary("شن هجوما حادا على الحكومة"), "");
  EXPECT_EQ(Summary("هجوم سمكة قرش"), "");
  EXPECT_EQ(Summary("أعلنت الشرطة إحباط هجوم"), "");
  EXPECT_EQ(Summary("تفكيك عبوة ناسفة"), "");
  EXPECT_EQ(Summary("تواجه معارك فكرية"), "");
  // Only planned: لشن is among the negations.
  EXPECT_EQ(Summary("كان التنظيم يستعد لشن هجوم على البلدة"), "");
  // هاجم alone mostly attacks in words.
  EXPECT_EQ(Summary("هاجم الرئيس المعارضة"), "");
}

TEST(EventMatcherTest, ADeniedEventIsNoEvent) {
  EXPECT_EQ(Summary("رغم أنه لم يتهم بأي مخالفات"), "");
  EXPECT_EQ(Summary("هذه ليست دعوة للخوف"), "");
  EXPECT_EQ(Summary("ناشدت السود عدم التظاهر"), "appeal:ناشدت");
  EXPECT_EQ(Summary("بسجن المشبوهين من دون اتهام"), "");
  EXPECT_EQ(Summary("ولن تتدخل في الأزمة"), "");
  // The negation must touch the trigger: "لا تزال" is "still".
  EXPECT_EQ(Summary("ولا تزال الاشتباكات مستمرة"), "clash:الاشتباكات");
  EXPECT_EQ(Summary("قال لا، ثم اتهم الوزير"), "accusation:اتهم");
  // كلا, "both", is a whole word, not ك + لا.
  EXPECT_EQ(Summary("كلا الاتهامين باطل"), "accusation:الاتهامين");
}

TEST(EventMatcherTest, ANegatedQuantifierDeniesTheTriggerAfterIt) {
  EXPECT_EQ(Summary("ولم يصدر حتى مساء أمس أي بيان"), "");
  EXPECT_EQ(Summary("وغادر الملعب دون الإدلاء بأي تصريحات"), "");
  // Not without a negation within four words, nor across a mark.
  EXPECT_EQ(Summary("وأكد أن أي اتهام باطل"), "accusation:اتهام");
  EXPECT_EQ(Summary("لم يصدر عن الحكومة حتى مساء أمس أي بيان"), "statement:بيان");
  EXPECT_EQ(Summary("لم يتغير شيء، وأي اتهام باطل"), "accusation:اتهام");
}

TEST(EventMatcherTest, AVerbThatIsANounTooReportsOnlyWhereAVerbStartsAClause) {
  EXPECT_EQ(Summary("قتل 15 شخصا في حلب"), "killing:قتل");
  EXPECT_EQ(Summary("وفي تعز، وقتل شرطيان في هجوم"), "killing:قتل | attack:هجوم");
  EXPECT_EQ(Summary("الطفل الذي قتل حرقا في دوما"), "killing:قتل");
  EXPECT_EQ(Summary("وقد قتل آنذاك خمسة جنود"), "killing:قتل");
  // The noun: killing in general, a charge or an attempt.
  EXPECT_EQ(Summary("الاتحاد الذي يحظر قتل الحيتان"), "");
  EXPECT_EQ(Summary("وحاولت قتل نفسها مرات"), "");
  EXPECT_EQ(Summary("وحكم عليه بتهمة القتل"), "");
  EXPECT_EQ(Summary("القتل جريمة"), "");
}

TEST(EventMatcherTest, MultiWordTriggersAndGaps) {
  EXPECT_EQ(Summary("وأرسلت قوات"), "military_deployment:أرسلت قوات");
  EXPECT_EQ(Summary("أرسلت روسيا قوات"), "military_deployment:أرسلت روسيا قوات");
  EXPECT_EQ(Summary("قوات حفظ السلام"), "military_deployment:قوات حفظ السلام");
  EXPECT_EQ(Summary("فرض حالة الطوارئ"), "state_of_emergency:فرض حالة الطوارئ");
  EXPECT_EQ(Summary("وسلم نزارباييف الرئاسة إلى توكاييف"),
            "handover:سلم نزارباييف الرئاسة");
  // The gap stands for at most max_gap (3) words.
  EXPECT_EQ(Summary("أرسلت روسيا يوم أمس الأول قوات"), "");
}

TEST(EventMatcherTest, PunctuationEndsAMultiWordTrigger) {
  EXPECT_EQ(Summary("أرسلت، قوات"), "");
}

TEST(EventMatcherTest, TheLongerTriggerWins) {
  EXPECT_EQ(Summary("تبادل إطلاق النار"), "clash:تبادل إطلاق النار");
  EXPECT_EQ(Summary("وقف إطلاق النار"), "ceasefire:وقف إطلاق النار");
  EXPECT_EQ(Summary("أمر الجيش بإطلاق النار"), "shooting_order:أمر الجيش بإطلاق النار");
  EXPECT_EQ(Summary("بإطلاق النار"), "shooting:إطلاق النار");
  EXPECT_EQ(Summary("أصدر أمرا للجيش بفتح النار"), "shooting_order:أمرا للجيش بفتح النار");
  // امرأة and الأمريكية start like أمر once hamza is set aside.
  EXPECT_EQ(Summary("وقالت الشرطة الأمريكية إن مسلحا فتح النار"), "shooting:فتح النار");
  EXPECT_EQ(Summary("قامت امرأة بإطلاق النار"), "shooting:إطلاق النار");
}

// events.yaml's `becomes`: a shooting that an order, a permission or a
// decision governs is the order; any other is a shooting.
TEST(EventMatcherTest, AShootingIsAnOrderOnlyWhereAnOrderGovernsIt) {
  EXPECT_EQ(Summary("وسمح الرئيس توكاييف لقواته الجمعة بـ\"إطلاق النار\" على المسلحين"),
            "shooting_order:إطلاق النار");
  EXPECT_EQ(Summary("قاد قرار الرئيس الكازاخستاني قاسم جومارت توكاييف إطلاق النار"),
            "shooting_order:إطلاق النار");
  EXPECT_EQ(Summary("سمح لهم أن يطلقوا النار"), "shooting_order:يطلقوا النار");
  EXPECT_EQ(Summary("أطلق مسلحون النار على دورية"), "shooting:أطلق مسلحون النار");
  EXPECT_EQ(Summary("تعرضت دورية لإطلاق نار"), "shooting:إطلاق نار");
  // A mark closes the clause; a verb is a clause of its own.
  EXPECT_EQ(Summary("وفي قرار آخر، بدأ إطلاق النار"), "shooting:إطلاق النار");
  EXPECT_EQ(Summary("تجاهل أوامر الشرطة بالتوقف فأطلقت الشرطة النار"),
            "shooting:أطلقت الشرطة النار");
  // Further than `within` words, and أمر alone, which is also a town's name.
  EXPECT_EQ(Summary("سمح الوزير أمس لأول مرة منذ سنوات طويلة لرجال الأمن بإطلاق النار"),
            "shooting:إطلاق النار");
  EXPECT_EQ(Summary("كانوا في بلدة بيت أمر القريبة من الخليل وبدأ إطلاق النار"),
            "shooting:إطلاق النار");
}

TEST(EventMatcherTest, ACeasefireWithWordsBetweenIsNoOrderToShoot) {
  EXPECT_EQ(Summary("إلى وقف دائم لإطلاق النار"), "ceasefire:وقف دائم لإطلاق النار");
  EXPECT_EQ(Summary("بالوقف الفوري لاطلاق النار"), "ceasefire:الوقف الفوري لاطلاق النار");
  EXPECT_EQ(Summary("وأعلنت وقفا شاملا لإطلاق النار"), "ceasefire:وقفا شاملا لإطلاق النار");
  EXPECT_EQ(Summary("وإيقاف إطلاق النار"), "ceasefire:إيقاف إطلاق النار");
  EXPECT_EQ(Summary("وقام مسلح بإطلاق النار"), "shooting:إطلاق النار");
}

TEST(EventMatcherTest, LiftingSanctionsIsNotImposingThem) {
  EXPECT_EQ(Summary("ورفع العقوبات عن روسيا"), "sanctions_eased:رفع العقوبات");
  EXPECT_EQ(Summary("الرفع التدريجي للعقوبات"), "sanctions_eased:الرفع التدريجي للعقوبات");
  EXPECT_EQ(Summary("رفعت الولايات المتحدة العقوبات"),
            "sanctions_eased:رفعت الولايات المتحدة العقوبات");
  EXPECT_EQ(Summary("مقابل تخفيف العقوبات"), "sanctions_eased:تخفيف العقوبات");
  // إلغاء takes no gap: a visit cancelled over sanctions is about them.
  EXPECT_EQ(Summary("إلغاء الزيارة بسبب العقوبات"), "sanctions:العقوبات");
  // Of two triggers over the same words, the one written first wins.
  EXPECT_EQ(Summary("رفع مستوى العقوبات"), "sanctions:رفع مستوى العقوبات");
}

TEST(EventMatcherTest, SentencesAreReportedPerTrigger) {
  Document document;
  document.text = "اندلعت احتجاجات. وأعلنت الحكومة استقالتها الأربعاء.";
  const Extraction extraction = Extractor(testing::RepoRules()).Extract(document);
  ASSERT_EQ(extraction.events.size(), 2u);
  EXPECT_EQ(extraction.events[0].sentence, 0u);
  EXPECT_EQ(extraction.events[1].type, "resignation");
  EXPECT_EQ(extraction.events[1].sentence, 1u);
}

}  // namespace
}  // namespace akhbar
