#include "render/timeline_model.h"

#include <gtest/gtest.h>

#include "tests/render_fixture.h"

namespace akhbar {
namespace {

const TimelineMark& MarkOf(const EntityGraph& graph, const Timeline& timeline,
                           const std::string& id) {
  for (const TimelineMark& mark : timeline.marks) {
    if (graph.events[mark.event].id == id) return mark;
  }
  ADD_FAILURE() << "no mark for " << id;
  return timeline.marks.front();
}

std::vector<std::string> LaneIds(const EntityGraph& graph, const Timeline& timeline,
                                 const TimelineMark& mark) {
  std::vector<std::string> ids;
  for (const size_t lane : mark.lanes) {
    const auto& entity = timeline.lanes[lane].entity;
    ids.push_back(entity ? graph.entities[*entity].id : "(others)");
  }
  return ids;
}

TEST(TimelineModelTest, LanesForTheActorsInTheMostEvents) {
  const EntityGraph graph = testing::SampleGraph();
  const Timeline timeline = BuildTimeline(GraphLookup(graph), 3);
  ASSERT_EQ(timeline.lanes.size(), 4u);  // three actors and "others"
  EXPECT_EQ(graph.entities[*timeline.lanes[0].entity].id, "kazakhstan");  // 3 events
  EXPECT_EQ(timeline.lanes[0].events, 3u);
  EXPECT_FALSE(timeline.lanes.back().entity.has_value());
}

TEST(TimelineModelTest, EventsShowInEachParticipantsLane) {
  const EntityGraph graph = testing::SampleGraph();
  const Timeline timeline = BuildTimeline(GraphLookup(graph), 8);
  const TimelineMark& request = MarkOf(graph, timeline, "ev-csto-request");
  EXPECT_EQ(LaneIds(graph, timeline, request).size(), 2u);
  std::vector<std::string> lanes = LaneIds(graph, timeline, request);
  std::sort(lanes.begin(), lanes.end());
  EXPECT_EQ(lanes, (std::vector<std::string>{"csto", "tokayev"}));
  EXPECT_EQ(LaneIds(graph, timeline, MarkOf(graph, timeline, "ev-troops")).size(), 3u);
}

TEST(TimelineModelTest, ShapesFromDatePrecision) {
  const EntityGraph graph = testing::SampleGraph();
  const Timeline timeline = BuildTimeline(GraphLookup(graph), 8);
  EXPECT_EQ(timeline.undated, 1u);
  EXPECT_EQ(timeline.marks.size(), graph.events.size() - 1);
  EXPECT_EQ(MarkOf(graph, timeline, "ev-protest-almaty").shape, MarkShape::kDay);
  const TimelineMark& appeal = MarkOf(graph, timeline, "ev-appeal");
  EXPECT_EQ(appeal.shape, MarkShape::kUncertain);
  EXPECT_TRUE(appeal.vague);
  const TimelineMark& rule = MarkOf(graph, timeline, "ev-rule");
  EXPECT_EQ(rule.shape, MarkShape::kInterval);
  ASSERT_EQ(rule.anchors.size(), 2u);  // 1989 and 2019, not the years between
  EXPECT_EQ(rule.anchors[0].last - rule.anchors[0].first, 364);
  EXPECT_EQ(rule.anchors[1].last - rule.anchors[1].first, 364);
  // Time order: 1989..2019 first, then January 2022.
  EXPECT_EQ(graph.events[timeline.marks.front().event].id, "ev-rule");
  for (size_t i = 1; i < timeline.marks.size(); ++i) {
    EXPECT_LE(timeline.marks[i - 1].span.first, timeline.marks[i].span.first);
  }
}

TEST(TimelineModelTest, AWeekIsOneUnitWhicheverDayItStartsOn) {
  EntityGraph graph = testing::SampleGraph();
  for (const auto& [value, first] : {std::pair{"2022-01-02/P1W", CivilDate{2022, 1, 2}},
                                     std::pair{"2022-W01", CivilDate{2022, 1, 3}}}) {
    EventVertex& event = graph.events.front();
    event.date_value = value;
    event.granularity = Granularity::kWeek;
    event.earliest = first;
    event.latest = first.PlusDays(6);
    const Timeline timeline = BuildTimeline(GraphLookup(graph), 8);
    const TimelineMark& week = MarkOf(graph, timeline, event.id);
    EXPECT_EQ(week.shape, MarkShape::kUncertain) << value;
    ASSERT_EQ(week.anchors.size(), 1u) << value;
    EXPECT_EQ(week.anchors[0].last - week.anchors[0].first, 6) << value;
  }
}

}  // namespace
}  // namespace akhbar
