#include "render/map_selection.h"

#include <gtest/gtest.h>

#include "tests/render_fixture.h"

namespace akhbar {
namespace {

std::vector<std::string> Ids(const EntityGraph& graph, const std::vector<size_t>& entities) {
  std::vector<std::string> ids;
  for (const size_t entity : entities) ids.push_back(graph.entities[entity].id);
  return ids;
}

TEST(MapSelectionTest, TopEntitiesByMentionsAndBetweenness) {
  const EntityGraph graph = testing::SampleGraph();
  const GraphLookup lookup(graph);
  const MapSelection selection = SelectForMap(lookup, {3, 0, 0});
  EXPECT_EQ(Ids(graph, selection.entities),
            (std::vector<std::string>{"kazakhstan", "tokayev", "nazarbayev"}));
  // Only links among the three, heaviest first.
  ASSERT_EQ(selection.links.size(), 3u);
  EXPECT_EQ(selection.links[0].edge->weight, 9u);
  EXPECT_EQ(selection.links[1].edge->weight, 4u);
  EXPECT_EQ(selection.links[2].edge->weight, 2u);
  EXPECT_EQ(selection.max_weight, 9u);
  EXPECT_TRUE(selection.events.empty());
}

TEST(MapSelectionTest, ExplicitMinimumWeightDropsLighterLinks) {
  const EntityGraph graph = testing::SampleGraph();
  const GraphLookup lookup(graph);
  const MapSelection selection = SelectForMap(lookup, {40, 4, 0});
  EXPECT_EQ(selection.entities.size(), 5u);  // Almaty and Ablyazov keep no link
  EXPECT_EQ(selection.min_weight, 4u);
  for (const MapLink& link : selection.links) EXPECT_GE(link.edge->weight, 4u);
  EXPECT_EQ(selection.links.size(), 4u);  // 9, 6, 5, 4
}

TEST(MapSelectionTest, EntitiesWithoutEdgesAreDropped) {
  const EntityGraph graph = testing::SampleGraph();
  const GraphLookup lookup(graph);
  const MapSelection selection = SelectForMap(lookup, {40, 9, 0});  // only the weight-9 link
  EXPECT_EQ(Ids(graph, selection.entities), (std::vector<std::string>{"kazakhstan", "tokayev"}));
  EXPECT_EQ(selection.max_mentions, 40u);
}

TEST(MapSelectionTest, AutomaticWeightCapsEdgesPerNode) {
  const EntityGraph graph = testing::SampleGraph();
  const GraphLookup lookup(graph);
  // Seven entities allow 21 edges: all 8 fit, nothing is dropped.
  EXPECT_EQ(SelectForMap(lookup, {40, 0, 0}).min_weight, 1u);

  // A dense graph: 30 entities all linked to each other with weight 1 or 2.
  EntityGraph dense;
  for (int i = 0; i < 30; ++i) {
    EntityVertex entity;
    entity.id = "e" + std::to_string(i);
    entity.type = "person";
    entity.mentions = 30 - static_cast<uint32_t>(i);
    dense.entities.push_back(entity);
    boost::add_vertex(VertexData{static_cast<size_t>(i)}, dense.graph);
  }
  for (size_t a = 0; a < 30; ++a) {
    for (size_t b = a + 1; b < 30; ++b) {
      EdgeData edge;
      edge.weight = (a + b) % 7 == 0 ? 2 : 1;
      boost::add_edge(a, b, edge, dense.graph);
    }
  }
  const GraphLookup dense_lookup(dense);
  const MapSelection selection = SelectForMap(dense_lookup, {30, 0, 0});
  EXPECT_LE(selection.links.size(), kMaxEdgesPerNode * 30);
  EXPECT_EQ(selection.min_weight, 2u);
  for (const MapLink& link : selection.links) EXPECT_EQ(link.edge->weight, 2u);
}

TEST(MapSelectionTest, EventsNeedAParticipantOnTheMap) {
  const EntityGraph graph = testing::SampleGraph();
  const GraphLookup lookup(graph);
  const MapSelection selection = SelectForMap(lookup, {1, 0, 12});  // Kazakhstan only
  ASSERT_EQ(Ids(graph, selection.entities), std::vector<std::string>{"kazakhstan"});
  ASSERT_EQ(selection.events.size(), 3u);  // protest, deployment, rule
  for (const MapParticipation& participation : selection.participations) {
    EXPECT_EQ(graph.entities[participation.entity].id, "kazakhstan");
  }
  EXPECT_EQ(SelectForMap(lookup, {40, 0, 2}).events.size(), 2u);
}

}  // namespace
}  // namespace akhbar
