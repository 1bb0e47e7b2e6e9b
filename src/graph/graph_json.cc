#include "graph/graph_json.h"

#include "graph/graph_edges.h"
#include "graph/json_values.h"

namespace akhbar {

std::string EdgeId(size_t index) { return "edge:" + std::to_string(index); }

void WriteNodeLinkJson(const EntityGraph& graph, std::ostream& out) {
  JsonWriter json(kJsonIndent, &out);
  json.OpenObject();
  json.Field("directed", false);
  json.Key("graph");
  json.OpenObject();
  json.Field("name", "akhbar");
  json.Key("stats");
  WriteStats(graph.stats, &json);
  json.CloseObject();
  json.Key("links");
  json.OpenArray();
  ForEachEdge(graph, [&](size_t number, const EdgeView& edge) {
    WriteEdge(edge, EdgeId(number), &json);
  });
  json.CloseArray();
  json.Field("multigraph", false);
  json.Key("nodes");
  json.OpenArray();
  for (const EntityVertex& entity : graph.entities) WriteEntity(entity, &json);
  for (const EventVertex& event : graph.events) WriteEvent(event, &json);
  json.CloseArray();
  json.CloseObject();
  json.Finish();
}

}  // namespace akhbar
