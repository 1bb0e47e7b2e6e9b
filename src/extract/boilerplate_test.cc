#include "extract/boilerplate.h"

#include <gtest/gtest.h>

#include <fstream>

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

std::string_view SpanOf(std::string_view text, uint32_t start, uint32_t end) {
  return text.substr(start, end - start);
}

TEST(BoilerplateTest, TagsAfterTheLastSentenceAreSkipped) {
  const std::string text = "قال بوتين إن القوات ستغادر. سمات روسيا كازاخستان عقوبات";
  const TextLayout layout = LayOut(text);
  EXPECT_EQ(layout.sentences.size(), 1u);
  ASSERT_EQ(layout.skipped.size(), 1u);
  EXPECT_EQ(layout.skipped[0].rule, "trailing_tags: سمات");
  EXPECT_EQ(SpanOf(text, layout.skipped[0].start, layout.skipped[0].end),
            "سمات روسيا كازاخستان عقوبات");
  // Without a terminator before them, the last sentence ends where they start.
  const std::string glued = "اعتقل 251 شخصا خلال المداهمات سمات الأكراد تركيا";
  const TextLayout cut = LayOut(glued);
  ASSERT_EQ(cut.sentences.size(), 1u);
  EXPECT_EQ(SpanOf(glued, cut.sentences[0].start, cut.sentences[0].end),
            "اعتقل 251 شخصا خلال المداهمات");
  EXPECT_EQ(cut.tokens.size(), 5u);
  // A line of tags alone.
  const TextLayout alone = LayOut("وصل بوتين.\nسمات روسيا");
  EXPECT_EQ(alone.sentences.size(), 1u);
  EXPECT_EQ(alone.paragraphs, 1u);
}

TEST(BoilerplateTest, TheWordForTagsInTheTextIsKept) {
  // A terminator after it, a proclitic glued to it, too many words after it,
  // or text after its line.
  EXPECT_TRUE(LayOut("وهذه من سمات القيادة الحكيمة.").skipped.empty());
  EXPECT_TRUE(LayOut("وسمات روسيا كازاخستان").skipped.empty());
  std::string long_tail = "سمات";
  for (int i = 0; i < 21; ++i) long_tail += " كلمة";
  EXPECT_TRUE(LayOut(long_tail).skipped.empty());
  EXPECT_TRUE(LayOut("سمات روسيا\nوصل بوتين.").skipped.empty());
}

TEST(BoilerplateTest, TagRulesNeedWordsAndAPositiveCount) {
  const auto path = testing::MakeTempDir("boilerplate") / "boilerplate.yaml";
  std::ofstream(path) << "trailing_tags:\n  words: [سمات]\n  max_words: 0\n";
  StatusOr<YamlFile> file = LoadYamlFile(path);
  ASSERT_TRUE(file.ok()) << file.status().message();
  const StatusOr<BoilerplateRules> rules =
      BoilerplateRules::FromYaml(*file, testing::RepoRules().tokenizer());
  ASSERT_FALSE(rules.ok());
  EXPECT_NE(rules.status().message().find("boilerplate.yaml:3:14: max_words must be at least 1"),
            std::string::npos)
      << rules.status().message();
}

}  // namespace
}  // namespace akhbar
