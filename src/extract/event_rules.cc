#include "extract/event_rules.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "extract/utf8.h"

namespace akhbar {
namespace {

constexpr size_t kMaxGapLimit = 10;
constexpr int kMaxSpeechWords = 40;

bool IsStableId(const std::string& id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
                  c == '-' || c == '.';
         });
}

bool IsGapMark(std::string_view word) { return word == "…" || word == "..."; }

std::vector<std::string> SplitOnSpaces(const std::string& text) {
  std::vector<std::string> words;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t start = text.find_first_not_of(" \t", pos);
    if (start == std::string::npos) break;
    const size_t end = std::min(text.find_first_of(" \t", start), text.size());
    words.push_back(text.substr(start, end - start));
    pos = end;
  }
  return words;
}

// "احتجاج*" -> prefix word, "…" -> gap, anything else -> exact word.
StatusOr<std::vector<TriggerWord>> ParsePattern(const YamlFile& file,
                                                const YAML::Node& node,
                                                const std::string& pattern,
                                                const Tokenizer& tokenizer) {
  std::vector<TriggerWord> words;
  for (std::string written : SplitOnSpaces(pattern)) {
    if (IsGapMark(written)) {
      if (words.empty() || words.back().kind == TriggerWordKind::kGap) {
        return RuleErrorAt(file, node, "a gap (…) must follow a word");
      }
      words.push_back(TriggerWord{TriggerWordKind::kGap, ""});
      continue;
    }
    TriggerWordKind kind = TriggerWordKind::kExact;
    if (written.ends_with('*')) {
      kind = TriggerWordKind::kPrefix;
      written.pop_back();
    }
    if (written.find('*') != std::string::npos) {
      return RuleErrorAt(file, node, "* may only end a word");
    }
    const std::vector<std::string> normalized = tokenizer.NormalizedWords(written);
    if (normalized.size() != 1) {
      return RuleErrorAt(file, node,
                         "'" + written + "' is not one word once normalized");
    }
    words.push_back(TriggerWord{kind, normalized[0]});
  }
  if (words.empty()) return RuleErrorAt(file, node, "empty trigger");
  if (words.back().kind == TriggerWordKind::kGap) {
    return RuleErrorAt(file, node, "a gap (…) must be followed by a word");
  }
  return words;
}

StatusOr<std::vector<std::string>> ReadSuffixes(const YamlFile& file,
                                                const YAML::Node& node,
                                                const Tokenizer& tokenizer) {
  StatusOr<std::vector<std::string>> written = ReadStringList(file, node, "suffixes");
  if (!written.ok()) return written.status();
  if (written->empty()) return RuleErrorAt(file, node, "'suffixes' is empty");
  std::vector<std::string> suffixes;
  for (const std::string& suffix : *written) {
    const std::vector<std::string> normalized = tokenizer.NormalizedWords(suffix);
    if (normalized.size() > 1) {
      return RuleErrorAt(file, node["suffixes"], "'" + suffix + "' is not one ending");
    }
    suffixes.push_back(normalized.empty() ? std::string() : normalized[0]);
  }
  return suffixes;
}

std::string PatternKey(const std::vector<TriggerWord>& words) {
  std::string key;
  for (const TriggerWord& word : words) {
    if (!key.empty()) key += ' ';
    key += word.kind == TriggerWordKind::kGap ? "…" : word.normalized;
    if (word.kind == TriggerWordKind::kPrefix) key += '*';
  }
  return key;
}

