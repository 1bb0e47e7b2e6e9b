#include "graph/graph_outputs.h"

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
namespace {

const std::vector<std::pair<std::string, GraphFormatWriter>>& Writers() {
  static const std::vector<std::pair<std::string, GraphFormatWriter>> writers = {
      {"graph.json", WriteNodeLinkJson}, {"graph.cyjs", WriteCytoscapeJson},
      {"graph.gexf", WriteGexf},         {"graph.graphml", WriteGraphml},
      {"events.json", WriteEventsJson},
  };
  return writers;
}

}  // namespace

const std::vector<std::string>& GraphOutputFileNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> all;
    for (const auto& [name, writer] : Writers()) all.push_back(name);
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
    const EntityGraph& graph, const std::filesystem::path& directory) {
  std::error_code error;
  std::filesystem::create_directories(directory, error);
  if (error) {
    return OutputError(directory.string() + ": cannot create directory: " + error.message());
  }
  // Each format is made and written on its own, side by side; the first
  // failure in the list's order is the one reported.
  const auto& writers = Writers();
  std::vector<Status> statuses(writers.size(), Status::Ok());
  tbb::parallel_for(size_t{0}, writers.size(), [&](size_t w) {
    statuses[w] = WriteFileAtomically(directory / writers[w].first,
                                      [&](std::ostream& out) { writers[w].second(graph, out); });
  });
  std::vector<std::filesystem::path> written;
  for (size_t w = 0; w < writers.size(); ++w) {
    if (!statuses[w].ok()) return statuses[w];
    written.push_back(directory / writers[w].first);
  }
  return written;
}

}  // namespace akhbar
