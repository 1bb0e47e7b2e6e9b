// libFuzzer target: any bytes as a JSON Lines record. Whatever the fast
// flat-record reader accepts, nlohmann must accept too, with the same
// values for the wanted fields; anything else the reader must leave alone.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <nlohmann/json.hpp>

#include "extract/flat_json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view json(reinterpret_cast<const char*>(data), size);
  constexpr std::string_view kWanted[] = {"content", "url", "date"};
  const auto fast = akhbar::ReadFlatJsonStrings(json, kWanted);
  if (!fast) return 0;
  const nlohmann::json parsed = nlohmann::json::parse(json, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object()) std::abort();
  for (size_t i = 0; i < std::size(kWanted); ++i) {
    const auto field = parsed.find(kWanted[i]);
    if (!(*fast)[i]) {
      if (field != parsed.end()) std::abort();
      continue;
    }
    if (field == parsed.end() || !field->is_string() ||
        field->get<std::string>() != *(*fast)[i]) {
      std::abort();
    }
  }
  return 0;
}
