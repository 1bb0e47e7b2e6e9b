#include "extract/rule_yaml.h"

#include <algorithm>

#include "base/file_bytes.h"

namespace akhbar {
namespace {

std::string Quote(const YAML::Node& node) {
  if (!node.IsDefined()) return "(missing)";
  YAML::Emitter emitter;
  emitter.SetMapFormat(YAML::Flow);
  emitter.SetSeqFormat(YAML::Flow);
  emitter << node;
  std::string text = emitter.c_str();
  constexpr size_t kMaxQuote = 120;
  if (text.size() > kMaxQuote) text = text.substr(0, kMaxQuote) + "...";
  return text;
}

// yaml-cpp keeps both entries of a repeated key; a user editing rules by hand
// almost always meant to change the first one, so a repeat is an error.
Status FindDuplicateKey(const std::filesystem::path& path, const YAML::Node& node) {
  if (node.IsMap()) {
    std::vector<std::string> keys;
    for (const auto& entry : node) {
      const std::string key = entry.first.Scalar();
      if (std::find(keys.begin(), keys.end(), key) != keys.end()) {
        return RuleError(YamlPosition(path, entry.first.Mark()) + ": duplicate key '" +
                         key + "'");
      }
      keys.push_back(key);
      if (Status status = FindDuplicateKey(path, entry.second); !status.ok()) {
        return status;
      }
    }
  } else if (node.IsSequence()) {
    for (const YAML::Node& item : node) {
      if (Status status = FindDuplicateKey(path, item); !status.ok()) return status;
    }
  }
  return Status::Ok();
}

}  // namespace

StatusOr<YamlFile> LoadYamlFile(const std::filesystem::path& path) {
  StatusOr<std::string> text = ReadRuleFile(path);
  if (!text.ok()) return text.status();
  return ParseYamlFile(path, *text);
}

StatusOr<std::string> ReadRuleFile(const std::filesystem::path& path) {
  StatusOr<std::string> text = ReadFileBytes(path);
  if (!text.ok()) return RuleError(text.status().message());
  return text;
}

StatusOr<YamlFile> ParseYamlFile(const std::filesystem::path& path, const std::string& text) {
  const size_t tab = text.find('\t');
  if (tab != std::string::npos) {
    const size_t line = std::count(text.begin(), text.begin() + tab, '\n') + 1;
    const size_t line_start = text.rfind('\n', tab);
    const size_t column =
        tab - (line_start == std::string::npos ? 0 : line_start + 1) + 1;
    return RuleError(path.string() + ":" + std::to_string(line) + ":" +
                     std::to_string(column) +
                     ": tab character; YAML indentation must use spaces");
  }
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::Exception& error) {
    return RuleError(YamlPosition(path, error.mark) + ": " + error.msg);
  }
  if (Status duplicate = FindDuplicateKey(path, root); !duplicate.ok()) {
    return duplicate;
  }
  return YamlFile{path, root};
}

std::string YamlPosition(const std::filesystem::path& path, const YAML::Mark& mark) {
  // Not a stream: an entity file of 100,000 names asks for 100,000 of these.
  std::string position = path.string();
  position += ':';
  position += std::to_string(mark.line + 1);
  position += ':';
  position += std::to_string(mark.column + 1);
  return position;
}

bool LooksLikeNonString(std::string_view tag, std::string_view text) {
  if (tag != "?") return false;
  if (text.empty() || text == "~" || text == "null" || text == "true" ||
      text == "false") {
    return true;
  }
  size_t digits = 0;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c != '.' && c != '-' && c != '+') {
      return false;
    }
  }
  return digits > 0;
}

std::string Where(const YamlFile& file, const YAML::Node& node) {
  if (!node.IsDefined()) return file.path.string();
  return YamlPosition(file.path, node.Mark());
}

Status RuleErrorAt(const YamlFile& file, const YAML::Node& node,
                   std::string_view message) {
  return RuleError(Where(file, node) + ": " + std::string(message) + " in " +
                   Quote(node));
}

namespace {

// "'key'" and what follows. Appended rather than "'" + key: GCC 12 warns
// about that (-Wrestrict, its bug 105651).
std::string QuotedKey(std::string_view key, std::string_view rest) {
  std::string message = "'";
  message.append(key).append("'").append(rest);
  return message;
}

}  // namespace

StatusOr<std::string> ReadString(const YamlFile& file, const YAML::Node& node,
                                 std::string_view key) {
  const YAML::Node value = node[std::string(key)];
  if (!value) {
    return RuleErrorAt(file, node, "missing '" + std::string(key) + "'");
  }
  if (!value.IsScalar()) {
    return RuleErrorAt(file, value, QuotedKey(key, " must be a string"));
  }
  return value.Scalar();
}

StatusOr<std::vector<std::string>> ReadStringList(const YamlFile& file,
                                                  const YAML::Node& node,
                                                  std::string_view key) {
  std::vector<std::string> values;
  const YAML::Node list = node[std::string(key)];
  if (!list || list.IsNull()) return values;
  if (list.IsScalar()) return std::vector<std::string>{list.Scalar()};
  if (!list.IsSequence()) {
    return RuleErrorAt(file, list, QuotedKey(key, " must be a list of strings"));
  }
  for (const YAML::Node& item : list) {
    if (!item.IsScalar() || LooksLikeNonString(item.Tag(), item.Scalar())) {
      return RuleErrorAt(
          file, item, QuotedKey(key, " entries must be strings (quote numbers and true/false)"));
    }
    values.push_back(item.Scalar());
  }
  return values;
}

Status CheckKnownKeys(const YamlFile& file, const YAML::Node& map,
                      const std::vector<std::string_view>& known) {
  if (!map.IsMap()) return RuleErrorAt(file, map, "expected a mapping");
  for (const auto& entry : map) {
    const std::string key = entry.first.Scalar();
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      // The key is the whole of what is wrong: what could stand there helps
      // more than quoting it twice.
      std::string message = Where(file, entry.first) + ": unknown key '" + key + "' (known:";
      for (const std::string_view known_key : known) message.append(" ").append(known_key);
      return RuleError(message + ")");
    }
  }
  return Status::Ok();
}

}  // namespace akhbar
