#include "render/font_chain.h"

#include <gtest/gtest.h>

#include "render/bidi_text.h"
#include "render/text_measure.h"

namespace akhbar {
namespace {

TEST(FontChainTest, NotoSansArabicDrawsArabic) {
  StatusOr<FontChain> chain = FontChain::ForFamily("Noto Sans Arabic");
  ASSERT_TRUE(chain.ok()) << chain.status().message();
  EXPECT_TRUE(chain->arabic_face().Covers(U'ت'));
  EXPECT_EQ(chain->arabic_face().family, "Noto Sans Arabic");
}

TEST(FontChainTest, MixedIsolatedLabelHasNoTofu) {
  StatusOr<FontChain> chain = FontChain::ForFamily("Noto Sans Arabic");
  ASSERT_TRUE(chain.ok()) << chain.status().message();
  const std::string label = IsolateRightToLeft("منظمة معاهدة الأمن الجماعي (CSTO).") +
                            "\nCollective Security Treaty Organization — «1989»";
  EXPECT_TRUE(chain->Uncovered(label).empty());
}

TEST(FontChainTest, ReportsCharactersNoFontHas) {
  StatusOr<FontChain> chain = FontChain::ForFamily("Noto Sans Arabic");
  ASSERT_TRUE(chain.ok()) << chain.status().message();
  // A private-use code point: no installed font is expected to draw it.
  EXPECT_EQ(chain->Uncovered("ا\U000F0001ب"), std::vector<char32_t>{0xF0001});
}

TEST(TextMeasureTest, WidthsGrowWithTextAndSize) {
  StatusOr<FontChain> chain = FontChain::ForFamily("Noto Sans Arabic");
  ASSERT_TRUE(chain.ok()) << chain.status().message();
  const TextMeasurer measure(*chain);
  const double short_width = measure.Width("توكاييف", 12);
  EXPECT_GT(short_width, 12 * 2);
  EXPECT_LT(short_width, 12 * 7);
  EXPECT_GT(measure.Width("قاسم جومارت توكاييف", 12), short_width);
  EXPECT_DOUBLE_EQ(measure.Width("توكاييف", 24), 2 * short_width);
  EXPECT_DOUBLE_EQ(measure.Width("\u2067توكاييف\u2069", 12), short_width);
  EXPECT_GT(measure.Width("Tokayev", 12), 12 * 2);
}

}  // namespace
}  // namespace akhbar