StatusOr<EventType> ReadType(const YamlFile& file, const YAML::Node& node) {
  if (!node.IsMap()) return RuleErrorAt(file, node, "an event type must be a mapping");
  if (Status known = CheckKnownKeys(file, node,
                                    {"id", "label", "cameo", "same_event_within_days",
                                     "same_event_through", "becomes", "sides", "object_links",
                                     "triggers", "verbs", "note"});
      !known.ok()) {
    return known;
  }
  EventType type;
  type.defined_at = Where(file, node);
  StatusOr<std::string> id = ReadString(file, node, "id");
  if (!id.ok()) return id.status();
  if (!IsStableId(*id)) {
    return RuleErrorAt(file, node["id"],
                       "id must be lowercase ASCII letters, digits, _ - or .");
  }
  type.id = *id;
  if (const YAML::Node label = node["label"]) {
    if (!label.IsMap()) return RuleErrorAt(file, label, "label must be {en: ..., ar: ...}");
    if (Status known = CheckKnownKeys(file, label, {"en", "ar"}); !known.ok()) return known;
    if (label["en"]) {
      StatusOr<std::string> en = ReadString(file, label, "en");
      if (!en.ok()) return en.status();
      type.label_en = *en;
    }
    if (label["ar"]) {
      StatusOr<std::string> ar = ReadString(file, label, "ar");
      if (!ar.ok()) return ar.status();
      type.label_ar = *ar;
    }
  }
  if (type.label_en.empty()) type.label_en = type.id;
  if (type.label_ar.empty()) type.label_ar = type.label_en;
  if (node["cameo"]) {
    StatusOr<std::string> cameo = ReadString(file, node, "cameo");
    if (!cameo.ok()) return cameo.status();
    if (cameo->empty() || !std::all_of(cameo->begin(), cameo->end(),
                                       [](char c) { return c >= '0' && c <= '9'; })) {
      return RuleErrorAt(file, node["cameo"], "cameo must be a quoted string of digits");
    }
    type.cameo = *cameo;
  }
  if (const YAML::Node days = node["same_event_within_days"]) {
    int value = -1;
    if (!days.IsScalar() || !YAML::convert<int>::decode(days, value) || value < 0) {
      return RuleErrorAt(file, days, "same_event_within_days must be a whole number >= 0");
    }
    type.same_event_within_days = value;
  }
  if (const YAML::Node through = node["same_event_through"]) {
    if (!type.same_event_within_days) {
      return RuleErrorAt(file, through, "same_event_through needs same_event_within_days");
    }
    if (!through.IsSequence() || through.size() == 0) {
      return RuleErrorAt(file, through, "same_event_through must be a list of entity types");
    }
    for (const YAML::Node& kind : through) {
      if (!kind.IsScalar()) {
        return RuleErrorAt(file, kind, "same_event_through must be a list of entity types");
      }
      const std::optional<EntityType> known = EntityTypeNamed(kind.Scalar());
      // The name is the whole of what is wrong: the names that could stand
      // there help more than quoting it twice.
      if (!known) {
        return RuleError(Where(file, kind) + ": unknown entity type '" + kind.Scalar() +
                         "' in same_event_through (known: " + std::string(kEntityTypeNames) +
                         ")");
      }
      type.same_event_through.push_back(*known);
    }
  }
  if (const YAML::Node sides = node["sides"]) {
    if (!sides.IsSequence()) {
      return RuleErrorAt(file, sides, "sides must be a list: [actor, target]");
    }
    type.gives_actor = false;
    type.gives_target = false;
    for (const YAML::Node& side : sides) {
      if (side.IsScalar() && side.Scalar() == "actor") {
        type.gives_actor = true;
      } else if (side.IsScalar() && side.Scalar() == "target") {
        type.gives_target = true;
      } else if (side.IsScalar() && side.Scalar() == "linked_target") {
        type.gives_target = true;
        type.linked_targets = true;
      } else if (side.IsScalar() && side.Scalar() == "stated_actor") {
        type.gives_actor = true;
        type.stated_actors = true;
      } else {
        return RuleErrorAt(file, side,
                           "a side is actor, stated_actor, target or linked_target");
      }
    }
  }
  return type;
}

// The list of entries under `key` of `map`, each normalized into its words,
// into *phrases (left empty when the key is absent): phrases of one or more
// words, or of exactly one where `one_word`; `entry` names one in messages.
Status ReadPhrases(const YamlFile& file, const YAML::Node& map, const char* key,
                   const std::string& entry, const Tokenizer& tokenizer, bool one_word,
                   std::vector<std::vector<std::string>>* phrases) {
  const YAML::Node list = map[key];
  if (!list) return Status::Ok();
  if (!list.IsSequence()) {
    // Appended, not added up: GCC 12 warns of an overlap in "'" + key.
    return RuleErrorAt(file, list,
                       std::string(1, '\'').append(key).append("' must be a list of ").append(
                           one_word ? "words" : "phrases"));
  }
  for (const YAML::Node& phrase : list) {
    std::vector<std::string> words =
        phrase.IsScalar() ? tokenizer.NormalizedWords(phrase.Scalar()) : std::vector<std::string>();
    if (words.empty() || (one_word && words.size() != 1)) {
      return RuleErrorAt(file, phrase,
                         entry + (one_word ? " must be one word" : " must have words"));
    }
    phrases->push_back(std::move(words));
  }
  return Status::Ok();
}

// The list of one-word entries under `key` of `map`, normalized, into *words.
Status ReadWords(const YamlFile& file, const YAML::Node& map, const char* key,
                 const std::string& entry, const Tokenizer& tokenizer,
                 std::vector<std::string>* words) {
  std::vector<std::vector<std::string>> phrases;
  if (Status read = ReadPhrases(file, map, key, entry, tokenizer, true, &phrases); !read.ok()) {
    return read;
  }
  for (std::vector<std::string>& phrase : phrases) words->push_back(std::move(phrase[0]));
  return Status::Ok();
}

// What a trigger entry asks of a word's place besides its spelling.
struct TriggerPlace {
  bool takes_article = true;
  bool clause_start = false;
  std::vector<std::string> after;
};

