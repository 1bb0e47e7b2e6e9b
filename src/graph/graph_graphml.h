// graph.graphml, in the form Boost's write_graphml gave it, written
// directly (Boost's generic property maps cost more than all the rest of
// the file). GraphML node ids are n0, n1, ...; each node's own id is its
// "node_id" attribute. Every node carries every node column, so an
// attribute a vertex lacks reads as empty or zero; doubles have six
// significant digits (graph.json has them in full).
#ifndef AKHBAR_GRAPH_GRAPH_GRAPHML_H_
#define AKHBAR_GRAPH_GRAPH_GRAPHML_H_

#include <ostream>

#include "graph/entity_graph.h"

namespace akhbar {

void WriteGraphml(const EntityGraph& graph, std::ostream& out);

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_GRAPH_GRAPHML_H_
