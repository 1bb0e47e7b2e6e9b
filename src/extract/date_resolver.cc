#include "extract/date_resolver.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <string_view>

namespace akhbar {
namespace {

// The days a value covers, and how it is written.
struct Interval {
  std::string value;
  CivilDate earliest;
  CivilDate latest;
  Granularity granularity = Granularity::kDay;
  std::string calendar_value;  // the Hijri date as written
};

struct PointResolution {
  std::optional<Interval> interval;  // empty: invalid, or no anchor to use
  bool invalid = false;
  bool anchored = false;
};

std::string YearText(int year) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d", year);
  return buffer;
}

std::string MonthText(int year, unsigned month) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u", year, month);
  return buffer;
}

std::string DayText(int year, unsigned month, unsigned day) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", year, month, day);
  return buffer;
}

std::string SignedText(int value) {
  // Formatted rather than "+" + std::to_string(value), which GCC 12 wrongly
  // warns about (-Wrestrict, its bug 105651).
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, value > 0 ? "%+d" : "%d", value);
  return buffer;
}

CivilDate LastDayOfMonth(int year, unsigned month) {
  const std::chrono::year_month_day_last last{
      std::chrono::year(year), std::chrono::month_day_last{std::chrono::month(month)}};
  return CivilDate::FromDays(std::chrono::sys_days(last));
}

bool PlausibleYear(int year) { return year >= 1 && year <= 9999; }

Granularity GranularityOf(const DatePoint& point) {
  if (point.day) return Granularity::kDay;
  if (point.month) return Granularity::kMonth;
  return Granularity::kYear;
}

std::optional<Interval> GregorianInterval(int year, const DatePoint& point) {
  if (!PlausibleYear(year)) return std::nullopt;
  if (point.day) {
    const CivilDate day{year, *point.month, *point.day};
    if (!day.Valid()) return std::nullopt;
    return Interval{day.ToIso(), day, day, Granularity::kDay, ""};
  }
  if (point.month) {
    return Interval{MonthText(year, *point.month), CivilDate{year, *point.month, 1},
                    LastDayOfMonth(year, *point.month), Granularity::kMonth, ""};
  }
  return Interval{YearText(year), CivilDate{year, 1, 1}, CivilDate{year, 12, 31},
                  Granularity::kYear, ""};
}

// A Hijri month or year straddles Gregorian ones: the value names the
// Gregorian month or year that holds its middle day, and earliest/latest
// keep the exact span.
std::optional<Interval> HijriInterval(int year, const DatePoint& point,
                                      const HijriCalendar& hijri) {
  if (point.day) {
    const std::optional<CivilDate> day = hijri.ToGregorian(year, *point.month, *point.day);
    if (!day) return std::nullopt;
    return Interval{day->ToIso(), *day, *day, Granularity::kDay,
                    DayText(year, *point.month, *point.day)};
  }
  if (point.month) {
    const std::optional<CivilDate> first = hijri.ToGregorian(year, *point.month, 1);
    const std::optional<unsigned> length = hijri.MonthLength(year, *point.month);
    if (!first || !length) return std::nullopt;
    const CivilDate middle = first->PlusDays(static_cast<int>(*length / 2));
    return Interval{MonthText(middle.year, middle.month), *first,
                    first->PlusDays(static_cast<int>(*length) - 1), Granularity::kMonth,
                    MonthText(year, *point.month)};
  }
  const std::optional<CivilDate> first = hijri.ToGregorian(year, 1, 1);
  const std::optional<CivilDate> next = hijri.ToGregorian(year + 1, 1, 1);
  if (!first || !next) return std::nullopt;
  const CivilDate last = next->PlusDays(-1);
  const auto length = (last.ToDays() - first->ToDays()).count();
  const CivilDate middle = first->PlusDays(static_cast<int>(length / 2));
  return Interval{YearText(middle.year), *first, last, Granularity::kYear, YearText(year)};
}

