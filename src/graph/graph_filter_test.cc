#include "graph/graph_filter.h"

#include <gtest/gtest.h>

#include <boost/range/iterator_range.hpp>

#include "graph/graph_assembly.h"

namespace akhbar {
namespace {

EntityVertex Entity(const std::string& id, const std::string& type) {
  EntityVertex entity;
  entity.id = id;
  entity.type = type;
  return entity;
}

GraphEdge CoMention(const std::string& a, const std::string& b, uint32_t weight) {
  GraphEdge edge{a, b, {}};
  edge.data.weight = weight;
  return edge;
}

// tokayev -3- csto -1- russia -2- putin; almaty named alone; putin and
// almaty (no co-mention) take part in an event.
EntityGraph SampleGraph() {
  EventVertex event;
  event.id = "event:visit";
  for (const std::string_view entity : {"almaty", "putin"}) {
    event.participants.emplace_back().entity = entity;
    event.participants.back().weight = 1;
  }
  return AssembleGraph(
      {Entity("almaty", "place"), Entity("csto", "organization"), Entity("putin", "person"),
       Entity("russia", "country"), Entity("tokayev", "person")},
      {event},
      {CoMention("csto", "tokayev", 3), CoMention("csto", "russia", 1),
       CoMention("putin", "russia", 2)},
      {});
}

std::vector<std::string> EntityIds(const EntityGraph& graph) {
  std::vector<std::string> ids;
  for (const EntityVertex& entity : graph.entities) ids.push_back(entity.id);
  return ids;
}

// Co-mentions and participations.
size_t EdgeCount(const EntityGraph& graph) {
  return boost::num_edges(graph.graph) + graph.participations.size();
}

TEST(GraphFilterTest, NoFilterKeepsEverythingAndComputesMetrics) {
  const EntityGraph graph = FilterGraph(SampleGraph(), GraphFilters());
  EXPECT_EQ(EntityIds(graph),
            (std::vector<std::string>{"almaty", "csto", "putin", "russia", "tokayev"}));
  EXPECT_EQ(EdgeCount(graph), 5u);
  EXPECT_EQ(graph.entities[1].degree, 2u);
  EXPECT_GT(graph.entities[1].betweenness, 0.0);
}

TEST(GraphFilterTest, MinWeightDropsLightEdgesAndWhoLostThemAll) {
  GraphFilters filters;
  filters.min_weight = 3;
  const EntityGraph graph = FilterGraph(SampleGraph(), filters);
  // russia lost both its edges; putin keeps its participation; almaty
  // never had a co-mention.
  EXPECT_EQ(EntityIds(graph),
            (std::vector<std::string>{"almaty", "csto", "putin", "tokayev"}));
  EXPECT_EQ(EdgeCount(graph), 3u);
  EXPECT_EQ(graph.entities[2].degree, 0u);  // putin
}

TEST(GraphFilterTest, TypesKeepListedNodeTypes) {
  GraphFilters filters;
  filters.types = {"person", "organization"};
  const EntityGraph graph = FilterGraph(SampleGraph(), filters);
  EXPECT_EQ(EntityIds(graph), (std::vector<std::string>{"csto", "tokayev"}));
  EXPECT_TRUE(graph.events.empty());
  filters.types = {"place", "event"};
  const EntityGraph places = FilterGraph(SampleGraph(), filters);
  EXPECT_EQ(EntityIds(places), (std::vector<std::string>{"almaty"}));
  EXPECT_EQ(places.events.size(), 1u);
  EXPECT_EQ(EdgeCount(places), 1u);
}

TEST(GraphFilterTest, TopKeepsTheMostCentralEntities) {
  GraphFilters filters;
  filters.top = 2;
  const EntityGraph graph = FilterGraph(SampleGraph(), filters);
  // csto and russia lie between the others.
  EXPECT_EQ(EntityIds(graph), (std::vector<std::string>{"csto", "russia"}));
  EXPECT_EQ(graph.events.size(), 1u);  // events stay, without edges to dropped entities
  EXPECT_EQ(EdgeCount(graph), 1u);
  EXPECT_TRUE(graph.participations.empty());
  EXPECT_EQ(graph.events[0].participants.size(), 2u);  // still says who took part
  EXPECT_EQ(graph.entities[0].betweenness, 0.0);  // recomputed on what is left
}

TEST(GraphFilterTest, UnknownTypesAreAUsageError) {
  EXPECT_TRUE(CheckNodeTypes({"person", "event"}).ok());
  const Status status = CheckNodeTypes({"planet"});
  EXPECT_EQ(status.code(), StatusCode::kUsage);
  EXPECT_NE(status.message().find("planet"), std::string::npos);
}

}  // namespace
}  // namespace akhbar