// A trigger entry: a pattern string, or {trigger: pattern, suffixes: [...],
// article: false, clause_start: [word, ...]}.
StatusOr<std::vector<std::vector<TriggerWord>>> ReadTrigger(const YamlFile& file,
                                                            const YAML::Node& node,
                                                            const Tokenizer& tokenizer,
                                                            TriggerPlace* place) {
  *place = TriggerPlace{};
  if (node.IsScalar()) {
    StatusOr<std::vector<TriggerWord>> words =
        ParsePattern(file, node, node.Scalar(), tokenizer);
    if (!words.ok()) return words.status();
    return std::vector<std::vector<TriggerWord>>{std::move(*words)};
  }
  if (!node.IsMap()) {
    return RuleErrorAt(file, node, "a trigger must be a pattern or {trigger:, suffixes:}");
  }
  if (Status known =
          CheckKnownKeys(file, node, {"trigger", "suffixes", "article", "clause_start"});
      !known.ok()) {
    return known;
  }
  if (const YAML::Node article = node["article"]) {
    if (!article.IsScalar() || (article.Scalar() != "true" && article.Scalar() != "false")) {
      return RuleErrorAt(file, article, "'article' must be true or false");
    }
    place->takes_article = article.Scalar() == "true";
  }
  if (node["clause_start"]) {
    place->clause_start = true;
    if (Status read = ReadWords(file, node, "clause_start", "a word", tokenizer, &place->after);
        !read.ok()) {
      return read;
    }
  }
  StatusOr<std::string> pattern = ReadString(file, node, "trigger");
  if (!pattern.ok()) return pattern.status();
  StatusOr<std::vector<TriggerWord>> words =
      ParsePattern(file, node["trigger"], *pattern, tokenizer);
  if (!words.ok()) return words.status();
  if (!node["suffixes"]) return std::vector<std::vector<TriggerWord>>{std::move(*words)};
  if ((*words)[0].kind != TriggerWordKind::kExact) {
    return RuleErrorAt(file, node, "suffixes need a first word without *");
  }
  StatusOr<std::vector<std::string>> suffixes = ReadSuffixes(file, node, tokenizer);
  if (!suffixes.ok()) return suffixes.status();
  std::vector<std::vector<TriggerWord>> spellings;
  for (const std::string& suffix : *suffixes) {
    std::vector<TriggerWord> spelling = *words;
    spelling[0].normalized += suffix;
    spellings.push_back(std::move(spelling));
  }
  return spellings;
}

// Reads `node`'s `key`, where given: a whole number from `least` to
// kMaxSpeechWords.
Status ReadWordCount(const YamlFile& file, const YAML::Node& node, const char* key, int least,
                     size_t* count) {
  const YAML::Node words = node[key];
  if (!words) return Status::Ok();
  int value = -1;
  if (!words.IsScalar() || !YAML::convert<int>::decode(words, value) || value < least ||
      value > kMaxSpeechWords) {
    return RuleErrorAt(file, words,
                       std::string(key) + " must be a whole number from " +
                           std::to_string(least) + " to " + std::to_string(kMaxSpeechWords));
  }
  *count = static_cast<size_t>(value);
  return Status::Ok();
}

// Reads `node`'s max_words and max_words_before, where given.
Status ReadWordCounts(const YamlFile& file, const YAML::Node& node, int least, size_t* max_words,
                      size_t* max_words_before) {
  if (Status read = ReadWordCount(file, node, "max_words", least, max_words); !read.ok()) {
    return read;
  }
  return ReadWordCount(file, node, "max_words_before", least, max_words_before);
}

// negated_quantifiers: {words: [أي, أية], within: 4}.
StatusOr<NegatedQuantifierRules> ReadNegatedQuantifiers(const YamlFile& file,
                                                        const YAML::Node& node,
                                                        const Tokenizer& tokenizer) {
  if (!node.IsMap()) {
    return RuleErrorAt(file, node, "'negated_quantifiers' must be a mapping with 'words'");
  }
  if (Status known = CheckKnownKeys(file, node, {"words", "within"}); !known.ok()) return known;
  NegatedQuantifierRules rules;
  if (Status read = ReadWords(file, node, "words", "a quantifier", tokenizer, &rules.words);
      !read.ok()) {
    return read;
  }
  if (Status read = ReadWordCount(file, node, "within", 0, &rules.within); !read.ok()) {
    return read;
  }
  return rules;
}

