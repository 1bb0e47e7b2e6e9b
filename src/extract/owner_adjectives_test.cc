#include "extract/owner_adjectives.h"

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace akhbar {
namespace {

// The adjectives of `text`, in order, each followed by + where it says
// whose a trigger's noun is.
std::string Owners(const std::string& text) {
  std::string out;
  for (const Mention& mention : testing::ExtractText(text).mentions) {
    if (mention.kind != MentionKind::kAdjective) continue;
    if (!out.empty()) out += " ";
    out += mention.text + (mention.owner ? "+" : "");
  }
  return out;
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

}  // namespace
}  // namespace akhbar
