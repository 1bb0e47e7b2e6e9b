#include "cli/cli_common.h"

#include <iostream>

#include "extract/entity_cache.h"

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

void RulesFlags::Register(CLI::App* command) {
  command->add_option("--rules", directory,
                      "Rules directory (default: installed rules, then ./rules)");
  // One file a flag, so that the inputs after it stay inputs.
  command
      ->add_option("--entities", entity_files,
                   "An entity file read after the rules' entities/*.yaml (a pack of "
                   "rules/packs/, a story's own catalog); repeat it for more")
      ->allow_extra_args(false);
}

std::filesystem::path RulesFlags::Directory() const {
  return directory.empty() ? DefaultRulesDirectory() : std::filesystem::path(directory);
}

std::vector<std::filesystem::path> RulesFlags::EntityFiles() const {
  return {entity_files.begin(), entity_files.end()};
}

StatusOr<std::unique_ptr<RuleSet>> RulesFlags::Load() const {
  return RuleSet::Load(Directory(), EntityFiles(), DefaultCacheDirectory());
}

void CorpusFlags::Register(CLI::App* command, bool parallel) {
  command->add_option("inputs", corpus.inputs,
                      "Article files, directories (searched recursively) or - for stdin")
      ->required();
  rules.Register(command);
  command->add_option("--manifest", manifest,
                      "JSON manifest with each file's publication date");
  command->add_option("--doc-date", doc_date,
                      "Publication date YYYY-MM-DD for inputs without a manifest entry");
  command->add_option("--glob", corpus.glob, "File names taken from directories")
      ->capture_default_str();
  command->add_flag("--lenient", corpus.read.lenient,
                    "Read ill-formed UTF-8 bytes as spaces, with a warning, instead of failing");
  command->add_flag("--jsonl", corpus.jsonl,
                    "Inputs are JSON Lines files, one article object per line");
  command->add_option("--text-field", corpus.text_field, "JSON Lines: field with the text")
      ->capture_default_str();
  command->add_option("--id-field", corpus.id_field, "JSON Lines: field with the document id")
      ->capture_default_str();
  command->add_option("--date-field", corpus.date_field,
                      "JSON Lines: field with the publication date (YYYY-MM-DD...)")
      ->capture_default_str();
  keep_going_option = command->add_flag(
      "--keep-going,!--no-keep-going", keep_going,
      "Report and skip bad documents (default: on for directories and JSON Lines)");
  command->add_flag("-q,--quiet", quiet, "No progress bar and no summary");
  if (!parallel) return;
  command->add_option("-j,--threads", threads,
                      "Documents processed in parallel (0 = every core); output is the same")
      ->capture_default_str();
}

Status CorpusFlags::Resolve() {
  if (keep_going_option->count() > 0) corpus.keep_going = keep_going;
  if (!manifest.empty()) corpus.manifest = manifest;
  if (!doc_date.empty()) {
    corpus.doc_date = CivilDate::ParseIso(doc_date);
    if (!corpus.doc_date) return UsageError("--doc-date must be YYYY-MM-DD");
  }
  return Status::Ok();
}

}  // namespace akhbar::cli
