// The graph's attributes as flat columns, for the formats whose attributes
// are typed scalars (GEXF, GraphML) or tables (Cytoscape): evidence, sources
// and participants become lists of strings, one entry each.
#ifndef AKHBAR_GRAPH_FLAT_ATTRIBUTES_H_
#define AKHBAR_GRAPH_FLAT_ATTRIBUTES_H_

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "graph/entity_graph.h"

namespace akhbar {

using StringList = std::vector<std::string>;
using FlatValue = std::variant<std::string, int64_t, double, bool, StringList>;

struct FlatAttribute {
  std::string name;
  FlatValue value;
};

// The columns of every node (entity or event) and every edge, in a fixed
// order. An attribute a vertex lacks (an event's mentions, an entity's
// date) is absent from its list, never given a made-up value.
struct FlatColumn {
  std::string name;
  FlatValue example;  // holds the column's type
};
const std::vector<FlatColumn>& NodeColumns();
const std::vector<FlatColumn>& EdgeColumns();

std::vector<FlatAttribute> EntityAttributes(const EntityVertex& entity);
std::vector<FlatAttribute> EventAttributes(const EventVertex& event);
std::vector<FlatAttribute> EdgeAttributes(const EdgeData& edge);

// "doc#sentence@start-end": where a sentence is, in one string.
std::string EvidenceLocation(const EvidenceRef& evidence);

// A string list as one JSON array, for formats without list types.
std::string JoinAsJsonArray(const StringList& list);

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_FLAT_ATTRIBUTES_H_
