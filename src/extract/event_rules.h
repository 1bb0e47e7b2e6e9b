// Event types and the trigger patterns that announce them, read from
// rules/events.yaml (the file's header explains the pattern syntax).
#ifndef AKHBAR_EXTRACT_EVENT_RULES_H_
#define AKHBAR_EXTRACT_EVENT_RULES_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "extract/rule_yaml.h"
#include "extract/tokenizer.h"

namespace akhbar {

struct EventType {
  std::string id;
  std::string label_en;
  std::string label_ar;
  std::string cameo;  // empty when the rule gives none
  // Reports that share a participant and whose dates meet within this many
  // days are one event; unset: every sentence is its own event.
  std::optional<int> same_event_within_days;
  std::string defined_at;  // file:line:column
};

enum class TriggerWordKind { kExact, kPrefix, kGap };

struct TriggerWord {
  TriggerWordKind kind = TriggerWordKind::kExact;
  std::string normalized;  // empty for a gap
};

// One spelling of a trigger: suffix sets are already expanded, so every
// pattern is a plain sequence of words.
struct TriggerPattern {
  size_t type = 0;  // index into EventRules::types()
  std::vector<TriggerWord> words;
  std::string defined_at;
  // One of not_triggers: a phrase that holds a trigger and announces no
  // event (الدعوة والإرشاد, "preaching and guidance", is no appeal). Matched
  // like a trigger, so that the longest match wins, and then passed over.
  bool not_an_event = false;
};

// Reported speech (events.yaml `reported_speech`), in normalized words: a
// reporting verb, the words that name who speaks, and an opener, after which
// the reported clause runs (قال أبليازوف إن نزارباييف فرّ). Who speaks
// reports the events of the clause and takes no part in them.
struct ReportedSpeechRules {
  std::vector<std::string> verbs;       // a new speaker: قال، أكدت، يرى
  std::vector<std::string> continuing;  // the last speaker goes on: مضيفا، مشيرة
  std::vector<std::string> openers;     // whole words: إن، بأن
  // Openers that name the clause's subject, the speaker: أنها in أعلنت
  // الشرطة أنها اعتقلت.
  std::vector<std::string> subject_openers;
  std::vector<std::string> not_openers_after;  // بعد أن، قبل أن open no speech
  size_t max_words = 16;  // from the verb to its opener
  // The words before a verb that name its speaker where none stand between
  // it and its opener (مكسيم سوشكوف، قال إن).
  size_t max_words_before = 6;
};

class EventRules {
 public:
  static StatusOr<EventRules> FromYaml(const YamlFile& file, const Tokenizer& tokenizer);

  const std::vector<EventType>& types() const { return types_; }
  const std::vector<TriggerPattern>& patterns() const { return patterns_; }
  // How many words a gap (…) may stand for.
  size_t max_gap() const { return max_gap_; }
  // Normalized words that deny the trigger right after them (لم، عدم، دون):
  // "لم يتهم" and "ليست دعوة" report no accusation and no appeal.
  const std::vector<std::string>& negations() const { return negations_; }
  const ReportedSpeechRules& reported_speech() const { return reported_speech_; }
  const EventType* Find(std::string_view id) const;

 private:
  std::vector<EventType> types_;
  std::vector<TriggerPattern> patterns_;
  size_t max_gap_ = 3;
  std::vector<std::string> negations_;
  ReportedSpeechRules reported_speech_;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_EVENT_RULES_H_
