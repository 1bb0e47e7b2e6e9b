// graph.gexf: GEXF 1.3 in dynamic mode with dates, so that Gephi's timeline
// and sigma.js can replay the story: a node lives from the first to the last
// day its entity is seen (an event, the days its date covers), an edge from
// the first to the last day of its evidence.
#ifndef AKHBAR_GRAPH_GRAPH_GEXF_H_
#define AKHBAR_GRAPH_GRAPH_GEXF_H_

#include <ostream>

#include "graph/entity_graph.h"

namespace akhbar {

void WriteGexf(const EntityGraph& graph, std::ostream& out);

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_GRAPH_GEXF_H_
