#include "graph/graph_gexf.h"

#include <charconv>
#include <type_traits>
#include <variant>

#include "graph/flat_attributes.h"
#include "graph/graph_assembly.h"
#include "graph/graph_json.h"
#include "graph/xml_text.h"

namespace akhbar {
namespace {

std::string GexfType(const FlatValue& value) {
  switch (value.index()) {
    case 1: return "integer";
    case 2: return "double";
    case 3: return "boolean";
    default: return "string";  // strings, and lists written as JSON arrays
  }
}

// The shortest text that reads back as the same double.
std::string ShortestDecimal(double value) {
  char buffer[32];
  const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, end);
}

std::string GexfValue(const FlatValue& value) {
  return std::visit(
      [](const auto& v) -> std::string {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, StringList>) {
          return JoinAsJsonArray(v);
        } else if constexpr (std::is_same_v<T, bool>) {
          return v ? "true" : "false";
        } else if constexpr (std::is_same_v<T, double>) {
          return ShortestDecimal(v);
        } else if constexpr (std::is_same_v<T, int64_t>) {
          return std::to_string(v);
        } else {
          return v;
        }
      },
      value);
}

void WriteColumns(std::ostream& out, const char* element_class,
                  const std::vector<FlatColumn>& columns) {
  out << "    <attributes class=\"" << element_class << "\" mode=\"static\">\n";
  for (const FlatColumn& column : columns) {
    out << "      <attribute id=\"" << column.name << "\" title=\"" << column.name
        << "\" type=\"" << GexfType(column.example) << "\"/>\n";
  }
  out << "    </attributes>\n";
}

void WriteSpan(std::ostream& out, const std::optional<CivilDate>& start,
               const std::optional<CivilDate>& end) {
  if (start) out << " start=\"" << start->ToIso() << "\"";
  if (end) out << " end=\"" << end->ToIso() << "\"";
}

void WriteValues(std::ostream& out, const std::vector<FlatAttribute>& attributes,
                 const char* indent) {
  out << indent << "<attvalues>\n";
  for (const FlatAttribute& attribute : attributes) {
    out << indent << "  <attvalue for=\"" << attribute.name << "\" value=\""
        << XmlEscape(GexfValue(attribute.value)) << "\"/>\n";
  }
  out << indent << "</attvalues>\n";
}

}  // namespace

void WriteGexf(const EntityGraph& graph, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<gexf xmlns=\"http://gexf.net/1.3\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" "
         "version=\"1.3\">\n"
      << "  <meta>\n    <creator>akhbar</creator>\n"
      << "    <description>Entities and events of a news corpus</description>\n  </meta>\n"
      << "  <graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"date\">\n";
  WriteColumns(out, "node", NodeColumns());
  WriteColumns(out, "edge", EdgeColumns());
  out << "    <nodes>\n";
  for (const EntityVertex& entity : graph.entities) {
    out << "      <node id=\"" << XmlEscape(entity.id) << "\" label=\""
        << XmlEscape(entity.label_en) << "\"";
    WriteSpan(out, entity.first_seen, entity.last_seen);
    out << ">\n";
    WriteValues(out, EntityAttributes(entity), "        ");
    out << "      </node>\n";
  }
  for (const EventVertex& event : graph.events) {
    out << "      <node id=\"" << XmlEscape(event.id) << "\" label=\""
        << XmlEscape(event.label_en + " " + event.date_value) << "\"";
    WriteSpan(out, event.earliest, event.latest);
    out << ">\n";
    WriteValues(out, EventAttributes(event), "        ");
    out << "      </node>\n";
  }
  out << "    </nodes>\n    <edges>\n";
  const std::vector<EdgeRef> edges = EdgesOf(graph);
  for (size_t i = 0; i < edges.size(); ++i) {
    const EdgeRef& edge = edges[i];
    out << "      <edge id=\"" << EdgeId(i) << "\" source=\"" << XmlEscape(edge.source)
        << "\" target=\"" << XmlEscape(edge.target) << "\" weight=\"" << edge.data.weight
        << "\"";
    WriteSpan(out, edge.data.first_date, edge.data.last_date);
    out << ">\n";
    WriteValues(out, EdgeAttributes(edge.data), "        ");
    out << "      </edge>\n";
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace akhbar
