// The subject of a verb that announces an event (events.yaml `verbs` and
// `verb_subjects`). Arabic puts it after the verb: in دعت فرنسا وألمانيا إلى
// وقف العنف France and Germany make the appeal, where a reading of names
// before the trigger as its actors and after it as its targets would have
// them receive it.
#ifndef AKHBAR_EXTRACT_VERB_SUBJECT_H_
#define AKHBAR_EXTRACT_VERB_SUBJECT_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/event_rules.h"
#include "extract/extraction.h"
#include "extract/morphology.h"
#include "extract/text_layout.h"
#include "extract/word_table.h"

namespace akhbar {

class VerbSubjectFinder {
 public:
  // A noun of one of `genitive_types` (events.yaml owner_adjectives) without
  // the article has the subject a verb would after it, through titles: in
  // تصريحات الرئيس المصري عبد الفتاح السيسي al-Sisi made the statements.
  VerbSubjectFinder(const VerbSubjectRules& rules, std::span<const std::string> genitive_types,
                    const Morphology& morphology);

  // Gives each verb among `events` (EventMention::verb) the names after it
  // that are its subject (subject_start, subject_end), within its clause and
  // before the next clause opens (EventMention::next_clause_start, which
  // DatingSpanFinder sets first):
  // the first name within max_words words, and the names joined to it by و
  // (or by a title: الرئيس الفرنسي إيمانويل ماكرون), up to a stop word or a
  // punctuation mark; adjectives alone (القوات الروسية) make no subject.
  // None where a name stands right before the verb (روسيا أرسلت قوات) or who
  // speaks acts (ReportedSpeech::speaker_acts), nor where one of
  // subject_pronouns stands right before it (هناك من يتهم إيران). Where a
  // relative pronoun stands right before it, the name right before the
  // pronoun is the subject, whatever governs it (حليفة لروسيا التي أرسلت
  // قوات), and otherwise none. A noun after one of stance_verbs (or stance_verbs_for
  // its type) or adjuncts in its clause gets where what governs it ends
  // (EventMention::governor_end), and every trigger the relative clause a
  // punctuation mark closes before it, and the one a mark opens after it
  // (EventMention::aside_start). `mentions` are in text order.
  void Find(std::string_view text, const TextLayout& layout, std::span<const Mention> mentions,
            std::vector<EventMention>* events) const;

 private:
  struct Span {
    uint32_t start = 0;
    uint32_t end = 0;
  };
  // The subject of the verb at token `verb`, within `clause` (bytes). A
  // name that ends by `governor_end` is a verb of stance's subject.
  Span SubjectOf(std::string_view text, const TextLayout& layout,
                 std::span<const Mention> mentions, const Sentence& sentence, uint32_t verb,
                 Span clause, uint32_t governor_end = 0) const;
  // The names after token `verb` that are its subject, within the clause
  // that ends at byte `clause_end`.
  Span SubjectAfter(std::string_view text, const TextLayout& layout,
                    std::span<const Mention> mentions, const Sentence& sentence, uint32_t verb,
                    uint32_t clause_end) const;
  // The subject of the relative clause right after the noun `event`, or
  // after its adjectives, whose verb carries a pronoun for the noun
  // (VerbSubjectRules::object_pronouns): who made what the noun names.
  Span RelativeAgentOf(std::string_view text, const TextLayout& layout,
                       std::span<const Mention> mentions, const EventMention& event,
                       Span clause) const;
  // The subject of the noun `event` of a genitive type, without the article,
  // found as a verb's after it where a title starts right after it (a name
  // there is OwnerAdjectiveFinder's genitive; other words say to whom, when
  // or where: تصريح للصحفيين بمقر الجامعة العربية).
  Span GenitiveSubjectOf(std::string_view text, const TextLayout& layout,
                         std::span<const Mention> mentions, const EventMention& event,
                         Span clause) const;
  // Token `token` ends with one of the object pronouns, and without it is
  // no verb of stance for events of `type`.
  bool CarriesObjectPronoun(std::string_view text, const TextLayout& layout, uint32_t token,
                            std::string_view type) const;
  // EventMention::relative_start and relative_end of `event`.
  Span RelativeClauseBefore(std::string_view text, const TextLayout& layout,
                            const EventMention& event, Span clause) const;
  // EventMention::aside_start and aside_end of `event`.
  Span RelativeAsideAfter(std::string_view text, const TextLayout& layout,
                          const EventMention& event, Span clause) const;
  // Where the link of means right before the noun `event` starts, or the
  // noun's word where the link is glued to it (VerbSubjectRules::
  // means_links); 0 where there is none, or a word of doing stands before it.
  uint32_t MeansStart(std::string_view text, const TextLayout& layout,
                      const EventMention& event) const;
  // EventMention::governor_end of `event`: the verb of stance nearest
  // before it in `clause`, else its link of means (MeansStart), else the
  // adjunct link nearest before it. The trigger before it in its
  // sentence ends at `previous_end`.
  uint32_t GovernorEnd(std::string_view text, const TextLayout& layout,
                       std::span<const Mention> mentions, const EventMention& event,
                       Span clause, uint32_t previous_end) const;
  // The word right before token `token`, after `verb`, has the article and
  // ends none of the titles: a name at `token` is its genitive or the verb's
  // object, an adjective its own (وزارة الدفاع الصينية). The subject found
  // so far ends at byte `subject_end` (0: none).
  bool AfterNounNotTitle(const TextLayout& layout, uint32_t verb, uint32_t token,
                         uint32_t subject_end) const;
  // The token, read as itself, is one of `words`.
  static bool IsWord(const TextLayout& layout, uint32_t token, const WordTable<bool>& words);
  // One of the titles starts at token `token` of `sentence`.
  bool StartsTitle(const TextLayout& layout, const Sentence& sentence, uint32_t token) const;
  // One of subject_particles stands a few words before token `verb`, with
  // only white space between them: those words are the verb's subject.
  bool SubjectAfterParticle(std::string_view text, const TextLayout& layout,
                            const Sentence& sentence, uint32_t verb) const;
  // The token starts with the conjunction و (وألمانيا، والرئيس).
  bool StartsWithAnd(std::string_view text, const TextLayout& layout, uint32_t token) const;

  const VerbSubjectRules& rules_;
  std::vector<std::string> genitive_types_;
  const Morphology& morphology_;
  WordTable<bool> stop_words_;  // by normalized word
  WordTable<bool> relatives_;
  WordTable<bool> subject_pronouns_;
  WordTable<bool> subject_particles_;
  WordTable<bool> means_links_;  // those of more than one letter
  WordTable<bool> means_not_after_;
  // What governs a trigger of type `type`: governors_, or the table of
  // governors_by_type_ that stance_verbs_for gives it.
  const WordTable<uint8_t>& GovernorsOf(std::string_view type) const;
  // Adds the verbs of stance and adjunct links of every type to `governors`.
  static void AddGovernors(const VerbSubjectRules& rules, WordTable<uint8_t>* governors);

  enum Governor : uint8_t { kStanceVerb = 1, kAdjunct = 2 };
  WordTable<uint8_t> governors_;  // by normalized word
  // For each type stance_verbs_for names, governors_' words and the verbs
  // of stance of that type, so that a trigger's words are looked up once.
  std::vector<std::pair<std::string, WordTable<uint8_t>>> governors_by_type_;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_VERB_SUBJECT_H_
