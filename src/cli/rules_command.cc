// akhbar rules check | suggest: help for people editing rule files.
#include <iostream>

#include "cli/cli_common.h"
#include "extract/entity_cache.h"
#include "extract/name_suggester.h"
#include "extract/rule_check.h"

namespace akhbar::cli {
namespace {

class RulesCommand : public Command {
 public:
  CLI::App* Register(CLI::App& app) override {
    CLI::App* rules = app.add_subcommand("rules", "Check rule files, or suggest new names");
    rules->require_subcommand(1);
    check_ = rules->add_subcommand(
        "check", "Report every problem in the rule files with file:line:column");
    check_rules_.Register(check_);
    check_->add_flag("--strict", strict_, "Warnings fail too");
    check_->footer(
        "Exit status: 0 clean, 1 errors (or warnings with --strict).\n"
        "Example:\n  akhbar rules check --rules rules --strict");
    suggest_ = rules->add_subcommand(
        "suggest", "Propose misspellings of known names and likely unknown names, as YAML");
    flags_.Register(suggest_, /*parallel=*/false);
    suggest_->footer("Example:\n  akhbar rules suggest samples > new-names.yaml");
    return rules;
  }

  int Run() override { return check_->parsed() ? Check() : Suggest(); }

 private:
  int Check() {
    const RuleReport report = CheckRules(check_rules_.Directory(), check_rules_.EntityFiles(),
                                         DefaultCacheDirectory());
    for (const RuleFinding& finding : report.findings) {
      std::cout << (finding.severity == RuleFinding::Severity::kError ? "error: " : "warning: ")
                << finding.message << "\n";
    }
    std::cout << report.entities << " entities, " << report.names << " names; "
              << report.errors() << " errors, " << report.warnings() << " warnings\n";
    return report.errors() > 0 || (strict_ && report.warnings() > 0) ? 1 : 0;
  }

  int Suggest() {
    if (Status status = flags_.Resolve(); !status.ok()) return Fail(status);
    StatusOr<std::unique_ptr<RuleSet>> rules = flags_.rules.Load();
    if (!rules.ok()) return Fail(rules.status());
    StatusOr<NameSuggester> suggester = NameSuggester::Load(**rules);
    if (!suggester.ok()) return Fail(suggester.status());
    StatusOr<Corpus> corpus = Corpus::Open(flags_.corpus);
    if (!corpus.ok()) return Fail(corpus.status());
    std::vector<Document> documents;
    std::vector<CorpusProblem> problems;
    corpus->ForEachDocument([&](Document&& document) { documents.push_back(std::move(document)); },
                            &problems);
    for (const CorpusProblem& problem : problems) {
      std::cerr << "akhbar: " << problem.status.message() << "\n";
    }
    std::cout << SuggestionsToYaml(suggester->Suggest(documents), (*rules)->entities());
    return 0;
  }

  RulesFlags check_rules_;
  bool strict_ = false;
  CorpusFlags flags_;
  CLI::App* check_ = nullptr;
  CLI::App* suggest_ = nullptr;
};

}  // namespace

std::unique_ptr<Command> MakeRulesCommand() { return std::make_unique<RulesCommand>(); }

}  // namespace akhbar::cli
