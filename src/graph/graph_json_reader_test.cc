#include "graph/graph_json_reader.h"

#include <gtest/gtest.h>

#include <boost/range/iterator_range.hpp>

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

}  // namespace
}  // namespace akhbar
