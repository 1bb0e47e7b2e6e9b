// The graph stage: a (merged) partial graph -> the EntityGraph to write.
#ifndef AKHBAR_GRAPH_GRAPH_BUILDER_H_
#define AKHBAR_GRAPH_GRAPH_BUILDER_H_

#include "extract/rule_set.h"
#include "graph/entity_graph.h"
#include "graph/graph_options.h"
#include "graph/partial_graph.h"

namespace akhbar {

// Deduplicates the sentences, collects entities, co-mentions and events,
// applies the filters and computes the metrics. The rules supply labels,
// entity types and event types. The result depends only on the partial
// graph's contents and the options: entities and events are sorted by id,
// edges by their endpoints. The partial graph is consumed: its sentences are
// freed as soon as the graph no longer needs them.
EntityGraph BuildGraph(PartialGraph partial, const RuleSet& rules, const GraphOptions& options);

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_GRAPH_BUILDER_H_
