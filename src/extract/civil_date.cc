#include "extract/civil_date.h"

#include <charconv>
#include <cstdio>

namespace akhbar {

std::string CivilDate::ToIso() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", year, month, day);
  return buffer;
}

std::optional<CivilDate> CivilDate::ParseIso(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  CivilDate date;
  const auto parse = [&](size_t at, size_t length, auto* value) {
    const char* end = text.data() + at + length;
    return std::from_chars(text.data() + at, end, *value).ptr == end;
  };
  if (!parse(0, 4, &date.year) || !parse(5, 2, &date.month) ||
      !parse(8, 2, &date.day) || !date.Valid()) {
    return std::nullopt;
  }
  return date;
}

}  // namespace akhbar
