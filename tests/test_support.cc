#include "tests/test_support.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <mutex>
#include <sstream>
#include <vector>

#include "extract/extractor.h"

namespace akhbar::testing {

std::filesystem::path SourceDir() { return AKHBAR_SOURCE_DIR; }
std::filesystem::path RulesDir() { return SourceDir() / "rules"; }
std::filesystem::path SamplesDir() { return SourceDir() / "samples"; }

const RuleSet& RepoRules() {
  static const RuleSet* rules = [] {
    StatusOr<std::unique_ptr<RuleSet>> loaded = RuleSet::Load(RulesDir());
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status().message();
      std::abort();
    }
    return std::move(loaded).value().release();
  }();
  return *rules;
}

Extraction ExtractText(const std::string& text) {
  Document document;
  document.id = "test";
  document.text = text;
  return Extractor(RepoRules()).Extract(document);
}

std::string ReadFileOrDie(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ADD_FAILURE() << "cannot read " << path;
    std::abort();
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

namespace {

// Test binaries run thousands of times on a developer's machine; their
// directories go when the binary exits, whatever the tests left in them.
class TempDirs {
 public:
  ~TempDirs() {
    for (const std::filesystem::path& dir : dirs_) {
      std::error_code ignored;
      std::filesystem::remove_all(dir, ignored);
    }
  }
  void Add(std::filesystem::path dir) {
    const std::lock_guard lock(mutex_);
    dirs_.push_back(std::move(dir));
  }

 private:
  std::mutex mutex_;
  std::vector<std::filesystem::path> dirs_;
};

}  // namespace

std::filesystem::path MakeTempDir(const std::string& name) {
  static TempDirs made;
  std::string pattern =
      (std::filesystem::temp_directory_path() / ("akhbar-" + name + "-XXXXXX")).string();
  if (mkdtemp(pattern.data()) == nullptr) std::abort();
  made.Add(pattern);
  return pattern;
}

CommandResult RunAkhbar(const std::string& arguments, const std::string& stdin_text) {
  const std::filesystem::path dir = MakeTempDir("run");
  const auto in_path = dir / "stdin";
  const auto out_path = dir / "stdout";
  const auto err_path = dir / "stderr";
  std::ofstream(in_path, std::ios::binary) << stdin_text;
  const std::string command = std::string("'") + AKHBAR_BINARY + "' " + arguments +
                              " <'" + in_path.string() + "' >'" + out_path.string() +
                              "' 2>'" + err_path.string() + "'";
  const int status = std::system(command.c_str());
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.output = ReadFileOrDie(out_path);
  result.errors = ReadFileOrDie(err_path);
  std::filesystem::remove_all(dir);
  return result;
}

}  // namespace akhbar::testing
