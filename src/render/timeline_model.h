// What the timeline shows, independent of how it is drawn: dated events as
// marks, and the lanes of the actors taking part in the most of them. An
// event appears in the lane of each of its participants that has one.
#ifndef AKHBAR_RENDER_TIMELINE_MODEL_H_
#define AKHBAR_RENDER_TIMELINE_MODEL_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "render/graph_lookup.h"

namespace akhbar {

// A span of days, both ends included, and how precisely it is known.
struct DayRange {
  int64_t first = 0;
  int64_t last = 0;
  Granularity granularity = Granularity::kDay;
};

enum class MarkShape {
  kDay,        // one known day
  kUncertain,  // one month, year, decade or century, day unknown
  kInterval,   // from one date to another (1989..2019)
};

struct TimelineMark {
  size_t event = 0;  // index into EntityGraph::events
  DayRange span;     // everything the mark covers
  MarkShape shape = MarkShape::kDay;
  bool vague = false;
  // The dates the axis must show legibly: the span, or both ends of an
  // interval (the years between its ends need not be).
  std::vector<DayRange> anchors;
  std::vector<size_t> lanes;  // indices into Timeline::lanes
};

struct TimelineLane {
  std::optional<size_t> entity;  // index into EntityGraph::entities; none = "others"
  size_t events = 0;             // dated events it takes part in
};

struct Timeline {
  std::vector<TimelineLane> lanes;  // most events first; "others" last
  std::vector<TimelineMark> marks;  // in time order
  size_t undated = 0;               // events without a date, not shown
};

// Lanes for the `max_lanes` entities taking part in the most dated events
// (ties: more mentions, then id), plus an "others" lane when some event has
// no participant with a lane.
Timeline BuildTimeline(const GraphLookup& lookup, size_t max_lanes);

}  // namespace akhbar

#endif  // AKHBAR_RENDER_TIMELINE_MODEL_H_
