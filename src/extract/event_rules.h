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
#include "extract/entity_type.h"
#include "extract/rule_yaml.h"
#include "extract/tokenizer.h"

namespace akhbar {

// Where one of `after` stands among the `within` words before a trigger of
// one type, in its clause, the trigger reports another type (events.yaml
// `becomes`): a shooting that an order or a permission governs is that
// order (سمح الرئيس توكاييف لقواته بإطلاق النار).
struct TypeConversion {
  size_t type = 0;                 // into EventRules::types()
  std::vector<std::string> after;  // normalized words
  size_t within = 0;
};

struct EventType {
  std::string id;
  std::string label_en;
  std::string label_ar;
  std::string cameo;  // empty when the rule gives none
  // Reports that share a participant and whose dates meet within this many
  // days are one event; unset: every sentence is its own event.
  std::optional<int> same_event_within_days;
  // The kinds of participant through which reports become one event (empty:
  // every kind). Who fled names a flight; the country of two people who
  // fled on one day does not make them one flight.
  std::vector<EntityType> same_event_through;
  std::vector<TypeConversion> becomes;  // the first that applies wins
  // The sides its reports give (events.yaml `sides`): a flight has who
  // fled and no target, as the names after it are where to (فروا إلى
  // سوريا). A name the type gives no side to takes part.
  bool gives_actor = true;
  bool gives_target = true;
  // Its target is only a name right after one of the target links (`sides`'
  // linked_target): a statement is against or about someone (تصريحات ضد
  // السعودية), while the names that follow it are mostly what it says.
  bool linked_targets = false;
  // A noun of the type has an actor only where the sentence states one (`sides`'
  // stated_actor): an agent phrase, a relative clause's subject, a verb's.
  // A name before the noun takes part: in المرصد السوري عن مقتل 52 طفلا and
  // سوريا: مقتل 12 no one named kills.
  bool stated_actors = false;
  // Words after which, following a trigger, what the event asks for comes
  // (events.yaml `object_links`): its dates are that thing's, not the
  // trigger's (دعت مصر إلى عقد اجتماع الأربعاء المقبل), and its names the
  // trigger's no targets. Normalized; a single letter is glued (طالب بعقد).
  std::vector<std::string> object_links;
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
  // One of a type's `verbs`: a verb in the active voice, whose subject may
  // follow it (دعت فرنسا وألمانيا إلى وقف العنف).
  bool verb = false;
  // False for a word that after the article is a noun that reports nothing:
  // قتل is a killing, القتل mostly killing in general (بتهمة القتل، ثقافة
  // القتل).
  bool takes_article = true;
  // A word that is a noun as often as a verb reports an event only where a
  // verb stands: at the start of a sentence or of a clause after a
  // punctuation mark, or right after one of `after` (normalized: قد، الذي).
  // In قتل 15 شخصا، وقتل شرطيان، الذي قتل حرقا it is the verb; in يحظر قتل
  // الحيتان، حاولت قتل نفسها the noun.
  bool clause_start = false;
  std::vector<std::string> after;
};

// Reported speech (events.yaml `reported_speech`), in normalized words: a
// reporting verb, the words that name who speaks, and an opener, after which
// the reported clause runs (قال أبليازوف إن نزارباييف فرّ). Who speaks
// reports the events of the clause and takes no part in them.
inline constexpr size_t kMaxNounReports = 32;
inline constexpr size_t kMaxAttributions = 32;

struct ReportedSpeechRules {
  std::vector<std::string> verbs;       // a new speaker: قال، أكدت، يرى
  std::vector<std::string> continuing;  // the last speaker goes on: مضيفا، مشيرة
  std::vector<std::string> openers;     // whole words: إن، بأن
  // Openers that name the clause's subject, the speaker: أنها in أعلنت
  // الشرطة أنها اعتقلت.
  std::vector<std::string> subject_openers;
  std::vector<std::string> not_openers_after;  // بعد أن، قبل أن open no speech
  // Whole words where the speaker's words end: whom the speaker spoke with
  // (قال لافروف في مؤتمر مع كيري إن) and a relative clause (قائد القوات
  // التي تقودها روسيا) speak not.
  std::vector<std::string> speaker_ends_before;
  // Verbs that report a noun, not a clause, after their link (أفاد المرصد
  // بمقتل 12، أعلنت الوزارة عن اعتقال): ب glued to a trigger, عن right
  // before it. Normalized.
  struct NounReport {
    std::string link;
    bool glued = false;  // one letter, written onto the trigger (ب)
    std::vector<std::string> verbs;
  };
  // At most kMaxNounReports: a verb's reports are the bits of a uint32_t.
  std::vector<NounReport> noun_reports;
  // Phrases that put a reporting verb after what it reports (حسبما أفادت
  // السلطات، بحسب ما أعلنت الوزارة): each phrase's words, normalized. At
  // most kMaxAttributions: a word's are the bits of a uint32_t.
  std::vector<std::vector<std::string>> attributions;
  size_t max_words = 16;  // from the verb to its opener
  // The words before a verb that name its speaker where none stand between
  // it and its opener (مكسيم سوشكوف، قال إن).
  size_t max_words_before = 6;
};

// Words after which a name says where something happens (events.yaml
// `locatives`, `place_nouns`): في ألماتي، في مدينة جاناوزين، في غرب كازاخستان;
// those that make it the object of a preposition (`prepositions`): فوق
// سوريا، إلى أوروبا، بروسيا; and phrases that make it the agent of what a
// passive or a noun reports (`agents`: العقوبات المفروضة من قبل أوروبا), who
// reports it (`sources`: بحسب المرصد) or whom someone named before is loyal
// to (`patrons`: الانفصاليين الموالين لروسيا).
struct LocativeRules {
  std::vector<std::string> locatives;    // في، لدى، داخل
  std::vector<std::string> place_nouns;  // مدينة، منطقة، غرب: between the two
  std::vector<std::string> prepositions;  // إلى، مع، فوق; ب، ل، ك glued
  // Nouns of a side's forces or members (قوات، طائرات، عناصر): a name after
  // one, as after a title, is governed as the noun is (شنتها مقاتلات التحالف
  // الدولي، ضد قوات النظام).
  std::vector<std::string> force_nouns;
  // Prepositions written as a verb is (عبر "via", عبّر "expressed"): before a
  // person's name or a title they are the verb, whose subject it is.
  std::vector<std::string> preposition_verbs;
  // Words after which a name is what an event is against or about (ضد،
  // عن، بشأن): the target of a type whose sides say linked_target.
  std::vector<std::string> target_links;
  // Letters that, glued to a place (not a country), say where: ب of
  // بالرياض، بعدن. Each one letter.
  std::vector<std::string> glued_locatives;
  std::vector<std::vector<std::string>> agents;   // من قبل، على يد: each phrase's words
  std::vector<std::vector<std::string>> sources;  // حسب، نقلا عن
  std::vector<std::vector<std::string>> patrons;  // موالين، حليفة
  // Marks after a paragraph's first name that make it the dateline
  // (نورسلطان - ، موسكو – رويترز): as written, not normalized.
  std::vector<std::string> dateline_dashes;
};

// Where a verb's subject is (events.yaml `verb_subjects`). Arabic puts it
// after the verb (دعا أبليازوف الغرب إلى التنحي), unless a name stands
// right before the verb (روسيا أرسلت قوات).
struct VerbSubjectRules {
  // Words before the subject's first name (titles, first names: دعت رئيسة
  // المفوضية أورسولا فون دير لايين), and between two names it joins with و.
  size_t max_words = 4;
  // Words between a name and the verb after it that still make the name
  // its subject.
  size_t max_words_before = 1;
  // Words after which no name is the subject: prepositions (إلى، على، من).
  std::vector<std::string> stop_words;
  // Titles before a name (الرئيس، ولي العهد), or heading without the
  // article a chain of nouns before it (وزير الخارجية), each phrase's words.
  // After any other word with the article a name is no subject: it is that
  // noun's genitive or the verb's object (وطالب الأزهر إيران، اتهم
  // المسؤولون الأتراك تنظيم داعش).
  std::vector<std::vector<std::string>> titles;
  // Words that may follow a title before the name (الرئيس السابق، وزير
  // الخارجية الأسبق).
  std::vector<std::string> title_adjectives;
  // Relative pronouns: right before the verb, they stand for its subject
  // (كييف التي تتهم الكرملين).
  std::vector<std::string> relatives;
  // Pronouns that are themselves the subject of the verb right after them
  // (هناك من يتهم إيران): the names after it are its objects.
  std::vector<std::string> subject_pronouns;
  // Particles whose clause opens with its subject (إن، أن): the few words
  // between one and the verb are the verb's subject (أن الشرطة اعتقلت
  // أبليازوف، إن قوات الأمن قصفت), and the names after the verb its objects.
  std::vector<std::string> subject_particles;
  // Endings of a verb that agrees with a plural subject (وا). Before its
  // subject an Arabic verb is singular (اتهم المتظاهرون روسيا), so a plural
  // verb's subject stands before it or is the verb's own: in المتظاهرون
  // اتهموا روسيا the names after it are its objects. Normalized.
  std::vector<std::string> plural_endings;
  // Pronouns a verb carries for its object (فرضتها، شنه). Right after a
  // noun trigger, or after adjectives of it, a relative pronoun and a verb
  // carrying one of them open a clause whose object is the noun, so the
  // verb's subject made what the noun names (العقوبات التي فرضتها الولايات
  // المتحدة، الهجوم الذي شنه التنظيم). Unless the verb is one of stance
  // (الاحتجاجات التي تشهدها مصر). Normalized.
  std::vector<std::string> object_pronouns;
  // Verbs whose subject judges, asks for, denies or witnesses the event a
  // noun after them names, without doing it: أدانت فرنسا مقتل المتظاهرين،
  // تشهد كازاخستان احتجاجات.
  std::vector<std::string> stance_verbs;
  // Verbs of stance for the events of some types only: to announce a
  // killing is not to kill (أعلنت كازاخستان مقتل عشرات، اكتفت بإعلان
  // مقتل), where to announce a state of emergency is to declare it.
  struct TypeStanceVerbs {
    std::vector<std::string> types;  // event type ids
    std::vector<std::string> verbs;  // normalized; verbal nouns too (إعلان)
  };
  std::vector<TypeStanceVerbs> stance_verbs_for;
  // Words that open an adjunct of time or cause: a noun after them says
  // when or why the names before them did something else (اعتقلت الشرطة
  // خمسة خلال الاحتجاجات).
  std::vector<std::string> adjuncts;
  // A noun of one of `means_types` right after one of `means_links` (a
  // word of one letter glued to it) says how something else happened:
  // the names before it take part (قتل زعيم القاعدة في غارة، مقتل عشرة
  // بقصف جوي), unless the word before the link, or before a noun with the
  // link glued, is one of `means_not_after`, where those names do it
  // (تورط إيران في التفجير، قامت روسيا بقصف). Type ids; normalized words.
  std::vector<std::string> means_types;
  std::vector<std::string> means_links;
  std::vector<std::string> means_not_after;
};

// Whose a trigger's noun is (events.yaml `owner_adjectives`): العقوبات
// الأمريكية are the United States' sanctions.
struct OwnerAdjectiveRules {
  std::vector<std::string> endings;          // normalized: ي، يه
  std::vector<std::string> not_after_types;  // event type ids: killing
  // The types whose noun's genitive made it: a name right after the noun,
  // or with one of `genitive_links` glued to it, is its agent (تصريحات
  // المالكي، بيان للأمم المتحدة), where after the noun of other types it is
  // what the noun befalls (مقتل المتظاهرين).
  std::vector<std::string> genitive_types;  // event type ids: statement
  // Types whose noun's genitive made it only where it names a person or an
  // organization (غارات التحالف العربي، هجوم داعش): a country or a place
  // there says where (تفجيرات الكويت). Event type ids: attack.
  std::vector<std::string> actor_genitive_types;
  std::vector<std::string> genitive_links;  // normalized letters: ل
  // Letters that, glued to a name right after a name that is a trigger
  // noun's genitive, mark it as the noun's object: the genitive did it, of
  // any type (اتهامات المالكي للسعودية). Normalized: ل.
  std::vector<std::string> object_markers;
};

// Words that open a subordinate clause (events.yaml `subordinators`): a
// date after one that follows a trigger dates what the clause says (ذكرت
// في بيان أنه في 12 يوليو), not the trigger. Normalized.
struct SubordinatorRules {
  std::vector<std::string> words;  // أن، بأن، لأن
  // Words after which the clause says when, near the trigger's time: قبل أن،
  // بعد أن.
  std::vector<std::string> not_after;
  // Words that open a clause of time, place, cause or result (بعدما، حيث، مما):
  // its dates may date the trigger, but its names are its own subjects, not
  // the trigger's targets; so are those after أن following `not_after`.
  std::vector<std::string> adverbial;
  // After a trigger, one of `marks` and then a word that one of
  // `conjunctions` is glued to begin a clause of its own as well (، ووعد مع
  // زعيم الكرملين), unless that word is a name (، وروسيا: a list goes on) or
  // one of `aside_pronouns` (، وهو مصرفي سابق،: an aside about the name
  // before, after which the clause goes on).
  std::vector<std::string> marks;           // original bytes: ، ,
  std::vector<std::string> conjunctions;    // normalized proclitics: و، ف
  std::vector<std::string> aside_pronouns;  // normalized: هو، هي
};

// The pluperfect (events.yaml `pluperfect`): a trigger right after one of
// `particles`, or a word after it, with one of `auxiliaries` at most
// `max_words` words before the particle in its sentence (وكانت الشرطة قد
// اعتقلت، وكانت وزارة الخزانة الأمريكية، قد فرضت عقوبات), reports what had
// happened before the news. Normalized.
struct PluperfectRules {
  std::vector<std::string> auxiliaries;  // كان، كانت، كانوا
  std::vector<std::string> particles;    // قد
  size_t max_words = 6;
};

// Words that deny the trigger right after them where a negation stands at
// most `within` words before them, in their clause (events.yaml
// `negated_quantifiers`): ولم يصدر أي بيان reports no statement.
struct NegatedQuantifierRules {
  std::vector<std::string> words;  // normalized: اي، ايه
  size_t within = 4;
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
  const NegatedQuantifierRules& negated_quantifiers() const { return negated_quantifiers_; }
  const SubordinatorRules& subordinators() const { return subordinators_; }
  const PluperfectRules& pluperfect() const { return pluperfect_; }
  const ReportedSpeechRules& reported_speech() const { return reported_speech_; }
  const VerbSubjectRules& verb_subjects() const { return verb_subjects_; }
  const LocativeRules& locatives() const { return locatives_; }
  const OwnerAdjectiveRules& owner_adjectives() const { return owner_adjectives_; }
  // A name further than this many words from a trigger is neither its
  // actor nor its target: it takes part.
  size_t max_role_words() const { return max_role_words_; }
  const EventType* Find(std::string_view id) const;

 private:
  static StatusOr<EventRules> FromYamlUnguarded(const YamlFile& file, const Tokenizer& tokenizer);

  std::vector<EventType> types_;
  std::vector<TriggerPattern> patterns_;
  size_t max_gap_ = 3;
  size_t max_role_words_ = 8;
  std::vector<std::string> negations_;
  NegatedQuantifierRules negated_quantifiers_;
  SubordinatorRules subordinators_;
  PluperfectRules pluperfect_;
  ReportedSpeechRules reported_speech_;
  VerbSubjectRules verb_subjects_;
  LocativeRules locatives_;
  OwnerAdjectiveRules owner_adjectives_;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_EVENT_RULES_H_
