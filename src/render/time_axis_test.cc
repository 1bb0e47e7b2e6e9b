#include "render/time_axis.h"

#include <gtest/gtest.h>

#include "render/calendar_units.h"

namespace akhbar {
namespace {

DayRange Day(int year, unsigned month, unsigned day) {
  const int64_t number = DayNumber({year, month, day});
  return {number, number, Granularity::kDay};
}

DayRange Year(int year) {
  return {DayNumber({year, 1, 1}), DayNumber({year, 12, 31}), Granularity::kYear};
}

double X(const TimeAxis& axis, int year, unsigned month, unsigned day) {
  return axis.X(static_cast<double>(DayNumber({year, month, day})) + 0.5);
}

TEST(TimeAxisTest, FarOutliersGetSegmentsOfTheirOwn) {
  // Both ends of 1989..2019 and the January 2022 days.
  const TimeAxis axis = TimeAxis::Build(
      {Year(1989), Year(2019), Day(2022, 1, 5), Day(2022, 1, 6), Day(2022, 1, 10)}, {});
  ASSERT_EQ(axis.segments().size(), 3u);
  EXPECT_EQ(axis.segments()[0].finest, Granularity::kYear);
  EXPECT_EQ(axis.segments()[2].finest, Granularity::kDay);
  EXPECT_EQ(axis.Breaks().size(), 2u);
  // The January days stay legible: far apart, in order.
  EXPECT_GT(X(axis, 2022, 1, 6) - X(axis, 2022, 1, 5), 60);
  EXPECT_LT(X(axis, 2022, 1, 6), X(axis, 2022, 1, 10));
  EXPECT_LT(X(axis, 1989, 6, 1), X(axis, 2019, 6, 1));
  EXPECT_LT(X(axis, 2019, 6, 1), X(axis, 2022, 1, 5));
  // Day ticks in the January segment, one per day.
  const auto ticks = axis.Ticks(axis.segments()[2]);
  ASSERT_EQ(ticks.size(), 6u);
  EXPECT_EQ(ticks[0].label, "5 Jan");
  EXPECT_EQ(ticks[1].label, "6");
  EXPECT_DOUBLE_EQ(ticks[0].x, X(axis, 2022, 1, 5));
  EXPECT_EQ(axis.Ticks(axis.segments()[0]).front().label, "1989");
}

TEST(TimeAxisTest, XIncreasesAcrossSegmentsAndBreaks) {
  const TimeAxis axis = TimeAxis::Build({Year(1989), Year(2019), Day(2022, 1, 5)}, {});
  double previous = -1;
  for (int64_t day = DayNumber({1988, 1, 1}); day < DayNumber({2023, 1, 1}); day += 17) {
    const double x = axis.X(static_cast<double>(day));
    EXPECT_GE(x, previous);
    previous = x;
  }
  EXPECT_LE(axis.right(), AxisGeometry{}.left + AxisGeometry{}.max_width);
}

TEST(TimeAxisTest, ShortGapsAreNotCut) {
  const TimeAxis axis =
      TimeAxis::Build({Day(2021, 12, 20), Day(2022, 1, 5), Day(2022, 1, 6), Day(2022, 1, 20)}, {});
  EXPECT_EQ(axis.segments().size(), 1u);
  EXPECT_TRUE(axis.Breaks().empty());
}

TEST(TimeAxisTest, DaysAreNotSqueezedByYearsNearby) {
  std::vector<DayRange> anchors = {Year(2016), Year(2019)};
  for (unsigned day = 2; day <= 10; ++day) anchors.push_back(Day(2022, 1, day));
  const TimeAxis axis = TimeAxis::Build(anchors, {});
  ASSERT_GE(axis.segments().size(), 2u);
  const AxisSegment& january = axis.segments().back();
  EXPECT_EQ(january.first_day, DayNumber({2022, 1, 2}));
  EXPECT_GE(X(axis, 2022, 1, 3) - X(axis, 2022, 1, 2), AxisGeometry{}.min_date_spacing);
}

TEST(TimeAxisTest, RegularSeriesStaysOnOneScale) {
  std::vector<DayRange> anchors;
  for (int64_t day = DayNumber({2020, 1, 1}); day <= DayNumber({2021, 12, 31}); day += 45) {
    anchors.push_back({day, day, Granularity::kDay});
  }
  const TimeAxis axis = TimeAxis::Build(anchors, {});
  EXPECT_EQ(axis.segments().size(), 1u);
}

TEST(TimeAxisTest, CoarseDateOverlappingDaysDoesNotStretchTheirSegment) {
  // "January 2022" and "2022" next to three January days.
  const DayRange month = {DayNumber({2022, 1, 1}), DayNumber({2022, 1, 31}), Granularity::kMonth};
  const TimeAxis axis =
      TimeAxis::Build({month, Year(2022), Day(2022, 1, 5), Day(2022, 1, 6), Day(2022, 1, 7)}, {});
  ASSERT_EQ(axis.segments().size(), 1u);
  EXPECT_EQ(axis.segments()[0].first_day, DayNumber({2022, 1, 5}));
  EXPECT_EQ(axis.segments()[0].last_day, DayNumber({2022, 1, 7}));
}

TEST(TimeAxisTest, LongSpansGetCoarserTicks) {
  std::vector<DayRange> days;
  for (int64_t day = DayNumber({2020, 1, 1}); day <= DayNumber({2021, 12, 31}); day += 20) {
    days.push_back({day, day, Granularity::kDay});
  }
  const TimeAxis axis = TimeAxis::Build(days, {});
  ASSERT_EQ(axis.segments().size(), 1u);
  const auto ticks = axis.Ticks(axis.segments()[0]);
  ASSERT_GE(ticks.size(), 2u);
  EXPECT_EQ(ticks[0].label, "Jan 2020");
  for (size_t i = 1; i < ticks.size(); ++i) {
    EXPECT_GE(ticks[i].x - ticks[i - 1].x, AxisGeometry{}.min_tick_spacing - 1) << ticks[i].label;
  }
}

TEST(TimeAxisTest, CaptionsNameTheMonthInBothLanguages) {
  const TimeAxis axis = TimeAxis::Build({Day(2022, 1, 5), Day(2022, 1, 10)}, {});
  EXPECT_EQ(axis.Caption(axis.segments()[0], false), "\u2067يناير 2022\u2069 · January 2022");
  EXPECT_EQ(axis.Caption(axis.segments()[0], true), "Jan 2022");
}

TEST(TimeAxisTest, WeeksStartOnMonday) {
  const CivilDate wednesday = {2022, 1, 5};
  EXPECT_EQ(UnitFirstDay(wednesday, Granularity::kWeek), (CivilDate{2022, 1, 3}));
  EXPECT_EQ(UnitLastDay(wednesday, Granularity::kWeek), (CivilDate{2022, 1, 9}));
  EXPECT_EQ(UnitLastDay({2024, 2, 10}, Granularity::kMonth), (CivilDate{2024, 2, 29}));
  EXPECT_EQ(UnitFirstDay({1995, 6, 1}, Granularity::kDecade), (CivilDate{1990, 1, 1}));
}

}  // namespace
}  // namespace akhbar