std::optional<Interval> PointInterval(int year, const DatePoint& point,
                                      const HijriCalendar& hijri) {
  return point.calendar == DateCalendar::kHijri ? HijriInterval(year, point, hijri)
                                                : GregorianInterval(year, point);
}

int DaysFrom(const CivilDate& anchor, const Interval& interval) {
  if (anchor < interval.earliest) return (interval.earliest.ToDays() - anchor.ToDays()).count();
  if (interval.latest < anchor) return (anchor.ToDays() - interval.latest.ToDays()).count();
  return 0;
}

// The anchor's month in `calendar`, counted in months from the calendar's
// year 0.
std::optional<int> MonthIndexOf(const CivilDate& anchor, DateCalendar calendar,
                                const HijriCalendar& hijri) {
  if (calendar == DateCalendar::kGregorian) {
    return anchor.year * 12 + static_cast<int>(anchor.month) - 1;
  }
  const std::optional<int> year = hijri.YearOf(anchor);
  if (!year) return std::nullopt;
  for (unsigned month = 12; month >= 1; --month) {
    const std::optional<CivilDate> first = hijri.ToGregorian(*year, month, 1);
    if (first && !(anchor < *first)) return *year * 12 + static_cast<int>(month) - 1;
  }
  return std::nullopt;
}

// "في سبتمبر" in an article of August is the coming September, "في مايو"
// the last May: the month's occurrence from the anchor's month to
// `months_ahead` months after it, else the one before that.
std::optional<Interval> MonthAloneInterval(const DatePoint& point, const CivilDate& anchor,
                                           const HijriCalendar& hijri) {
  const std::optional<int> anchor_month = MonthIndexOf(anchor, point.calendar, hijri);
  if (!anchor_month) return std::nullopt;
  const int ahead = (static_cast<int>(*point.month) - 1 - *anchor_month % 12 + 12) % 12;
  const bool passed = ahead > static_cast<int>(*point.months_ahead);
  const int month = *anchor_month + ahead - (passed ? 12 : 0);
  return PointInterval(month / 12, point, hijri);
}

// A date without a year: the occurrence around the anchor that `direction`
// asks for.
PointResolution ResolvePoint(const DatePoint& point, const std::optional<CivilDate>& anchor,
                             const HijriCalendar& hijri) {
  PointResolution resolution;
  if (point.year) {
    resolution.interval = PointInterval(*point.year, point, hijri);
    resolution.invalid = !resolution.interval;
    return resolution;
  }
  if (!point.month) {
    resolution.invalid = true;
    return resolution;
  }
  if (!anchor) return resolution;
  const std::optional<int> anchor_year =
      point.calendar == DateCalendar::kHijri ? hijri.YearOf(*anchor) : anchor->year;
  if (!anchor_year) {
    resolution.invalid = true;
    return resolution;
  }
  resolution.anchored = true;
  if (point.year_offset) {
    resolution.interval = PointInterval(*anchor_year + *point.year_offset, point, hijri);
    resolution.invalid = !resolution.interval;
    return resolution;
  }
  if (point.months_ahead) {
    resolution.interval = MonthAloneInterval(point, *anchor, hijri);
    resolution.invalid = !resolution.interval;
    return resolution;
  }
  std::optional<Interval> chosen;
  std::optional<Interval> latest_past;  // kBeforePrevious: the one after `chosen`
  std::optional<Interval> next;         // kAfterNext: the one before `chosen`
  for (int year = *anchor_year - 2; year <= *anchor_year + 2; ++year) {
    std::optional<Interval> candidate = PointInterval(year, point, hijri);
    if (!candidate || (point.not_after_anchor && *anchor < candidate->earliest)) continue;
    switch (point.direction) {
      case DateDirection::kNearest:
        if (!chosen || DaysFrom(*anchor, *candidate) < DaysFrom(*anchor, *chosen)) {
          chosen = std::move(candidate);
        }
        break;
      case DateDirection::kPrevious:
        if (candidate->latest < *anchor) chosen = std::move(candidate);
        break;
      case DateDirection::kBeforePrevious:
        if (candidate->latest < *anchor) {
          chosen = std::move(latest_past);
          latest_past = std::move(candidate);
        }
        break;
      case DateDirection::kNext:
        if (!chosen && *anchor < candidate->earliest) chosen = std::move(candidate);
        break;
      case DateDirection::kAfterNext:
        if (chosen || !(*anchor < candidate->earliest)) break;
        if (next) {
          chosen = std::move(candidate);
        } else {
          next = std::move(candidate);
        }
        break;
      case DateDirection::kCurrent:
        if (year == *anchor_year) chosen = std::move(candidate);
        break;
    }
  }
  if (point.passed && chosen && *anchor < chosen->earliest) chosen.reset();
  resolution.interval = std::move(chosen);
  resolution.invalid = !resolution.interval;
  return resolution;
}

