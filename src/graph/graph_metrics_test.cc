#include "graph/graph_metrics.h"

#include <gtest/gtest.h>

#include "graph/graph_assembly.h"

namespace akhbar {
namespace {

EntityVertex Entity(const std::string& id) {
  EntityVertex entity;
  entity.id = id;
  entity.type = "person";
  return entity;
}

GraphEdge CoMention(const std::string& a, const std::string& b, uint32_t weight) {
  GraphEdge edge{a, b, {}};
  edge.data.weight = weight;
  return edge;
}

// a -3- b -1- c -2- d, and e alone; an event joins a and d, which must not
// shorten any path between entities.
EntityGraph PathGraph() {
  EventVertex event;
  event.id = "event:x";
  for (const std::string_view entity : {"a", "d"}) {
    event.participants.emplace_back().entity = entity;
    event.participants.back().role = "actor";
    event.participants.back().weight = 1;
  }
  return AssembleGraph({Entity("a"), Entity("b"), Entity("c"), Entity("d"), Entity("e")},
                       {event},
                       {CoMention("a", "b", 3), CoMention("b", "c", 1), CoMention("c", "d", 2)},
                       {});
}

TEST(GraphMetricsTest, DegreesCountCoMentionsOnly) {
  EntityGraph graph = PathGraph();
  ComputeMetrics(&graph);
  const std::vector<uint32_t> degrees = {1, 2, 2, 1, 0};
  const std::vector<double> weighted = {3, 4, 3, 2, 0};
  for (size_t i = 0; i < graph.entities.size(); ++i) {
    EXPECT_EQ(graph.entities[i].degree, degrees[i]) << graph.entities[i].id;
    EXPECT_DOUBLE_EQ(graph.entities[i].weighted_degree, weighted[i]) << graph.entities[i].id;
  }
}

TEST(GraphMetricsTest, BetweennessIsNormalizedAsNetworkxDoes) {
  EntityGraph graph = PathGraph();
  ComputeMetrics(&graph);
  // networkx.betweenness_centrality on the five entities: b lies on the
  // shortest paths a-c and a-d, c on a-d and b-d; 6 pairs of others each.
  const std::vector<double> expected = {0, 2.0 / 6, 2.0 / 6, 0, 0};
  for (size_t i = 0; i < graph.entities.size(); ++i) {
    EXPECT_NEAR(graph.entities[i].betweenness, expected[i], 1e-12) << graph.entities[i].id;
  }
}

TEST(GraphMetricsTest, TheCentreOfAStarHasBetweennessOne) {
  EntityGraph graph = AssembleGraph(
      {Entity("hub"), Entity("x"), Entity("y"), Entity("z")}, {},
      {CoMention("hub", "x", 1), CoMention("hub", "y", 1), CoMention("hub", "z", 1)}, {});
  ComputeMetrics(&graph);
  EXPECT_DOUBLE_EQ(graph.entities[0].betweenness, 1.0);
  EXPECT_DOUBLE_EQ(graph.entities[1].betweenness, 0.0);
}

TEST(GraphMetricsTest, ComponentsAreNumberedInEntityOrder) {
  EntityGraph graph = AssembleGraph(
      {Entity("a"), Entity("b"), Entity("c"), Entity("d")}, {},
      {CoMention("b", "d", 1)}, {});
  ComputeMetrics(&graph);
  EXPECT_EQ(graph.entities[0].component, 0u);
  EXPECT_EQ(graph.entities[1].component, 1u);
  EXPECT_EQ(graph.entities[2].component, 2u);
  EXPECT_EQ(graph.entities[3].component, 1u);
}

TEST(GraphMetricsTest, EmptyAndTinyGraphs) {
  EntityGraph empty;
  ComputeMetrics(&empty);
  EntityGraph pair = AssembleGraph({Entity("a"), Entity("b")}, {}, {CoMention("a", "b", 2)}, {});
  ComputeMetrics(&pair);
  EXPECT_EQ(pair.entities[0].betweenness, 0.0);
  EXPECT_EQ(pair.entities[1].weighted_degree, 2.0);
}

}  // namespace
}  // namespace akhbar
