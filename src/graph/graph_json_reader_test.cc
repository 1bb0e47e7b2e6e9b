#include "graph/graph_json_reader.h"

#include <gtest/gtest.h>

#include <boost/range/iterator_range.hpp>
#include <nlohmann/json.hpp>

#include "graph/graph_assembly.h"
#include "graph/graph_json.h"
#include "graph/graph_outputs.h"
#include "tests/render_fixture.h"

namespace akhbar {
namespace {

TEST(GraphJsonReaderTest, ReadsBackWhatTheWriterWrote) {
  const EntityGraph original = testing::SampleGraph();
  const std::string json = GraphToString(WriteNodeLinkJson, original);
  StatusOr<EntityGraph> read = GraphFromNodeLinkJson(json);
  ASSERT_TRUE(read.ok()) << read.status().message();
  // Everything survives the round trip: the same JSON comes out again.
  EXPECT_EQ(GraphToString(WriteNodeLinkJson, *read), json);
  EXPECT_EQ(read->entities.size(), original.entities.size());
  EXPECT_EQ(read->events.size(), original.events.size());
  EXPECT_EQ(boost::num_edges(read->graph), boost::num_edges(original.graph));
  EXPECT_EQ(read->participations.size(), original.participations.size());
  const EventVertex& rule = read->events[4];
  EXPECT_EQ(rule.id, "ev-rule");
  EXPECT_EQ(rule.granularity, Granularity::kYear);
  EXPECT_EQ(rule.date_value, "1989..2019");
  ASSERT_TRUE(rule.latest.has_value());
  EXPECT_EQ(*rule.latest, (CivilDate{2019, 12, 31}));
}

TEST(GraphJsonReaderTest, MalformedGraphsAreInputErrorsNamingThePlace) {
  EXPECT_EQ(GraphFromNodeLinkJson("[1, 2").status().code(), StatusCode::kInvalidInput);
  const StatusOr<EntityGraph> missing =
      GraphFromNodeLinkJson(R"({"graph": {}, "nodes": [{"id": "x", "kind": "entity"}],
                                "links": []})");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(missing.status().message().find("node x"), std::string::npos);
  const StatusOr<EntityGraph> dangling = GraphFromNodeLinkJson(
      R"({"graph": {}, "nodes": [], "links": [{"id": "edge:0", "source": "a", "target": "b",
          "kind": "co_mention", "weight": 1, "documents": [], "first_date": null,
          "last_date": null, "evidence": []}]})");
  ASSERT_FALSE(dangling.ok());
  EXPECT_NE(dangling.status().message().find("edge:0"), std::string::npos);
}

// A participation is the part of one of its event's participants.
TEST(GraphJsonReaderTest, AParticipationOfNoParticipantIsAnError) {
  const EntityGraph original = testing::SampleGraph();
  nlohmann::json json = nlohmann::json::parse(GraphToString(WriteNodeLinkJson, original));
  bool changed = false;
  for (nlohmann::json& link : json["links"]) {
    if (link["kind"] != "participation") continue;
    const std::string event = link["target"];
    for (const nlohmann::json& node : json["nodes"]) {
      if (node["id"] != event) continue;
      for (const EntityVertex& entity : original.entities) {
        bool listed = false;
        for (const nlohmann::json& participant : node["participants"]) {
          listed = listed || participant["entity"] == entity.id;
        }
        if (!listed && !changed) {
          link["source"] = entity.id;
          changed = true;
        }
      }
    }
    if (changed) break;
  }
  ASSERT_TRUE(changed) << "the sample graph has an entity outside some event";
  const StatusOr<EntityGraph> read = GraphFromNodeLinkJson(json.dump());
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(read.status().message().find("not a participant"), std::string::npos)
      << read.status().message();
}

}  // namespace
}  // namespace akhbar