// reported_speech's noun_reports: a list of {link: ب, verbs: [أفاد, ...]}.
Status ReadNounReports(const YamlFile& file, const YAML::Node& speech, const Tokenizer& tokenizer,
                       std::vector<ReportedSpeechRules::NounReport>* reports) {
  const YAML::Node list = speech["noun_reports"];
  if (!list) return Status::Ok();
  if (!list.IsSequence()) {
    return RuleErrorAt(file, list, "'noun_reports' must be a list of {link, verbs}");
  }
  for (const YAML::Node& entry : list) {
    if (!entry.IsMap()) return RuleErrorAt(file, entry, "a noun report must be {link, verbs}");
    if (reports->size() == kMaxNounReports) {
      return RuleErrorAt(file, entry,
                         "at most " + std::to_string(kMaxNounReports) + " noun reports");
    }
    if (Status known = CheckKnownKeys(file, entry, {"link", "verbs"}); !known.ok()) return known;
    const YAML::Node link = entry["link"];
    const std::vector<std::string> words =
        link && link.IsScalar() ? tokenizer.NormalizedWords(link.Scalar())
                                : std::vector<std::string>();
    if (words.size() != 1) {
      return RuleErrorAt(file, link ? link : entry, "a noun report's link must be one word");
    }
    ReportedSpeechRules::NounReport& report = reports->emplace_back();
    report.link = words[0];
    report.glued = CountCodePoints(report.link) == 1;
    if (Status read = ReadWords(file, entry, "verbs", "a verb", tokenizer, &report.verbs);
        !read.ok()) {
      return read;
    }
    if (report.verbs.empty()) return RuleErrorAt(file, entry, "a noun report needs verbs");
  }
  return Status::Ok();
}

StatusOr<ReportedSpeechRules> ReadReportedSpeech(const YamlFile& file, const YAML::Node& speech,
                                                 const Tokenizer& tokenizer) {
  if (!speech.IsMap()) {
    return RuleErrorAt(file, speech,
                       "'reported_speech' must be a mapping with 'verbs' and 'openers'");
  }
  if (Status known = CheckKnownKeys(
          file, speech,
          {"verbs", "continuing", "openers", "subject_openers", "not_openers_after",
           "speaker_ends_before", "noun_reports", "attributions", "max_words",
           "max_words_before"});
      !known.ok()) {
    return known;
  }
  ReportedSpeechRules rules;
  for (const auto& [key, entry, words] :
       {std::tuple{"verbs", "a reporting verb", &rules.verbs},
        std::tuple{"continuing", "a continuing verb", &rules.continuing},
        std::tuple{"openers", "an opener", &rules.openers},
        std::tuple{"subject_openers", "a subject opener", &rules.subject_openers},
        std::tuple{"not_openers_after", "a word before no opener", &rules.not_openers_after},
        std::tuple{"speaker_ends_before", "a word that ends the speaker",
                   &rules.speaker_ends_before}}) {
    if (Status read = ReadWords(file, speech, key, entry, tokenizer, words); !read.ok()) {
      return read;
    }
  }
  if (Status read = ReadNounReports(file, speech, tokenizer, &rules.noun_reports); !read.ok()) {
    return read;
  }
  if (Status read = ReadPhrases(file, speech, "attributions", "an attribution", tokenizer, false,
                                &rules.attributions);
      !read.ok()) {
    return read;
  }
  if (rules.attributions.size() > kMaxAttributions) {
    return RuleErrorAt(file, speech["attributions"][kMaxAttributions],
                       "at most " + std::to_string(kMaxAttributions) + " attributions");
  }
  if (rules.verbs.empty() || (rules.openers.empty() && rules.subject_openers.empty())) {
    return RuleErrorAt(file, speech, "'reported_speech' needs 'verbs' and 'openers'");
  }
  if (Status read = ReadWordCounts(file, speech, 1, &rules.max_words, &rules.max_words_before);
      !read.ok()) {
    return read;
  }
  return rules;
}

// `map`'s list `key`, where given: ids of `types`.
Status ReadTypeIds(const YamlFile& file, const YAML::Node& map, const char* key,
                   const std::vector<EventType>& types, std::vector<std::string>* ids) {
  const YAML::Node list = map[key];
  if (!list) return Status::Ok();
  if (!list.IsSequence()) {
    return RuleErrorAt(
        file, list, std::string(1, '\'').append(key).append("' must be a list of event type ids"));
  }
  for (const YAML::Node& id : list) {
    const bool known_type = id.IsScalar() && std::ranges::any_of(types, [&](const EventType& type) {
                              return type.id == id.Scalar();
                            });
    if (!known_type) return RuleErrorAt(file, id, "not an event type of this file");
    ids->push_back(id.Scalar());
  }
  return Status::Ok();
}

