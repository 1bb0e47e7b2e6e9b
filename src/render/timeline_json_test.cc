#include "render/timeline_json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/render_fixture.h"

namespace akhbar {
namespace {

using Json = nlohmann::json;

const Json& EventById(const Json& events, const std::string& key, const std::string& id) {
  for (const Json& event : events) {
    if (event[key].get<std::string>().rfind(id, 0) == 0) return event;
  }
  ADD_FAILURE() << "no " << id;
  static const Json kNull;
  return kNull;
}

class TimelineJsonTest : public ::testing::Test {
 protected:
  TimelineJsonTest() : graph_(testing::SampleGraph()), lookup_(graph_) {
    timeline_ = BuildTimeline(lookup_, 8);
  }
  EntityGraph graph_;
  GraphLookup lookup_;
  Timeline timeline_;
};

TEST_F(TimelineJsonTest, TimelineJsEventsWithDatesTextAndGroup) {
  const Json document = Json::parse(TimelineJsJson(lookup_, timeline_, LabelLanguage::kBoth));
  ASSERT_TRUE(document.contains("title"));
  const Json& events = document["events"];
  EXPECT_EQ(events.size(), timeline_.marks.size());
  const Json& protest = EventById(events, "unique_id", "ev-protest-almaty");
  EXPECT_EQ(protest["start_date"], (Json{{"year", 2022}, {"month", 1}, {"day", 5}}));
  EXPECT_FALSE(protest.contains("end_date"));
  EXPECT_EQ(protest["text"]["headline"], "احتجاج");
  EXPECT_NE(protest["text"]["text"].get<std::string>().find("خرج آلاف المحتجين"),
            std::string::npos);
  EXPECT_EQ(protest["group"], "كازاخستان (Kazakhstan)");

  const Json& rule = EventById(events, "unique_id", "ev-rule");
  EXPECT_EQ(rule["start_date"], (Json{{"year", 1989}}));
  EXPECT_EQ(rule["end_date"], (Json{{"year", 2019}}));
  const Json& appeal = EventById(events, "unique_id", "ev-appeal");
  EXPECT_EQ(appeal["start_date"]["month"], 1);
  EXPECT_FALSE(appeal["start_date"].contains("day"));
  EXPECT_EQ(appeal["start_date"]["display_date"], "2022-01");
}

TEST_F(TimelineJsonTest, VisTimelineItemsPerLaneAndGroups) {
  const Json document = Json::parse(VisTimelineJson(lookup_, timeline_, LabelLanguage::kBoth));
  const Json& groups = document["groups"];
  ASSERT_EQ(groups.size(), timeline_.lanes.size());
  EXPECT_EQ(groups[0]["id"], "kazakhstan");
  size_t request_items = 0;
  for (const Json& item : document["items"]) {
    if (item["id"].get<std::string>().rfind("ev-csto-request@", 0) == 0) {
      ++request_items;
      EXPECT_EQ(item["type"], "point");
      EXPECT_EQ(item["start"], "2022-01-06");
    }
  }
  EXPECT_EQ(request_items, 2u);  // Tokayev's lane and the CSTO's
  const Json& rule = EventById(document["items"], "id", "ev-rule@");
  EXPECT_EQ(rule["type"], "range");
  EXPECT_EQ(rule["start"], "1989-01-01");
  EXPECT_EQ(rule["end"], "2020-01-01");  // exclusive
}

}  // namespace
}  // namespace akhbar
