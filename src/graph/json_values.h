// The graph's pieces as structured JSON, shared by graph.json and
// events.json so that both spell every field the same way. Each is written
// straight into a JsonWriter, keys in byte order.
#ifndef AKHBAR_GRAPH_JSON_VALUES_H_
#define AKHBAR_GRAPH_JSON_VALUES_H_

#include <map>
#include <string>
#include <string_view>

#include "extract/json_writer.h"
#include "graph/entity_graph.h"
#include "graph/graph_edges.h"

namespace akhbar {

void WriteStats(const GraphStats& stats, JsonWriter* json);
// Vertex attributes with "id" and "kind" ("entity" | "event").
void WriteEntity(const EntityVertex& entity, JsonWriter* json);
void WriteEvent(const EventVertex& event, JsonWriter* json);
// An edge with its id and endpoints; "kind" is "co_mention" | "participation".
void WriteEdge(const EdgeView& edge, std::string_view id, JsonWriter* json);

// events.json's form of an event: no "kind", since all are events, and each
// participant with the label and type of its entity when `entities` has it.
using EntitiesById = std::map<std::string, const EntityVertex*, std::less<>>;
void WriteListedEvent(const EventVertex& event, const EntitiesById& entities, JsonWriter* json);

// Every JSON file is indented by two.
constexpr int kJsonIndent = 2;

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_JSON_VALUES_H_
