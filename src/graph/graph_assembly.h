// Putting vertex and edge lists into the Boost graph, and taking them out
// again: the builder and the filters work on lists, Boost on the result.
// The events' participations become the graph's participation edges here.
#ifndef AKHBAR_GRAPH_GRAPH_ASSEMBLY_H_
#define AKHBAR_GRAPH_GRAPH_ASSEMBLY_H_

#include <string>
#include <string_view>
#include <vector>

#include "graph/entity_graph.h"

namespace akhbar {

// A co-mention edge between two entities.
struct GraphEdge {
  std::string source;  // entity ids
  std::string target;
  EdgeData data;
};

// The graph of the given vertices and co-mention edges (whose data moves
// into it): entities are vertices in the order given, edges follow in
// theirs, and the events' participations become its participations.
EntityGraph AssembleGraph(std::vector<EntityVertex> entities, std::vector<EventVertex> events,
                          std::vector<GraphEdge> edges, const GraphStats& stats);

// The co-mention edges in the graph's order, moved out of it (their
// evidence is most of a graph's memory): the graph keeps its vertices only.
std::vector<GraphEdge> TakeEdges(EntityGraph* graph);

// EntityGraph::participations of these vertices.
std::vector<ParticipationRef> ParticipationsOf(const std::vector<EntityVertex>& entities,
                                               const std::vector<EventVertex>& events);

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_GRAPH_ASSEMBLY_H_
