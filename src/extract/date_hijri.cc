#include "extract/date_hijri.h"

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <chrono>
#include <cmath>
#include <cstring>

namespace akhbar {
namespace {

constexpr double kMillisecondsPerDay = 86400000.0;

}  // namespace

StatusOr<HijriCalendar> HijriCalendar::Create(const std::string& icu_calendar) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> calendar(
      icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(),
                                    icu::Locale(("@calendar=" + icu_calendar).c_str()), status));
  // ICU falls back to the Gregorian calendar for a type it does not know.
  if (U_FAILURE(status) || calendar == nullptr ||
      std::strcmp(calendar->getType(), icu_calendar.c_str()) != 0) {
    return RuleError("ICU has no calendar '" + icu_calendar + "'");
  }
  calendar->setLenient(false);
  HijriCalendar hijri;
  hijri.prototype_ = std::move(calendar);
  return hijri;
}

std::unique_ptr<icu::Calendar> HijriCalendar::Fresh() const {
  std::unique_ptr<icu::Calendar> calendar(prototype_->clone());
  calendar->clear();
  return calendar;
}

std::optional<int32_t> HijriCalendar::IcuFirstDay(int year, unsigned month) const {
  std::unique_ptr<icu::Calendar> calendar = Fresh();
  calendar->set(year, static_cast<int32_t>(month) - 1, 1);
  UErrorCode status = U_ZERO_ERROR;
  const UDate time = calendar->getTime(status);
  if (U_FAILURE(status)) return std::nullopt;
  return static_cast<int32_t>(std::floor(time / kMillisecondsPerDay));
}

HijriCalendar::MonthStarts HijriCalendar::StartsFromIcu(int year) const {
  std::array<int32_t, 13> starts{};
  for (unsigned month = 1; month <= 12; ++month) {
    const std::optional<int32_t> first = IcuFirstDay(year, month);
    if (!first) return std::nullopt;
    starts[month - 1] = *first;
  }
  const std::optional<int32_t> next_year = IcuFirstDay(year + 1, 1);
  if (!next_year) return std::nullopt;
  starts[12] = *next_year;
  return starts;
}

HijriCalendar::MonthStarts HijriCalendar::StartsOf(int year) const {
  const std::lock_guard<std::mutex> lock(cache_->mutex);
  const auto [at, inserted] = cache_->years.try_emplace(year);
  if (inserted) at->second = StartsFromIcu(year);
  return at->second;
}

std::optional<CivilDate> HijriCalendar::ToGregorian(int year, unsigned month, unsigned day) const {
  if (month < 1 || month > 12 || day < 1) return std::nullopt;
  const MonthStarts starts = StartsOf(year);
  if (!starts) return std::nullopt;
  const int32_t first = (*starts)[month - 1];
  if (static_cast<int64_t>(day) > (*starts)[month] - first) return std::nullopt;
  return CivilDate::FromDays(
      std::chrono::sys_days(std::chrono::days(first + static_cast<int32_t>(day) - 1)));
}

std::optional<unsigned> HijriCalendar::MonthLength(int year, unsigned month) const {
  if (month < 1 || month > 12) return std::nullopt;
  const MonthStarts starts = StartsOf(year);
  if (!starts) return std::nullopt;
  return static_cast<unsigned>((*starts)[month] - (*starts)[month - 1]);
}

std::optional<int> HijriCalendar::YearOf(const CivilDate& date) const {
  // A Hijri year is about 354.37 days, and 1 AH began on 622-07-16
  // (-492,148 days from 1970): the estimate is off by a year at most, and
  // the kept years say which.
  constexpr double kDaysPerYear = 354.36667;
  constexpr int32_t kFirstDayOfYearOne = -492148;
  const auto day = static_cast<int32_t>(date.ToDays().time_since_epoch().count());
  int year = static_cast<int>(std::floor((day - kFirstDayOfYearOne) / kDaysPerYear)) + 1;
  for (int step = 0; step < 3; ++step) {
    const MonthStarts starts = StartsOf(year);
    if (!starts) break;
    if (day < (*starts)[0]) {
      --year;
    } else if (day >= (*starts)[12]) {
      ++year;
    } else {
      return year;
    }
  }
  return IcuYearOf(date);
}

std::optional<int> HijriCalendar::IcuYearOf(const CivilDate& date) const {
  std::unique_ptr<icu::Calendar> calendar = Fresh();
  UErrorCode status = U_ZERO_ERROR;
  calendar->setTime(date.ToDays().time_since_epoch().count() * kMillisecondsPerDay, status);
  const int32_t year = calendar->get(UCAL_YEAR, status);
  if (U_FAILURE(status)) return std::nullopt;
  return year;
}

}  // namespace akhbar
