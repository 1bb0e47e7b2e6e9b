#include "graph/graph_cyjs.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <variant>

#include "graph/flat_attributes.h"
#include "graph/graph_edges.h"
#include "graph/graph_json.h"
#include "graph/json_values.h"

namespace akhbar {
namespace {

void WriteValue(const FlatValue& value, JsonWriter* json) {
  std::visit(
      [&](const auto& scalar) {
        using Scalar = std::decay_t<decltype(scalar)>;
        if constexpr (std::is_same_v<Scalar, std::string_view>) {
          json->String(scalar);
        } else if constexpr (std::is_same_v<Scalar, int64_t>) {
          json->Integer(scalar);
        } else if constexpr (std::is_same_v<Scalar, double>) {
          json->Double(scalar);
        } else if constexpr (std::is_same_v<Scalar, bool>) {
          json->Bool(scalar);
        } else {
          json->Strings(scalar);
        }
      },
      value);
}

// One element: {"data": {...}} with the attributes and the element's own
// keys (id, name, endpoints), which win over an attribute of the same name.
// Names are unique in each list. The fields are sorted as pointers: moving
// the attributes themselves (strings and lists) cost more than writing them.
void WriteElement(const FlatAttributes& element, const std::vector<FlatAttribute>& own,
                  JsonWriter* json) {
  const std::vector<FlatAttribute>& attributes = element.list;
  std::vector<const FlatAttribute*> fields;
  fields.reserve(attributes.size() + own.size());
  for (const FlatAttribute& attribute : attributes) {
    const bool overridden = std::any_of(own.begin(), own.end(), [&](const FlatAttribute& o) {
      return o.name == attribute.name;
    });
    if (!overridden) fields.push_back(&attribute);
  }
  for (const FlatAttribute& attribute : own) fields.push_back(&attribute);
  std::sort(fields.begin(), fields.end(),
            [](const FlatAttribute* a, const FlatAttribute* b) { return a->name < b->name; });
  json->OpenObject();
  json->Key("data");
  json->OpenObject();
  for (const FlatAttribute* field : fields) {
    json->Key(field->name);
    WriteValue(field->value, json);
  }
  json->CloseObject();
  json->CloseObject();
}

}  // namespace

void WriteCytoscapeJson(const EntityGraph& graph, std::ostream& out) {
  JsonWriter json(kJsonIndent, &out);
  json.OpenObject();
  json.Key("data");
  json.OpenObject();
  json.Field("name", "akhbar");
  json.Field("shared_name", "akhbar");
  json.CloseObject();
  json.Key("elements");
  json.OpenObject();
  json.Key("edges");
  json.OpenArray();
  ForEachEdge(graph, [&](size_t number, const EdgeView& edge) {
    const std::string id = EdgeId(number);
    WriteElement(EdgeAttributes(edge),
                 {{"id", std::string_view(id)}, {"source", edge.source}, {"target", edge.target}},
                 &json);
  });
  json.CloseArray();
  json.Key("nodes");
  json.OpenArray();
  for (const EntityVertex& entity : graph.entities) {
    // "name" is what Cytoscape shows by default.
    WriteElement(EntityAttributes(entity),
                 {{"id", std::string_view(entity.id)}, {"name", std::string_view(entity.label_en)}},
                 &json);
  }
  for (const EventVertex& event : graph.events) {
    const std::string name = std::string(event.label_en) + " " + event.date_value;
    WriteElement(EventAttributes(event),
                 {{"id", std::string_view(event.id)}, {"name", std::string_view(name)}}, &json);
  }
  json.CloseArray();
  json.CloseObject();
  json.Field("format_version", "1.0");
  json.Field("generated_by", "akhbar");
  json.Field("target_cytoscapejs_version", "~3.0");
  json.CloseObject();
  json.Finish();
}

}  // namespace akhbar
