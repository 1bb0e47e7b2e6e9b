// akhbar build: documents -> extraction -> entity graph -> output files.
// The steps are library calls (Extractor, PartialGraph, BuildGraph,
// WriteGraphOutputs) so that later steps, such as rendering, append here.
// The extractions are kept too (extractions.jsonl, as `akhbar extract`
// writes them), so that every number in the graph can be traced back.
#include <boost/range/iterator_range.hpp>

#include <filesystem>
#include <iostream>
#include <set>

#include "cli/cli_common.h"
#include "base/atomic_file.h"
#include "cli/progress.h"
#include "extract/extraction_json.h"
#include "extract/extractor.h"
#include "graph/graph_builder.h"
#include "graph/graph_filter.h"
#include "graph/graph_outputs.h"
#include "graph/partial_graph.h"
#include "graph/sentence_fingerprint.h"
#include "render/render.h"

namespace akhbar::cli {
namespace {

constexpr const char* kExtractionsFile = "extractions.jsonl";

// The file names build writes; with --force, only these are overwritten.
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
  if (!std::filesystem::exists(directory, error)) return Status::Ok();
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

class BuildCommand : public Command {
 public:
  CLI::App* Register(CLI::App& app) override {
    CLI::App* command = app.add_subcommand(
        "build", "Extract, build the entity graph and event list, write them in several formats");
    flags_.Register(command);
    command->add_option("--out", out_, "Output directory")->required();
    command->add_option("--window", window_, "Co-mention window")
        ->check(CLI::IsMember({"sentence", "paragraph", "document"}))
        ->capture_default_str();
    command->add_option("--min-weight", options_.filters.min_weight,
                        "Drop co-mention edges seen in fewer distinct sentences (windows)")
        ->capture_default_str();
    command->add_option("--top", options_.filters.top,
                        "Keep the N most central entities (0 = all)")
        ->capture_default_str();
    command->add_option("--types", options_.filters.types,
                        "Node types to keep: person, organization, place, country, other, event")
        ->delimiter(',');
    command->add_option("--evidence", options_.max_evidence,
                        "Evidence sentences kept per co-mention edge")
        ->capture_default_str();
    command->add_flag("--force", force_,
                      "Write into a non-empty --out; only akhbar's own file names are replaced");
    command->footer(
        "Writes graph.json, graph.cyjs, graph.gexf, graph.graphml, events.json,\n"
        "extractions.jsonl and the pictures (akhbar render with its defaults).\n"
        "Example:\n  akhbar build --manifest samples/manifest.json samples --out out");
    return command;
  }

  int Run() override {
    if (Status status = flags_.Resolve(); !status.ok()) return Fail(status);
    options_.window = *ParseWindow(window_);
    if (Status status = CheckNodeTypes(options_.filters.types); !status.ok()) {
      return Fail(status);
    }
    if (Status status = CheckOutputDirectory(out_, force_); !status.ok()) return Fail(status);
    StatusOr<std::unique_ptr<RuleSet>> rules = flags_.LoadRules();
    if (!rules.ok()) return Fail(rules.status());
    StatusOr<Corpus> corpus = Corpus::Open(flags_.corpus);
    if (!corpus.ok()) return Fail(corpus.status());

    const Extractor extractor(**rules);
    const SentenceFingerprinter fingerprinter((*rules)->tokenizer(), (*rules)->morphology());
    PartialGraph partial;
    std::string extraction_lines;
    std::vector<CorpusProblem> problems;
    Progress progress(flags_.quiet);
    corpus->ForEachDocument(
        [&](Document&& document) {
          const Extraction extraction = extractor.Extract(document);
          for (const std::string& warning : extraction.warnings) {
            std::cerr << "akhbar: warning: " << warning << "\n";
          }
          progress.Add(extraction, document.text.size());
          extraction_lines += ExtractionToJsonLine(extraction) + "\n";
          if (Status status = partial.Add(extraction, fingerprinter); !status.ok()) {
            problems.push_back(CorpusProblem{document.id, status});
          }
        },
        &problems);
    if (!problems.empty() && !corpus->keep_going()) {
      progress.Finish(problems);
      return ExitCode(problems.front().status);
    }

    const EntityGraph graph = BuildGraph(partial, **rules, options_);
    StatusOr<std::vector<std::filesystem::path>> written = WriteOutputs(graph, extraction_lines);
    progress.Finish(problems, {{"folded duplicate sentences", graph.stats.folded_sentences}});
    if (!written.ok()) return Fail(written.status());
    if (!flags_.quiet) PrintGraphSummary(graph, *written);
    return problems.empty() ? 0 : ExitCode(problems.front().status);
  }

 private:
  // Every file of the run, each written atomically.
  StatusOr<std::vector<std::filesystem::path>> WriteOutputs(
      const EntityGraph& graph, const std::string& extraction_lines) const {
    StatusOr<std::vector<std::filesystem::path>> written = WriteGraphOutputs(graph, out_);
    if (!written.ok()) return written;
    const std::filesystem::path extractions = std::filesystem::path(out_) / kExtractionsFile;
    if (Status status = WriteFileAtomically(extractions, extraction_lines); !status.ok()) {
      return status;
    }
    written->push_back(extractions);
    StatusOr<WrittenFiles> pictures = RenderAll(graph, RenderOptions{}, out_);
    if (!pictures.ok()) return pictures.status();
    written->insert(written->end(), pictures->begin(), pictures->end());
    return written;
  }

  static void PrintGraphSummary(const EntityGraph& graph,
                                const std::vector<std::filesystem::path>& written) {
    size_t co_mentions = 0;
    size_t participations = 0;
    for (const auto edge : boost::make_iterator_range(boost::edges(graph.graph))) {
      ++(graph.graph[edge].kind == EdgeKind::kCoMention ? co_mentions : participations);
    }
    std::cerr << "akhbar: graph: " << graph.entities.size() << " entities, " << co_mentions
              << " co-mention edges, " << graph.events.size() << " events, " << participations
              << " participation edges\n";
    for (const std::filesystem::path& path : written) {
      std::cerr << "akhbar: wrote " << path.string() << "\n";
    }
  }

  CorpusFlags flags_;
  GraphOptions options_;
  std::string out_;
  std::string window_ = "sentence";
  bool force_ = false;
};

}  // namespace

std::unique_ptr<Command> MakeBuildCommand() { return std::make_unique<BuildCommand>(); }

}  // namespace akhbar::cli
