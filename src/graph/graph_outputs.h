// Writing the graph stage's files into an output directory, each one
// atomically (whole or not at all).
#ifndef AKHBAR_GRAPH_GRAPH_OUTPUTS_H_
#define AKHBAR_GRAPH_GRAPH_OUTPUTS_H_

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "base/status.h"
#include "graph/entity_graph.h"

namespace akhbar {

// graph.json, graph.cyjs, graph.gexf, graph.graphml, events.json.
const std::vector<std::string>& GraphOutputFileNames();

// How each of those is written: into a stream, so that a file of gigabytes
// is never whole in memory.
using GraphFormatWriter = void (*)(const EntityGraph& graph, std::ostream& out);
// One format as a string, for callers that want it in memory.
std::string GraphToString(GraphFormatWriter write, const EntityGraph& graph);

// Writes every file of GraphOutputFileNames() into `directory` (created if
// missing) and returns their paths.
StatusOr<std::vector<std::filesystem::path>> WriteGraphOutputs(
    const EntityGraph& graph, const std::filesystem::path& directory);

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_GRAPH_OUTPUTS_H_