// A type's `becomes`: a list of {type: shooting_order, after: [أمر, ...],
// within: 8}, whose types are other types of this file.
Status ReadConversions(const YamlFile& file, const YAML::Node& node, const Tokenizer& tokenizer,
                       const std::vector<EventType>& types, size_t type_index,
                       std::vector<TypeConversion>* conversions) {
  const YAML::Node list = node["becomes"];
  if (!list) return Status::Ok();
  if (!list.IsSequence() || list.size() == 0) {
    return RuleErrorAt(file, list, "'becomes' must be a list of {type, after, within}");
  }
  for (const YAML::Node& entry : list) {
    if (!entry.IsMap() || !entry["type"] || !entry["after"] || !entry["within"]) {
      return RuleErrorAt(file, entry, "a becomes entry must be {type, after, within}");
    }
    if (Status known = CheckKnownKeys(file, entry, {"type", "after", "within"}); !known.ok()) {
      return known;
    }
    const YAML::Node id = entry["type"];
    const auto known_type = std::ranges::find_if(types, [&](const EventType& type) {
      return id.IsScalar() && type.id == id.Scalar();
    });
    if (known_type == types.end()) return RuleErrorAt(file, id, "not an event type of this file");
    TypeConversion& conversion = conversions->emplace_back();
    conversion.type = static_cast<size_t>(known_type - types.begin());
    if (conversion.type == type_index) {
      return RuleErrorAt(file, id, "an event type cannot become itself");
    }
    if (Status read = ReadWords(file, entry, "after", "a word of becomes", tokenizer,
                                &conversion.after);
        !read.ok()) {
      return read;
    }
    if (conversion.after.empty()) return RuleErrorAt(file, entry["after"], "'after' needs words");
    if (Status read = ReadWordCount(file, entry, "within", 1, &conversion.within); !read.ok()) {
      return read;
    }
  }
  return Status::Ok();
}

// verb_subjects' stance_verbs_for: a list of {types: [killing], verbs: [أعلن]}.
Status ReadTypeStanceVerbs(const YamlFile& file, const YAML::Node& subjects,
                           const Tokenizer& tokenizer, const std::vector<EventType>& types,
                           std::vector<VerbSubjectRules::TypeStanceVerbs>* lists) {
  const YAML::Node list = subjects["stance_verbs_for"];
  if (!list) return Status::Ok();
  if (!list.IsSequence()) {
    return RuleErrorAt(file, list, "'stance_verbs_for' must be a list of {types, verbs}");
  }
  for (const YAML::Node& entry : list) {
    if (!entry.IsMap() || !entry["types"] || !entry["verbs"]) {
      return RuleErrorAt(file, entry, "a stance_verbs_for entry must be {types, verbs}");
    }
    if (Status known = CheckKnownKeys(file, entry, {"types", "verbs"}); !known.ok()) return known;
    VerbSubjectRules::TypeStanceVerbs& stance = lists->emplace_back();
    if (Status read = ReadTypeIds(file, entry, "types", types, &stance.types); !read.ok()) {
      return read;
    }
    if (Status read = ReadWords(file, entry, "verbs", "a verb of stance", tokenizer,
                                &stance.verbs);
        !read.ok()) {
      return read;
    }
  }
  return Status::Ok();
}

StatusOr<VerbSubjectRules> ReadVerbSubjects(const YamlFile& file, const YAML::Node& subjects,
                                            const Tokenizer& tokenizer,
                                            const std::vector<EventType>& types) {
  if (!subjects.IsMap()) {
    return RuleErrorAt(file, subjects, "'verb_subjects' must be a mapping with 'stop_words'");
  }
  if (Status known =
          CheckKnownKeys(file, subjects,
                         {"max_words", "max_words_before", "stop_words", "titles",
                          "title_adjectives", "relatives", "subject_pronouns",
                          "subject_particles", "plural_endings", "object_pronouns", "stance_verbs",
                          "stance_verbs_for", "adjuncts", "means_types", "means_links",
                          "means_not_after"});
      !known.ok()) {
    return known;
  }
  VerbSubjectRules rules;
  for (const auto& [key, entry, words] :
       {std::tuple{"stop_words", "a stop word", &rules.stop_words},
        std::tuple{"title_adjectives", "a title's adjective", &rules.title_adjectives},
        std::tuple{"relatives", "a relative pronoun", &rules.relatives},
        std::tuple{"subject_pronouns", "a subject pronoun", &rules.subject_pronouns},
        std::tuple{"subject_particles", "a subject particle", &rules.subject_particles},
        std::tuple{"plural_endings", "a plural ending", &rules.plural_endings},
        std::tuple{"object_pronouns", "an object pronoun", &rules.object_pronouns},
        std::tuple{"stance_verbs", "a verb of stance", &rules.stance_verbs},
        std::tuple{"adjuncts", "an adjunct link", &rules.adjuncts},
        std::tuple{"means_links", "a link of means", &rules.means_links},
        std::tuple{"means_not_after", "a word of doing", &rules.means_not_after}}) {
    if (Status read = ReadWords(file, subjects, key, entry, tokenizer, words); !read.ok()) {
      return read;
    }
  }
  if (Status read = ReadPhrases(file, subjects, "titles", "a title", tokenizer, false,
                                &rules.titles);
      !read.ok()) {
    return read;
  }
  if (Status read =
          ReadTypeStanceVerbs(file, subjects, tokenizer, types, &rules.stance_verbs_for);
      !read.ok()) {
    return read;
  }
  if (Status read = ReadTypeIds(file, subjects, "means_types", types, &rules.means_types);
      !read.ok()) {
    return read;
  }
  if (Status read =
          ReadWordCounts(file, subjects, 0, &rules.max_words, &rules.max_words_before);
      !read.ok()) {
    return read;
  }
  return rules;
}

