// The extraction stage's input (Document) and output (Extraction).
#ifndef AKHBAR_EXTRACT_EXTRACTION_H_
#define AKHBAR_EXTRACT_EXTRACTION_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/civil_date.h"
#include "extract/text_layout.h"

namespace akhbar {

enum class DateSource { kManifest, kOption, kInferred, kNone };
std::string_view DateSourceName(DateSource source);

struct Document {
  std::string id;    // file name without extension, or the JSONL id field
  std::string text;  // original bytes
  std::optional<CivilDate> date;  // publication date when known
  DateSource date_source = DateSource::kNone;
  std::vector<std::string> warnings;  // e.g. replaced ill-formed bytes
};

enum class MentionKind : uint8_t { kName, kAdjective };
std::string_view MentionKindName(MentionKind kind);

struct Mention {
  std::string entity;
  MentionKind kind = MentionKind::kName;
  std::string text;  // exactly the original bytes [start, end)
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t sentence = 0;
  uint32_t paragraph = 0;
  // The name says where (في ألماتي، في مدينة جاناوزين، بالرياض): events.yaml
  // `locatives`, `place_nouns` and `glued_locatives`.
  bool locative = false;
  // The name is the object of a preposition (فوق سوريا، إلى أوروبا، بروسيا):
  // events.yaml `prepositions`. It is never who acts.
  bool after_preposition = false;
  // The name did what a noun or a passive before it reports (العقوبات
  // المفروضة من قبل أوروبا، قتل على يد مسلحين): events.yaml `agents`.
  bool agent = false;
  // The name reports what its sentence says (بحسب المرصد، نقلا عن الشرطة):
  // events.yaml `sources`.
  bool source = false;
  // Someone named before the name is loyal to it (الانفصاليين الموالين
  // لروسيا، سلطنة عمان حليفة الولايات المتحدة): events.yaml `patrons`.
  bool patron = false;
  // An adjective right after a trigger's noun that says whose it is
  // (العقوبات الأمريكية، قوات روسية): events.yaml `owner_adjectives`.
  bool owner = false;
  // The name follows place nouns with no locative before them (شرق فرنسا،
  // جنوب غرب ألمانيا، منطقة الشرق الأوسط): a place or the region it is in,
  // never who acts.
  bool after_place_noun = false;
  // One of events.yaml `target_links` stands right before the name, or
  // before place nouns before it (ضد السعودية، عن الجزائر): what an event is
  // against or about.
  bool after_target_link = false;
};

struct SentenceRecord {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t paragraph = 0;
  std::string text;  // original bytes (empty when ExtractionScope left it out)
};

enum class Granularity { kDay, kWeek, kMonth, kYear, kDecade, kCentury };
std::string_view GranularityName(Granularity granularity);

enum class DateKind { kAbsolute, kRelative, kRange, kVague };
std::string_view DateKindName(DateKind kind);

// A temporal expression found in the text (rules/dates.yaml), normalized.
struct DateExpression {
  std::string text;  // exactly the original bytes [start, end)
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t sentence = 0;
  // ISO 8601 value: "2022-01-10", a week ("2022-W01" from Monday, else its
  // first day and length: "2022-01-02/P1W"), "2022-01", "2019", "199X",
  // "19XX", or a TIMEX3 reference (PAST_REF) for a vague expression; for a
  // range, `value` is empty and range_start/range_end hold the two ends.
  // Empty too when a relative expression has no anchor to resolve against.
  std::string value;
  std::string range_start;
  std::string range_end;
  Granularity granularity = Granularity::kDay;
  DateKind kind = DateKind::kAbsolute;
  // What the value was resolved against: the document date, or for an
  // anaphoric expression ("في اليوم التالي") the date it refers back to.
  std::optional<CivilDate> anchor;
  std::string unresolved;      // the relative form, e.g. "weekday:friday:last"
  std::string calendar = "gregorian";  // or "hijri" (value converted)
  std::string calendar_value;          // a Hijri date as written: "1443-06-07"
  std::vector<std::string> flags;      // e.g. "month_pair_mismatch"
  // The span of days the value covers, for ordering on a timeline.
  std::optional<CivilDate> earliest;
  std::optional<CivilDate> latest;
};

// How reported speech divides a trigger's sentence (rules/events.yaml
// reported_speech): in قال أبليازوف إن نزارباييف وعائلته فروا the flight's
// clause starts after إن, and Ablyazov is who speaks of it.
struct ReportedSpeech {
  // The trigger's clause: the names outside it are neither actor nor target.
  uint32_t clause_start = 0;
  uint32_t clause_end = 0;
  // From the reporting verb to the last word before the clause opened;
  // empty when the clause follows no frame (a trigger before قال).
  uint32_t speaker_start = 0;
  uint32_t speaker_end = 0;
  std::string speaker;  // exactly the original bytes [speaker_start, speaker_end)
  // Who speaks is the trigger's subject: a pronoun opener right before it
  // (أعلنت الشرطة أنها اعتقلت), or the quotation that held the speech has
  // closed (قال أبليازوف "…"، وحض الغرب).
  bool speaker_acts = false;
};

// An event trigger found in a sentence (rules/events.yaml).
struct EventMention {
  std::string type;     // event type id, e.g. "protest"
  std::string trigger;  // exactly the original bytes [start, end)
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t sentence = 0;
  // Unset when no reporting verb divides the sentence.
  std::optional<ReportedSpeech> speech;
  // The trigger is a verb (events.yaml `verbs`, without the article), and
  // the names in [subject_start, subject_end) are its subject: after it
  // (دعت فرنسا وألمانيا إلى وقف العنف), or the name a relative pronoun right
  // before it stands for (حليفة لروسيا التي أرسلت قوات). Empty where none is.
  bool verb = false;
  uint32_t subject_start = 0;
  uint32_t subject_end = 0;
  // A noun governed by a verb of stance or an adjunct link (events.yaml
  // `stance_verbs`, `adjuncts`) nearest before it in its clause: the end of
  // the verb's subject, or of the verb where its subject is not after it,
  // or the start of the link. The names that end by then judge, ask for or
  // witness the event (أدانت فرنسا مقتل المتظاهرين), or did something else
  // when or because it happened (اعتقلت الشرطة خمسة خلال الاحتجاجات): they
  // do not do it. 0 where nothing governs it.
  uint32_t governor_end = 0;
  // The relative clause nearest before the trigger that a punctuation mark
  // closes before it, from its pronoun to the first mark: its names
  // describe the name it follows (كازاخستان التي … في عهد نزارباييف وخلفه
  // توكاييف، احتجاجات) and do not act. Empty where none is.
  uint32_t relative_start = 0;
  uint32_t relative_end = 0;
  // The relative clause a punctuation mark opens after the trigger, after
  // other words, to the next mark: it describes the word before it, a name
  // most often (استقال نزارباييف، الذي بدأ هذا الأسبوع …، من منصبه في عام
  // 2019), so its dates do not date the trigger and its names do not act in
  // it. Empty where none is, or where the clause follows the trigger itself
  // (البيان، الذي وقعه في 2003: the clause describes the statement).
  uint32_t aside_start = 0;
  uint32_t aside_end = 0;
  // The part of its sentence whose dates may date it (DatingSpanFinder):
  // before the clause a subordinator opens after it (ذكرت في بيان أنه في 12
  // يوليو), and after a source phrase right before it (وفق البيان). Both 0
  // where it is the whole sentence.
  uint32_t dating_start = 0;
  uint32_t dating_end = 0;
  // Where the next clause opens after it (DatingSpanFinder): one of time,
  // place, cause or result (وصلت القوات إلى كازاخستان بعدما طلب توكاييف
  // مساعدة), or one a comma and و begin (، ووعد مع زعيم الكرملين). The
  // names from there on are that clause's subjects, not the trigger's
  // targets, though its dates may date it. 0 where none does.
  uint32_t next_clause_start = 0;
  // The trigger is in the pluperfect (PluperfectFinder: وكانت الشرطة قد
  // اعتقلت): it had happened before the news, on a day its document's date
  // does not give, and a verb's subject stands before it.
  bool pluperfect = false;
};

struct Extraction {
  std::string doc;
  std::optional<CivilDate> date;
  DateSource date_source = DateSource::kNone;
  // The day the text says it was written, where that is not `date`
  // (DateFinder::WrittenOn): its relative words count from it.
  std::optional<CivilDate> written;
  uint32_t paragraphs = 0;
  std::vector<SentenceRecord> sentences;
  std::vector<Mention> mentions;
  std::vector<DateExpression> dates;
  std::vector<EventMention> events;
  std::vector<SkippedLine> skipped;
  std::vector<std::string> warnings;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_EXTRACTION_H_
