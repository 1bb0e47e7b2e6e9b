// The edges as the graph files list them: the co-mentions, in the Boost
// graph's order, then the participations (EntityGraph::participations),
// numbered one after the other.
#ifndef AKHBAR_GRAPH_GRAPH_EDGES_H_
#define AKHBAR_GRAPH_GRAPH_EDGES_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string_view>

#include "extract/civil_date.h"
#include "graph/entity_graph.h"

namespace akhbar {

enum class EdgeKind { kCoMention, kParticipation };

// An edge of either kind, read in place.
struct EdgeView {
  EdgeKind kind = EdgeKind::kCoMention;
  std::string_view source;  // an entity id
  std::string_view target;  // an entity id, or a participation's event id
  // The endpoints as node numbers: the entities, then the events.
  size_t source_node = 0;
  size_t target_node = 0;
  std::string_view role;  // participations: actor | target | participant
  uint32_t weight = 0;
  std::span<const std::string_view> documents;
  uint32_t document_count = 0;
  std::optional<CivilDate> first_date;
  std::optional<CivilDate> last_date;
  std::span<const EvidenceRef> evidence;  // co-mentions only
};

// Calls `visit` with each edge and its number, in the files' order.
void ForEachEdge(const EntityGraph& graph,
                 const std::function<void(size_t number, const EdgeView& edge)>& visit);

std::string_view EdgeKindName(EdgeKind kind);

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_GRAPH_EDGES_H_
