#include "extract/utf8.h"

#include <gtest/gtest.h>

namespace akhbar {
namespace {

TEST(Utf8Test, DecodesArabicAndAscii) {
  const std::string text = "aب";
  char32_t code_point;
  EXPECT_EQ(DecodeUtf8(text, 0, &code_point), 1);
  EXPECT_EQ(code_point, U'a');
  EXPECT_EQ(DecodeUtf8(text, 1, &code_point), 2);
  EXPECT_EQ(code_point, U'ب');
}

TEST(Utf8Test, FindsFirstInvalidByte) {
  EXPECT_FALSE(FindInvalidUtf8("كازاخستان").has_value());
  const std::string broken = std::string("ab") + "\xD8" + "x";
  EXPECT_EQ(FindInvalidUtf8(broken), 2u);
}

TEST(Utf8Test, RejectsOverlongAndSurrogates) {
  EXPECT_EQ(FindInvalidUtf8("\xC0\xAF"), 0u);          // overlong '/'
  EXPECT_EQ(FindInvalidUtf8("\xED\xA0\x80"), 0u);      // U+D800
  EXPECT_EQ(FindInvalidUtf8("\xF4\x90\x80\x80"), 0u);  // above U+10FFFF
  EXPECT_EQ(FindInvalidUtf8("ok\xE2\x82"), 2u);        // truncated
  EXPECT_EQ(FindInvalidUtf8("\xC1\xBF"), 0u);          // overlong two-byte
  EXPECT_EQ(FindInvalidUtf8("\xD8\xA7\xD8"), 2u);      // letter, then a lone lead
  EXPECT_EQ(FindInvalidUtf8("\xD8\xA7\xD8\x41"), 2u);  // lead without continuation
}

TEST(Utf8Test, RoundTripsThroughAppend) {
  for (char32_t c : {U'A', U'ب', U'€', U'😀'}) {
    std::string out;
    AppendUtf8(c, &out);
    char32_t back;
    ASSERT_EQ(DecodeUtf8(out, 0, &back), static_cast<int>(out.size()));
    EXPECT_EQ(back, c);
  }
}

}  // namespace
}  // namespace akhbar
