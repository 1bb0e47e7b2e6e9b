#include "render/graph_lookup.h"

#include <boost/range/iterator_range.hpp>

namespace akhbar {

GraphLookup::GraphLookup(const EntityGraph& graph)
    : graph_(graph), entity_vertices_(graph.entities.size()) {
  for (size_t i = 0; i < graph.entities.size(); ++i) entity_by_id_.emplace(graph.entities[i].id, i);
  for (const Vertex vertex : boost::make_iterator_range(boost::vertices(graph.graph))) {
    const VertexData& data = graph.graph[vertex];
    if (data.index < entity_vertices_.size()) entity_vertices_[data.index] = vertex;
  }
}

std::optional<size_t> GraphLookup::EntityIndex(std::string_view id) const {
  const auto found = entity_by_id_.find(std::string(id));
  if (found == entity_by_id_.end()) return std::nullopt;
  return found->second;
}

std::optional<Vertex> GraphLookup::EntityVertex(size_t index) const {
  return index < entity_vertices_.size() ? entity_vertices_[index] : std::nullopt;
}

}  // namespace akhbar
