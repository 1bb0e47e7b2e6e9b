#include "extract/json_writer.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include <nlohmann/json.hpp>

#include "extract/utf8.h"

namespace akhbar {
namespace {

// The same document through JsonWriter and through nlohmann's DOM.
std::string Written(int indent) {
  JsonWriter json(indent);
  json.OpenObject();
  json.Field("a_double", 0.1);
  json.Field("a_tiny_double", 1e-05);
  json.Field("a_whole_double", 3.0);
  json.Key("an_empty_array");
  json.OpenArray();
  json.CloseArray();
  json.Key("an_empty_object");
  json.OpenObject();
  json.CloseObject();
  json.Key("integers");
  json.OpenArray();
  json.Integer(-42);
  json.Number(18446744073709551615ULL);
  json.CloseArray();
  json.Key("nested");
  json.OpenArray();
  json.OpenObject();
  json.Field("date", std::optional<CivilDate>(CivilDate{2022, 1, 5}));
  json.Field("no_date", std::optional<CivilDate>());
  json.Field("yes", true);
  json.CloseObject();
  json.Strings({"قال \"توكاييف\"", "tab\tnew\nline\x01", "bad \xff byte"});
  json.CloseArray();
  // A key made at run time (an attribute name from a rule file) is escaped.
  json.Key(std::string("quoted \"key\"\t"));
  json.Number(1);
  json.CloseObject();
  return json.Take();
}

nlohmann::json Expected() {
  return {{"a_double", 0.1},
          {"a_whole_double", 3.0},
          {"a_tiny_double", 1e-05},
          {"an_empty_array", nlohmann::json::array()},
          {"an_empty_object", nlohmann::json::object()},
          {"integers", {-42, 18446744073709551615ULL}},
          {"nested",
           {{{"date", "2022-01-05"}, {"no_date", nullptr}, {"yes", true}},
            {"قال \"توكاييف\"", "tab\tnew\nline\x01", "bad \xff byte"}}},
          {"quoted \"key\"\t", 1}};
}

TEST(JsonWriterTest, OneLineAsDump) {
  EXPECT_EQ(Written(-1),
            Expected().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

TEST(JsonWriterTest, IndentedAsDump) {
  EXPECT_EQ(Written(2), Expected().dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
}

// Random strings of every kind of piece the writer tells apart: Arabic
// letters, ASCII, characters to escape, three- and four-byte characters,
// overlong and truncated forms, stray bytes.
TEST(JsonWriterTest, RandomStringsAsDump) {
  const std::vector<std::string> pieces = {
      "ت", "و", "ك", "ا", "ي", "ف", " ", "a", "Z", "0", ".", "\"", "\\", "\n", "\t",
      std::string(1, '\0'), "\x1f", "\x7f", "\xc2\xa0", "\xdf\xbf", "\xe2\x80\x8f",
      "\xf0\x9f\x98\x80", "\xc0\x80", "\xc1\xbf", "\xd8", "\x80", "\xff", "\xed\xa0\x80"};
  std::mt19937 random(20221);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const int length = std::uniform_int_distribution<int>(0, 40)(random);
    // Mostly Arabic and ASCII, as in news; the rest now and then.
    const bool broken = round % 4 == 0;
    for (int i = 0; i < length; ++i) {
      const size_t last = broken ? pieces.size() - 1 : 15;
      text += pieces[std::uniform_int_distribution<size_t>(0, last)(random)];
    }
    const std::string expected =
        nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    JsonWriter json(-1);
    json.String(text);
    ASSERT_EQ(json.Take(), expected) << "round " << round;
    // Unchecked, the string comes out ill-formed exactly when it went in so
    // (the caller's one check of the whole text relies on it), and the same
    // when it is well formed.
    JsonWriter unchecked(-1, nullptr, JsonWriter::Utf8::kCallerChecksText);
    unchecked.String(text);
    const std::string raw = unchecked.Take();
    ASSERT_EQ(FindInvalidUtf8(raw).has_value(), FindInvalidUtf8(text).has_value())
        << "round " << round;
    if (!FindInvalidUtf8(text)) ASSERT_EQ(raw, expected) << "round " << round;
  }
}

}  // namespace
}  // namespace akhbar
