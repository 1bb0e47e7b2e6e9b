// Putting vertex and edge lists into the Boost graph, and taking them out
// again: the builder and the filters work on lists, Boost on the result.
#ifndef AKHBAR_GRAPH_GRAPH_ASSEMBLY_H_
#define AKHBAR_GRAPH_GRAPH_ASSEMBLY_H_

#include <string>
#include <vector>

#include "graph/entity_graph.h"

namespace akhbar {

struct GraphEdge {
  std::string source;  // vertex ids: entity ids or event ids
  std::string target;
  EdgeData data;
};

// Vertices are the entities, then the events, in the order given; edges too.
// Every edge endpoint must be one of the vertices.
EntityGraph AssembleGraph(std::vector<EntityVertex> entities, std::vector<EventVertex> events,
                          std::vector<GraphEdge> edges, const GraphStats& stats);
// The same with the edges in several lists, taken in turn, each freed once
// its edges are in the graph: concatenating the lists first would hold a
// large graph's edges twice over at the peak of the build.
EntityGraph AssembleGraph(std::vector<EntityVertex> entities, std::vector<EventVertex> events,
                          std::vector<std::vector<GraphEdge>> edge_lists, const GraphStats& stats);

// An edge of the graph and its endpoints' ids, read in place.
struct EdgeRef {
  const std::string& source;
  const std::string& target;
  const EdgeData& data;
};

// The edges in the graph's order.
std::vector<EdgeRef> EdgesOf(const EntityGraph& graph);
// The edges in the graph's order, moved out of it (their evidence is most of
// a graph's memory): the graph keeps its vertices only.
std::vector<GraphEdge> TakeEdges(EntityGraph* graph);

const std::string& VertexId(const EntityGraph& graph, GraphStorage::vertex_descriptor vertex);

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_GRAPH_ASSEMBLY_H_
