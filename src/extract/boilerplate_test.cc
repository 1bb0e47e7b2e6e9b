#include "extract/boilerplate.h"

#include <gtest/gtest.h>

#include "extract/document_layout.h"
#include "tests/test_support.h"

namespace akhbar {
namespace {

TextLayout LayOut(std::string_view text) {
  const RuleSet& rules = testing::RepoRules();
  return LayOutDocument(text, rules.tokenizer(), rules.boilerplate(), rules.morphology());
}

TEST(BoilerplateTest, SkipsFurnitureLinesByPrefix) {
  const TextLayout layout = LayOut(
      "وصل بوتين.\nاقرأ المزيد\nاقرأ أيضا: قوات روسية تصل\nREAD  تحذير من عاصفة\n"
      "شارك هذا المقالمحادثة\nاترك تعليقاً\nوغادر ماكرون.");
  EXPECT_EQ(layout.sentences.size(), 2u);
  ASSERT_EQ(layout.skipped.size(), 5u);
  EXPECT_NE(layout.skipped[4].rule.find("اترك"), std::string::npos);
}

TEST(BoilerplateTest, PrefixMustEndAtAWordUnlessRuleSaysOtherwise) {
  const TextLayout layout = LayOut("Ready to go.\nمعاييرنا: مبادئ الثقة");
  EXPECT_EQ(layout.sentences.size(), 1u);
  EXPECT_EQ(layout.skipped.size(), 1u);
}

TEST(BoilerplateTest, SectionHeadingSkipsTheRest) {
  const TextLayout layout =
      LayOut("خبر أول.\n\nمواضيع إضافية\n\nعنوان مقال آخر\n\nعنوان ثالث هنا");
  EXPECT_EQ(layout.sentences.size(), 1u);
  EXPECT_EQ(layout.skipped.size(), 3u);
}

TEST(BoilerplateTest, TrailingHeadlineListIsSkipped) {
  const TextLayout layout = LayOut(
      "بدأت الاحتجاجات في ألماتي.\nرئيس كازاخستان يأمر الجيش\n"
      "عشرات القتلى خلال قمع احتجاجات كازاخستان");
  EXPECT_EQ(layout.sentences.size(), 1u);
  ASSERT_EQ(layout.skipped.size(), 2u);
  EXPECT_EQ(layout.skipped[0].rule, "trailing_headlines");
}

TEST(BoilerplateTest, SingleShortLastLineIsKept) {
  const TextLayout layout = LayOut("بدأت الاحتجاجات.\nتقرير جاي بالكنبريدج");
  EXPECT_EQ(layout.sentences.size(), 2u);
  EXPECT_TRUE(layout.skipped.empty());
}

TEST(BoilerplateTest, DocumentOfBareHeadlinesIsKept) {
  const TextLayout layout = LayOut("عنوان أول\nعنوان ثان\nعنوان ثالث");
  EXPECT_EQ(layout.sentences.size(), 3u);
}

}  // namespace
}  // namespace akhbar
