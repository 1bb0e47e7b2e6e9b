// A calendar day (proleptic Gregorian), the unit of document dates.
#ifndef AKHBAR_EXTRACT_CIVIL_DATE_H_
#define AKHBAR_EXTRACT_CIVIL_DATE_H_

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace akhbar {

struct CivilDate {
  int year = 0;
  unsigned month = 0;  // 1..12
  unsigned day = 0;    // 1..31

  std::chrono::sys_days ToDays() const {
    return std::chrono::sys_days(std::chrono::year_month_day(
        std::chrono::year(year), std::chrono::month(month), std::chrono::day(day)));
  }
  static CivilDate FromDays(std::chrono::sys_days days) {
    const std::chrono::year_month_day ymd(days);
    return CivilDate{static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day())};
  }
  CivilDate PlusDays(int days) const {
    return FromDays(ToDays() + std::chrono::days(days));
  }
  // 0 = Sunday ... 6 = Saturday.
  unsigned Weekday() const {
    return std::chrono::weekday(ToDays()).c_encoding();
  }
  bool Valid() const {
    return std::chrono::year_month_day(std::chrono::year(year),
                                       std::chrono::month(month),
                                       std::chrono::day(day))
        .ok();
  }

  std::string ToIso() const;  // YYYY-MM-DD
  static std::optional<CivilDate> ParseIso(std::string_view text);

  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_CIVIL_DATE_H_
