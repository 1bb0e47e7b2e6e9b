// events.json: the events of the graph in time order, each with its type,
// date, participants, trigger and every source (document, sentence, offsets).
#ifndef AKHBAR_GRAPH_EVENTS_JSON_H_
#define AKHBAR_GRAPH_EVENTS_JSON_H_

#include <ostream>

#include "graph/entity_graph.h"

namespace akhbar {

// Sorted by earliest day, then latest day, then id; undated events last.
// Participants carry their labels so that the file reads on its own.
void WriteEventsJson(const EntityGraph& graph, std::ostream& out);

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_EVENTS_JSON_H_
