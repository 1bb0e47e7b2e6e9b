#include "extract/rule_check.h"

#include <algorithm>
#include <map>

#include "extract/entity_catalog.h"
#include "extract/rule_set.h"
#include "extract/utf8.h"

namespace akhbar {
namespace {

void Add(RuleReport* report, RuleFinding::Severity severity, std::string message) {
  report->findings.push_back(RuleFinding{severity, std::move(message)});
}

// A multi-word name matches only across white space, so punctuation between
// its words means it can never match.
bool HasPunctuationBetweenWords(const std::string& name, const ArabicNormalizer& normalizer) {
  bool seen_word = false;
  bool punctuation_pending = false;
  for (size_t pos = 0; pos < name.size();) {
    char32_t code_point;
    int length = DecodeUtf8(name, pos, &code_point);
    if (length == 0) return false;
    const CharClass char_class = normalizer.Classify(code_point);
    if (IsWordClass(char_class)) {
      if (seen_word && punctuation_pending) return true;
      seen_word = true;
      punctuation_pending = false;
    } else if (char_class != CharClass::kSpace && code_point != '-') {
      punctuation_pending = true;
    }
    pos += length;
  }
  return false;
}

// Whether `phrase` holds one of the entity's names with more words around
// it: only then can it take a name's words from a longer match. Words are
// compared without their article, and an adjective's last word in any of its
// forms (الشاي المغربي، الأكلات المغربية).
bool HoldsANameWithinMoreWords(const std::vector<std::string>& phrase, const Entity& entity,
                               const Tokenizer& tokenizer, const Morphology& morphology) {
  const auto holds = [&](const std::string& name, bool adjective) {
    const std::vector<std::string> words = tokenizer.NormalizedWords(name);
    if (words.empty() || words.size() >= phrase.size()) return false;
    for (size_t start = 0; start + words.size() <= phrase.size(); ++start) {
      bool same = true;
      for (size_t w = 0; w < words.size() && same; ++w) {
        const std::string_view in_phrase = morphology.WithoutArticle(phrase[start + w]);
        const std::string_view in_name = morphology.WithoutArticle(words[w]);
        same = adjective && w + 1 == words.size() ? in_phrase.starts_with(in_name)
                                                  : in_phrase == in_name;
      }
      if (same) return true;
    }
    return false;
  };
  for (const auto* list : {&entity.names, &entity.titles, &entity.short_names}) {
    for (const std::string& name : *list) {
      if (holds(name, false)) return true;
    }
  }
  return std::any_of(entity.adjectives.begin(), entity.adjectives.end(),
                     [&](const std::string& adjective) { return holds(adjective, true); });
}

}  // namespace

size_t RuleReport::errors() const {
  return std::count_if(findings.begin(), findings.end(), [](const RuleFinding& f) {
    return f.severity == RuleFinding::Severity::kError;
  });
}

size_t RuleReport::warnings() const { return findings.size() - errors(); }

RuleReport CheckRules(const std::filesystem::path& directory,
                      const std::vector<std::filesystem::path>& extra_entity_files,
                      const std::filesystem::path& entity_cache_directory) {
  using Severity = RuleFinding::Severity;
  RuleReport report;
  // Each entity file alone first, so one broken file does not hide the others.
  StatusOr<std::vector<std::filesystem::path>> files = ListYamlFiles(directory / "entities");
  std::map<std::string, std::string> first_definition;  // id -> where
  if (files.ok()) {
    files->insert(files->end(), extra_entity_files.begin(), extra_entity_files.end());
    for (const auto& file : *files) {
      StatusOr<EntityCatalog> catalog = EntityCatalog::LoadFiles({file}, entity_cache_directory);
      if (!catalog.ok()) {
        Add(&report, Severity::kError, catalog.status().message());
        continue;
      }
      for (const Entity& entity : catalog->entities()) {
        const auto [it, inserted] = first_definition.emplace(entity.id, entity.defined_at);
        if (!inserted) {
          Add(&report, Severity::kError,
              entity.defined_at + ": duplicate id '" + entity.id + "' (first defined at " +
                  it->second + ")");
        }
      }
    }
  }
  StatusOr<std::unique_ptr<RuleSet>> rules =
      RuleSet::Load(directory, extra_entity_files, entity_cache_directory);
  if (!rules.ok()) {
    const std::string& message = rules.status().message();
    const bool already_reported =
        std::any_of(report.findings.begin(), report.findings.end(),
                    [&](const RuleFinding& f) { return f.message == message; }) ||
        message.find("duplicate id") != std::string::npos;
    if (!already_reported) Add(&report, Severity::kError, message);
    return report;
  }
  const EntityCatalog& catalog = (*rules)->entities();
  report.entities = catalog.entities().size();
  for (const Entity& entity : catalog.entities()) {
    report.names += entity.names.size() + entity.adjectives.size() + entity.titles.size() +
                    entity.short_names.size();
    for (const auto* list : {&entity.names, &entity.adjectives, &entity.titles,
                             &entity.short_names, &entity.not_in}) {
      for (const std::string& name : *list) {
        if (HasPunctuationBetweenWords(name, (*rules)->normalizer())) {
          Add(&report, Severity::kWarning,
              entity.defined_at + ": name '" + name + "' of '" + entity.id +
                  "' has punctuation between words and can never match");
        }
      }
    }
    for (const std::string& phrase : entity.not_in) {
      const std::vector<std::string> words = (*rules)->tokenizer().NormalizedWords(phrase);
      if (!words.empty() &&
          !HoldsANameWithinMoreWords(words, entity, (*rules)->tokenizer(),
                                     (*rules)->morphology())) {
        Add(&report, Severity::kWarning,
            entity.defined_at + ": '" + phrase + "' in not_in of '" + entity.id +
                "' holds none of its names within more words, and excludes nothing");
      }
    }
  }
  for (const std::string& empty : (*rules)->entity_matcher().empty_names()) {
    Add(&report, Severity::kError, "name normalizes to nothing: " + empty);
  }
  for (const NameConflict& conflict : (*rules)->entity_matcher().conflicts()) {
    const Entity* kept = catalog.Find(conflict.kept_entity);
    const Entity* dropped = catalog.Find(conflict.dropped_entity);
    Add(&report, Severity::kWarning,
        dropped->defined_at + ": ambiguous name '" + conflict.normalized_name +
            "' belongs to both '" + conflict.kept_entity + "' (" + kept->defined_at +
            ") and '" + conflict.dropped_entity + "'; '" + conflict.kept_entity +
            "' wins");
  }
  return report;
}

}  // namespace akhbar
