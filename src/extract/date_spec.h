// What the words of a temporal expression say, before the document date
// fills in what they leave open (the year of "6 يناير", the week of
// "الجمعة").
#ifndef AKHBAR_EXTRACT_DATE_SPEC_H_
#define AKHBAR_EXTRACT_DATE_SPEC_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace akhbar {

// 0 = Sunday, as CivilDate::Weekday(): the names rules/dates.yaml uses and
// unresolved forms print.
inline constexpr std::array<std::string_view, 7> kWeekdayNames = {
    "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};

enum class DateCalendar : uint8_t { kGregorian, kHijri };

enum class TimeUnit : uint8_t { kDay, kWeek, kMonth, kYear };

// Which occurrence a date without a year (or a weekday) means, seen from the
// document date.
enum class DateDirection : uint8_t {
  kNearest,   // "6 يناير": the closest one; a weekday: on or before
  kPrevious,  // "الأحد الماضي", "يناير الماضي"
  kBeforePrevious,  // "الخميس قبل الماضي", "رمضان قبل الماضي": the one before that
  kNext,      // "الأحد المقبل", "مارس المقبل"
  kAfterNext,  // "الأربعاء بعد المقبل", "رمضان بعد المقبل": the one after that
  kCurrent,   // "يوليو الحالي": a month of the document date's year
};

// A position in a calendar, with the parts the text gives.
struct DatePoint {
  DateCalendar calendar = DateCalendar::kGregorian;
  std::optional<int> year;
  std::optional<unsigned> month;  // 1..12 in `calendar`
  std::optional<unsigned> day;
  std::optional<unsigned> stated_weekday;  // "الاثنين، 10 يناير": 0 = Sunday
  bool before_common_era = false;          // "عام 586 قبل الميلاد"
  DateDirection direction = DateDirection::kNearest;
  // "مارس من العام الماضي", "5 يناير من العام الجاري": the year, counted
  // from the anchor's (in the month's calendar). The anchor is the document
  // date, or with year_anaphoric ("من العام نفسه", "من العام التالي") the
  // last date the text mentioned.
  std::optional<int> year_offset;
  bool year_anaphoric = false;
  // "منذ 30 يناير": what has lasted since then began on or before the
  // anchor, so the nearest occurrence that is not after it.
  bool not_after_anchor = false;
  // "أحداث 11 سبتمبر": what the day names has happened, so if its nearest
  // occurrence is after the anchor, it is of a year the text does not give,
  // and the day dates nothing.
  bool passed = false;
  // "في مارس", "مطلع يونيو": a month alone is of the anchor's year when it
  // is the anchor's month or one of the next `months_ahead`, else of the
  // year before; unset for every other date without its year.
  std::optional<unsigned> months_ahead;
  // "عام 1436": a year without its era that only the Hijri span holds reads
  // as Hijri; the resolver reads it as Gregorian after all if it would come
  // too long after the anchor (عام 1453 in an article of 2015).
  bool hijri_by_span = false;
  // "عام 79م": two digits before an abbreviated era (unit_like_era_suffixes)
  // are the press's shorthand for a recent century's year; the resolver
  // reads the latest year with those digits not after the anchor's (1979 in
  // an article of 2015). Not in a sentence with a year before the common
  // era, which speaks of antiquity (هدم الهيكل الأول عام 586 قبل الميلاد،
  // والثاني عام 70م).
  bool two_digit_year = false;
};

enum class DateForm : uint8_t {
  kPoint,     // 10 يناير 2022, يناير 2022, 2019, 6 يناير, مارس المقبل
  kRange,     // بين 2005 و2009: `point` .. `range_end`
  kWeekday,   // الخميس, الأحد الماضي
  kRelative,  // أمس, الشهر الماضي
  kAnaphoric,  // في اليوم التالي: from the date the text mentioned last
  kVague,     // مؤخرا
  kDecade,    // التسعينيات
  kCentury,   // القرن العشرين, القرن الماضي
};

struct DateSpec {
  DateForm form = DateForm::kPoint;
  DatePoint point;
  DatePoint range_end;
  unsigned weekday = 0;  // 0 = Sunday
  DateDirection direction = DateDirection::kNearest;
  // "ستعقد القمة الأحد": a weekday without a direction in a future context
  // is the first one on or after the document date, not the last.
  bool ahead = false;
  TimeUnit unit = TimeUnit::kDay;
  int offset = 0;                     // kRelative and kAnaphoric, in `unit`
  // "أمس الأحد", "اليوم (الاثنين)": a relative day that names its weekday
  // is that weekday, where the document date is a day or three off.
  std::optional<unsigned> named_weekday;
  // "السادس من الشهر الجاري": a day of the month a relative word counts to.
  std::optional<unsigned> day_of_month;
  // "بين الخامس والسادس من الشهر المقبل": a range of days of that month,
  // from this day to day_of_month.
  std::optional<unsigned> first_day_of_month;
  // "حتى نهاية العام": a bare period noun after a part of it (kRelative,
  // offset 0) is the period of the sentence's last date before it, if any.
  bool sentence_period = false;
  std::string vague_value;            // PAST_REF, PRESENT_REF, FUTURE_REF
  int decade = 0;                     // years into the century: 0, 10, ... 90
  std::optional<int> century;         // ordinal: 20 is the 1900s
  std::optional<int> century_offset;  // from the document date's century
  std::vector<std::string> flags;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_DATE_SPEC_H_
