#include "cli/graph_output_flags.h"

#include <algorithm>
#include <iostream>
#include <set>

#include "graph/graph_filter.h"
#include "graph/graph_outputs.h"
#include "render/render.h"

namespace akhbar::cli {
namespace {

// The file names build and merge write; with --force, only these are
// overwritten.
std::set<std::string> OwnOutputNames() {
  const std::vector<std::string>& names = GraphOutputFileNames();
  std::set<std::string> own(names.begin(), names.end());
  own.insert(kExtractionsFile);
  own.insert(PictureFileNames().begin(), PictureFileNames().end());
  return own;
}

// Never write into a directory holding someone else's files unless told to:
// a mistyped --out must not mix our files into a user's folder.
Status CheckOutputDirectory(const std::filesystem::path& directory, bool force) {
  std::error_code error;
  if (!std::filesystem::exists(directory, error)) {
    std::filesystem::create_directories(directory, error);
    if (error) return OutputError(directory.string() + ": cannot create: " + error.message());
    return Status::Ok();
  }
  if (!std::filesystem::is_directory(directory, error)) {
    return OutputError(directory.string() + ": exists and is not a directory");
  }
  if (force) return Status::Ok();
  const std::set<std::string> own = OwnOutputNames();
  for (const auto& entry : std::filesystem::directory_iterator(directory, error)) {
    const std::string name = entry.path().filename().string();
    if (!own.contains(name)) {
      return OutputError(directory.string() + ": not empty and holds files akhbar did not write (" +
                         name + "); choose another --out, or --force to write our files into it");
    }
  }
  if (error) return OutputError(directory.string() + ": " + error.message());
  return Status::Ok();
}

}  // namespace

void GraphOutputFlags::Register(CLI::App* command) {
  command->add_option("--out", out, "Output directory")->required();
  command->add_option("--window", window, "Co-mention window")
      ->check(CLI::IsMember({"sentence", "paragraph", "document"}))
      ->capture_default_str();
  command->add_option("--min-weight", options.filters.min_weight,
                      "Drop co-mention edges seen in fewer distinct sentences (windows)")
      ->capture_default_str();
  command->add_option("--top", options.filters.top, "Keep the N most central entities (0 = all)")
      ->capture_default_str();
  command->add_option("--types", options.filters.types,
                      "Node types to keep: person, organization, media, place, country, other, event")
      ->delimiter(',');
  command->add_option("--evidence", options.max_evidence,
                      "Evidence sentences kept per co-mention edge")
      ->capture_default_str();
  command->add_option("--documents", options.max_documents,
                      "Document ids listed per entity and edge; all are counted (0 = all)")
      ->capture_default_str();
  command->add_flag("--force", force,
                    "Write into a non-empty --out; only akhbar's own file names are replaced");
  command->add_option("--formats", formats,
                      "Graph files to write: json (graph.json), cyjs, gexf, graphml, events "
                      "(events.json); default all. Those left out are removed from --out, not "
                      "kept from an earlier run")
      ->delimiter(',')
      ->check(CLI::IsMember(GraphFormatNames()));
  command->add_flag("--no-render", no_render, "Write the graph files only, not the pictures");
  command->add_flag("--no-extractions", no_extractions,
                    "Do not keep extractions.jsonl, the records akhbar merge reads (larger than "
                    "the corpus itself); removes one left by an earlier run");
}

StatusOr<std::optional<AtomicFile>> GraphOutputFlags::OpenExtractions() const {
  const std::filesystem::path path = PathOf(kExtractionsFile);
  if (!no_extractions) {
    StatusOr<AtomicFile> file = AtomicFile::Create(path);
    if (!file.ok()) return file.status();
    return std::optional<AtomicFile>(std::move(*file));
  }
  std::error_code error;
  std::filesystem::remove(path, error);
  if (error) return OutputError(path.string() + ": cannot remove: " + error.message());
  return std::optional<AtomicFile>();
}

Status GraphOutputFlags::Resolve() {
  options.window = *ParseWindow(window);
  if (Status status = CheckNodeTypes(options.filters.types); !status.ok()) return status;
  return CheckOutputDirectory(out, force);
}

StatusOr<std::vector<std::filesystem::path>> GraphOutputFlags::Write(
    const EntityGraph& graph) const {
  StatusOr<std::vector<std::filesystem::path>> written = WriteGraphOutputs(graph, out, formats);
  if (!written.ok()) return written;
  for (const std::string& file_name : GraphOutputFileNames()) {
    if (std::ranges::find(*written, PathOf(file_name)) != written->end()) continue;
    std::error_code error;
    std::filesystem::remove(PathOf(file_name), error);
    if (error) return OutputError(PathOf(file_name).string() + ": cannot remove: " + error.message());
  }
  if (no_render) return written;
  StatusOr<WrittenFiles> pictures = RenderAll(graph, RenderOptions{}, out);
  if (!pictures.ok()) return pictures.status();
  written->insert(written->end(), pictures->begin(), pictures->end());
  return written;
}

void PrintGraphSummary(const EntityGraph& graph,
                       const std::vector<std::filesystem::path>& written) {
  std::cerr << "akhbar: graph: " << graph.entities.size() << " entities, "
            << boost::num_edges(graph.graph) << " co-mention edges, " << graph.events.size()
            << " events, " << graph.participations.size() << " participation edges\n";
  for (const std::filesystem::path& path : written) {
    std::cerr << "akhbar: wrote " << path.string() << "\n";
  }
}

}  // namespace akhbar::cli
