// Reading rule files with yaml-cpp while keeping every complaint tied to the
// file, line and column a user has to edit.
#ifndef AKHBAR_EXTRACT_RULE_YAML_H_
#define AKHBAR_EXTRACT_RULE_YAML_H_

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace akhbar {

struct YamlFile {
  std::filesystem::path path;
  YAML::Node root;
};

// Parses a YAML file; syntax errors come back as "file:line:column: ...".
StatusOr<YamlFile> LoadYamlFile(const std::filesystem::path& path);
// The same in two steps: the file's bytes, then the bytes parsed.
StatusOr<std::string> ReadRuleFile(const std::filesystem::path& path);
StatusOr<YamlFile> ParseYamlFile(const std::filesystem::path& path, const std::string& text);

// "file:line:column" of a node (1-based, as editors count).
std::string Where(const YamlFile& file, const YAML::Node& node);
std::string YamlPosition(const std::filesystem::path& path, const YAML::Mark& mark);

// A plain (unquoted, untagged: tag "?") scalar that YAML's core schema reads
// as a number, boolean or null: in a list of names it is almost certainly a
// slip.
bool LooksLikeNonString(std::string_view tag, std::string_view text);

// A rule error at a node, quoting the offending entry.
Status RuleErrorAt(const YamlFile& file, const YAML::Node& node,
                   std::string_view message);

// Reads a scalar string or a list of scalar strings.
StatusOr<std::vector<std::string>> ReadStringList(const YamlFile& file,
                                                  const YAML::Node& node,
                                                  std::string_view key);
StatusOr<std::string> ReadString(const YamlFile& file, const YAML::Node& node,
                                 std::string_view key);

// yaml-cpp throws when a document has the wrong shape (a scalar where a map
// is expected, text where a number is): this turns any such throw from
// `load` into a rule error naming the file, so loaders stay error-as-value.
template <typename T, typename Load>
StatusOr<T> CatchYamlErrors(const std::filesystem::path& path, Load&& load) {
  try {
    return load();
  } catch (const YAML::Exception& error) {
    std::string where = path.string();
    if (!error.mark.is_null()) {
      where += ":" + std::to_string(error.mark.line + 1) + ":" +
               std::to_string(error.mark.column + 1);
    }
    return RuleError(where + ": " + error.msg);
  }
}

// Keys a mapping may have; anything else is reported as unknown.
Status CheckKnownKeys(const YamlFile& file, const YAML::Node& map,
                      const std::vector<std::string_view>& known);

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_RULE_YAML_H_
