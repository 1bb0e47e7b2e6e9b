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

// How a graph file is written: into a stream, so that a file of gigabytes
// is never whole in memory.
using GraphFormatWriter = void (*)(const EntityGraph& graph, std::ostream& out);

// One file of the graph stage, and the name a user picks it by.
struct GraphFormat {
  std::string name;       // "json", "cyjs", "gexf", "graphml", "events"
  std::string file_name;  // graph.json, graph.cyjs, graph.gexf, graph.graphml, events.json
  GraphFormatWriter write = nullptr;
};
// Every format, in the order the files are listed and written.
const std::vector<GraphFormat>& GraphFormats();
// The file names of GraphFormats().
const std::vector<std::string>& GraphOutputFileNames();
// The names of GraphFormats().
const std::vector<std::string>& GraphFormatNames();

// One format as a string, for callers that want it in memory.
std::string GraphToString(GraphFormatWriter write, const EntityGraph& graph);

// Writes the files of the formats named in `formats` (every format when it
// is empty) into `directory` (created if missing), in GraphFormats()'s
// order, and returns their paths. An unknown name is a usage error,
// reported before anything is written.
StatusOr<std::vector<std::filesystem::path>> WriteGraphOutputs(
    const EntityGraph& graph, const std::filesystem::path& directory,
    const std::vector<std::string>& formats = {});

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_GRAPH_OUTPUTS_H_
