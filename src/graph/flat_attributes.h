// The graph's attributes as flat columns, for the formats whose attributes
// are typed scalars (GEXF, GraphML) or tables (Cytoscape): evidence, sources
// and participants become lists of strings, one entry each.
#ifndef AKHBAR_GRAPH_FLAT_ATTRIBUTES_H_
#define AKHBAR_GRAPH_FLAT_ATTRIBUTES_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "graph/entity_graph.h"
#include "graph/graph_edges.h"

namespace akhbar {

// Values borrow the graph's strings: a graph's evidence and document lists
// are most of what these formats write, and copying them per element cost
// more than writing them.
using StringList = std::vector<std::string_view>;
using FlatValue = std::variant<std::string_view, int64_t, double, bool, StringList>;

struct FlatAttribute {
  std::string_view name;
  FlatValue value;
};

// One element's attributes, and the few strings made for them (dates,
// evidence locations), which the values point into: a deque, so that they
// stay where they are as more are added.
struct FlatAttributes {
  std::vector<FlatAttribute> list;
  std::deque<std::string> made;

  std::string_view Keep(std::string text) { return made.emplace_back(std::move(text)); }
};

// The columns of every node (entity or event) and every edge, in a fixed
// order. An attribute a vertex lacks (an event's mentions, an entity's
// date) is absent from its list, never given a made-up value.
struct FlatColumn {
  std::string_view name;
  FlatValue example;  // holds the column's type
};
const std::vector<FlatColumn>& NodeColumns();
const std::vector<FlatColumn>& EdgeColumns();

// Each borrows from its argument, which must outlive the result.
FlatAttributes EntityAttributes(const EntityVertex& entity);
FlatAttributes EventAttributes(const EventVertex& event);
FlatAttributes EdgeAttributes(const EdgeView& edge);

// "doc#sentence@start-end": where a sentence is, in one string.
std::string EvidenceLocation(const EvidenceRef& evidence);

// A string list as one JSON array, for formats without list types.
std::string JoinAsJsonArray(const StringList& list);

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_FLAT_ATTRIBUTES_H_
