// Hijri dates in Gregorian terms, through one of ICU's Islamic calendars.
#ifndef AKHBAR_EXTRACT_DATE_HIJRI_H_
#define AKHBAR_EXTRACT_DATE_HIJRI_H_

#include <unicode/uversion.h>

#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "base/status.h"
#include "extract/civil_date.h"

U_NAMESPACE_BEGIN
class Calendar;
U_NAMESPACE_END

namespace akhbar {

class HijriCalendar {
 public:
  // `icu_calendar` is an ICU calendar type: "islamic-umalqura",
  // "islamic-civil", ...
  static StatusOr<HijriCalendar> Create(const std::string& icu_calendar);

  // Empty when the day does not exist (30 in a 29-day month).
  std::optional<CivilDate> ToGregorian(int year, unsigned month, unsigned day) const;
  std::optional<unsigned> MonthLength(int year, unsigned month) const;
  // The Hijri year the Gregorian day falls in.
  std::optional<int> YearOf(const CivilDate& date) const;

 private:
  // The first days of a year's twelve months and of the next year's first,
  // in days since 1970-01-01; empty where ICU has no date.
  using MonthStarts = std::optional<std::array<int32_t, 13>>;
  // Saudi news often dates events in both calendars, and asking ICU took a
  // calendar's clone per question: each year is asked once, then kept.
  struct YearCache {
    std::mutex mutex;
    std::unordered_map<int, MonthStarts> years;
  };

  MonthStarts StartsOf(int year) const;
  MonthStarts StartsFromIcu(int year) const;
  std::optional<int32_t> IcuFirstDay(int year, unsigned month) const;
  std::optional<int> IcuYearOf(const CivilDate& date) const;
  std::unique_ptr<icu::Calendar> Fresh() const;

  // Calendars are not safe to mutate from several threads: every call to
  // ICU works on a clone.
  std::shared_ptr<const icu::Calendar> prototype_;
  std::shared_ptr<YearCache> cache_ = std::make_shared<YearCache>();
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_DATE_HIJRI_H_
