// akhbar merge: extraction JSON Lines (from `akhbar extract`, or the
// extractions.jsonl of earlier builds) -> one entity graph. A corpus split
// across processes or machines is extracted shard by shard and merged here;
// the graph equals the one `akhbar build` makes from the whole corpus.
#include <fstream>
#include <iostream>

#include "base/atomic_file.h"
#include "cli/cli_common.h"
#include "cli/graph_output_flags.h"
#include "extract/extraction_json.h"
#include "graph/graph_builder.h"

namespace akhbar::cli {
namespace {

class MergeCommand : public Command {
 public:
  CLI::App* Register(CLI::App& app) override {
    CLI::App* command = app.add_subcommand(
        "merge", "Combine extraction JSON Lines files (shards) into one graph");
    command->add_option("inputs", inputs_, "Extraction JSON Lines files, or - for stdin")
        ->required();
    rules_.Register(command);
    command->add_flag("-q,--quiet", quiet_, "Do not print the summary");
    outputs_.Register(command);
    command->footer(
        "Writes what akhbar build writes; extractions.jsonl holds the inputs' records.\n"
        "Example:\n"
        "  akhbar extract --jsonl part1.jsonl -o part1.x.jsonl   # on one machine\n"
        "  akhbar extract --jsonl part2.jsonl -o part2.x.jsonl   # on another\n"
        "  akhbar merge part1.x.jsonl part2.x.jsonl --out out");
    return command;
  }

  int Run() override {
    StatusOr<std::unique_ptr<RuleSet>> rules = rules_.Load();
    if (!rules.ok()) return Fail(rules.status());
    if (Status status = outputs_.Resolve(); !status.ok()) return Fail(status);
    StatusOr<std::optional<AtomicFile>> extractions = outputs_.OpenExtractions();
    if (!extractions.ok()) return Fail(extractions.status());

    const SentenceFingerprinter fingerprinter((*rules)->tokenizer(), (*rules)->morphology());
    PartialGraph partial;
    size_t documents = 0;
    for (const std::string& input : inputs_) {
      std::ifstream file;
      if (input != "-") {
        file.open(input, std::ios::binary);
        if (!file) return Fail(InvalidInputError(input + ": cannot open for reading"));
      }
      std::istream& in = input == "-" ? std::cin : file;
      std::string line;
      for (size_t line_number = 1; std::getline(in, line); ++line_number) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        const std::string where = input + ":" + std::to_string(line_number);
        StatusOr<Extraction> extraction = ExtractionFromJsonLine(line);
        if (!extraction.ok()) return Fail(InvalidInputError(where + ": " + extraction.status().message()));
        if (Status status = partial.Add(*extraction, fingerprinter); !status.ok()) {
          return Fail(InvalidInputError(where + ": " + status.message()));
        }
        line.push_back('\n');
        if (*extractions) {
          if (Status status = (*extractions)->Append(line); !status.ok()) return Fail(status);
        }
        ++documents;
      }
    }
    if (*extractions) {
      if (Status status = (*extractions)->Commit(); !status.ok()) return Fail(status);
    }

    const EntityGraph graph = BuildGraph(std::move(partial), **rules, outputs_.options);
    StatusOr<std::vector<std::filesystem::path>> written = outputs_.Write(graph);
    if (!written.ok()) return Fail(written.status());
    if (*extractions) written->insert(written->begin(), outputs_.PathOf(kExtractionsFile));
    if (!quiet_) {
      std::cerr << "akhbar: merged " << documents << " documents from " << inputs_.size()
                << " files; " << graph.stats.folded_sentences
                << " duplicate sentences folded\n";
      PrintGraphSummary(graph, *written);
    }
    return 0;
  }

 private:
  std::vector<std::string> inputs_;
  RulesFlags rules_;
  bool quiet_ = false;
  GraphOutputFlags outputs_;
};

}  // namespace

std::unique_ptr<Command> MakeMergeCommand() { return std::make_unique<MergeCommand>(); }

}  // namespace akhbar::cli
