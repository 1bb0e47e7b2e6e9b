// Putting vertex and edge lists into the Boost graph, and taking them out
// again: the builder and the filters work on lists, Boost on the result.
#ifndef AKHBAR_GRAPH_GRAPH_ASSEMBLY_H_
#define AKHBAR_GRAPH_GRAPH_ASSEMBLY_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/entity_graph.h"

namespace akhbar {

struct GraphEdge {
  std::string source;  // vertex ids: entity ids or event ids
  std::string target;
  EdgeData data;
};

// A graph put together edge by edge: vertices are the entities, then the
// events, in the order given; edges in the order they are added. An edge
// can be made just before it goes in, from the vertices already there, so
// that a large graph's edges are never all held as a list beside the graph.
class GraphAssembler {
 public:
  GraphAssembler(std::vector<EntityVertex> entities, std::vector<EventVertex> events,
                 const GraphStats& stats);

  const std::vector<EventVertex>& events() const { return graph_.events; }
  // Both endpoints must be vertices.
  void Add(GraphEdge edge);
  EntityGraph Finish() { return std::move(graph_); }

 private:
  EntityGraph graph_;
  // Views of the vertices' ids, which stay where they are.
  std::unordered_map<std::string_view, GraphStorage::vertex_descriptor> vertex_of_;
};

// The graph of the given vertices and edges (whose data moves into it).
EntityGraph AssembleGraph(std::vector<EntityVertex> entities, std::vector<EventVertex> events,
                          std::vector<GraphEdge> edges, const GraphStats& stats);

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
