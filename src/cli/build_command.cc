// akhbar build: documents -> extraction -> entity graph -> output files.
// The extractions are kept too unless --no-extractions (extractions.jsonl, as
// `akhbar extract` writes them, streamed as the corpus is read), so that
// every number in the graph can be traced back and `akhbar merge` can
// rebuild the graph.
#include <iostream>
#include <optional>

#include "base/atomic_file.h"
#include "cli/cli_common.h"
#include "cli/graph_output_flags.h"
#include "cli/progress.h"
#include "extract/extractor.h"
#include "graph/corpus_pipeline.h"
#include "graph/graph_builder.h"

namespace akhbar::cli {
namespace {

class BuildCommand : public Command {
 public:
  CLI::App* Register(CLI::App& app) override {
    CLI::App* command = app.add_subcommand(
        "build", "Extract, build the entity graph and event list, write them in several formats");
    flags_.Register(command);
    outputs_.Register(command);
    command->footer(
        "Writes graph.json, graph.cyjs, graph.gexf, graph.graphml, events.json (or\n"
        "those of --formats), extractions.jsonl (unless --no-extractions) and the\n"
        "pictures (akhbar render with its defaults).\n"
        "Examples:\n"
        "  akhbar build --manifest samples/manifest.json samples --out out\n"
        "  akhbar build --jsonl --text-field content --id-field url --date-field date \\\n"
        "      --no-render --threads 2 --out out articles.jsonl\n"
        "  akhbar build --formats json,gexf --manifest samples/manifest.json samples --out out");
    return command;
  }

  int Run() override {
    if (Status status = flags_.Resolve(); !status.ok()) return Fail(status);
    StatusOr<std::unique_ptr<RuleSet>> rules = flags_.rules.Load();
    if (!rules.ok()) return Fail(rules.status());
    StatusOr<Corpus> corpus = Corpus::Open(flags_.corpus);
    if (!corpus.ok()) return Fail(corpus.status());
    if (Status status = outputs_.Resolve(); !status.ok()) return Fail(status);
    StatusOr<std::optional<AtomicFile>> extractions = outputs_.OpenExtractions();
    if (!extractions.ok()) return Fail(extractions.status());

    const Extractor extractor(**rules);
    const SentenceFingerprinter fingerprinter((*rules)->tokenizer(), (*rules)->morphology());
    PartialGraph partial;
    std::vector<CorpusProblem> problems;
    Status write_status = Status::Ok();
    Progress progress(flags_.quiet);
    RunCorpusPipeline(
        *corpus, extractor, fingerprinter,
        PipelineOptions{.threads = flags_.threads, .json_lines = extractions->has_value()},
        [&](ProcessedDocument&& document) {
          for (const std::string& warning : document.summary.warnings) {
            std::cerr << "akhbar: warning: " << warning << "\n";
          }
          progress.Add(document.summary);
          if (Status status = partial.Merge(std::move(document.partial)); !status.ok()) {
            problems.push_back(CorpusProblem{document.summary.doc, status});
            return;
          }
          if (*extractions && write_status.ok()) {
            write_status = (*extractions)->Append(document.json_line);
          }
        },
        &problems);
    if (!problems.empty() && !corpus->keep_going()) {
      progress.Finish(problems);
      return ExitCode(problems.front().status);
    }
    if (*extractions && write_status.ok()) write_status = (*extractions)->Commit();
    if (!write_status.ok()) return Fail(write_status);

    EntityGraph graph;
    std::optional<StatusOr<std::vector<std::filesystem::path>>> written;
    RunWithThreads(flags_.threads, [&] {
      graph = BuildGraph(std::move(partial), **rules, outputs_.options);
      written = outputs_.Write(graph);
    });
    progress.Finish(problems, {{"folded duplicate sentences", graph.stats.folded_sentences}});
    if (!written->ok()) return Fail(written->status());
    if (*extractions) (*written)->insert((*written)->begin(), outputs_.PathOf(kExtractionsFile));
    if (!flags_.quiet) PrintGraphSummary(graph, **written);
    return problems.empty() ? 0 : ExitCode(problems.front().status);
  }

 private:
  CorpusFlags flags_;
  GraphOutputFlags outputs_;
};

}  // namespace

std::unique_ptr<Command> MakeBuildCommand() { return std::make_unique<BuildCommand>(); }

}  // namespace akhbar::cli
