#include "graph/graph_gexf.h"

#include <charconv>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

#include "graph/chunked_output.h"
#include "graph/flat_attributes.h"
#include "graph/graph_edges.h"
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

void WriteValue(const FlatValue& value, ChunkedOutput& out) {
  std::visit(
      [&](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, StringList>) {
          out.Replacing(JoinAsJsonArray(v), XmlTextReplacements());
        } else if constexpr (std::is_same_v<T, bool>) {
          out << std::string_view(v ? "true" : "false");
        } else if constexpr (std::is_same_v<T, double>) {
          out << ShortestDecimal(v);
        } else if constexpr (std::is_same_v<T, int64_t>) {
          out << v;
        } else {
          out.Replacing(v, XmlTextReplacements());
        }
      },
      value);
}

void WriteColumns(ChunkedOutput& out, std::string_view element_class,
                  const std::vector<FlatColumn>& columns) {
  out << "    <attributes class=\"" << element_class << "\" mode=\"static\">\n";
  for (const FlatColumn& column : columns) {
    out << "      <attribute id=\"" << column.name << "\" title=\"" << column.name
        << "\" type=\"" << GexfType(column.example) << "\"/>\n";
  }
  out << "    </attributes>\n";
}

void WriteSpan(ChunkedOutput& out, const std::optional<CivilDate>& start,
               const std::optional<CivilDate>& end) {
  if (start) out << " start=\"" << start->ToIso() << "\"";
  if (end) out << " end=\"" << end->ToIso() << "\"";
}

void WriteValues(ChunkedOutput& out, const FlatAttributes& attributes) {
  out << "        <attvalues>\n";
  for (const FlatAttribute& attribute : attributes.list) {
    out << "          <attvalue for=\"" << attribute.name << "\" value=\"";
    WriteValue(attribute.value, out);
    out << "\"/>\n";
  }
  out << "        </attvalues>\n";
}

}  // namespace

void WriteGexf(const EntityGraph& graph, std::ostream& stream) {
  ChunkedOutput out(stream);
  const ByteReplacements& xml = XmlTextReplacements();
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
    out << "      <node id=\"";
    out.Replacing(entity.id, xml) << "\" label=\"";
    out.Replacing(entity.label_en, xml) << "\"";
    WriteSpan(out, entity.first_seen, entity.last_seen);
    out << ">\n";
    WriteValues(out, EntityAttributes(entity));
    out << "      </node>\n";
    out.EndElement();
  }
  for (const EventVertex& event : graph.events) {
    out << "      <node id=\"";
    out.Replacing(event.id, xml) << "\" label=\"";
    out.Replacing(event.label_en, xml) << " ";
    out.Replacing(event.date_value, xml) << "\"";
    WriteSpan(out, event.earliest, event.latest);
    out << ">\n";
    WriteValues(out, EventAttributes(event));
    out << "      </node>\n";
    out.EndElement();
  }
  out << "    </nodes>\n    <edges>\n";
  ForEachEdge(graph, [&](size_t number, const EdgeView& edge) {
    out << "      <edge id=\"" << EdgeId(number) << "\" source=\"";
    out.Replacing(edge.source, xml) << "\" target=\"";
    out.Replacing(edge.target, xml) << "\" weight=\"" << edge.weight << "\"";
    WriteSpan(out, edge.first_date, edge.last_date);
    out << ">\n";
    WriteValues(out, EdgeAttributes(edge));
    out << "      </edge>\n";
    out.EndElement();
  });
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace akhbar
