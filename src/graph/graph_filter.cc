#include "graph/graph_filter.h"

#include <algorithm>
#include <set>

#include "extract/entity_catalog.h"
#include "graph/graph_assembly.h"
#include "graph/graph_metrics.h"

namespace akhbar {
namespace {

constexpr std::string_view kEventNodeType = "event";

enum class Isolated { kKeep, kDrop };

// Keeps the entities and events `keep_entity` and `keep_event` accept, the
// co-mentions between kept entities that `keep_co_mention` accepts, and so
// the participations between kept entities and events; with
// Isolated::kDrop, also drops entities that had edges and have none left.
template <typename KeepEntity, typename KeepEvent, typename KeepCoMention>
EntityGraph Keep(EntityGraph graph, KeepEntity keep_entity, KeepEvent keep_event,
                 KeepCoMention keep_co_mention, Isolated isolated) {
  std::set<std::string_view> kept_entities;
  for (const EntityVertex& entity : graph.entities) {
    if (keep_entity(entity)) kept_entities.insert(entity.id);
  }
  std::set<std::string> had_edges;
  std::set<std::string> has_edges;
  for (const ParticipationRef& participation : graph.participations) {
    const std::string& entity = graph.entities[participation.entity].id;
    had_edges.insert(entity);
    if (kept_entities.contains(entity) && keep_event(graph.events[participation.event])) {
      has_edges.insert(entity);
    }
  }
  std::vector<GraphEdge> edges;
  for (GraphEdge& edge : TakeEdges(&graph)) {
    had_edges.insert(edge.source);
    had_edges.insert(edge.target);
    if (!kept_entities.contains(edge.source) || !kept_entities.contains(edge.target) ||
        !keep_co_mention(edge)) {
      continue;
    }
    has_edges.insert(edge.source);
    has_edges.insert(edge.target);
    edges.push_back(std::move(edge));
  }
  // kept_entities views the ids in graph.entities, which stay in place
  // until the kept entities move out below.
  std::set<std::string> vertex_ids;
  for (const EntityVertex& entity : graph.entities) {
    if (kept_entities.contains(entity.id) &&
        (isolated == Isolated::kKeep || has_edges.contains(entity.id) ||
         !had_edges.contains(entity.id))) {
      vertex_ids.insert(entity.id);
    }
  }
  std::vector<EntityVertex> entities;
  for (EntityVertex& entity : graph.entities) {
    if (vertex_ids.contains(entity.id)) entities.push_back(std::move(entity));
  }
  std::vector<EventVertex> events;
  for (EventVertex& event : graph.events) {
    if (keep_event(event)) events.push_back(std::move(event));
  }
  // Edges to an entity dropped for losing its co-mentions go with it.
  std::erase_if(edges, [&](const GraphEdge& edge) {
    return !vertex_ids.contains(edge.source) || !vertex_ids.contains(edge.target);
  });
  EntityGraph kept =
      AssembleGraph(std::move(entities), std::move(events), std::move(edges), graph.stats);
  kept.texts = std::move(graph.texts);
  return kept;
}

}  // namespace

const std::vector<std::string>& NodeTypeNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> all;
    for (const EntityType type : {EntityType::kPerson, EntityType::kOrganization,
                                  EntityType::kMedia, EntityType::kPlace, EntityType::kCountry,
                                  EntityType::kOther}) {
      all.emplace_back(EntityTypeName(type));
    }
    all.emplace_back(kEventNodeType);
    return all;
  }();
  return names;
}

Status CheckNodeTypes(const std::vector<std::string>& types) {
  const std::vector<std::string>& known = NodeTypeNames();
  for (const std::string& type : types) {
    if (std::find(known.begin(), known.end(), type) == known.end()) {
      std::string list;
      for (const std::string& name : known) list += (list.empty() ? "" : ", ") + name;
      return UsageError("--types: unknown type '" + type + "' (known: " + list + ")");
    }
  }
  return Status::Ok();
}

EntityGraph FilterGraph(EntityGraph graph, const GraphFilters& filters) {
  const std::set<std::string> types(filters.types.begin(), filters.types.end());
  const auto type_kept = [&](std::string_view type) {
    return types.empty() || types.contains(std::string(type));
  };
  // Every edge weighs at least 1, so by default nothing is dropped, and a
  // second copy of a large graph would only double the peak memory.
  const bool drops_nothing =
      filters.min_weight <= 1 &&
      std::all_of(NodeTypeNames().begin(), NodeTypeNames().end(), type_kept);
  EntityGraph filtered =
      drops_nothing
          ? std::move(graph)
          : Keep(
                std::move(graph),
                [&](const EntityVertex& entity) { return type_kept(entity.type); },
                [&](const EventVertex&) { return type_kept(kEventNodeType); },
                [&](const GraphEdge& edge) { return edge.data.weight >= filters.min_weight; },
                Isolated::kDrop);
  ComputeMetrics(&filtered);
  if (filters.top == 0 || filters.top >= filtered.entities.size()) return filtered;

  std::vector<const EntityVertex*> ranked;
  for (const EntityVertex& entity : filtered.entities) ranked.push_back(&entity);
  std::sort(ranked.begin(), ranked.end(), [](const EntityVertex* a, const EntityVertex* b) {
    if (a->betweenness != b->betweenness) return a->betweenness > b->betweenness;
    if (a->weighted_degree != b->weighted_degree) return a->weighted_degree > b->weighted_degree;
    if (a->mentions != b->mentions) return a->mentions > b->mentions;
    return a->id < b->id;
  });
  std::set<std::string> top;
  for (size_t i = 0; i < filters.top; ++i) top.insert(ranked[i]->id);
  EntityGraph result = Keep(
      std::move(filtered), [&](const EntityVertex& entity) { return top.contains(entity.id); },
      [](const EventVertex&) { return true; }, [](const GraphEdge&) { return true; },
      Isolated::kKeep);
  ComputeMetrics(&result);
  return result;
}

}  // namespace akhbar
