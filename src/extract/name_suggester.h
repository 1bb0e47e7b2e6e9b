// `akhbar rules suggest`: spellings and names the rules miss, from a corpus.
#ifndef AKHBAR_EXTRACT_NAME_SUGGESTER_H_
#define AKHBAR_EXTRACT_NAME_SUGGESTER_H_

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "base/status.h"
#include "extract/extraction.h"
#include "extract/rule_set.h"

namespace akhbar {

struct SpellingSuggestion {
  std::string entity;        // known entity id
  std::string known_name;    // the name it is close to (normalized)
  double cost = 0;           // weighted edit distance
  std::string spelling;      // as written (first occurrence, proclitics set aside)
  std::vector<std::string> variants;  // other written forms with the same matching form
  size_t count = 0;
  std::string example;       // a sentence where it occurs
};

struct UnknownNameSuggestion {
  std::string spelling;
  size_t count = 0;
  std::string reason;   // "ending ـوف" or "after الرئيس"
  std::string example;
};

struct Suggestions {
  std::vector<SpellingSuggestion> spellings;  // by entity, then count
  std::vector<UnknownNameSuggestion> unknown;  // by count
};

class NameSuggester {
 public:
  // Reads rules/suggest.yaml of the rule set's directory.
  static StatusOr<NameSuggester> Load(const RuleSet& rules);

  Suggestions Suggest(const std::vector<Document>& documents) const;

  // Weighted Damerau-Levenshtein distance between two normalized words.
  double Distance(std::u32string_view a, std::u32string_view b) const;

 private:
  explicit NameSuggester(const RuleSet& rules) : rules_(rules) {}
  static StatusOr<NameSuggester> LoadUnguarded(const RuleSet& rules, const YamlFile& file);
  double MaxCost(size_t letters) const;

  const RuleSet& rules_;
  std::map<std::pair<char32_t, char32_t>, double> confusions_;
  double edit_cost_ = 1.0;
  std::vector<std::pair<size_t, double>> max_cost_;  // min letters -> cost
  std::vector<std::u32string> name_endings_;
  size_t ending_min_letters_ = 6;
  std::vector<std::string> conjunctions_;  // normalized
  std::vector<std::vector<std::string>> titles_;  // normalized words
  std::vector<std::string> common_words_;         // normalized
  size_t min_count_ = 1;
};

// Ready-to-paste YAML, with counts and examples as comments.
std::string SuggestionsToYaml(const Suggestions& suggestions, const EntityCatalog& catalog);

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_NAME_SUGGESTER_H_
