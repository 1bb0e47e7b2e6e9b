#include "graph/graph_assembly.h"

#include <boost/range/iterator_range.hpp>

#include <algorithm>
#include <cassert>
#include <numeric>
#include <unordered_map>
#include <utility>

namespace akhbar {

EntityGraph AssembleGraph(std::vector<EntityVertex> entities, std::vector<EventVertex> events,
                          std::vector<GraphEdge> edges, const GraphStats& stats) {
  EntityGraph graph;
  graph.entities = std::move(entities);
  graph.events = std::move(events);
  graph.stats = stats;
  std::unordered_map<std::string_view, GraphStorage::vertex_descriptor> vertex_of;
  vertex_of.reserve(graph.entities.size());
  for (size_t i = 0; i < graph.entities.size(); ++i) {
    vertex_of[graph.entities[i].id] = boost::add_vertex(VertexData{i}, graph.graph);
  }
  for (GraphEdge& edge : edges) {
    const auto source = vertex_of.find(edge.source);
    const auto target = vertex_of.find(edge.target);
    assert(source != vertex_of.end() && target != vertex_of.end());
    // Boost 1.74's add_edge copies the property it is given (evidence and
    // all); an edge added bare takes its data by move.
    const auto added = boost::add_edge(source->second, target->second, graph.graph).first;
    graph.graph[added] = std::move(edge.data);
  }
  graph.participations = ParticipationsOf(graph.entities, graph.events);
  return graph;
}

std::vector<GraphEdge> TakeEdges(EntityGraph* graph) {
  std::vector<GraphEdge> edges;
  const auto id = [&](GraphStorage::vertex_descriptor vertex) {
    return graph->entities[graph->graph[vertex].index].id;
  };
  for (const auto edge : boost::make_iterator_range(boost::edges(graph->graph))) {
    edges.push_back(GraphEdge{id(boost::source(edge, graph->graph)),
                              id(boost::target(edge, graph->graph)),
                              std::move(graph->graph[edge])});
  }
  graph->graph.clear();
  return edges;
}

std::vector<ParticipationRef> ParticipationsOf(const std::vector<EntityVertex>& entities,
                                               const std::vector<EventVertex>& events) {
  std::unordered_map<std::string_view, uint32_t> index_of;
  index_of.reserve(entities.size());
  for (uint32_t i = 0; i < entities.size(); ++i) index_of.emplace(entities[i].id, i);
  std::vector<uint32_t> by_id(entities.size());
  std::iota(by_id.begin(), by_id.end(), 0);
  std::sort(by_id.begin(), by_id.end(),
            [&](uint32_t a, uint32_t b) { return entities[a].id < entities[b].id; });
  std::vector<uint32_t> rank(entities.size());
  for (uint32_t r = 0; r < by_id.size(); ++r) rank[by_id[r]] = r;

  // A counting sort by entity: the events are visited in order, so each
  // entity's participations come out event by event.
  const auto for_each_participation = [&](const auto& visit) {
    for (uint32_t e = 0; e < events.size(); ++e) {
      const std::vector<EventParticipant>& participants = events[e].participants;
      for (uint32_t p = 0; p < participants.size(); ++p) {
        const auto entity = index_of.find(participants[p].entity);
        if (entity != index_of.end()) visit(ParticipationRef{entity->second, e, p});
      }
    }
  };
  std::vector<size_t> next(entities.size() + 1, 0);
  for_each_participation([&](const ParticipationRef& ref) { ++next[rank[ref.entity] + 1]; });
  std::partial_sum(next.begin(), next.end(), next.begin());
  std::vector<ParticipationRef> participations(next.back());
  for_each_participation(
      [&](const ParticipationRef& ref) { participations[next[rank[ref.entity]]++] = ref; });
  return participations;
}

}  // namespace akhbar
