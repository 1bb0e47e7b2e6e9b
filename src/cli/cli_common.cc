#include "cli/cli_common.h"

#include <iostream>

namespace akhbar::cli {

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

void CorpusFlags::Register(CLI::App* command) {
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

Status CorpusFlags::Resolve() {
  if (!manifest.empty()) corpus.manifest = manifest;
  if (!doc_date.empty()) {
    corpus.doc_date = CivilDate::ParseIso(doc_date);
    if (!corpus.doc_date) return UsageError("--doc-date must be YYYY-MM-DD");
  }
  return Status::Ok();
}

StatusOr<std::unique_ptr<RuleSet>> CorpusFlags::LoadRules() const {
  return RuleSet::Load(rules_dir.empty() ? DefaultRulesDirectory()
                                         : std::filesystem::path(rules_dir));
}

}  // namespace akhbar::cli
