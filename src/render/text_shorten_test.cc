#include "render/text_shorten.h"

#include <gtest/gtest.h>

namespace akhbar {
namespace {

TEST(TextShortenTest, ShortTextIsKeptWithSpacesCollapsed) {
  EXPECT_EQ(ShortenText("  اشتباكات   في\nألماتي ", 40), "اشتباكات في ألماتي");
  EXPECT_EQ(ShortenText("abc", 3), "abc");
}

TEST(TextShortenTest, CutsAfterTheLastWholeWord) {
  EXPECT_EQ(ShortenText("اشتباكات في ألماتي", 12), "اشتباكات في…");
  EXPECT_EQ(ShortenText("one two three", 9), "one two…");
}

TEST(TextShortenTest, CutsInsideALongFirstWordKeepingMarksWithTheirLetter) {
  EXPECT_EQ(ShortenText("abcdefgh", 4), "abcd…");
  // "كَتَبَ": each letter followed by a fatha; a cut after 3 code points
  // would separate the second letter from its fatha.
  EXPECT_EQ(ShortenText("كَتَبَ", 3), "كَ…");
}

}  // namespace
}  // namespace akhbar
