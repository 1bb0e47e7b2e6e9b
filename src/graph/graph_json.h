// graph.json: the node-link format of D3 and networkx
// (networkx.node_link_graph reads it), with every attribute of the graph.
// Its JSON Schema is docs/graph.schema.json.
#ifndef AKHBAR_GRAPH_GRAPH_JSON_H_
#define AKHBAR_GRAPH_GRAPH_JSON_H_

#include <ostream>
#include <string>

#include "graph/entity_graph.h"

namespace akhbar {

void WriteNodeLinkJson(const EntityGraph& graph, std::ostream& out);

// The id of the i-th edge in every output format.
std::string EdgeId(size_t index);

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_GRAPH_JSON_H_
