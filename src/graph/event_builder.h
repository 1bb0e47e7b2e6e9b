// Events and their participants from the triggers of the corpus.
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

#include "extract/entity_catalog.h"
#include "extract/event_rules.h"
#include "graph/deduplicated_corpus.h"
#include "graph/entity_graph.h"

namespace akhbar {

struct EventSet {
  std::vector<EventVertex> events;  // sorted by id
  // The owner of the events' type ids and labels (one copy per type) and of
  // their participants' entity ids (one copy per entity), for
  // EntityGraph::texts.
  std::shared_ptr<const void> strings;
};

// Participants: the entities named in a report's sentence, "actor" before
// the trigger and "target" after it; "participant" when that guess is not
// safe (an adjective such as روسية, an entity on both sides, reports that
// disagree). Where reported speech divides the sentence (SentenceTrigger's
// clause), who speaks of the event is its "speaker" (قال أبليازوف إن …
// فروا), and the names of the sentence's other clauses are participants
// that make no two reports one event. Media (the catalog's type) take no
// part: they report. A participant lists its first `max_documents`
// documents.
EventSet CollectEvents(const DeduplicatedCorpus& corpus, const EventRules& rules,
                       const EntityCatalog& catalog, size_t max_documents);

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_EVENT_BUILDER_H_
