// The graph stage's output: entities as Boost.Graph vertices and co-mentions
// as its edges, each carrying its evidence; events beside them, each holding
// its participations (the edges between entities and events, which the graph
// files list after the co-mentions).
#ifndef AKHBAR_GRAPH_ENTITY_GRAPH_H_
#define AKHBAR_GRAPH_ENTITY_GRAPH_H_

#include <boost/graph/adjacency_list.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/civil_date.h"
#include "extract/extraction.h"

namespace akhbar {

// Where a claim comes from: a sentence of a document. The text is viewed,
// not copied: a sentence is the evidence of many edges and the source of
// events, and a graph of a large corpus would otherwise hold it many times
// over. EntityGraph::texts keeps the bytes alive.
struct EvidenceRef {
  std::string_view doc;
  uint32_t sentence = 0;
  uint32_t start = 0;  // UTF-8 byte offsets of the sentence in the document
  uint32_t end = 0;
  std::string_view text;  // the sentence
  // Event sources only: the trigger inside the sentence (document offsets).
  std::string_view trigger;
  uint32_t trigger_start = 0;
  uint32_t trigger_end = 0;
};

struct EntityVertex {
  std::string id;
  std::string type;  // person | organization | media | place | country | other
  std::string label_en;
  std::string label_ar;
  uint32_t mentions = 0;
  // Sorted; the first GraphOptions::max_documents, viewed like EvidenceRef::text.
  std::vector<std::string_view> documents;
  uint32_t document_count = 0;  // all of them
  std::optional<CivilDate> first_seen;
  std::optional<CivilDate> last_seen;
  // Metrics over the co-mention graph (Boost.Graph).
  uint32_t degree = 0;
  double weighted_degree = 0;
  double betweenness = 0;
  uint32_t component = 0;
};

// An entity's part in an event: the participation edge between them. Its
// strings are viewed like EvidenceRef::text: an entity takes part in many
// events, and two strings of its own per participant were a tenth of a
// large graph. Held by the event and not as a Boost edge: a participation
// edge (its list node, its two out-edge entries and an edge's data, most of
// it empty) cost three times its facts, and a large corpus makes millions.
struct EventParticipant {
  std::string_view entity;
  std::string_view role;  // actor | target | participant
  // Like a co-mention's, the weight counts distinct sentences (not their
  // copies) that name the participant.
  uint32_t weight = 0;
  uint32_t document_count = 0;
  // Sorted; the first GraphOptions::max_documents, viewed like EvidenceRef::text.
  std::vector<std::string_view> documents;
};

// The strings an event shares with every event of its type, and those that
// are bytes of its sentence, are viewed like EvidenceRef::text: a large
// corpus makes millions of events.
struct EventVertex {
  std::string id;         // stable across runs and shards
  std::string_view type;  // event type id from rules/events.yaml
  std::string_view label_ar;
  std::string_view label_en;
  std::string_view cameo;
  std::string_view trigger;
  // The date: a date expression of the same sentence, else the document's.
  std::string date_value;        // ISO 8601 as in DateExpression::value, or "a..b"
  std::string_view date_source;  // "sentence" | "document" | "none"
  std::string_view date_text;    // the date expression as written, if any
  std::optional<CivilDate> earliest;
  std::optional<CivilDate> latest;
  Granularity granularity = Granularity::kDay;
  bool vague = false;
  std::string_view evidence;  // the sentence text, viewed like EvidenceRef::text
  std::vector<EvidenceRef> sources;  // every copy of the sentence, sorted
  std::vector<EventParticipant> participants;
};

struct VertexData {
  size_t index = 0;  // into EntityGraph::entities
};

// A co-mention edge.
struct EdgeData {
  uint32_t weight = 0;  // distinct sentences after deduplication
  // Sorted; the first GraphOptions::max_documents, viewed like EvidenceRef::text.
  std::vector<std::string_view> documents;
  uint32_t document_count = 0;  // all of them
  std::optional<CivilDate> first_date;
  std::optional<CivilDate> last_date;
  std::vector<EvidenceRef> evidence;  // strongest first, at most a few
};

// A participation edge: events[event].participants[participant], whose
// entity is entities[entity].
struct ParticipationRef {
  uint32_t entity = 0;
  uint32_t event = 0;
  uint32_t participant = 0;
};

using GraphStorage = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS,
                                           VertexData, EdgeData>;

struct GraphStats {
  uint32_t documents = 0;
  uint32_t sentences = 0;
  uint32_t folded_sentences = 0;  // duplicates counted once
  uint32_t mentions = 0;          // as extracted, before deduplication
  uint32_t dates = 0;              // in sentences that name someone or report an event
  uint32_t event_mentions = 0;    // triggers found, before they became events
  uint32_t skipped_lines = 0;
};

// Exchanges two graphs without copying either. Boost 1.74's adjacency_list
// has no move, and its swap() makes three full copies (evidence and all,
// with two of them alive at once); its storage members are public, and
// exchanging them keeps every edge iterator valid: list nodes and vector
// buffers change owner, not address.
inline void SwapGraphStorage(GraphStorage& a, GraphStorage& b) noexcept {
  a.m_edges.swap(b.m_edges);
  a.m_vertices.swap(b.m_vertices);
  a.m_property.swap(b.m_property);
}

struct EntityGraph {
  EntityGraph() = default;
  EntityGraph(const EntityGraph&) = default;
  EntityGraph& operator=(const EntityGraph&) = default;
  EntityGraph(EntityGraph&& other) noexcept { *this = std::move(other); }
  EntityGraph& operator=(EntityGraph&& other) noexcept {
    SwapGraphStorage(graph, other.graph);
    entities = std::move(other.entities);
    events = std::move(other.events);
    participations = std::move(other.participations);
    texts = std::move(other.texts);
    stats = other.stats;
    return *this;
  }

  GraphStorage graph;
  std::vector<EntityVertex> entities;
  std::vector<EventVertex> events;
  // Every participant of an event whose entity is a vertex, by entity id,
  // then event; made from the two by AssembleGraph (graph_assembly.h).
  std::vector<ParticipationRef> participations;
  // Owners of the bytes the text views point into (the documents' sentences,
  // or strings read from a file): shared, so that a copy of the graph, or a
  // graph filtered from it, views them as safely as the original.
  std::vector<std::shared_ptr<const void>> texts;
  GraphStats stats;
};

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_ENTITY_GRAPH_H_
