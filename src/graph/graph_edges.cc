#include "graph/graph_edges.h"

#include <boost/range/iterator_range.hpp>

namespace akhbar {

void ForEachEdge(const EntityGraph& graph,
                 const std::function<void(size_t number, const EdgeView& edge)>& visit) {
  size_t number = 0;
  for (const auto edge : boost::make_iterator_range(boost::edges(graph.graph))) {
    const size_t source = graph.graph[boost::source(edge, graph.graph)].index;
    const size_t target = graph.graph[boost::target(edge, graph.graph)].index;
    const EdgeData& data = graph.graph[edge];
    visit(number++, EdgeView{.kind = EdgeKind::kCoMention,
                             .source = graph.entities[source].id,
                             .target = graph.entities[target].id,
                             .source_node = source,
                             .target_node = target,
                             .role = {},
                             .weight = data.weight,
                             .documents = data.documents,
                             .document_count = data.document_count,
                             .first_date = data.first_date,
                             .last_date = data.last_date,
                             .evidence = data.evidence});
  }
  // Participations run in the order of their entities, so their events lie
  // all over memory: an event's fields are fetched a few edges ahead, and
  // the participant and the id they point to a few edges after that.
  constexpr size_t kEventsAhead = 8;
  constexpr size_t kPointeesAhead = 4;
  const std::vector<ParticipationRef>& participations = graph.participations;
  for (size_t p = 0; p < participations.size(); ++p) {
    if (p + kEventsAhead < participations.size()) {
      const auto* event = reinterpret_cast<const char*>(
          &graph.events[participations[p + kEventsAhead].event]);
      for (size_t line = 0; line < sizeof(EventVertex); line += 64) {
        __builtin_prefetch(event + line);
      }
    }
    if (p + kPointeesAhead < participations.size()) {
      const ParticipationRef& ahead = participations[p + kPointeesAhead];
      const EventVertex& event = graph.events[ahead.event];
      __builtin_prefetch(&event.participants[ahead.participant]);
      __builtin_prefetch(event.id.data());
    }
    const ParticipationRef& ref = participations[p];
    const EventVertex& event = graph.events[ref.event];
    const EventParticipant& participant = event.participants[ref.participant];
    visit(number++, EdgeView{.kind = EdgeKind::kParticipation,
                             .source = graph.entities[ref.entity].id,
                             .target = event.id,
                             .source_node = ref.entity,
                             .target_node = graph.entities.size() + ref.event,
                             .role = participant.role,
                             .weight = participant.weight,
                             .documents = participant.documents,
                             .document_count = participant.document_count,
                             .first_date = event.earliest,
                             .last_date = event.latest,
                             .evidence = {}});
  }
}

std::string_view EdgeKindName(EdgeKind kind) {
  return kind == EdgeKind::kCoMention ? "co_mention" : "participation";
}

}  // namespace akhbar
