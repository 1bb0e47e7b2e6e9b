#include "graph/graph_json.h"

#include "graph/graph_assembly.h"
#include "graph/json_values.h"

namespace akhbar {

std::string EdgeId(size_t index) { return "edge:" + std::to_string(index); }

std::string GraphToNodeLinkJson(const EntityGraph& graph) {
  nlohmann::json nodes = nlohmann::json::array();
  for (const EntityVertex& entity : graph.entities) nodes.push_back(EntityJson(entity));
  for (const EventVertex& event : graph.events) nodes.push_back(EventJson(event));
  nlohmann::json links = nlohmann::json::array();
  const std::vector<GraphEdge> edges = EdgesOf(graph);
  for (size_t i = 0; i < edges.size(); ++i) {
    nlohmann::json link = EdgeJson(edges[i].data);
    link["id"] = EdgeId(i);
    link["source"] = edges[i].source;
    link["target"] = edges[i].target;
    links.push_back(std::move(link));
  }
  const nlohmann::json document = {
      {"directed", false},
      {"multigraph", false},
      {"graph", {{"name", "akhbar"}, {"stats", StatsJson(graph.stats)}}},
      {"nodes", std::move(nodes)},
      {"links", std::move(links)},
  };
  return DumpJson(document);
}

}  // namespace akhbar
