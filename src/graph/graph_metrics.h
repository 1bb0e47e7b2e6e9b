// Where each entity stands in the co-mention graph, computed with
// Boost.Graph: degree, weighted degree, betweenness centrality and connected
// component. Events and their participations are not part of it: they
// would make every entity of a busy day look central.
#ifndef AKHBAR_GRAPH_GRAPH_METRICS_H_
#define AKHBAR_GRAPH_GRAPH_METRICS_H_

#include "graph/entity_graph.h"

namespace akhbar {

// Fills the metric fields of every EntityVertex.
//   degree           co-mention edges
//   weighted_degree  sum of their weights
//   betweenness      Brandes, unweighted, normalized as networkx does for an
//                    undirected graph: the share of shortest paths between
//                    other pairs that pass through the entity (0..1)
//   component        connected components numbered in entity order, so the
//                    first entity is in component 0
void ComputeMetrics(EntityGraph* graph);

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_GRAPH_METRICS_H_
