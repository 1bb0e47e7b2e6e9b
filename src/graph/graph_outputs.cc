#include "graph/graph_outputs.h"

#include <algorithm>
#include <sstream>
#include <utility>

#include <tbb/parallel_for.h>

#include "base/atomic_file.h"
#include "graph/events_json.h"
#include "graph/graph_cyjs.h"
#include "graph/graph_gexf.h"
#include "graph/graph_graphml.h"
#include "graph/graph_json.h"

namespace akhbar {
const std::vector<GraphFormat>& GraphFormats() {
  static const std::vector<GraphFormat> formats = {
      {"json", "graph.json", WriteNodeLinkJson},   {"cyjs", "graph.cyjs", WriteCytoscapeJson},
      {"gexf", "graph.gexf", WriteGexf},           {"graphml", "graph.graphml", WriteGraphml},
      {"events", "events.json", WriteEventsJson},
  };
  return formats;
}

const std::vector<std::string>& GraphOutputFileNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> all;
    for (const GraphFormat& format : GraphFormats()) all.push_back(format.file_name);
    return all;
  }();
  return names;
}

const std::vector<std::string>& GraphFormatNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> all;
    for (const GraphFormat& format : GraphFormats()) all.push_back(format.name);
    return all;
  }();
  return names;
}

std::string GraphToString(GraphFormatWriter write, const EntityGraph& graph) {
  std::ostringstream out;
  write(graph, out);
  return out.str();
}

StatusOr<std::vector<std::filesystem::path>> WriteGraphOutputs(
    const EntityGraph& graph, const std::filesystem::path& directory,
    const std::vector<std::string>& formats) {
  for (const std::string& name : formats) {
    if (std::ranges::find(GraphFormatNames(), name) == GraphFormatNames().end()) {
      return UsageError("unknown graph format '" + name + "'");
    }
  }
  std::vector<const GraphFormat*> chosen;
  for (const GraphFormat& format : GraphFormats()) {
    if (formats.empty() || std::ranges::find(formats, format.name) != formats.end()) {
      chosen.push_back(&format);
    }
  }
  std::error_code error;
  std::filesystem::create_directories(directory, error);
  if (error) {
    return OutputError(directory.string() + ": cannot create directory: " + error.message());
  }
  // Each format is made and written on its own, side by side; the first
  // failure in the list's order is the one reported.
  std::vector<Status> statuses(chosen.size(), Status::Ok());
  tbb::parallel_for(size_t{0}, chosen.size(), [&](size_t w) {
    statuses[w] = WriteFileAtomically(directory / chosen[w]->file_name,
                                      [&](std::ostream& out) { chosen[w]->write(graph, out); });
  });
  std::vector<std::filesystem::path> written;
  for (size_t w = 0; w < chosen.size(); ++w) {
    if (!statuses[w].ok()) return statuses[w];
    written.push_back(directory / chosen[w]->file_name);
  }
  return written;
}

}  // namespace akhbar
