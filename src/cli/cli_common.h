// Pieces shared by the subcommands: exit codes, and the rules and corpus flags.
#ifndef AKHBAR_CLI_CLI_COMMON_H_
#define AKHBAR_CLI_CLI_COMMON_H_

#include <CLI/CLI.hpp>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "extract/corpus.h"
#include "extract/rule_set.h"

namespace akhbar::cli {

// 0 ok, 1 input or rule errors, 2 usage, 3 output (README, "Exit codes").
int ExitCode(const Status& status);

// Prints "akhbar: message" to stderr and returns the exit code.
int Fail(const Status& status);

// --rules and --entities: the rules directory and the entity files read
// after its own.
struct RulesFlags {
  std::string directory;
  std::vector<std::string> entity_files;

  void Register(CLI::App* command);
  // --rules, else the default directory.
  std::filesystem::path Directory() const;
  std::vector<std::filesystem::path> EntityFiles() const;
  StatusOr<std::unique_ptr<RuleSet>> Load() const;
};

struct CorpusFlags {
  RulesFlags rules;
  std::string manifest;
  std::string doc_date;
  bool keep_going = false;
  CLI::Option* keep_going_option = nullptr;
  bool quiet = false;
  unsigned threads = 0;
  CorpusOptions corpus;

  // `parallel`: the command reads its corpus on --threads threads.
  void Register(CLI::App* command, bool parallel = true);
  // Validates what CLI11 cannot (dates) and fills `corpus`.
  Status Resolve();
};

// A subcommand: registered on the app, run when parsed.
class Command {
 public:
  virtual ~Command() = default;
  virtual CLI::App* Register(CLI::App& app) = 0;
  virtual int Run() = 0;
};

std::unique_ptr<Command> MakeExtractCommand();
std::unique_ptr<Command> MakeBuildCommand();
std::unique_ptr<Command> MakeRulesCommand();
std::unique_ptr<Command> MakeRenderCommand();
std::unique_ptr<Command> MakeMergeCommand();

}  // namespace akhbar::cli

#endif  // AKHBAR_CLI_CLI_COMMON_H_