std::string DirectionSuffix(DateDirection direction) {
  switch (direction) {
    case DateDirection::kNearest: return "";
    case DateDirection::kPrevious: return ":previous";
    case DateDirection::kBeforePrevious: return ":before_previous";
    case DateDirection::kNext: return ":next";
    case DateDirection::kAfterNext: return ":after_next";
    case DateDirection::kCurrent: return ":current";
  }
  return "";
}

// TIMEX3 style: the year the anchor would give stays XXXX.
std::string UnresolvedPoint(const DatePoint& point) {
  std::string text = point.year ? YearText(*point.year) : "XXXX";
  if (point.month) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "-%02u", *point.month);
    text += buffer;
  }
  if (point.day) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "-%02u", *point.day);
    text += buffer;
  }
  if (point.year_offset) {
    return text + (point.year_anaphoric ? ":anaphoric-year" : ":year") +
           SignedText(*point.year_offset);
  }
  return text + DirectionSuffix(point.direction);
}

void Apply(const Interval& interval, DateExpression* date) {
  date->value = interval.value;
  date->earliest = interval.earliest;
  date->latest = interval.latest;
  date->granularity = interval.granularity;
  date->calendar_value = interval.calendar_value;
}

// TIMEX3 spells a year before the common era BC0586. The calendar of the
// days does not reach back that far, so such a date names no days: it is
// reported, never put on a timeline nor taken to date an event.
void ResolveBeforeCommonEra(const DatePoint& point, DateExpression* date) {
  date->kind = DateKind::kAbsolute;
  date->granularity = GranularityOf(point);
  date->value = "BC" + YearText(*point.year);
  char part[8];
  for (const std::optional<unsigned>& number : {point.month, point.day}) {
    if (!number) break;
    std::snprintf(part, sizeof part, "-%02u", *number);
    date->value += part;
  }
}

bool ResolvePointSpec(const DateSpec& spec, const std::optional<CivilDate>& anchor,
                      const HijriCalendar& hijri, DateExpression* date) {
  if (spec.point.before_common_era && spec.point.year) {
    ResolveBeforeCommonEra(spec.point, date);
    return true;
  }
  const PointResolution resolution = ResolvePoint(spec.point, anchor, hijri);
  if (resolution.invalid) return false;
  date->kind = spec.point.direction == DateDirection::kNearest && !spec.point.year_offset
                   ? DateKind::kAbsolute
                   : DateKind::kRelative;
  if (spec.point.year_anaphoric) date->flags.push_back("anaphoric");
  date->granularity = GranularityOf(spec.point);
  if (!resolution.interval) {
    date->unresolved = UnresolvedPoint(spec.point);
    return true;
  }
  Apply(*resolution.interval, date);
  if (resolution.anchored) date->anchor = anchor;
  if (spec.point.stated_weekday && date->granularity == Granularity::kDay &&
      date->earliest->Weekday() != *spec.point.stated_weekday) {
    date->flags.push_back("weekday_mismatch");
  }
  return true;
}

