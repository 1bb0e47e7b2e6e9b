// Hijri dates in Gregorian terms, through one of ICU's Islamic calendars.
#ifndef AKHBAR_EXTRACT_DATE_HIJRI_H_
#define AKHBAR_EXTRACT_DATE_HIJRI_H_

#include <unicode/uversion.h>

#include <memory>
#include <optional>
#include <string>

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
  std::unique_ptr<icu::Calendar> Fresh() const;

  // Calendars are not safe to mutate from several threads: every call works
  // on a clone.
  std::shared_ptr<const icu::Calendar> prototype_;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_DATE_HIJRI_H_
