#include "extract/civil_date.h"

#include <charconv>
#include <cstdio>

namespace akhbar {

std::string CivilDate::ToIso() const {
  // The graph writers call this for every dated vertex and edge: the digits
  // are put in place, where snprintf parsed its format every time.
  if (year < 0 || year > 9999 || month > 99 || day > 99) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", year, month, day);
    return buffer;
  }
  std::string iso = "0000-00-00";
  const auto put = [&](size_t last_digit, unsigned value) {
    for (size_t at = last_digit; value != 0; --at, value /= 10) {
      iso[at] = static_cast<char>('0' + value % 10);
    }
  };
  put(3, static_cast<unsigned>(year));
  put(6, month);
  put(9, day);
  return iso;
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
