#include "extract/utf8.h"

#include <gtest/gtest.h>

#include <optional>
#include <random>
#include <string>
#include <vector>

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

TEST(Utf8Test, TheShortDecoderTakesOnlyAsciiAndTwoByteForms) {
  char32_t code_point = 0;
  EXPECT_EQ(DecodeUtf8Short("a", 0, &code_point), 1);
  EXPECT_EQ(code_point, U'a');
  EXPECT_EQ(DecodeUtf8Short("\u0645", 0, &code_point), 2);  // م
  EXPECT_EQ(code_point, U'\u0645');
  EXPECT_EQ(DecodeUtf8Short("\u20AC", 0, &code_point), 0);  // three bytes
  EXPECT_EQ(DecodeUtf8Short("\xD9", 0, &code_point), 0);    // cut short
  EXPECT_EQ(DecodeUtf8Short("\xC0\x80", 0, &code_point), 0);  // overlong
}

TEST(Utf8Test, FindsFirstInvalidByte) {
  EXPECT_FALSE(FindInvalidUtf8("كازاخستان").has_value());
  const std::string broken = std::string("ab") + "\xD8" + "x";
  EXPECT_EQ(FindInvalidUtf8(broken), 2u);
}

TEST(Utf8Test, IllFormedBytesAreReplacedInPlace) {
  // A lone continuation byte, a lead byte cut short by ASCII, a surrogate's
  // three bytes and an overlong slash, between well-formed Arabic letters.
  std::string text = "ب\x80ت\xD9ث\xED\xA0\x80ج\xC0\xAF";
  const size_t size = text.size();
  ReplaceIllFormedBytes(&text, ' ');
  EXPECT_EQ(text, "ب ت ث   ج  ");
  EXPECT_EQ(text.size(), size);
  EXPECT_FALSE(FindInvalidUtf8(text));

  std::string from_the_middle = "\xFFب\xFF";
  ReplaceIllFormedBytes(&from_the_middle, ' ', 1);
  EXPECT_EQ(from_the_middle, "\xFFب ");
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

// The first byte at which DecodeUtf8 fails, one character at a time.
std::optional<size_t> FirstUndecodable(std::string_view text) {
  char32_t code_point;
  for (size_t pos = 0; pos < text.size();) {
    const int length = DecodeUtf8(text, pos, &code_point);
    if (length == 0) return pos;
    pos += static_cast<size_t>(length);
  }
  return std::nullopt;
}

// FindInvalidUtf8 asks simdjson first; it must agree with the decoder the
// tokenizer uses on every kind of text, long runs included (simdjson works
// in blocks of 64 bytes).
TEST(Utf8Test, AgreesWithTheDecoderOnRandomText) {
  const std::vector<std::string> pieces = {
      "a", " ", "\n", "ك", "ازاخستان", "€", "😀", "\xEF\xBF\xBF", "\xF4\x8F\xBF\xBF",
      "\xC0\xAF", "\xC1\xBF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x82", "\xD8",
      "\x80", "\xBF", "\xF8\x88\x80\x80\x80", "\xFF", "\xF0\x9F\x98"};
  std::mt19937 random(7);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const int length = static_cast<int>(random() % 200);
    // Mostly valid pieces, so that long valid runs come before the fault.
    for (int i = 0; i < length; ++i) {
      const size_t piece = random() % 8 == 0 ? random() % pieces.size() : random() % 8;
      text += pieces[piece];
    }
    ASSERT_EQ(FindInvalidUtf8(text), FirstUndecodable(text)) << "round " << round;
  }
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
