#include "graph/graph_graphml.h"

#include <algorithm>
#include <charconv>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "graph/chunked_output.h"
#include "graph/flat_attributes.h"
#include "graph/graph_edges.h"
#include "graph/xml_text.h"

namespace akhbar {
namespace {

// One GraphML key: a node or edge column, or the node's own id.
struct Key {
  std::string_view name;
  bool for_node = true;
  size_t type = 0;  // the column's FlatValue alternative
};

// The keys in the order Boost's write_graphml gave them, which files
// written before must keep: by name, node keys first among equal names.
std::vector<Key> Keys() {
  std::vector<Key> keys = {{"node_id", true, FlatValue(std::string_view()).index()}};
  for (const FlatColumn& column : NodeColumns()) {
    keys.push_back({column.name, true, column.example.index()});
  }
  for (const FlatColumn& column : EdgeColumns()) {
    keys.push_back({column.name, false, column.example.index()});
  }
  std::stable_sort(keys.begin(), keys.end(),
                   [](const Key& a, const Key& b) { return a.name < b.name; });
  return keys;
}

const char* TypeName(size_t type) {
  switch (type) {
    case 1: return "long";
    case 2: return "double";
    case 3: return "boolean";
    default: return "string";  // strings, and lists written as JSON arrays
  }
}

// Escaped as Boost's encode_char_entities did for write_graphml: the five
// entities, and a value of spaces only keeps its first as &#32;.
void WriteGraphmlText(std::string_view value, ChunkedOutput& out) {
  static constexpr ByteReplacements kEntities = XmlEntityReplacements();
  if (!value.empty() && value.find_first_not_of(' ') == std::string_view::npos) {
    out << "&#32;" << value.substr(1);
    return;
  }
  out.Replacing(value, kEntities);
}

// A column's value, the way an ostream writes the column's type (booleans
// as 1 and 0, doubles as %g with six significant digits); a value the vertex
// or edge lacks is the type's zero.
void WriteValue(const Key& key, const FlatAttributes& element, ChunkedOutput& out) {
  const std::vector<FlatAttribute>& attributes = element.list;
  const auto found = std::find_if(attributes.begin(), attributes.end(),
                                  [&](const FlatAttribute& a) { return a.name == key.name; });
  const FlatValue* value = found == attributes.end() ? nullptr : &found->value;
  switch (key.type) {
    case 1: {
      const auto* number = value ? std::get_if<int64_t>(value) : nullptr;
      out << (number ? *number : 0);
      return;
    }
    case 2: {
      const auto* number = value ? std::get_if<double>(value) : nullptr;
      char digits[32];
      out << std::string_view(digits, std::to_chars(digits, digits + sizeof digits,
                                                    number ? *number : 0.0,
                                                    std::chars_format::general, 6)
                                              .ptr -
                                          digits);
      return;
    }
    case 3: {
      const auto* flag = value ? std::get_if<bool>(value) : nullptr;
      out << std::string_view(flag && *flag ? "1" : "0");
      return;
    }
    default: {
      if (value == nullptr) return;
      if (const auto* list = std::get_if<StringList>(value)) {
        WriteGraphmlText(JoinAsJsonArray(*list), out);
      } else if (const auto* text = std::get_if<std::string_view>(value)) {
        WriteGraphmlText(*text, out);
      }
    }
  }
}

void WriteData(const std::vector<Key>& keys, bool for_node, const FlatAttributes& attributes,
               ChunkedOutput& out) {
  for (size_t k = 0; k < keys.size(); ++k) {
    if (keys[k].for_node != for_node) continue;
    out << "      <data key=\"key" << k << "\">";
    WriteValue(keys[k], attributes, out);
    out << "</data>\n";
  }
}

}  // namespace

void WriteGraphml(const EntityGraph& graph, std::ostream& stream) {
  const std::vector<Key> keys = Keys();
  ChunkedOutput out(stream);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (size_t k = 0; k < keys.size(); ++k) {
    out << "  <key id=\"key" << k << "\" for=\"" << (keys[k].for_node ? "node" : "edge")
        << "\" attr.name=\"" << keys[k].name << "\" attr.type=\"" << TypeName(keys[k].type)
        << "\" />\n";
  }
  out << "  <graph id=\"G\" edgedefault=\"undirected\" parse.nodeids=\"canonical\" "
         "parse.edgeids=\"canonical\" parse.order=\"nodesfirst\">\n";
  // Nodes are numbered as EdgeView numbers them: the entities, then the events.
  size_t node = 0;
  const auto write_node = [&](FlatAttributes attributes, std::string_view id) {
    attributes.list.push_back({"node_id", id});
    out << "    <node id=\"n" << node++ << "\">\n";
    WriteData(keys, true, attributes, out);
    out << "    </node>\n";
    out.EndElement();
  };
  for (const EntityVertex& entity : graph.entities) write_node(EntityAttributes(entity), entity.id);
  for (const EventVertex& event : graph.events) write_node(EventAttributes(event), event.id);
  ForEachEdge(graph, [&](size_t number, const EdgeView& edge) {
    out << "    <edge id=\"e" << number << "\" source=\"n" << edge.source_node
        << "\" target=\"n" << edge.target_node << "\">\n";
    WriteData(keys, false, EdgeAttributes(edge), out);
    out << "    </edge>\n";
    out.EndElement();
  });
  out << "  </graph>\n</graphml>\n";
}

}  // namespace akhbar
