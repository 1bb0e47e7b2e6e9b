#include "render/calendar_units.h"

#include <array>

namespace akhbar {
namespace {

int FloorTo(int year, int step) {
  const int floored = year / step * step;
  return floored > year ? floored - step : floored;  // years before 1 AD
}

}  // namespace

int64_t DayNumber(const CivilDate& date) { return date.ToDays().time_since_epoch().count(); }

CivilDate DateOfDay(int64_t day) {
  return CivilDate::FromDays(std::chrono::sys_days(std::chrono::days(day)));
}

CivilDate UnitFirstDay(const CivilDate& date, Granularity granularity) {
  switch (granularity) {
    case Granularity::kDay:
      return date;
    case Granularity::kWeek:
      return date.PlusDays(-static_cast<int>((date.Weekday() + 6) % 7));
    case Granularity::kMonth:
      return {date.year, date.month, 1};
    case Granularity::kYear:
      return {date.year, 1, 1};
    case Granularity::kDecade:
      return {FloorTo(date.year, 10), 1, 1};
    case Granularity::kCentury:
      return {FloorTo(date.year, 100), 1, 1};
  }
  return date;
}

CivilDate UnitLastDay(const CivilDate& date, Granularity granularity) {
  switch (granularity) {
    case Granularity::kDay:
      return date;
    case Granularity::kWeek:
      return UnitFirstDay(date, granularity).PlusDays(6);
    case Granularity::kMonth: {
      const std::chrono::year_month_day_last last(
          std::chrono::year(date.year),
          std::chrono::month_day_last(std::chrono::month(date.month)));
      return {date.year, date.month, static_cast<unsigned>(last.day())};
    }
    case Granularity::kYear:
      return {date.year, 12, 31};
    case Granularity::kDecade:
      return {FloorTo(date.year, 10) + 9, 12, 31};
    case Granularity::kCentury:
      return {FloorTo(date.year, 100) + 99, 12, 31};
  }
  return date;
}

std::string_view ArabicMonthName(unsigned month) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "يناير", "فبراير", "مارس",   "أبريل",  "مايو",   "يونيو",
      "يوليو", "أغسطس",  "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
  return month >= 1 && month <= 12 ? kNames[month - 1] : "";
}

std::string_view EnglishMonthName(unsigned month) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  return month >= 1 && month <= 12 ? kNames[month - 1] : "";
}

std::string_view EnglishMonthAbbreviation(unsigned month) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  return month >= 1 && month <= 12 ? kNames[month - 1] : "";
}

std::string DurationText(int64_t days) {
  if (days >= 365) return std::to_string((days + 182) / 365) + " y";
  if (days >= 30) return std::to_string((days + 15) / 30) + " mo";
  return std::to_string(days) + " d";
}

}  // namespace akhbar
