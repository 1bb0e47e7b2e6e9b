// Days, months, years, decades and centuries as spans of day numbers, for
// placing dates of any granularity on one time axis.
#ifndef AKHBAR_RENDER_CALENDAR_UNITS_H_
#define AKHBAR_RENDER_CALENDAR_UNITS_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "extract/civil_date.h"
#include "extract/extraction.h"

namespace akhbar {

// Days since 1970-01-01.
int64_t DayNumber(const CivilDate& date);
CivilDate DateOfDay(int64_t day);

// The first and last day of the day, week (ISO, from Monday), month, year,
// decade or century that contains `date`.
CivilDate UnitFirstDay(const CivilDate& date, Granularity granularity);
CivilDate UnitLastDay(const CivilDate& date, Granularity granularity);

// 1..12 -> "يناير" ... "ديسمبر" (the names used across Arab news agencies)
// and "Jan" ... "Dec".
std::string_view ArabicMonthName(unsigned month);
std::string_view EnglishMonthName(unsigned month);
std::string_view EnglishMonthAbbreviation(unsigned month);

// A length of time in the largest whole unit: "3 d", "5 mo", "29 y".
std::string DurationText(int64_t days);

}  // namespace akhbar

#endif  // AKHBAR_RENDER_CALENDAR_UNITS_H_
