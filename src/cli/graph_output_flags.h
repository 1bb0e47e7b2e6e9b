// The graph and output flags that `build` and `merge` share, and the writing
// of a run's files into the output directory.
#ifndef AKHBAR_CLI_GRAPH_OUTPUT_FLAGS_H_
#define AKHBAR_CLI_GRAPH_OUTPUT_FLAGS_H_

#include <CLI/CLI.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/atomic_file.h"
#include "base/status.h"
#include "graph/entity_graph.h"
#include "graph/graph_options.h"

namespace akhbar::cli {

// The run's record of every document's extraction, written beside the graph.
inline constexpr const char* kExtractionsFile = "extractions.jsonl";

struct GraphOutputFlags {
  GraphOptions options;
  std::string out;
  std::string window = "sentence";
  bool force = false;
  bool no_render = false;
  bool no_extractions = false;
  std::vector<std::string> formats;  // GraphFormatNames() to write; empty: all

  void Register(CLI::App* command);
  // Checks the values CLI11 cannot, and that --out may be written: it is
  // created if missing, and a directory holding files akhbar did not write
  // is refused unless --force.
  Status Resolve();
  std::filesystem::path PathOf(const std::string& file_name) const {
    return std::filesystem::path(out) / file_name;
  }
  // The extraction records go to kExtractionsFile, or nowhere with
  // --no-extractions, which removes one left by an earlier run: it would no
  // longer be the records of the graph beside it.
  StatusOr<std::optional<AtomicFile>> OpenExtractions() const;
  // The graph files of --formats, then the pictures unless --no-render; each
  // atomically. A graph file of a format left out, written by an earlier
  // run, is removed: it would no longer be of the graph beside it.
  StatusOr<std::vector<std::filesystem::path>> Write(const EntityGraph& graph) const;
};

// "akhbar: graph: N entities, ..." and the files written, on stderr.
void PrintGraphSummary(const EntityGraph& graph, const std::vector<std::filesystem::path>& written);

}  // namespace akhbar::cli

#endif  // AKHBAR_CLI_GRAPH_OUTPUT_FLAGS_H_