StatusOr<SubordinatorRules> ReadSubordinators(const YamlFile& file, const YAML::Node& node,
                                              const Tokenizer& tokenizer) {
  if (!node.IsMap()) {
    return RuleErrorAt(file, node, "'subordinators' must be a mapping with 'words'");
  }
  if (Status known = CheckKnownKeys(
          file, node,
          {"words", "not_after", "adverbial", "marks", "conjunctions", "aside_pronouns"});
      !known.ok()) {
    return known;
  }
  SubordinatorRules rules;
  for (const auto& [key, entry, words] :
       {std::tuple{"words", "a subordinator", &rules.words},
        std::tuple{"not_after", "a word of time", &rules.not_after},
        std::tuple{"adverbial", "a word that opens an adverbial clause", &rules.adverbial},
        std::tuple{"conjunctions", "a conjunction", &rules.conjunctions},
        std::tuple{"aside_pronouns", "a pronoun", &rules.aside_pronouns}}) {
    if (Status read = ReadWords(file, node, key, entry, tokenizer, words); !read.ok()) {
      return read;
    }
  }
  StatusOr<std::vector<std::string>> marks = ReadStringList(file, node, "marks");
  if (!marks.ok()) return marks.status();
  // An empty mark would stand between any two words.
  if (std::ranges::any_of(*marks, &std::string::empty)) {
    const YAML::Node list = node["marks"];
    const auto empty = std::ranges::find_if(
        list, [](const YAML::Node& item) { return item.Scalar().empty(); });
    return RuleErrorAt(file, empty != list.end() ? *empty : list,
                       "'marks' entries must not be empty");
  }
  rules.marks = std::move(*marks);
  return rules;
}

StatusOr<PluperfectRules> ReadPluperfect(const YamlFile& file, const YAML::Node& node,
                                         const Tokenizer& tokenizer) {
  if (!node.IsMap()) {
    return RuleErrorAt(file, node,
                       "'pluperfect' must be a mapping with 'auxiliaries' and 'particles'");
  }
  if (Status known = CheckKnownKeys(file, node, {"auxiliaries", "particles", "max_words"});
      !known.ok()) {
    return known;
  }
  PluperfectRules rules;
  for (const auto& [key, entry, words] :
       {std::tuple{"auxiliaries", "an auxiliary", &rules.auxiliaries},
        std::tuple{"particles", "a particle", &rules.particles}}) {
    if (Status read = ReadWords(file, node, key, entry, tokenizer, words); !read.ok()) {
      return read;
    }
  }
  if (rules.auxiliaries.empty() || rules.particles.empty()) {
    return RuleErrorAt(file, node, "'pluperfect' needs 'auxiliaries' and 'particles'");
  }
  if (Status read = ReadWordCount(file, node, "max_words", 1, &rules.max_words); !read.ok()) {
    return read;
  }
  return rules;
}

StatusOr<OwnerAdjectiveRules> ReadOwnerAdjectives(const YamlFile& file, const YAML::Node& owners,
                                                  const Tokenizer& tokenizer,
                                                  const std::vector<EventType>& types) {
  if (!owners.IsMap()) {
    return RuleErrorAt(file, owners, "'owner_adjectives' must be a mapping with 'endings'");
  }
  if (Status known = CheckKnownKeys(file, owners,
                                    {"endings", "not_after_types", "genitive_types",
                                     "actor_genitive_types", "genitive_links",
                                     "object_markers"});
      !known.ok()) {
    return known;
  }
  OwnerAdjectiveRules rules;
  if (Status read = ReadWords(file, owners, "endings", "an ending", tokenizer, &rules.endings);
      !read.ok()) {
    return read;
  }
  if (Status read = ReadTypeIds(file, owners, "not_after_types", types, &rules.not_after_types);
      !read.ok()) {
    return read;
  }
  for (const auto& [key, ids] :
       {std::pair{"genitive_types", &rules.genitive_types},
        std::pair{"actor_genitive_types", &rules.actor_genitive_types}}) {
    if (Status read = ReadTypeIds(file, owners, key, types, ids); !read.ok()) return read;
  }
  if (Status read = ReadWords(file, owners, "genitive_links", "a genitive link", tokenizer,
                              &rules.genitive_links);
      !read.ok()) {
    return read;
  }
  if (Status read = ReadWords(file, owners, "object_markers", "an object marker", tokenizer,
                              &rules.object_markers);
      !read.ok()) {
    return read;
  }
  for (const auto& [key, entry, letters] :
       {std::tuple{"genitive_links", "a genitive link", &rules.genitive_links},
        std::tuple{"object_markers", "an object marker", &rules.object_markers}}) {
    for (size_t i = 0; i < letters->size(); ++i) {
      if (CountCodePoints((*letters)[i]) != 1) {
        return RuleErrorAt(file, owners[key][i], std::string(entry) + " must be one letter");
      }
    }
  }
  return rules;
}

}  // namespace

