// akhbar extract: documents -> JSON Lines of extractions.
#include <iostream>
#include <sstream>

#include "base/atomic_file.h"
#include "cli/cli_common.h"
#include "cli/progress.h"
#include "extract/extraction_json.h"
#include "extract/extractor.h"

namespace akhbar::cli {
namespace {

class ExtractCommand : public Command {
 public:
  CLI::App* Register(CLI::App& app) override {
    CLI::App* command = app.add_subcommand(
        "extract", "Find entity mentions and dates; one JSON object per document (JSON Lines)");
    flags_.Register(command);
    command->add_option("-o,--output", output_, "Output file (default: stdout)");
    command->footer(
        "Example:\n  akhbar extract --manifest samples/manifest.json samples -o out/extractions.jsonl");
    return command;
  }

  int Run() override {
    if (Status status = flags_.Resolve(); !status.ok()) return Fail(status);
    StatusOr<std::unique_ptr<RuleSet>> rules = flags_.LoadRules();
    if (!rules.ok()) return Fail(rules.status());
    StatusOr<Corpus> corpus = Corpus::Open(flags_.corpus);
    if (!corpus.ok()) return Fail(corpus.status());
    const Extractor extractor(**rules);
    std::ostringstream lines;
    std::vector<CorpusProblem> problems;
    Progress progress(flags_.quiet);
    corpus->ForEachDocument(
        [&](Document&& document) {
          const Extraction extraction = extractor.Extract(document);
          for (const std::string& warning : extraction.warnings) {
            std::cerr << "akhbar: warning: " << warning << "\n";
          }
          lines << ExtractionToJsonLine(extraction) << "\n";
          progress.Add(extraction, document.text.size());
        },
        &problems);
    progress.Finish(problems);
    if (!problems.empty() && !corpus->keep_going()) return ExitCode(problems.front().status);
    if (output_.empty() || output_ == "-") {
      std::cout << lines.str();
    } else if (Status status = WriteFileAtomically(output_, lines.str()); !status.ok()) {
      return Fail(status);
    }
    return problems.empty() ? 0 : ExitCode(problems.front().status);
  }

 private:
  CorpusFlags flags_;
  std::string output_;
};

}  // namespace

std::unique_ptr<Command> MakeExtractCommand() { return std::make_unique<ExtractCommand>(); }

}  // namespace akhbar::cli
