#include "extract/boilerplate.h"

#include <algorithm>

namespace akhbar {
namespace {

// The line's words joined by spaces, cut after `limit` bytes: a phrase of
// fewer bytes matches the cut text exactly as it matches the whole line.
void LineText(const Line& line, const std::string& normalized, size_t limit,
              std::string* text) {
  text->clear();
  for (const Token& token : line.tokens) {
    if (text->size() >= limit) break;
    if (!text->empty()) text->push_back(' ');
    text->append(normalized, token.norm_start, token.norm_length);
  }
  if (text->size() > limit) text->resize(limit);
}

}  // namespace

StatusOr<BoilerplateRules> BoilerplateRules::FromYaml(
    const YamlFile& file, const Tokenizer& tokenizer) {
  return CatchYamlErrors<BoilerplateRules>(
      file.path, [&] { return FromYamlUnguarded(file, tokenizer); });
}

StatusOr<BoilerplateRules> BoilerplateRules::FromYamlUnguarded(
    const YamlFile& file, const Tokenizer& tokenizer) {
  BoilerplateRules rules;
  if (Status known = CheckKnownKeys(
          file, file.root,
          {"line_starts_with", "line_equals", "section_starts", "trailing_headlines",
           "trailing_tags"});
      !known.ok()) {
    return known;
  }
  // The phrases under `key` of `map`, each reported as the rule `rule`.
  const auto read_phrases = [&](const YAML::Node& map, const char* key, const char* rule,
                                std::vector<Phrase>* out) -> Status {
    for (const YAML::Node& entry : map[key]) {
      Phrase phrase;
      if (entry.IsMap()) {
        if (Status known = CheckKnownKeys(file, entry, {"text", "whole_word"});
            !known.ok()) {
          return known;
        }
        phrase.whole_word = entry["whole_word"].as<bool>(true);
      }
      // yaml-cpp assignment rebinds the shared node, so pick by construction.
      const YAML::Node text_node = entry.IsMap() ? entry["text"] : entry;
      if (!text_node || !text_node.IsScalar()) {
        return RuleErrorAt(file, entry, "expected a phrase");
      }
      for (const std::string& word : tokenizer.NormalizedWords(text_node.Scalar())) {
        if (!phrase.normalized.empty()) phrase.normalized.push_back(' ');
        phrase.normalized += word;
      }
      if (phrase.normalized.empty()) {
        return RuleErrorAt(file, entry, "phrase has no words");
      }
      phrase.rule = std::string(rule) + ": " + text_node.Scalar();
      out->push_back(std::move(phrase));
    }
    return Status::Ok();
  };
  for (const auto& [key, out] :
       {std::pair{"line_starts_with", &rules.line_prefixes_},
        std::pair{"line_equals", &rules.line_equals_},
        std::pair{"section_starts", &rules.section_starts_}}) {
    if (Status status = read_phrases(file.root, key, key, out); !status.ok()) return status;
    for (const Phrase& phrase : *out) {
      rules.longest_phrase_bytes_ = std::max(rules.longest_phrase_bytes_, phrase.normalized.size());
    }
  }
  if (const YAML::Node trailing = file.root["trailing_headlines"]) {
    if (Status known = CheckKnownKeys(file, trailing, {"min_lines", "max_words"});
        !known.ok()) {
      return known;
    }
    rules.trailing_min_lines_ = trailing["min_lines"].as<int>(2);
    rules.trailing_max_words_ = trailing["max_words"].as<int>(14);
  }
  if (const YAML::Node tags = file.root["trailing_tags"]) {
    if (Status known = CheckKnownKeys(file, tags, {"words", "max_words"}); !known.ok()) {
      return known;
    }
    std::vector<Phrase> phrases;
    if (Status status = read_phrases(tags, "words", "trailing_tags", &phrases); !status.ok()) {
      return status;
    }
    for (Phrase& phrase : phrases) {
      TagWords& tag = rules.tag_words_.emplace_back();
      tag.rule = std::move(phrase.rule);
      for (size_t start = 0; start <= phrase.normalized.size();) {
        const size_t space = std::min(phrase.normalized.find(' ', start), phrase.normalized.size());
        tag.words.push_back(phrase.normalized.substr(start, space - start));
        start = space + 1;
      }
      rules.tag_phrase_words_ = std::max(rules.tag_phrase_words_, tag.words.size());
    }
    const int max_words = tags["max_words"].as<int>(20);
    if (max_words < 1) return RuleErrorAt(file, tags["max_words"], "max_words must be at least 1");
    rules.tags_max_words_ = static_cast<size_t>(max_words);
  }
  return rules;
}

std::string BoilerplateRules::MatchingPhrase(const std::string& text,
                                             Scope scope) const {
  if (scope == Scope::kRestOfDocument) {
    for (const Phrase& phrase : section_starts_) {
      if (text == phrase.normalized) return phrase.rule;
    }
    return "";
  }
  for (const Phrase& phrase : line_equals_) {
    if (text == phrase.normalized) return phrase.rule;
  }
  for (const Phrase& phrase : line_prefixes_) {
    if (text.compare(0, phrase.normalized.size(), phrase.normalized) != 0) continue;
    if (!phrase.whole_word || text.size() == phrase.normalized.size() ||
        text[phrase.normalized.size()] == ' ') {
      return phrase.rule;
    }
  }
  return "";
}

std::vector<std::string> BoilerplateRules::Classify(
    const std::vector<Line>& lines, const std::string& normalized) const {
  std::vector<std::string> rule_of_line(lines.size());
  std::string section_rule;
  std::string text;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].tokens.empty()) continue;
    LineText(lines[i], normalized, longest_phrase_bytes_ + 1, &text);
    if (section_rule.empty()) {
      section_rule = MatchingPhrase(text, Scope::kRestOfDocument);
    }
    rule_of_line[i] =
        section_rule.empty() ? MatchingPhrase(text, Scope::kLine) : section_rule;
  }
  if (trailing_min_lines_ == 0) return rule_of_line;
  // A related-articles list without a heading: the article's last lines are
  // short and none of them ends like a sentence.
  // The list must follow body text, or a document of bare headlines would
  // vanish whole.
  std::vector<size_t> headlines;
  bool follows_body = false;
  for (size_t i = lines.size(); i-- > 0;) {
    if (lines[i].tokens.empty() || !rule_of_line[i].empty()) continue;
    if (lines[i].ends_with_terminator ||
        lines[i].tokens.size() > static_cast<size_t>(trailing_max_words_)) {
      follows_body = true;
      break;
    }
    headlines.push_back(i);
  }
  if (follows_body &&
      headlines.size() >= static_cast<size_t>(trailing_min_lines_)) {
    for (size_t i : headlines) rule_of_line[i] = "trailing_headlines";
  }
  return rule_of_line;
}

std::optional<BoilerplateRules::Tags> BoilerplateRules::TrailingTags(
    const Line& line, const std::string& normalized) const {
  // A terminator among or after the tags would make them a sentence's end.
  if (tag_words_.empty() || line.ends_with_terminator || line.sentences.empty()) {
    return std::nullopt;
  }
  const size_t count = line.tokens.size();
  const auto word = [&](size_t token) {
    return std::string_view(normalized).substr(line.tokens[token].norm_start,
                                               line.tokens[token].norm_length);
  };
  // The tags' first word stands at most max_words words, and the words of
  // the longest phrase, before the end.
  const size_t reach = tags_max_words_ + tag_phrase_words_;
  const size_t from = std::max<size_t>(line.sentences.back().first_token,
                                       count > reach ? count - reach : 0);
  for (size_t first = from; first < count; ++first) {
    for (const TagWords& tag : tag_words_) {
      const size_t next = first + tag.words.size();
      if (next >= count || count - next > tags_max_words_) continue;
      size_t matched = 0;
      while (matched < tag.words.size() && word(first + matched) == tag.words[matched]) ++matched;
      if (matched == tag.words.size()) return Tags{first, tag.rule};
    }
  }
  return std::nullopt;
}

}  // namespace akhbar