bool ResolveRange(const DateSpec& spec, const std::optional<CivilDate>& anchor,
                  const HijriCalendar& hijri, DateExpression* date) {
  DatePoint start = spec.point;
  DatePoint end = spec.range_end;
  // "بين يونيو 2014 ويناير": the end takes the start's year, or the next
  // one if it would come first; not the year nearest the anchor.
  const bool end_year_inherited = !end.year && end.month && start.year && start.month &&
                                  end.calendar == start.calendar &&
                                  end.direction == DateDirection::kNearest;
  if (end_year_inherited) end.year = start.year;
  PointResolution end_resolution = ResolvePoint(end, anchor, hijri);
  if (end_resolution.invalid) return false;
  // "من 5 إلى 7 يناير 2022": the start takes what only the end says.
  if (start.day && !start.month) start.month = end.month;
  // "بين مارس ومايو من العام الماضي": so does a relative year.
  if (!start.year && !start.year_offset && end.year_offset && start.calendar == end.calendar &&
      start.direction == DateDirection::kNearest) {
    start.year_offset = end.year_offset;
    start.year_anaphoric = end.year_anaphoric;
  }
  const bool year_inherited =
      !start.year && start.calendar == end.calendar && (end.year || end_resolution.interval);
  if (year_inherited) {
    if (end.year) {
      start.year = end.year;
    } else if (end.calendar == DateCalendar::kHijri) {
      start.year = hijri.YearOf(end_resolution.interval->earliest);
    } else {
      start.year = end_resolution.interval->earliest.year;
    }
  }
  PointResolution start_resolution = ResolvePoint(start, anchor, hijri);
  if (start_resolution.invalid) return false;
  if (end_year_inherited && start_resolution.interval && end_resolution.interval &&
      end_resolution.interval->earliest < start_resolution.interval->earliest) {
    ++*end.year;
    end_resolution = ResolvePoint(end, anchor, hijri);
    if (end_resolution.invalid) return false;
  }
  if (start_resolution.interval && end_resolution.interval &&
      end_resolution.interval->earliest < start_resolution.interval->earliest) {
    // "من 28 ديسمبر إلى 3 يناير 2022" starts in the year before.
    if (!year_inherited) return false;
    --*start.year;
    start_resolution = ResolvePoint(start, anchor, hijri);
    if (!start_resolution.interval ||
        end_resolution.interval->earliest < start_resolution.interval->earliest) {
      return false;
    }
  }
  date->kind = DateKind::kRange;
  date->granularity = std::max(GranularityOf(start), GranularityOf(end));
  if (start_resolution.anchored || end_resolution.anchored) date->anchor = anchor;
  if (!start_resolution.interval || !end_resolution.interval) {
    date->unresolved = UnresolvedPoint(start) + "/" + UnresolvedPoint(end);
    return true;
  }
  const Interval& first = *start_resolution.interval;
  const Interval& last = *end_resolution.interval;
  date->range_start = first.value;
  date->range_end = last.value;
  date->earliest = first.earliest;
  date->latest = last.latest;
  date->granularity = std::max(first.granularity, last.granularity);
  if (!first.calendar_value.empty() || !last.calendar_value.empty()) {
    date->calendar_value = first.calendar_value + "/" + last.calendar_value;
  }
  return true;
}

