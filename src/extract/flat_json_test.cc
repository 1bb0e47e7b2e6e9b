#include "extract/flat_json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <random>

namespace akhbar {
namespace {

constexpr std::string_view kWanted[] = {"content", "url", "date"};

std::optional<std::vector<std::optional<std::string>>> Read(std::string_view json) {
  return ReadFlatJsonStrings(json, kWanted);
}

TEST(FlatJsonTest, ReadsTheWantedStringsOfAFlatRecord) {
  const auto values = Read(
      R"( {"url": "http://x/مقال", "n": -12.5, "ok": true, "none": null,)"
      R"( "content": "قال \"توكاييف\":\n\u0627\ud83d\ude00\/", "date": "2022-01-06"} )");
  ASSERT_TRUE(values);
  EXPECT_EQ((*values)[0], "قال \"توكاييف\":\nا😀/");
  EXPECT_EQ((*values)[1], "http://x/مقال");
  EXPECT_EQ((*values)[2], "2022-01-06");
}

TEST(FlatJsonTest, AMissingKeyHasNoValue) {
  const auto values = Read(R"({"content": "نص"})");
  ASSERT_TRUE(values);
  EXPECT_EQ((*values)[0], "نص");
  EXPECT_FALSE((*values)[1]);
  const auto empty = Read("{}");
  ASSERT_TRUE(empty);
  EXPECT_FALSE((*empty)[0]);
}

TEST(FlatJsonTest, AKeyWantedTwiceGivesBothTheSameValue) {
  constexpr std::string_view wanted[] = {"content", "content"};
  const auto values = ReadFlatJsonStrings(R"({"content": "نص"})", wanted);
  ASSERT_TRUE(values);
  EXPECT_EQ((*values)[1], "نص");
}

TEST(FlatJsonTest, LeavesEverythingElseToNlohmann) {
  for (const char* json : {
           R"({"content": "a", "tags": ["x"]})",    // nested values
           R"({"content": "a", "meta": {}})",
           R"({"url": 17, "content": "a"})",        // a wanted field that is not a string
           R"({"content": "a", "content": "b"})",   // repeated
           R"({"content": "a", "n": 1e999})",       // exponents
           R"({"content": "\ud800"})",              // half a surrogate pair
           R"({"content": "\udc00\ud800"})",
           R"({"content": "\x"})",                  // unknown escape
           "{\"content\": \"a\tb\"}",               // raw control character
           "{\"content\": \"\xC3\x28\"}",           // ill-formed UTF-8
           "{\"content\": \"\xED\xA0\x80\"}",       // an encoded surrogate
           R"({"content": "a"} x)",                 // something after it
           R"({"content": "a",})",
           R"({"content": "a")",
           R"(["content"])",
           R"({"n": 01})",
           R"({"n": 1.})",
           R"({"n": -})",
           R"({"t": tru})",
           "",
       }) {
    EXPECT_FALSE(Read(json)) << json;
  }
}

// Random records, some well-formed and some broken: whatever the fast
// reader accepts, nlohmann must accept too, with the same wanted values.
TEST(FlatJsonTest, AgreesWithNlohmannOnRandomRecords) {
  const std::vector<std::string> pieces = {
      "a", "ب", "توكاييف", " ", "\\n", "\\\"", "\\\\", "\\/", "\\t", "\\u0627", "\\u00e9",
      "\\ud83d\\ude00", "\\ud800", "\\udc00", "\\u12", "\\q", "\x01", "\xff", "\xc3\x28",
      "\xe2\x80\xa8", "\xf0\x9f\x98\x80", "\xed\xa0\x80", "\\u0000"};
  const std::vector<std::string> keys = {"content", "url", "date", "title", "conte\\u006et",
                                         "", "ur\xc3\x28l"};
  const std::vector<std::string> scalars = {"0", "-0", "12", "-3.25", "01", "1.", "1e5", "-",
                                            "true", "false", "null", "nul", "[]", "{}", "[1,2]"};
  std::mt19937 random(20220106);
  const auto pick = [&](const std::vector<std::string>& from) {
    return from[random() % from.size()];
  };
  int accepted = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string json = random() % 4 == 0 ? " {" : "{";
    const int fields = static_cast<int>(random() % 5);
    for (int f = 0; f < fields; ++f) {
      if (f > 0) json += random() % 3 == 0 ? " , " : ",";
      json += "\"" + pick(keys) + "\":";
      if (random() % 2 == 0) {
        json += "\"";
        for (int n = static_cast<int>(random() % 6); n > 0; --n) json += pick(pieces);
        json += "\"";
      } else {
        json += pick(scalars);
      }
    }
    json += random() % 10 == 0 ? "} " : "}";
    if (random() % 4 == 0) {  // break something
      const size_t at = random() % json.size();
      switch (random() % 3) {
        case 0: json.erase(at, 1); break;
        case 1: json.insert(at, 1, "\",:{}[] \\x"[random() % 10]); break;
        default: json[at] = static_cast<char>(random() % 256); break;
      }
    }
    const auto fast = Read(json);
    if (!fast) continue;
    ++accepted;
    const nlohmann::json parsed = nlohmann::json::parse(json, nullptr, false);
    ASSERT_FALSE(parsed.is_discarded()) << json;
    ASSERT_TRUE(parsed.is_object()) << json;
    for (size_t i = 0; i < std::size(kWanted); ++i) {
      const auto field = parsed.find(kWanted[i]);
      if (!(*fast)[i]) {
        EXPECT_EQ(field, parsed.end()) << json;
        continue;
      }
      ASSERT_NE(field, parsed.end()) << json;
      ASSERT_TRUE(field->is_string()) << json;
      EXPECT_EQ(field->get<std::string>(), *(*fast)[i]) << json;
    }
  }
  EXPECT_GT(accepted, 2000);  // the generator reaches the fast path often
}

}  // namespace
}  // namespace akhbar
