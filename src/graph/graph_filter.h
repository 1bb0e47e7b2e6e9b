// The --min-weight, --types and --top filters, and the metrics of what is
// left (metrics always describe the graph as written).
#ifndef AKHBAR_GRAPH_GRAPH_FILTER_H_
#define AKHBAR_GRAPH_GRAPH_FILTER_H_

#include <string>
#include <vector>

#include "base/status.h"
#include "graph/entity_graph.h"
#include "graph/graph_options.h"

namespace akhbar {

// The names --types accepts: the entity types and "event".
const std::vector<std::string>& NodeTypeNames();
Status CheckNodeTypes(const std::vector<std::string>& types);

// 1. Drops co-mention edges below min_weight and vertices whose type is not
//    listed, with their edges; an entity that lost every edge this way goes
//    too (an entity that never had one stays: it is still named).
// 2. Computes the metrics; with `top`, keeps the `top` entities of highest
//    betweenness (then weighted degree, mentions, id) and recomputes them.
// Events stay unless their type is filtered out; they lose only the edges to
// entities that are gone.
EntityGraph FilterGraph(EntityGraph graph, const GraphFilters& filters);

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_GRAPH_FILTER_H_
