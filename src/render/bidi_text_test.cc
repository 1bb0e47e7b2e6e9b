#include "render/bidi_text.h"

#include <gtest/gtest.h>

namespace akhbar {
namespace {

constexpr std::string_view kCsto = "منظمة معاهدة الأمن الجماعي (CSTO).";

TEST(BidiTextTest, MixedArabicLabelIsRightToLeft) {
  EXPECT_EQ(BaseDirection(kCsto), TextDirection::kRightToLeft);
  EXPECT_EQ(IsolateRightToLeft(kCsto), "\u2067منظمة معاهدة الأمن الجماعي (CSTO).\u2069");
}

TEST(BidiTextTest, LatinFirstLabelIsLeftAlone) {
  EXPECT_EQ(BaseDirection("CSTO (منظمة)"), TextDirection::kLeftToRight);
  EXPECT_EQ(IsolateRightToLeft("Collective Security Treaty Organization"),
            "Collective Security Treaty Organization");
}

TEST(BidiTextTest, NeutralTextIsLeftAlone) {
  EXPECT_EQ(BaseDirection("(2022) 5."), TextDirection::kNeutral);
  EXPECT_EQ(IsolateRightToLeft("(2022) 5."), "(2022) 5.");
  EXPECT_EQ(IsolateRightToLeft(""), "");
}

TEST(BidiTextTest, LeadingNeutralsDoNotDecide) {
  EXPECT_EQ(BaseDirection("«2022» توكاييف"), TextDirection::kRightToLeft);
}

TEST(BidiTextTest, IsolatingTwiceChangesNothing) {
  const std::string once = IsolateRightToLeft(kCsto);
  EXPECT_EQ(BaseDirection(once), TextDirection::kNeutral);
  EXPECT_EQ(IsolateRightToLeft(once), once);
}

TEST(BidiTextTest, IsolatedArabicBeforeEnglishIsLeftToRight) {
  const std::string label = IsolateRightToLeft("شخص") + " · person";
  EXPECT_EQ(BaseDirection(label), TextDirection::kLeftToRight);
  EXPECT_EQ(IsolateRightToLeft(label), label);
}

TEST(BidiTextTest, LinesAreIsolatedSeparately) {
  EXPECT_EQ(IsolateRightToLeftLines("توكاييف\nTokayev\n"), "\u2067توكاييف\u2069\nTokayev\n");
}

}  // namespace
}  // namespace akhbar
