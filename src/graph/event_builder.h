// Event vertices and participation edges from the triggers of the corpus.
//
// A sentence and its copies are one report per event type. Reports of a
// type with same_event_within_days (rules/events.yaml) are one event when
// they share a participant and their dates meet, a report dated only by its
// publication standing for the days just before it. Every report of an
// event is one of its sources.
#ifndef AKHBAR_GRAPH_EVENT_BUILDER_H_
#define AKHBAR_GRAPH_EVENT_BUILDER_H_

#include <vector>

#include "extract/event_rules.h"
#include "graph/deduplicated_corpus.h"
#include "graph/entity_graph.h"
#include "graph/graph_assembly.h"

namespace akhbar {

struct EventSet {
  std::vector<EventVertex> events;        // sorted by id
  // entity -> event, sorted; the weight counts the event's distinct
  // sentences that name the entity.
  std::vector<GraphEdge> participations;
};

// Participants: the entities named in a report's sentence, "actor" before
// the trigger and "target" after it; "participant" when that guess is not
// safe (an adjective such as روسية, an entity on both sides, reports that
// disagree). A participation edge lists its first `max_documents` documents.
EventSet CollectEvents(const DeduplicatedCorpus& corpus, const EventRules& rules,
                       size_t max_documents);

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_EVENT_BUILDER_H_