StatusOr<EventRules> EventRules::FromYaml(const YamlFile& file, const Tokenizer& tokenizer) {
  return CatchYamlErrors<EventRules>(file.path,
                                     [&] { return FromYamlUnguarded(file, tokenizer); });
}

StatusOr<EventRules> EventRules::FromYamlUnguarded(const YamlFile& file,
                                                   const Tokenizer& tokenizer) {
  if (!file.root.IsMap()) {
    return RuleErrorAt(file, file.root, "events.yaml must be a mapping with 'types'");
  }
  if (Status known =
          CheckKnownKeys(file, file.root,
                         {"max_gap", "max_role_words", "types", "not_triggers", "negations",
                          "negated_quantifiers",
                          "reported_speech", "verb_subjects", "locatives", "place_nouns",
                          "prepositions", "preposition_verbs", "force_nouns", "target_links",
                          "glued_locatives", "agents",
                          "sources", "patrons",
                          "owner_adjectives", "dateline_dashes", "subordinators",
                          "pluperfect"});
      !known.ok()) {
    return known;
  }
  EventRules rules;
  if (const YAML::Node gap = file.root["max_gap"]) {
    int value = -1;
    if (!gap.IsScalar() || !YAML::convert<int>::decode(gap, value) || value < 0 ||
        static_cast<size_t>(value) > kMaxGapLimit) {
      return RuleErrorAt(file, gap,
                         "max_gap must be a whole number from 0 to " +
                             std::to_string(kMaxGapLimit));
    }
    rules.max_gap_ = static_cast<size_t>(value);
  }
  if (const YAML::Node words = file.root["max_role_words"]) {
    int value = -1;
    if (!words.IsScalar() || !YAML::convert<int>::decode(words, value) || value < 0) {
      return RuleErrorAt(file, words, "max_role_words must be a whole number from 0");
    }
    rules.max_role_words_ = static_cast<size_t>(value);
  }
  const YAML::Node types = file.root["types"];
  if (!types || !types.IsSequence()) {
    return RuleErrorAt(file, file.root, "'types' must be a list of event types");
  }
  std::map<std::string, std::string> defined;  // pattern key -> where
  for (const YAML::Node& node : types) {
    StatusOr<EventType> type = ReadType(file, node);
    if (!type.ok()) return type.status();
    if (const EventType* existing = rules.Find(type->id)) {
      return RuleErrorAt(file, node["id"], "duplicate id '" + type->id +
                                               "' (first defined at " +
                                               existing->defined_at + ")");
    }
    const YAML::Node triggers = node["triggers"];
    const YAML::Node verbs = node["verbs"];
    for (const YAML::Node& list : {triggers, verbs}) {
      if (list && !list.IsSequence()) {
        return RuleErrorAt(file, list, "'triggers' and 'verbs' must be lists of triggers");
      }
    }
    if ((!triggers || triggers.size() == 0) && (!verbs || verbs.size() == 0)) {
      return RuleErrorAt(file, node, "event type '" + type->id + "' has no triggers");
    }
    const size_t type_index = rules.types_.size();
    rules.types_.push_back(std::move(*type));
    for (const auto& [list, verb] : {std::pair{triggers, false}, std::pair{verbs, true}}) {
      for (const YAML::Node& trigger : list) {
        TriggerPlace place;
        StatusOr<std::vector<std::vector<TriggerWord>>> spellings =
            ReadTrigger(file, trigger, tokenizer, &place);
        if (!spellings.ok()) return spellings.status();
        for (std::vector<TriggerWord>& words : *spellings) {
          const std::string where = Where(file, trigger);
          const auto [it, inserted] = defined.try_emplace(PatternKey(words), where);
          if (!inserted) {
            return RuleErrorAt(file, trigger, "trigger '" + it->first +
                                                  "' is already defined at " + it->second);
          }
          rules.patterns_.push_back(TriggerPattern{type_index, std::move(words), where, false,
                                                   verb, place.takes_article, place.clause_start,
                                                   place.after});
        }
      }
    }
  }
  for (size_t t = 0; t < rules.types_.size(); ++t) {
    std::vector<TypeConversion> conversions;
    if (Status read = ReadConversions(file, types[t], tokenizer, rules.types_, t, &conversions);
        !read.ok()) {
      return read;
    }
    rules.types_[t].becomes = std::move(conversions);
    if (Status read = ReadWords(file, types[t], "object_links", "an object link", tokenizer,
                                &rules.types_[t].object_links);
        !read.ok()) {
      return read;
    }
  }
  const YAML::Node not_triggers = file.root["not_triggers"];
  if (not_triggers && !not_triggers.IsSequence()) {
    return RuleErrorAt(file, not_triggers, "'not_triggers' must be a list of phrases");
  }
  for (const YAML::Node& phrase : not_triggers) {
    if (!phrase.IsScalar()) return RuleErrorAt(file, phrase, "a not_trigger must be a phrase");
    StatusOr<std::vector<TriggerWord>> words =
        ParsePattern(file, phrase, phrase.Scalar(), tokenizer);
    if (!words.ok()) return words.status();
    const std::string where = Where(file, phrase);
    const auto [it, inserted] = defined.try_emplace(PatternKey(*words), where);
    if (!inserted) {
      return RuleErrorAt(file, phrase, "'" + it->first + "' is already defined at " + it->second);
    }
    rules.patterns_.push_back(TriggerPattern{0, std::move(*words), where, true, false, true, false, {}});
  }
  for (const auto& [key, entry, words] :
       {std::tuple{"negations", "a negation", &rules.negations_},
        std::tuple{"locatives", "a locative", &rules.locatives_.locatives},
        std::tuple{"place_nouns", "a place noun", &rules.locatives_.place_nouns},
        std::tuple{"prepositions", "a preposition", &rules.locatives_.prepositions},
        std::tuple{"preposition_verbs", "a preposition that is a verb too",
                   &rules.locatives_.preposition_verbs},
        std::tuple{"force_nouns", "a force noun", &rules.locatives_.force_nouns},
        std::tuple{"target_links", "a target link", &rules.locatives_.target_links},
        std::tuple{"glued_locatives", "a glued locative", &rules.locatives_.glued_locatives}}) {
    if (Status read = ReadWords(file, file.root, key, entry, tokenizer, words); !read.ok()) {
      return read;
    }
  }
  if (const YAML::Node quantifiers = file.root["negated_quantifiers"]) {
    StatusOr<NegatedQuantifierRules> read =
        ReadNegatedQuantifiers(file, quantifiers, tokenizer);
    if (!read.ok()) return read.status();
    rules.negated_quantifiers_ = std::move(*read);
  }
  for (size_t i = 0; i < rules.locatives_.glued_locatives.size(); ++i) {
    if (CountCodePoints(rules.locatives_.glued_locatives[i]) != 1) {
      return RuleErrorAt(file, file.root["glued_locatives"][i],
                         "'glued_locatives' entries must be one letter");
    }
  }
  for (const auto& [key, entry, phrases] :
       {std::tuple{"agents", "an agent", &rules.locatives_.agents},
        std::tuple{"sources", "a source", &rules.locatives_.sources},
        std::tuple{"patrons", "a patron's word", &rules.locatives_.patrons}}) {
    if (Status read = ReadPhrases(file, file.root, key, entry, tokenizer, false, phrases);
        !read.ok()) {
      return read;
    }
  }
  StatusOr<std::vector<std::string>> dashes =
      ReadStringList(file, file.root, "dateline_dashes");
  if (!dashes.ok()) return dashes.status();
  rules.locatives_.dateline_dashes = std::move(*dashes);
  if (const YAML::Node speech = file.root["reported_speech"]) {
    StatusOr<ReportedSpeechRules> read = ReadReportedSpeech(file, speech, tokenizer);
    if (!read.ok()) return read.status();
    rules.reported_speech_ = std::move(*read);
  }
  if (const YAML::Node subjects = file.root["verb_subjects"]) {
    StatusOr<VerbSubjectRules> read = ReadVerbSubjects(file, subjects, tokenizer, rules.types_);
    if (!read.ok()) return read.status();
    rules.verb_subjects_ = std::move(*read);
  }
  if (const YAML::Node subordinators = file.root["subordinators"]) {
    StatusOr<SubordinatorRules> read = ReadSubordinators(file, subordinators, tokenizer);
    if (!read.ok()) return read.status();
    rules.subordinators_ = std::move(*read);
  }
  if (const YAML::Node pluperfect = file.root["pluperfect"]) {
    StatusOr<PluperfectRules> read = ReadPluperfect(file, pluperfect, tokenizer);
    if (!read.ok()) return read.status();
    rules.pluperfect_ = std::move(*read);
  }
  if (const YAML::Node owners = file.root["owner_adjectives"]) {
    StatusOr<OwnerAdjectiveRules> read =
        ReadOwnerAdjectives(file, owners, tokenizer, rules.types_);
    if (!read.ok()) return read.status();
    rules.owner_adjectives_ = std::move(*read);
  }
  return rules;
}

const EventType* EventRules::Find(std::string_view id) const {
  for (const EventType& type : types_) {
    if (type.id == id) return &type;
  }
  return nullptr;
}

}  // namespace akhbar
