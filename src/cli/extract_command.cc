// akhbar extract: documents -> JSON Lines of extractions.
#include <iostream>
#include <optional>

#include "base/atomic_file.h"
#include "cli/cli_common.h"
#include "cli/progress.h"
#include "extract/extractor.h"
#include "graph/corpus_pipeline.h"

namespace akhbar::cli {
namespace {

class ExtractCommand : public Command {
 public:
  CLI::App* Register(CLI::App& app) override {
    CLI::App* command = app.add_subcommand(
        "extract", "Find entity mentions, dates and events; one JSON object per document");
    flags_.Register(command);
    command->add_option("-o,--output", output_, "Output file (default: stdout)");
    command->footer(
        "Examples:\n"
        "  akhbar extract --manifest samples/manifest.json samples -o out/extractions.jsonl\n"
        "  akhbar extract --jsonl --text-field content --id-field url articles.jsonl > x.jsonl");
    return command;
  }

  int Run() override {
    if (Status status = flags_.Resolve(); !status.ok()) return Fail(status);
    StatusOr<std::unique_ptr<RuleSet>> rules = flags_.rules.Load();
    if (!rules.ok()) return Fail(rules.status());
    StatusOr<Corpus> corpus = Corpus::Open(flags_.corpus);
    if (!corpus.ok()) return Fail(corpus.status());
    std::optional<AtomicFile> file;
    if (!output_.empty() && output_ != "-") {
      StatusOr<AtomicFile> created = AtomicFile::Create(output_);
      if (!created.ok()) return Fail(created.status());
      file.emplace(std::move(*created));
    }

    const Extractor extractor(**rules);
    const SentenceFingerprinter fingerprinter((*rules)->tokenizer(), (*rules)->morphology());
    std::vector<CorpusProblem> problems;
    Status write_status = Status::Ok();
    Progress progress(flags_.quiet);
    RunCorpusPipeline(
        *corpus, extractor, fingerprinter,
        PipelineOptions{.threads = flags_.threads, .partial_graphs = false},
        [&](ProcessedDocument&& document) {
          for (const std::string& warning : document.summary.warnings) {
            std::cerr << "akhbar: warning: " << warning << "\n";
          }
          progress.Add(document.summary);
          if (!file) {
            std::cout << document.json_line;
          } else if (write_status.ok()) {
            write_status = file->Append(document.json_line);
          }
        },
        &problems);
    progress.Finish(problems);
    if (!problems.empty() && !corpus->keep_going()) return ExitCode(problems.front().status);
    if (file && write_status.ok()) write_status = file->Commit();
    if (!write_status.ok()) return Fail(write_status);
    return problems.empty() ? 0 : ExitCode(problems.front().status);
  }

 private:
  CorpusFlags flags_;
  std::string output_;
};

}  // namespace

std::unique_ptr<Command> MakeExtractCommand() { return std::make_unique<ExtractCommand>(); }

}  // namespace akhbar::cli
