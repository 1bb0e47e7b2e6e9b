#include "extract/owner_adjectives.h"

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace akhbar {
namespace {

// The mentions of `kind` in `text`, in order, each followed by + where
// `flag` is set.
std::string Marked(const std::string& text, MentionKind kind, bool Mention::*flag) {
  std::string out;
  for (const Mention& mention : testing::ExtractText(text).mentions) {
    if (mention.kind != kind) continue;
    if (!out.empty()) out += " ";
    out += mention.text + (mention.*flag ? "+" : "");
  }
  return out;
}

// The adjectives of `text`, + where one says whose a trigger's noun is.
std::string Owners(const std::string& text) {
  return Marked(text, MentionKind::kAdjective, &Mention::owner);
}

TEST(OwnerAdjectivesTest, ASingularAdjectiveRightAfterATriggerSaysWhoseItIs) {
  EXPECT_EQ(Owners("وتسببت العقوبات الأمريكية في أزمة."), "الأمريكية+");
  EXPECT_EQ(Owners("ووصلت قوات روسية إلى ألماتي."), "روسية+");
  EXPECT_EQ(Owners("وانتقد البيان الفرنسي الحكومة."), "الفرنسي+");
  // Joined by و.
  EXPECT_EQ(Owners("ورفضت العقوبات الأوروبية والأمريكية."), "الأوروبية+ الأمريكية+");
}

TEST(OwnerAdjectivesTest, TheArticleMustAgreeAndTheFormBeSingular) {
  // حض السوريين: the article on one word only makes the second the object.
  EXPECT_EQ(Owners("وحض السوريين على الهدوء."), "السوريين");
  // A plural names people, not an owner.
  EXPECT_EQ(Owners("وأعلنت الحكومة اعتقالات سوريين."), "سوريين");
  EXPECT_EQ(Owners("وأشاد باحتجاجات الروسية."), "الروسية");
}

TEST(OwnerAdjectivesTest, NotAfterTriggersWhoseNounTakesItsVictim) {
  EXPECT_EQ(Owners("وأكدت الشرطة مقتل جندي أمريكي."), "أمريكي");
  EXPECT_EQ(Owners("وأعلنت الشرطة مقتل أمريكي."), "أمريكي");
  // Nor with a word between.
  EXPECT_EQ(Owners("وفرضت عقوبات جديدة أمريكية."), "أمريكية");
}

// The names of `text`, + where one made what a trigger's noun names.
std::string Agents(const std::string& text) {
  return Marked(text, MentionKind::kName, &Mention::agent);
}

TEST(OwnerAdjectivesTest, TheNameAfterAStatementsNounMadeIt) {
  EXPECT_EQ(Agents("وأثارت تصريحات توكاييف غضب المحتجين."), "توكاييف+");
  EXPECT_EQ(Agents("وجاء في بيان لمنظمة معاهدة الأمن الجماعي أن القوات وصلت."),
            "منظمة معاهدة الأمن الجماعي+");
  EXPECT_EQ(Agents("وقال في مؤتمر صحفي لـتوكاييف إن النظام استتب."), "توكاييف+");
  // After the noun of a type that befalls its genitive, with a word between,
  // or another letter glued: no agent.
  EXPECT_EQ(Agents("وأعلنت الشرطة اعتقال أبليازوف."), "أبليازوف");
  EXPECT_EQ(Agents("وأثارت التصريحات الأخيرة لتوكاييف غضبا."), "توكاييف");
  EXPECT_EQ(Agents("وأثار بيان بتوكاييف غضبا."), "توكاييف");
  // A noun with the article takes no genitive: the statement criticises.
  EXPECT_EQ(Agents("وانتقد البيان توكاييف."), "توكاييف");
  EXPECT_EQ(Agents("وجاء في البيان لتوكاييف أن النظام استتب."), "توكاييف+");
  // A place or a medium makes no statement: بيان ألماتي is one made there,
  // تصريح لوكالة الصحافة الفرنسية one given to it.
  EXPECT_EQ(Agents("وجاء بيان ألماتي بعد الاجتماع."), "ألماتي");
  EXPECT_EQ(Agents("وقال في تصريح لوكالة الصحافة الفرنسية إنه سيعود."),
            "وكالة الصحافة الفرنسية");
}

TEST(OwnerAdjectivesTest, TheNameOfATitleOrForcesAfterTheNounMadeIt) {
  EXPECT_EQ(Agents("وجاء في بيان لوزير الخارجية الأمريكي أنتوني بلينكن أن القوات وصلت."),
            "أنتوني بلينكن+");
  EXPECT_EQ(Agents("وصدت الشرطة هجوم عناصر منظمة معاهدة الأمن الجماعي على المطار."),
            "منظمة معاهدة الأمن الجماعي+");
  EXPECT_EQ(Agents("وصدت الشرطة هجوما لقوات منظمة معاهدة الأمن الجماعي على المطار."),
            "منظمة معاهدة الأمن الجماعي+");
  // A name after a preposition names someone else; after a noun with the
  // article a title without a link is what the noun does something to.
  EXPECT_EQ(Agents("وتواصلت الغارات الجوية لقوات روسية على منظمة معاهدة الأمن الجماعي."),
            "منظمة معاهدة الأمن الجماعي");
  EXPECT_EQ(Agents("وانتقد البيان وزير الخارجية الأمريكي أنتوني بلينكن."), "أنتوني بلينكن");
}

TEST(OwnerAdjectivesTest, AGenitiveWithLAfterTheNounsAdjectivesMadeIt) {
  EXPECT_EQ(Agents("وجاء في بيان رسمي لتوكاييف أن القوات وصلت."), "توكاييف+");
  EXPECT_EQ(Agents("وصدت الشرطة هجمات إرهابية لقوات منظمة معاهدة الأمن الجماعي."),
            "منظمة معاهدة الأمن الجماعي+");
  // Without ل the name is no genitive of the noun; an elative (ى) is no
  // adjective of it, but what the sentence compares.
  EXPECT_EQ(Agents("وجاء في بيان رسمي أمس توكاييف."), "توكاييف");
  EXPECT_EQ(Agents("وتعد التفجيرات التحدي الأقوى لمنظمة معاهدة الأمن الجماعي."),
            "منظمة معاهدة الأمن الجماعي");
}

TEST(OwnerAdjectivesTest, AGenitiveAnObjectWithLFollowsDidWhatTheNounNames) {
  EXPECT_EQ(Agents("وجاءت اتهامات توكاييف لأبليازوف بعد أيام."), "توكاييف+ أبليازوف");
  // ل before another word says what for; a noun with the article takes no
  // genitive.
  EXPECT_EQ(Agents("وجاءت دعوة منظمة معاهدة الأمن الجماعي للتدخل بعد أيام."),
            "منظمة معاهدة الأمن الجماعي");
  EXPECT_EQ(Agents("وجاءت الاتهامات توكاييف لأبليازوف بعد أيام."), "توكاييف أبليازوف");
}

}  // namespace
}  // namespace akhbar