bool ResolveWeekday(const DateSpec& spec, const std::optional<CivilDate>& anchor,
                    DateExpression* date) {
  date->kind = DateKind::kRelative;
  date->granularity = Granularity::kDay;
  const DateDirection direction = spec.direction;
  const bool ahead = spec.ahead && direction == DateDirection::kNearest;
  if (!anchor) {
    const std::string_view which =
        ahead                                         ? "ahead"
        : direction == DateDirection::kNearest        ? "last"
        : direction == DateDirection::kPrevious       ? "previous"
        : direction == DateDirection::kBeforePrevious ? "before_previous"
        : direction == DateDirection::kAfterNext      ? "after_next"
                                                      : "next";
    date->unresolved =
        "weekday:" + std::string(kWeekdayNames[spec.weekday % 7]) + ":" + std::string(which);
    return true;
  }
  const int anchor_weekday = static_cast<int>(anchor->Weekday());
  const int weekday = static_cast<int>(spec.weekday);
  int offset = 0;
  if (ahead) {
    // On or after the document date: a wire copy or a crawl dates the text
    // a day or more after it was written, as for a day named after اليوم.
    offset = (weekday - anchor_weekday + 7) % 7;
  } else if (direction == DateDirection::kNext || direction == DateDirection::kAfterNext) {
    offset = (weekday - anchor_weekday + 7) % 7;
    if (offset == 0) offset = 7;
    if (direction == DateDirection::kAfterNext) offset += 7;
  } else {
    offset = -((anchor_weekday - weekday + 7) % 7);
    // "الماضي" on the document date's own weekday means a week back; on any
    // other weekday the most recent one is already in the past.
    if (offset == 0 && direction != DateDirection::kNearest) offset = -7;
    if (direction == DateDirection::kBeforePrevious) offset -= 7;
  }
  const CivilDate day = anchor->PlusDays(offset);
  Apply(Interval{day.ToIso(), day, day, Granularity::kDay, ""}, date);
  date->anchor = anchor;
  return true;
}

// The week of `day`: its ISO week (2022-W01) when weeks start on Monday, and
// otherwise its first day and length (2022-01-02/P1W), as ISO 8601 writes a
// week that no week number names.
Interval WeekOf(const CivilDate& day, unsigned week_start) {
  const CivilDate first = day.PlusDays(-static_cast<int>((day.Weekday() + 7 - week_start) % 7));
  const CivilDate last = first.PlusDays(6);
  if (week_start != 1) return Interval{first.ToIso() + "/P1W", first, last, Granularity::kWeek, ""};
  const CivilDate thursday = first.PlusDays(3);
  const auto day_of_year = (thursday.ToDays() - CivilDate{thursday.year, 1, 1}.ToDays()).count();
  char buffer[24];  // room for any int year, which -Wformat-truncation counts
  std::snprintf(buffer, sizeof buffer, "%04d-W%02d", thursday.year,
                static_cast<int>(day_of_year / 7 + 1));
  return Interval{buffer, first, last, Granularity::kWeek, ""};
}

std::string_view UnitName(TimeUnit unit) {
  switch (unit) {
    case TimeUnit::kDay: return "day";
    case TimeUnit::kWeek: return "week";
    case TimeUnit::kMonth: return "month";
    case TimeUnit::kYear: return "year";
  }
  return "day";
}

