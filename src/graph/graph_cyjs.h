// graph.cyjs: Cytoscape.js elements, which Cytoscape desktop also opens.
// Attributes are flat (flat_attributes.h) so that each becomes a column.
#ifndef AKHBAR_GRAPH_GRAPH_CYJS_H_
#define AKHBAR_GRAPH_GRAPH_CYJS_H_

#include <ostream>

#include "graph/entity_graph.h"

namespace akhbar {

void WriteCytoscapeJson(const EntityGraph& graph, std::ostream& out);

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_GRAPH_CYJS_H_
