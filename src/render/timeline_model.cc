#include "render/timeline_model.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "render/calendar_units.h"

namespace akhbar {
namespace {

// The last day of the unit that starts on `first`, and the first day of the
// one that ends on `last`: a week is seven days from its first, whichever
// day the rules start weeks on.
CivilDate UnitLastDayFrom(const CivilDate& first, Granularity granularity) {
  return granularity == Granularity::kWeek ? first.PlusDays(6) : UnitLastDay(first, granularity);
}
CivilDate UnitFirstDayTo(const CivilDate& last, Granularity granularity) {
  return granularity == Granularity::kWeek ? last.PlusDays(-6) : UnitFirstDay(last, granularity);
}

std::optional<TimelineMark> MarkFor(const EventVertex& event, size_t index) {
  if (!event.earliest) return std::nullopt;
  const CivilDate earliest = *event.earliest;
  const CivilDate latest = event.latest.value_or(earliest);
  const Granularity granularity = event.granularity;
  TimelineMark mark;
  mark.event = index;
  mark.vague = event.vague;
  mark.span = {DayNumber(earliest), DayNumber(std::max(earliest, latest)), granularity};
  const bool interval = event.date_value.find("..") != std::string::npos ||
                        latest > UnitLastDayFrom(earliest, granularity);
  if (interval) {
    mark.shape = MarkShape::kInterval;
    mark.anchors = {
        {mark.span.first, DayNumber(UnitLastDayFrom(earliest, granularity)), granularity},
        {DayNumber(UnitFirstDayTo(latest, granularity)), mark.span.last, granularity}};
  } else {
    mark.shape = granularity == Granularity::kDay ? MarkShape::kDay : MarkShape::kUncertain;
    mark.anchors = {mark.span};
  }
  return mark;
}

}  // namespace

Timeline BuildTimeline(const GraphLookup& lookup, size_t max_lanes) {
  const EntityGraph& graph = lookup.graph();
  Timeline timeline;
  // Each event's participants that are known entities, once each.
  std::vector<std::vector<size_t>> participants(graph.events.size());
  std::map<size_t, size_t> event_count;
  for (size_t i = 0; i < graph.events.size(); ++i) {
    std::optional<TimelineMark> mark = MarkFor(graph.events[i], i);
    if (!mark) {
      ++timeline.undated;
      continue;
    }
    for (const EventParticipant& participant : graph.events[i].participants) {
      const std::optional<size_t> entity = lookup.EntityIndex(participant.entity);
      if (entity && std::find(participants[i].begin(), participants[i].end(), *entity) ==
                        participants[i].end()) {
        participants[i].push_back(*entity);
        ++event_count[*entity];
      }
    }
    timeline.marks.push_back(std::move(*mark));
  }
  std::sort(timeline.marks.begin(), timeline.marks.end(),
            [&](const TimelineMark& a, const TimelineMark& b) {
              return std::make_tuple(a.span.first, a.span.last, graph.events[a.event].id) <
                     std::make_tuple(b.span.first, b.span.last, graph.events[b.event].id);
            });

  std::vector<std::pair<size_t, size_t>> ranked(event_count.begin(), event_count.end());
  std::sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
    const EntityVertex& x = graph.entities[a.first];
    const EntityVertex& y = graph.entities[b.first];
    return std::make_tuple(-static_cast<int64_t>(a.second), -static_cast<int64_t>(x.mentions),
                           x.id) < std::make_tuple(-static_cast<int64_t>(b.second),
                                                   -static_cast<int64_t>(y.mentions), y.id);
  });
  ranked.resize(std::min(ranked.size(), max_lanes));
  std::map<size_t, size_t> lane_of;  // entity index -> lane
  for (const auto& [entity, count] : ranked) {
    lane_of[entity] = timeline.lanes.size();
    timeline.lanes.push_back({entity, count});
  }

  std::optional<size_t> others;
  for (TimelineMark& mark : timeline.marks) {
    for (const size_t entity : participants[mark.event]) {
      if (const auto lane = lane_of.find(entity); lane != lane_of.end()) {
        mark.lanes.push_back(lane->second);
      }
    }
    std::sort(mark.lanes.begin(), mark.lanes.end());
    if (mark.lanes.empty()) {
      if (!others) {
        others = timeline.lanes.size();
        timeline.lanes.push_back({std::nullopt, 0});
      }
      mark.lanes.push_back(*others);
      ++timeline.lanes[*others].events;
    }
  }
  return timeline;
}

}  // namespace akhbar
