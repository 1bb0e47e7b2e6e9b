// Event vertices and participation edges from the triggers of the corpus.
//
// A sentence and its copies are one report per event type. Reports of a
// type with same_event_within_days (rules/events.yaml) are one event when
// they name a participant in common and their dates meet, no two of them
// further apart than those days, a report dated only by its publication
// standing for the days just before it. Every report of an
// event is one of its sources.
#ifndef AKHBAR_GRAPH_EVENT_BUILDER_H_
#define AKHBAR_GRAPH_EVENT_BUILDER_H_

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "extract/event_rules.h"
#include "graph/deduplicated_corpus.h"
#include "graph/entity_graph.h"
#include "graph/graph_assembly.h"

namespace akhbar {

// An entity's part in an event, not yet an edge: the edge's strings are the
// event's and its participant's, and copies of them at the peak of the build
// were most of a large graph's memory there.
struct Participation {
  uint32_t event = 0;        // into EventSet::events
  uint32_t participant = 0;  // into that event's participants
  // Like a co-mention's, the weight counts distinct sentences (not their
  // copies) that name the participant.
  uint32_t weight = 0;
  uint32_t document_count = 0;
  std::vector<std::string_view> documents;  // the first max_documents
};

struct EventSet {
  std::vector<EventVertex> events;  // sorted by id
  // Sorted by entity id, then event id.
  std::vector<Participation> participations;
  // The owner of the events' type ids and labels (one copy per type) and of
  // their participants' entity ids (one copy per entity), for
  // EntityGraph::texts.
  std::shared_ptr<const void> strings;
};

// Participants: the entities named in a report's sentence, "actor" before
// the trigger and "target" after it; "participant" when that guess is not
// safe (an adjective such as روسية, an entity on both sides, reports that
// disagree). A participation edge lists its first `max_documents` documents.
EventSet CollectEvents(const DeduplicatedCorpus& corpus, const EventRules& rules,
                       size_t max_documents);

// The participation edge (entity -> event) of a record of
// EventSet::participations, whose documents it takes; `events` are the
// set's events, wherever they are now. Made one at a time as they go into
// the graph (GraphAssembler), a large graph's participation edges are never
// all held beside it.
GraphEdge TakeParticipationEdge(const std::vector<EventVertex>& events,
                                Participation* participation);

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_EVENT_BUILDER_H_
