// graph.graphml, written by Boost's write_graphml. GraphML node ids are
// Boost's (n0, n1, ...); each node's own id is its "node_id" attribute.
// Every node carries every node column (Boost writes them all), so an
// attribute a vertex lacks reads as empty or zero; Boost also writes doubles
// with six significant digits (graph.json has them in full).
#ifndef AKHBAR_GRAPH_GRAPH_GRAPHML_H_
#define AKHBAR_GRAPH_GRAPH_GRAPHML_H_

#include <ostream>

#include "graph/entity_graph.h"

namespace akhbar {

void WriteGraphml(const EntityGraph& graph, std::ostream& out);

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_GRAPH_GRAPHML_H_