bool ResolveRelative(const DateSpec& spec, const std::optional<CivilDate>& anchor,
                     unsigned week_start, DateExpression* date) {
  date->kind = DateKind::kRelative;
  date->granularity = UnitGranularity(spec.unit);
  if (!anchor) {
    date->unresolved = std::string(UnitName(spec.unit)) + ":" + SignedText(spec.offset);
    if (spec.named_weekday) {
      date->unresolved.append(":").append(kWeekdayNames[*spec.named_weekday % 7]);
    }
    if (spec.day_of_month) {
      date->granularity = Granularity::kDay;
      date->unresolved.append(":");
      if (spec.first_day_of_month) {
        date->kind = DateKind::kRange;
        date->unresolved.append(std::to_string(*spec.first_day_of_month)).append("/");
      }
      date->unresolved.append(std::to_string(*spec.day_of_month));
    }
    return true;
  }
  std::optional<Interval> interval;
  std::optional<Interval> first_day;  // of a range of days of one month
  switch (spec.unit) {
    case TimeUnit::kDay: {
      CivilDate day = anchor->PlusDays(spec.offset);
      // The date an anaphoric day counts from is the text's own: a weekday
      // that contradicts it is flagged, not followed.
      if (spec.named_weekday) {
        const int days_back = DaysBackToWeekday(day, *spec.named_weekday);
        if (days_back != 0 && spec.form == DateForm::kAnaphoric) {
          date->flags.push_back("weekday_mismatch");
        } else if (days_back != 0) {
          day = day.PlusDays(-days_back);
          date->flags.push_back("dated_by_weekday");
        }
      }
      interval = Interval{day.ToIso(), day, day, Granularity::kDay, ""};
      break;
    }
    case TimeUnit::kWeek: interval = WeekOf(anchor->PlusDays(7 * spec.offset), week_start); break;
    case TimeUnit::kMonth: {
      const int months = anchor->year * 12 + static_cast<int>(anchor->month) - 1 + spec.offset;
      DatePoint month;
      month.month = static_cast<unsigned>(months % 12 + 1);
      month.day = spec.day_of_month;
      interval = GregorianInterval(months / 12, month);
      if (spec.first_day_of_month) {
        month.day = spec.first_day_of_month;
        first_day = GregorianInterval(months / 12, month);
        if (!first_day) return false;
      }
      break;
    }
    case TimeUnit::kYear:
      interval = GregorianInterval(anchor->year + spec.offset, DatePoint{});
      break;
  }
  if (!interval) return false;
  Apply(*interval, date);
  date->anchor = anchor;
  if (first_day) {
    date->kind = DateKind::kRange;
    date->value.clear();
    date->range_start = first_day->value;
    date->range_end = interval->value;
    date->earliest = first_day->earliest;
  }
  return true;
}

int AnchorCenturyStart(const CivilDate& anchor) { return anchor.year / 100 * 100; }

// "التسعينيات" is the latest nineties not after the document date; with no
// document date, the 1990s.
bool ResolveDecade(const DateSpec& spec, const std::optional<CivilDate>& anchor,
                   DateExpression* date) {
  constexpr int kDefaultCenturyStart = 1900;
  int century_start = kDefaultCenturyStart;
  if (spec.century) {
    century_start = (*spec.century - 1) * 100;
  } else if (anchor) {
    century_start = AnchorCenturyStart(*anchor) + 100 * spec.century_offset.value_or(0);
    if (!spec.century_offset && century_start + spec.decade > anchor->year) century_start -= 100;
    date->anchor = anchor;
  }
  const int first_year = century_start + spec.decade;
  if (!PlausibleYear(first_year)) return false;
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%03dX", first_year / 10);
  date->kind = DateKind::kAbsolute;
  Apply(Interval{buffer, CivilDate{first_year, 1, 1}, CivilDate{first_year + 9, 12, 31},
                 Granularity::kDecade, ""},
        date);
  return true;
}

bool ResolveCentury(const DateSpec& spec, const std::optional<CivilDate>& anchor,
                    DateExpression* date) {
  date->granularity = Granularity::kCentury;
  int century_start = 0;
  if (spec.century) {
    date->kind = DateKind::kAbsolute;
    century_start = (*spec.century - 1) * 100;
  } else {
    date->kind = DateKind::kRelative;
    if (!anchor) {
      date->unresolved = "century:" + SignedText(spec.century_offset.value_or(0));
      return true;
    }
    century_start = AnchorCenturyStart(*anchor) + 100 * spec.century_offset.value_or(0);
    date->anchor = anchor;
  }
  if (!PlausibleYear(century_start + 99) || century_start < 0) return false;
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%02dXX", century_start / 100);
  Apply(Interval{buffer, CivilDate{century_start, 1, 1}, CivilDate{century_start + 99, 12, 31},
                 Granularity::kCentury, ""},
        date);
  return true;
}

}  // namespace

int DaysBackToWeekday(const CivilDate& counted_to, unsigned weekday) {
  return (static_cast<int>(counted_to.Weekday()) - static_cast<int>(weekday) + 7) % 7;
}

