// The graph's pieces as structured JSON, shared by graph.json and
// events.json so that both spell every field the same way.
#ifndef AKHBAR_GRAPH_JSON_VALUES_H_
#define AKHBAR_GRAPH_JSON_VALUES_H_

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "extract/civil_date.h"
#include "graph/entity_graph.h"

namespace akhbar {

nlohmann::json DateJson(const std::optional<CivilDate>& date);  // "YYYY-MM-DD" or null
nlohmann::json EvidenceJson(const EvidenceRef& evidence);
nlohmann::json StatsJson(const GraphStats& stats);
// Vertex attributes with "id" and "kind" ("entity" | "event").
nlohmann::json EntityJson(const EntityVertex& entity);
nlohmann::json EventJson(const EventVertex& event);
// Edge attributes without the endpoints; "kind" is "co_mention" | "participation".
nlohmann::json EdgeJson(const EdgeData& edge);

std::string_view EdgeKindName(EdgeKind kind);

// Every writer dumps the same way: sorted keys (nlohmann's default), UTF-8
// kept as is, ill-formed bytes replaced, a final newline.
std::string DumpJson(const nlohmann::json& value);

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_JSON_VALUES_H_
