// From what a temporal expression says (DateSpec) to ISO 8601 values, with
// the document date filling in what the words leave open.
#ifndef AKHBAR_EXTRACT_DATE_RESOLVER_H_
#define AKHBAR_EXTRACT_DATE_RESOLVER_H_

#include <optional>

#include "extract/civil_date.h"
#include "extract/date_hijri.h"
#include "extract/date_spec.h"
#include "extract/extraction.h"

namespace akhbar {

// Fills the value fields of `date` (value or range ends, granularity, kind,
// anchor, unresolved, calendar, flags, earliest/latest). The anchor is the
// document date, or for an anaphoric expression the date the text mentioned
// before it (DateFinder finds it). Without an anchor,
// what needs one keeps an empty value and its `unresolved` form. Returns false
// when the words name no real date ("31 فبراير 2022"). Weeks start on
// `week_start` (0 = Sunday).
bool ResolveDate(const DateSpec& spec, const std::optional<CivilDate>& anchor,
                 const HijriCalendar& hijri, unsigned week_start, DateExpression* date);

// "أمس (الأحد)": the text was written on or before its document date (a
// crawl or a wire copy dates it later), so the relative day is the last
// `weekday` on or before the day the relative word counts to. The days
// between the two.
int DaysBackToWeekday(const CivilDate& counted_to, unsigned weekday);

// The granularity of a value counted in `unit`.
Granularity UnitGranularity(TimeUnit unit);

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_DATE_RESOLVER_H_
