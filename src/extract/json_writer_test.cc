#include "extract/json_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

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
            {"قال \"توكاييف\"", "tab\tnew\nline\x01", "bad \xff byte"}}}};
}

TEST(JsonWriterTest, OneLineAsDump) {
  EXPECT_EQ(Written(-1),
            Expected().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

TEST(JsonWriterTest, IndentedAsDump) {
  EXPECT_EQ(Written(2), Expected().dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
}

}  // namespace
}  // namespace akhbar
