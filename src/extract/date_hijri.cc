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

std::optional<CivilDate> HijriCalendar::ToGregorian(int year, unsigned month, unsigned day) const {
  if (month < 1 || month > 12 || day < 1) return std::nullopt;
  std::unique_ptr<icu::Calendar> calendar = Fresh();
  calendar->set(year, static_cast<int32_t>(month) - 1, static_cast<int32_t>(day));
  UErrorCode status = U_ZERO_ERROR;
  const UDate time = calendar->getTime(status);
  if (U_FAILURE(status)) return std::nullopt;
  const auto days = static_cast<int>(std::floor(time / kMillisecondsPerDay));
  return CivilDate::FromDays(std::chrono::sys_days(std::chrono::days(days)));
}

std::optional<unsigned> HijriCalendar::MonthLength(int year, unsigned month) const {
  if (month < 1 || month > 12) return std::nullopt;
  std::unique_ptr<icu::Calendar> calendar = Fresh();
  calendar->set(year, static_cast<int32_t>(month) - 1, 1);
  UErrorCode status = U_ZERO_ERROR;
  const int32_t length = calendar->getActualMaximum(UCAL_DATE, status);
  if (U_FAILURE(status)) return std::nullopt;
  return static_cast<unsigned>(length);
}

std::optional<int> HijriCalendar::YearOf(const CivilDate& date) const {
  std::unique_ptr<icu::Calendar> calendar = Fresh();
  UErrorCode status = U_ZERO_ERROR;
  calendar->setTime(date.ToDays().time_since_epoch().count() * kMillisecondsPerDay, status);
  const int32_t year = calendar->get(UCAL_YEAR, status);
  if (U_FAILURE(status)) return std::nullopt;
  return year;
}

}  // namespace akhbar