Granularity UnitGranularity(TimeUnit unit) {
  switch (unit) {
    case TimeUnit::kDay: return Granularity::kDay;
    case TimeUnit::kWeek: return Granularity::kWeek;
    case TimeUnit::kMonth: return Granularity::kMonth;
    case TimeUnit::kYear: return Granularity::kYear;
  }
  return Granularity::kDay;
}

namespace {

// A Hijri year read by its span alone is Gregorian after all where it would
// come more than this many years after the anchor's: a plan names a year a
// few years ahead (بحلول العام 1440 in 1436), history a Gregorian one (فتح
// القسطنطينية عام 1453).
constexpr int kMostHijriYearsAhead = 5;

void ReadYearsBySpan(const std::optional<CivilDate>& anchor, const HijriCalendar& hijri,
                     DateSpec* spec) {
  const std::optional<int> anchor_year = anchor ? hijri.YearOf(*anchor) : std::nullopt;
  for (DatePoint* point : {&spec->point, &spec->range_end}) {
    if (point->hijri_by_span && point->year && anchor_year &&
        *point->year > *anchor_year + kMostHijriYearsAhead) {
      point->calendar = DateCalendar::kGregorian;
    }
  }
}

// "عام 79م" is 1979 in an article of 2015, "عام 05م" 2005 (DatePoint::two_digit_year).
void ReadTwoDigitYears(const std::optional<CivilDate>& anchor, DateSpec* spec) {
  if (!anchor) return;
  for (DatePoint* point : {&spec->point, &spec->range_end}) {
    if (!point->two_digit_year || !point->year) continue;
    point->year = anchor->year - ((anchor->year - *point->year) % 100 + 100) % 100;
  }
}

bool ResolveSpec(const DateSpec& spec, const std::optional<CivilDate>& anchor,
                 const HijriCalendar& hijri, unsigned week_start, DateExpression* date) {
  const bool hijri_date =
      spec.point.calendar == DateCalendar::kHijri ||
      (spec.form == DateForm::kRange && spec.range_end.calendar == DateCalendar::kHijri);
  date->calendar = hijri_date ? "hijri" : "gregorian";
  date->flags.insert(date->flags.end(), spec.flags.begin(), spec.flags.end());
  switch (spec.form) {
    case DateForm::kPoint: return ResolvePointSpec(spec, anchor, hijri, date);
    case DateForm::kRange: return ResolveRange(spec, anchor, hijri, date);
    case DateForm::kWeekday: return ResolveWeekday(spec, anchor, date);
    case DateForm::kRelative: return ResolveRelative(spec, anchor, week_start, date);
    case DateForm::kAnaphoric: {
      date->flags.push_back("anaphoric");
      const bool resolved = ResolveRelative(spec, anchor, week_start, date);
      if (!date->unresolved.empty()) date->unresolved.insert(0, "anaphoric:");
      return resolved;
    }
    case DateForm::kVague:
      date->kind = DateKind::kVague;
      date->value = spec.vague_value;
      return true;
    case DateForm::kDecade:
      date->granularity = Granularity::kDecade;
      return ResolveDecade(spec, anchor, date);
    case DateForm::kCentury: return ResolveCentury(spec, anchor, date);
  }
  return false;
}

}  // namespace

bool ResolveDate(const DateSpec& spec, const std::optional<CivilDate>& anchor,
                 const HijriCalendar& hijri, unsigned week_start, DateExpression* date) {
  if (!spec.point.hijri_by_span && !spec.range_end.hijri_by_span &&
      !spec.point.two_digit_year && !spec.range_end.two_digit_year) {
    return ResolveSpec(spec, anchor, hijri, week_start, date);
  }
  DateSpec read = spec;
  ReadYearsBySpan(anchor, hijri, &read);
  ReadTwoDigitYears(anchor, &read);
  return ResolveSpec(read, anchor, hijri, week_start, date);
}

}  // namespace akhbar
