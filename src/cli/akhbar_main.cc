// akhbar: command-line front end. Parses arguments, calls the library, and
// turns its Status values into exit codes (see README, "Exit codes").
#include <CLI/CLI.hpp>

#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "base/atomic_file.h"
#include "base/status.h"
#include "extract/corpus.h"
#include "extract/extraction_json.h"
#include "extract/extractor.h"
#include "extract/rule_set.h"

namespace akhbar {
namespace {

constexpr const char* kVersion = "0.1.0";

int ExitCode(const Status& status) {
  switch (status.code()) {
    case StatusCode::kOk: return 0;
    case StatusCode::kInvalidInput:
    case StatusCode::kRuleError: return 1;
    case StatusCode::kUsage: return 2;
    case StatusCode::kOutputError: return 3;
  }
  return 1;
}

int Fail(const Status& status) {
  std::cerr << "akhbar: " << status.message() << "\n";
  return ExitCode(status);
}

struct CorpusFlags {
  std::string rules_dir;
  std::string manifest;
  std::string doc_date;
  CorpusOptions corpus;

  void Register(CLI::App* command) {
    command->add_option("inputs", corpus.inputs,
                        "Article files, directories (searched recursively) or - for stdin")
        ->required();
    command->add_option("--rules", rules_dir,
                        "Rules directory (default: installed rules, then ./rules)");
    command->add_option("--manifest", manifest,
                        "JSON manifest with each file's publication date");
    command->add_option("--doc-date", doc_date,
                        "Publication date YYYY-MM-DD for inputs without a manifest entry");
    command->add_option("--glob", corpus.glob, "File names taken from directories")
        ->capture_default_str();
    command->add_flag("--lenient", corpus.read.lenient,
                      "Skip ill-formed UTF-8 with a warning instead of failing");
  }

  Status Resolve() {
    if (!manifest.empty()) corpus.manifest = manifest;
    if (!doc_date.empty()) {
      corpus.doc_date = CivilDate::ParseIso(doc_date);
      if (!corpus.doc_date) return UsageError("--doc-date must be YYYY-MM-DD");
    }
    return Status::Ok();
  }

  StatusOr<std::unique_ptr<RuleSet>> LoadRules() const {
    return RuleSet::Load(rules_dir.empty() ? DefaultRulesDirectory()
                                           : std::filesystem::path(rules_dir));
  }
};

int RunExtract(CorpusFlags& flags, const std::string& output) {
  if (Status status = flags.Resolve(); !status.ok()) return Fail(status);
  StatusOr<std::unique_ptr<RuleSet>> rules = flags.LoadRules();
  if (!rules.ok()) return Fail(rules.status());
  StatusOr<Corpus> corpus = Corpus::Open(flags.corpus);
  if (!corpus.ok()) return Fail(corpus.status());
  const Extractor extractor(**rules);
  std::ostringstream lines;
  std::vector<CorpusProblem> problems;
  corpus->ForEachDocument(
      [&](Document&& document) {
        const Extraction extraction = extractor.Extract(document);
        for (const std::string& warning : extraction.warnings) {
          std::cerr << "akhbar: warning: " << warning << "\n";
        }
        lines << ExtractionToJsonLine(extraction) << "\n";
      },
      &problems);
  for (const CorpusProblem& problem : problems) {
    std::cerr << "akhbar: " << problem.status.message() << "\n";
  }
  if (output.empty() || output == "-") {
    std::cout << lines.str();
  } else if (Status status = WriteFileAtomically(output, lines.str()); !status.ok()) {
    return Fail(status);
  }
  return problems.empty() ? 0 : ExitCode(problems.front().status);
}

}  // namespace
}  // namespace akhbar

int main(int argc, char** argv) {
  using namespace akhbar;
  CLI::App app{"akhbar: Arabic news -> entity graph and event timeline"};
  app.set_version_flag("--version", kVersion);
  app.require_subcommand(1);

  CorpusFlags extract_flags;
  std::string extract_output;
  CLI::App* extract = app.add_subcommand(
      "extract", "Find entity mentions; writes one JSON object per document (JSON Lines)");
  extract_flags.Register(extract);
  extract->add_option("-o,--output", extract_output, "Output file (default: stdout)");
  extract->footer(
      "Example:\n  akhbar extract --manifest samples/manifest.json samples -o out/extractions.jsonl");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? 0 : ExitCode(UsageError(""));
  }
  if (extract->parsed()) return RunExtract(extract_flags, extract_output);
  return 0;
}
