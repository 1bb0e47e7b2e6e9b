#include "render/map_selection.h"

#include <algorithm>
#include <boost/range/iterator_range.hpp>
#include <set>
#include <tuple>
#include <unordered_map>

namespace akhbar {
namespace {

std::vector<size_t> RankEntities(const EntityGraph& graph) {
  uint32_t most_mentions = 0;
  double highest_betweenness = 0;
  for (const EntityVertex& entity : graph.entities) {
    most_mentions = std::max(most_mentions, entity.mentions);
    highest_betweenness = std::max(highest_betweenness, entity.betweenness);
  }
  std::vector<double> score(graph.entities.size(), 0);
  for (size_t i = 0; i < graph.entities.size(); ++i) {
    const EntityVertex& entity = graph.entities[i];
    if (most_mentions > 0) score[i] += static_cast<double>(entity.mentions) / most_mentions;
    if (highest_betweenness > 0) score[i] += entity.betweenness / highest_betweenness;
  }
  std::vector<size_t> order(graph.entities.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (score[a] != score[b]) return score[a] > score[b];
    return graph.entities[a].id < graph.entities[b].id;
  });
  return order;
}

// The smallest weight that keeps the edge count within `cap`, or the
// heaviest weight when even that is over.
uint32_t AutomaticMinWeight(std::vector<uint32_t> weights, size_t cap) {
  if (weights.size() <= cap) return 1;
  std::sort(weights.begin(), weights.end(), std::greater<>());
  // weights[cap] is the heaviest edge that must go; everything heavier stays.
  const uint32_t threshold = weights[cap] + 1;
  return std::min(threshold, weights.front());
}

// A node without edges says nothing about relationships and only crowds
// the map; they go, unless no entity has an edge at all.
void DropUnlinked(MapSelection* selection) {
  std::set<size_t> linked;
  for (const MapLink& link : selection->links) linked.insert({link.a, link.b});
  for (const MapParticipation& participation : selection->participations) {
    linked.insert(participation.entity);
  }
  if (linked.empty()) return;
  std::erase_if(selection->entities, [&](size_t entity) { return !linked.contains(entity); });
}

}  // namespace

MapSelection SelectForMap(const GraphLookup& lookup, const MapLimits& limits) {
  const EntityGraph& graph = lookup.graph();
  MapSelection selection;
  const std::vector<size_t> ranked = RankEntities(graph);
  selection.entities.assign(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(std::min(
                                                                 limits.top, ranked.size())));
  std::unordered_map<size_t, size_t> rank_of;  // entity index -> position in the selection
  for (size_t i = 0; i < selection.entities.size(); ++i) rank_of[selection.entities[i]] = i;

  std::vector<MapLink> candidates;
  for (const Edge edge : boost::make_iterator_range(boost::edges(graph.graph))) {
    const EdgeData& data = graph.graph[edge];
    const VertexData& source = graph.graph[boost::source(edge, graph.graph)];
    const VertexData& target = graph.graph[boost::target(edge, graph.graph)];
    if (!rank_of.count(source.index) || !rank_of.count(target.index) ||
        source.index == target.index) {
      continue;
    }
    candidates.push_back({source.index, target.index, &data});
  }
  // Heaviest first; among equals, the links of the more important entities.
  const auto key = [&](const MapLink& link) {
    return std::make_tuple(-static_cast<int64_t>(link.edge->weight),
                           std::min(rank_of[link.a], rank_of[link.b]),
                           std::max(rank_of[link.a], rank_of[link.b]));
  };
  std::sort(candidates.begin(), candidates.end(),
            [&](const MapLink& x, const MapLink& y) { return key(x) < key(y); });

  const size_t cap = kMaxEdgesPerNode * selection.entities.size();
  if (limits.min_weight > 0) {
    selection.min_weight = limits.min_weight;
  } else {
    std::vector<uint32_t> weights;
    for (const MapLink& link : candidates) weights.push_back(link.edge->weight);
    selection.min_weight = AutomaticMinWeight(std::move(weights), cap);
  }
  for (const MapLink& link : candidates) {
    if (link.edge->weight < selection.min_weight) break;
    // An automatic threshold also caps ties at the heaviest weight.
    if (limits.min_weight == 0 && selection.links.size() == cap) break;
    selection.links.push_back(link);
    selection.max_weight = std::max(selection.max_weight, link.edge->weight);
  }

  // Events: those with a participant on the map, most sources first.
  std::vector<size_t> events;
  std::vector<size_t> on_map(graph.events.size(), 0);
  for (size_t i = 0; i < graph.events.size(); ++i) {
    for (const EventParticipant& participant : graph.events[i].participants) {
      const std::optional<size_t> entity = lookup.EntityIndex(participant.entity);
      if (entity && rank_of.count(*entity)) ++on_map[i];
    }
    if (on_map[i] > 0) events.push_back(i);
  }
  std::sort(events.begin(), events.end(), [&](size_t a, size_t b) {
    const EventVertex& x = graph.events[a];
    const EventVertex& y = graph.events[b];
    if (x.sources.size() != y.sources.size()) return x.sources.size() > y.sources.size();
    if (on_map[a] != on_map[b]) return on_map[a] > on_map[b];
    if (x.earliest != y.earliest) return x.earliest < y.earliest;
    return x.id < y.id;
  });
  events.resize(std::min(events.size(), limits.events));
  selection.events = events;
  for (const size_t event : selection.events) {
    std::set<size_t> linked;  // an entity named twice in one event gets one edge
    for (const EventParticipant& participant : graph.events[event].participants) {
      const std::optional<size_t> entity = lookup.EntityIndex(participant.entity);
      if (entity && rank_of.count(*entity) && linked.insert(*entity).second) {
        selection.participations.push_back({event, *entity, participant.role});
      }
    }
  }
  DropUnlinked(&selection);
  for (const size_t entity : selection.entities) {
    selection.max_mentions = std::max(selection.max_mentions, graph.entities[entity].mentions);
  }
  return selection;
}

}  // namespace akhbar
