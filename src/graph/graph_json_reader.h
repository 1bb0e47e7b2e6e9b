// Reading graph.json (graph_json.h) back into an EntityGraph, so that
// `akhbar render` can draw a graph built earlier or elsewhere.
#ifndef AKHBAR_GRAPH_GRAPH_JSON_READER_H_
#define AKHBAR_GRAPH_GRAPH_JSON_READER_H_

#include <filesystem>
#include <string_view>

#include "base/status.h"
#include "graph/entity_graph.h"

namespace akhbar {

// The graph WriteNodeLinkJson wrote. Fields a writer may leave out (an
// edge's role, a source's trigger) are optional; anything else missing or
// of the wrong type is an input error naming the node or link.
StatusOr<EntityGraph> GraphFromNodeLinkJson(std::string_view json);

StatusOr<EntityGraph> ReadGraphJsonFile(const std::filesystem::path& path);

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_GRAPH_JSON_READER_H_
