#include "graph/entity_graph.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <new>
#include <utility>

#include "graph/graph_assembly.h"
#include "graph/graph_edges.h"

// Every allocation of this test binary is counted, to see that a move
// allocates nothing: a copy of a graph allocates for each edge and string.
namespace {
std::atomic<size_t> allocations{0};
}  // namespace

void* operator new(size_t size) {
  ++allocations;
  if (void* memory = std::malloc(size == 0 ? 1 : size)) return memory;
  throw std::bad_alloc();
}
void operator delete(void* memory) noexcept { std::free(memory); }
void operator delete(void* memory, size_t) noexcept { std::free(memory); }

namespace akhbar {
namespace {

EntityGraph TwoEntitiesAndAnEvent() {
  EntityVertex tokayev;
  tokayev.id = "tokayev";
  EntityVertex csto;
  csto.id = "csto";
  EventVertex event;
  event.id = "event:deployment";
  event.participants.emplace_back().entity = "csto";
  event.participants.back().role = "actor";
  GraphEdge co_mention{"tokayev", "csto", {}};
  co_mention.data.weight = 3;
  co_mention.data.evidence.push_back(EvidenceRef{.doc = "a", .text = "طلب توكاييف"});
  GraphStats stats;
  stats.documents = 1;
  return AssembleGraph({tokayev, csto}, {event}, {co_mention}, stats);
}

std::vector<std::string> EdgeSummaries(const EntityGraph& graph) {
  std::vector<std::string> summaries;
  ForEachEdge(graph, [&](size_t, const EdgeView& edge) {
    summaries.push_back(std::string(edge.source) + "-" + std::string(edge.target) + ":" +
                        std::to_string(edge.weight) + std::string(edge.role));
  });
  return summaries;
}

// A graph of a large corpus is gigabytes of evidence: moving it must hand
// over the same edges, not copies of them.
TEST(EntityGraphTest, MovingHandsOverTheEdgesWithoutCopyingThem) {
  EntityGraph graph = TwoEntitiesAndAnEvent();

  size_t before = allocations;
  EntityGraph moved(std::move(graph));
  // The one allocation is the empty graph `moved` starts as.
  EXPECT_LE(allocations - before, 1u);
  EXPECT_EQ(EdgeSummaries(moved),
            (std::vector<std::string>{"tokayev-csto:3", "csto-event:deployment:0actor"}));
  EXPECT_EQ(moved.graph[*boost::edges(moved.graph).first].evidence.front().text, "طلب توكاييف");
  EXPECT_EQ(moved.stats.documents, 1u);
  EXPECT_EQ(boost::num_vertices(graph.graph), 0u);
  EXPECT_EQ(boost::num_edges(graph.graph), 0u);

  EntityGraph assigned = TwoEntitiesAndAnEvent();
  before = allocations;
  assigned = std::move(moved);
  EXPECT_EQ(allocations - before, 0u);
  EXPECT_EQ(boost::num_vertices(assigned.graph), 2u);
  EXPECT_EQ(EdgeSummaries(assigned),
            (std::vector<std::string>{"tokayev-csto:3", "csto-event:deployment:0actor"}));
}

TEST(EntityGraphTest, AMovedGraphCanStillBeChanged) {
  EntityGraph moved(TwoEntitiesAndAnEvent());
  const auto [edge, added] = boost::add_edge(1, 1, EdgeData{.weight = 7}, moved.graph);
  ASSERT_TRUE(added);
  EXPECT_EQ(boost::num_edges(moved.graph), 2u);
  boost::remove_edge(edge, moved.graph);
  boost::clear_vertex(0, moved.graph);
  EXPECT_EQ(EdgeSummaries(moved), (std::vector<std::string>{"csto-event:deployment:0actor"}));
}

}  // namespace
}  // namespace akhbar
