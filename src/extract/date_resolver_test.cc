#include "extract/date_resolver.h"

#include <gtest/gtest.h>

#include <string>

namespace akhbar {
namespace {

constexpr unsigned kSunday = 0;
constexpr unsigned kMonday = 1;
constexpr unsigned kSaturday = 6;

// "value earliest..latest" of the week `offset` weeks from `anchor`.
std::string Week(const CivilDate& anchor, int offset, unsigned week_start) {
  static const HijriCalendar hijri = *HijriCalendar::Create("islamic-umalqura");
  DateSpec spec;
  spec.form = DateForm::kRelative;
  spec.unit = TimeUnit::kWeek;
  spec.offset = offset;
  DateExpression date;
  EXPECT_TRUE(ResolveDate(spec, anchor, hijri, week_start, &date));
  EXPECT_EQ(date.granularity, Granularity::kWeek);
  return date.value + " " + date.earliest->ToIso() + ".." + date.latest->ToIso();
}

TEST(DateResolverTest, AMondayWeekIsAnIsoWeek) {
  EXPECT_EQ(Week({2023, 3, 15}, 0, kMonday), "2023-W11 2023-03-13..2023-03-19");
  // ISO weeks belong to the year of their Thursday.
  EXPECT_EQ(Week({2021, 1, 3}, 0, kMonday), "2020-W53 2020-12-28..2021-01-03");
  EXPECT_EQ(Week({2024, 12, 30}, 0, kMonday), "2025-W01 2024-12-30..2025-01-05");
}

TEST(DateResolverTest, AnotherWeekIsItsFirstDayAndLength) {
  // A Sunday starts this week and ends none: what ISO counts as the week
  // before is the week after Sunday's.
  EXPECT_EQ(Week({2021, 1, 3}, 0, kSunday), "2021-01-03/P1W 2021-01-03..2021-01-09");
  EXPECT_EQ(Week({2021, 1, 3}, -1, kSunday), "2020-12-27/P1W 2020-12-27..2021-01-02");
  EXPECT_EQ(Week({2023, 3, 18}, 0, kSunday), "2023-03-12/P1W 2023-03-12..2023-03-18");
  EXPECT_EQ(Week({2023, 3, 18}, 0, kSaturday), "2023-03-18/P1W 2023-03-18..2023-03-24");
  EXPECT_EQ(Week({2023, 3, 17}, 0, kSaturday), "2023-03-11/P1W 2023-03-11..2023-03-17");
}

}  // namespace
}  // namespace akhbar
