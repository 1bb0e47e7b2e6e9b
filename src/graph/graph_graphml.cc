#include "graph/graph_graphml.h"

#include <boost/graph/graphml.hpp>
#include <boost/property_map/function_property_map.hpp>
#include <boost/range/iterator_range.hpp>

#include <type_traits>
#include <unordered_map>
#include <variant>

#include "graph/flat_attributes.h"
#include "graph/graph_assembly.h"

namespace akhbar {
namespace {

using Vertex = GraphStorage::vertex_descriptor;
using Edge = GraphStorage::edge_descriptor;
using Attributes = std::vector<FlatAttribute>;

const FlatValue* Find(const Attributes& attributes, const std::string& name) {
  for (const FlatAttribute& attribute : attributes) {
    if (attribute.name == name) return &attribute.value;
  }
  return nullptr;
}

// A column's value as the type GraphML declares for it; absent values are
// the type's zero.
template <typename T>
T ValueAs(const FlatValue* value) {
  if (value == nullptr) return T{};
  if constexpr (std::is_same_v<T, std::string>) {
    if (const auto* list = std::get_if<StringList>(value)) return JoinAsJsonArray(*list);
  }
  if (const auto* typed = std::get_if<T>(value)) return *typed;
  return T{};
}

template <typename Key, typename Lookup>
void AddColumns(boost::dynamic_properties* properties, const std::vector<FlatColumn>& columns,
                Lookup lookup) {
  for (const FlatColumn& column : columns) {
    const std::string name = column.name;
    const auto add = [&](auto zero) {
      using T = decltype(zero);
      properties->property(
          name, boost::make_function_property_map<Key, T>(
                    [lookup, name](Key key) { return ValueAs<T>(Find(lookup(key), name)); }));
    };
    switch (column.example.index()) {
      case 1: add(int64_t{}); break;
      case 2: add(double{}); break;
      case 3: add(bool{}); break;
      default: add(std::string()); break;
    }
  }
}

}  // namespace

void WriteGraphml(const EntityGraph& graph, std::ostream& out) {
  std::vector<Attributes> vertex_attributes;
  for (const Vertex vertex : boost::make_iterator_range(boost::vertices(graph.graph))) {
    const VertexData& data = graph.graph[vertex];
    vertex_attributes.push_back(data.kind == VertexKind::kEntity
                                    ? EntityAttributes(graph.entities[data.index])
                                    : EventAttributes(graph.events[data.index]));
  }
  std::unordered_map<const EdgeData*, Attributes> edge_attributes;
  for (const Edge edge : boost::make_iterator_range(boost::edges(graph.graph))) {
    edge_attributes[&graph.graph[edge]] = EdgeAttributes(graph.graph[edge]);
  }

  boost::dynamic_properties properties;
  properties.property("node_id", boost::make_function_property_map<Vertex, std::string>(
                                     [&](Vertex vertex) { return VertexId(graph, vertex); }));
  AddColumns<Vertex>(&properties, NodeColumns(),
                     [&](Vertex vertex) -> const Attributes& { return vertex_attributes[vertex]; });
  AddColumns<Edge>(&properties, EdgeColumns(), [&](Edge edge) -> const Attributes& {
    return edge_attributes.at(&graph.graph[edge]);
  });
  boost::write_graphml(out, graph.graph, properties, true);
}

}  // namespace akhbar
