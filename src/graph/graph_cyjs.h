// graph.cyjs: Cytoscape.js elements, which Cytoscape desktop also opens.
// Attributes are flat (flat_attributes.h) so that each becomes a column.
#ifndef AKHBAR_GRAPH_GRAPH_CYJS_H_
#define AKHBAR_GRAPH_GRAPH_CYJS_H_

#include <string>

#include "graph/entity_graph.h"

namespace akhbar {

std::string GraphToCytoscapeJson(const EntityGraph& graph);

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_GRAPH_CYJS_H_
