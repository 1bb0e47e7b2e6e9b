// Shared helpers for the test suites: the repository's rules, files, and
// running the real binary.
#ifndef AKHBAR_TESTS_TEST_SUPPORT_H_
#define AKHBAR_TESTS_TEST_SUPPORT_H_

#include <filesystem>
#include <string>

#include "extract/extraction.h"
#include "extract/rule_set.h"

namespace akhbar::testing {

std::filesystem::path SourceDir();
std::filesystem::path RulesDir();
std::filesystem::path SamplesDir();

// The repository's rules, loaded once per test binary.
const RuleSet& RepoRules();

// What the repository's rules extract from `text`, as a document of its own.
Extraction ExtractText(const std::string& text);

std::string ReadFileOrDie(const std::filesystem::path& path);

struct CommandResult {
  int exit_code = -1;
  std::string output;  // stdout
  std::string errors;  // stderr
};
// Runs the akhbar binary with `arguments` (already shell-quoted as needed).
CommandResult RunAkhbar(const std::string& arguments, const std::string& stdin_text = "");

// A fresh empty directory under the system temp directory, removed with
// everything in it when the test binary exits.
std::filesystem::path MakeTempDir(const std::string& name);

}  // namespace akhbar::testing

#endif  // AKHBAR_TESTS_TEST_SUPPORT_H_
