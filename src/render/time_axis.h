// A horizontal time axis that stays legible when a few dates lie far from
// the rest: the dates are grouped into segments separated by breaks, each
// segment with its own scale, so that 1989 and 2019 next to January 2022 get
// a narrow segment each and the January days keep room for their labels.
//
// The axis starts as one segment. While the dates of some segment come
// closer than min_date_spacing pixels and it has a gap of at least
// kMinBreakDays without dates, its widest such gap is cut out. So a regular
// series (an event every six weeks for two years) stays on one scale, while
// a week of daily events is never squeezed by a date years away.
#ifndef AKHBAR_RENDER_TIME_AXIS_H_
#define AKHBAR_RENDER_TIME_AXIS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "render/timeline_model.h"

namespace akhbar {

inline constexpr int64_t kMinBreakDays = 31;
inline constexpr size_t kMaxSegments = 6;

struct AxisGeometry {
  double left = 0;          // x where the axis starts
  double max_width = 1500;  // the whole axis, breaks included
  double break_width = 34;
  double min_segment_width = 96;
  double padding = 16;           // inside each segment, before its first date
  double min_tick_spacing = 54;  // between tick labels
  double min_date_spacing = 36;  // between neighbouring dates, when a cut can help
};

struct AxisSegment {
  int64_t first_day = 0;  // the segment covers [first_day, last_day + 1)
  int64_t last_day = 0;
  Granularity finest = Granularity::kCentury;
  double x = 0;
  double width = 0;
};

struct AxisBreak {
  double x = 0;
  double width = 0;
  int64_t hidden_days = 0;
};

struct AxisTick {
  double x = 0;  // the middle of the day, month or year labelled
  std::string label;
};

class TimeAxis {
 public:
  // `anchors`: the dates that must be legible (TimelineMark::anchors). A
  // coarse anchor overlapping a finer one is left out, so that "sometime in
  // 2022" does not stretch January 2022's segment to the whole year.
  static TimeAxis Build(std::vector<DayRange> anchors, const AxisGeometry& geometry);

  // Pixel position of a day number (fractions for within a day); increasing
  // in `day`, linear within a segment and across a break, clamped outside.
  double X(double day) const;
  double left() const { return geometry_.left; }
  double right() const;

  const std::vector<AxisSegment>& segments() const { return segments_; }
  std::vector<AxisBreak> Breaks() const;
  std::vector<AxisTick> Ticks(const AxisSegment& segment) const;
  // Boundaries between the days (months, years) of the tick unit.
  std::vector<double> Gridlines(const AxisSegment& segment) const;
  // "يناير 2022 · January 2022", "2021 – 2022"; `compact`: "Jan 2022".
  std::string Caption(const AxisSegment& segment, bool compact) const;

 private:
  struct TickUnit;
  TickUnit ChooseTickUnit(const AxisSegment& segment) const;

  AxisGeometry geometry_;
  std::vector<AxisSegment> segments_;
};

}  // namespace akhbar

#endif  // AKHBAR_RENDER_TIME_AXIS_H_
