// Finding things in an EntityGraph: entities by id, and the Boost.Graph
// vertex of an entity.
#ifndef AKHBAR_RENDER_GRAPH_LOOKUP_H_
#define AKHBAR_RENDER_GRAPH_LOOKUP_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/entity_graph.h"

namespace akhbar {

using Vertex = GraphStorage::vertex_descriptor;
using Edge = GraphStorage::edge_descriptor;

class GraphLookup {
 public:
  explicit GraphLookup(const EntityGraph& graph);

  std::optional<size_t> EntityIndex(std::string_view id) const;
  // The vertex of entities[index], if the graph has one.
  std::optional<Vertex> EntityVertex(size_t index) const;

  const EntityGraph& graph() const { return graph_; }

 private:
  const EntityGraph& graph_;
  std::unordered_map<std::string, size_t> entity_by_id_;
  std::vector<std::optional<Vertex>> entity_vertices_;
};

}  // namespace akhbar

#endif  // AKHBAR_RENDER_GRAPH_LOOKUP_H_
