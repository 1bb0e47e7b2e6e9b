#include "graph/graph_cyjs.h"

#include <variant>

#include <nlohmann/json.hpp>

#include "graph/flat_attributes.h"
#include "graph/graph_assembly.h"
#include "graph/graph_json.h"
#include "graph/json_values.h"

namespace akhbar {
namespace {

nlohmann::json DataOf(const std::vector<FlatAttribute>& attributes) {
  nlohmann::json data = nlohmann::json::object();
  for (const FlatAttribute& attribute : attributes) {
    std::visit([&](const auto& value) { data[attribute.name] = value; }, attribute.value);
  }
  return data;
}

}  // namespace

std::string GraphToCytoscapeJson(const EntityGraph& graph) {
  nlohmann::json nodes = nlohmann::json::array();
  for (const EntityVertex& entity : graph.entities) {
    nlohmann::json data = DataOf(EntityAttributes(entity));
    data["id"] = entity.id;
    data["name"] = entity.label_en;  // what Cytoscape shows by default
    nodes.push_back({{"data", std::move(data)}});
  }
  for (const EventVertex& event : graph.events) {
    nlohmann::json data = DataOf(EventAttributes(event));
    data["id"] = event.id;
    data["name"] = event.label_en + " " + event.date_value;
    nodes.push_back({{"data", std::move(data)}});
  }
  nlohmann::json edges = nlohmann::json::array();
  const std::vector<GraphEdge> graph_edges = EdgesOf(graph);
  for (size_t i = 0; i < graph_edges.size(); ++i) {
    nlohmann::json data = DataOf(EdgeAttributes(graph_edges[i].data));
    data["id"] = EdgeId(i);
    data["source"] = graph_edges[i].source;
    data["target"] = graph_edges[i].target;
    edges.push_back({{"data", std::move(data)}});
  }
  const nlohmann::json document = {
      {"format_version", "1.0"},
      {"generated_by", "akhbar"},
      {"target_cytoscapejs_version", "~3.0"},
      {"data", {{"name", "akhbar"}, {"shared_name", "akhbar"}}},
      {"elements", {{"nodes", std::move(nodes)}, {"edges", std::move(edges)}}},
  };
  return DumpJson(document);
}

}  // namespace akhbar
