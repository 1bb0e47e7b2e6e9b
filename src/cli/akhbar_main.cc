// akhbar: command-line front end. Parses arguments and hands over to the
// subcommand, which calls the library and maps its Status to an exit code.
#include <CLI/CLI.hpp>

#include <memory>
#include <utility>
#include <vector>

#include "base/atomic_file.h"
#include "cli/cli_common.h"

int main(int argc, char** argv) {
  using namespace akhbar::cli;
  akhbar::RemoveTemporaryFilesOnInterrupt();
  CLI::App app{"akhbar: Arabic news -> entity relationship graph and event timeline"};
  app.set_version_flag("--version", "akhbar 0.1.0");
  app.require_subcommand(1);

  std::vector<std::pair<CLI::App*, std::unique_ptr<Command>>> commands;
  for (auto make : {MakeBuildCommand, MakeExtractCommand, MakeMergeCommand, MakeRenderCommand,
                    MakeRulesCommand}) {
    std::unique_ptr<Command> command = make();
    CLI::App* registered = command->Register(app);
    commands.emplace_back(registered, std::move(command));
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? 0 : ExitCode(akhbar::UsageError(""));
  }
  for (auto& [registered, command] : commands) {
    if (registered->parsed()) return command->Run();
  }
  return 0;
}
