// `akhbar rules check`: every problem in a rules directory at once, each
// with the file:line:column to edit.
#ifndef AKHBAR_EXTRACT_RULE_CHECK_H_
#define AKHBAR_EXTRACT_RULE_CHECK_H_

#include <filesystem>
#include <string>
#include <vector>

namespace akhbar {

struct RuleFinding {
  enum class Severity { kError, kWarning };
  Severity severity = Severity::kError;
  std::string message;  // starts with file:line:column where known
};

struct RuleReport {
  std::vector<RuleFinding> findings;
  size_t entities = 0;
  size_t names = 0;

  size_t errors() const;
  size_t warnings() const;
};

// The rules of `directory` with `extra_entity_files` after its entities, as
// RuleSet::Load reads them. Entity files are read through the cache in
// `entity_cache_directory`, if any (entity_cache.h): only files without
// errors are ever cached.
RuleReport CheckRules(const std::filesystem::path& directory,
                      const std::vector<std::filesystem::path>& extra_entity_files = {},
                      const std::filesystem::path& entity_cache_directory = {});

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_RULE_CHECK_H_
