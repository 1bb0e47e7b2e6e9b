// Page furniture ("اقرأ المزيد", share buttons, related-article lists):
// recognised by rules in rules/boilerplate.yaml and kept out of mentions,
// dates, events and co-mentions.
#ifndef AKHBAR_EXTRACT_BOILERPLATE_H_
#define AKHBAR_EXTRACT_BOILERPLATE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "extract/rule_yaml.h"
#include "extract/tokenizer.h"

namespace akhbar {

class BoilerplateRules {
 public:
  static StatusOr<BoilerplateRules> FromYaml(const YamlFile& file,
                                             const Tokenizer& tokenizer);

  // For each line, the name of the rule that makes it furniture, or "".
  std::vector<std::string> Classify(const std::vector<Line>& lines,
                                    const std::string& normalized) const;

  // Tags that end `line`, the document's last line of text (سمات إيران
  // عقوبات مجلس الأمن): their first token in line.tokens and the rule's name.
  struct Tags {
    size_t first_token = 0;
    std::string_view rule;
  };
  std::optional<Tags> TrailingTags(const Line& line, const std::string& normalized) const;

 private:
  static StatusOr<BoilerplateRules> FromYamlUnguarded(const YamlFile& file,
                                                      const Tokenizer& tokenizer);

  struct Phrase {
    std::string normalized;  // words joined by one space
    bool whole_word = true;
    std::string rule;
  };
  enum class Scope { kLine, kRestOfDocument };

  std::string MatchingPhrase(const std::string& line_text, Scope scope) const;

  std::vector<Phrase> line_prefixes_;
  std::vector<Phrase> line_equals_;
  std::vector<Phrase> section_starts_;
  struct TagWords {
    std::vector<std::string> words;  // normalized
    std::string rule;
  };
  std::vector<TagWords> tag_words_;  // trailing_tags' words
  size_t tags_max_words_ = 0;
  size_t tag_phrase_words_ = 0;  // of the longest of tag_words_
  size_t longest_phrase_bytes_ = 0;  // of the line lists
  int trailing_min_lines_ = 0;  // 0: trailing headline lists are not detected
  int trailing_max_words_ = 0;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_BOILERPLATE_H_
