// What the graph stage keeps of each document, in a form that merges: the
// facts of every sentence that names an entity or reports an event (its
// fingerprint, mentions, dates and triggers), by document and sentence.
// Deduplication and counting happen only when the graph is built from the
// merged whole, so building from all documents at once, or from partial
// results merged in any grouping and any order, gives the same graph byte for
// byte; that is what lets a corpus be split across processes.
//
// The facts are kept as offsets into the sentence's text and indexes into a
// table of names: a corpus's sentences are held until the graph is built, and
// a copy of each mention, trigger and date as extracted would cost several
// times the sentence itself.
#ifndef AKHBAR_GRAPH_PARTIAL_GRAPH_H_
#define AKHBAR_GRAPH_PARTIAL_GRAPH_H_

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "extract/civil_date.h"
#include "extract/extraction.h"
#include "graph/day_span.h"
#include "graph/sentence_fingerprint.h"
#include "graph/text_store.h"

namespace akhbar {

// An entity id or an event type id, as an index into PartialGraph::names().
using NameIndex = uint32_t;

// Offsets are document byte offsets, inside the sentence.
struct SentenceMention {
  NameIndex entity = 0;
  MentionKind kind = MentionKind::kName;
  // Mention's flags, in a byte: a corpus keeps millions of mentions.
  bool locative : 1 = false;           // says where
  bool after_preposition : 1 = false;  // acts not
  bool agent : 1 = false;              // did what a noun or passive reports
  bool source : 1 = false;             // reports what the sentence says
  bool patron : 1 = false;             // someone named before is loyal to it
  bool owner : 1 = false;              // an adjective saying whose a trigger's noun is
  bool after_place_noun : 1 = false;   // a place's name (شرق فرنسا): acts not
  bool after_target_link : 1 = false;  // what an event is against (ضد السعودية)
  uint32_t start = 0;
  uint32_t end = 0;
};

// A date expression resolved to days; one that is not dates nothing in the
// graph and is not kept.
struct SentenceDate {
  uint32_t start = 0;
  uint32_t end = 0;
  DaySpan days;
  std::string value;  // ISO 8601, or "start..end" for a range
  Granularity granularity = Granularity::kDay;
  bool vague = false;
};

struct SentenceTrigger {
  NameIndex type = 0;
  uint32_t start = 0;
  uint32_t end = 0;
  // The trigger's clause (the whole sentence but where reported speech
  // divides it) and who speaks of it (empty: no one); see ReportedSpeech.
  uint32_t clause_start = 0;
  uint32_t clause_end = 0;
  uint32_t speaker_start = 0;
  uint32_t speaker_end = 0;
  bool speaker_acts = false;  // who speaks is the trigger's subject
  bool verb = false;          // EventMention::verb: in the active voice
  bool pluperfect = false;    // EventMention::pluperfect: not dated by its document
  // The names after a verb that are its subject (EventMention::subject_start).
  uint32_t subject_start = 0;
  uint32_t subject_end = 0;
  uint32_t governor_end = 0;  // EventMention::governor_end
  uint32_t relative_start = 0;  // EventMention::relative_start
  uint32_t relative_end = 0;
  // The bytes whose dates may date it (EventMention::dating_start): the
  // whole sentence where the extraction set none.
  uint32_t dating_start = 0;
  uint32_t dating_end = 0;
  // Where the next clause opens after it (EventMention::next_clause_start):
  // the sentence's end where none does.
  uint32_t next_clause_start = 0;
  uint32_t aside_start = 0;  // EventMention::aside_start
  uint32_t aside_end = 0;
};

// Where a sentence's facts of one kind lie in its document's array of them.
struct FactRange {
  uint32_t first = 0;
  uint32_t count = 0;
};

// A kept sentence. Its facts lie in its document's arrays, one run per
// sentence: a corpus holds millions of these, and three arrays of their own
// cost each more in headers and allocations than its facts.
struct SentenceFacts {
  uint32_t index = 0;  // the sentence's number in its document
  uint32_t paragraph = 0;
  uint32_t start = 0;  // document byte offsets
  uint32_t end = 0;
  // In DocumentFacts::text, or the same bytes kept before for another
  // sentence (TextStore::FindKept).
  std::string_view text;
  FactRange mentions;  // in text order
  FactRange dates;     // in text order
  FactRange triggers;  // in text order

  // The document's bytes [from, to), which lie inside this sentence.
  std::string_view Bytes(uint32_t from, uint32_t to) const {
    return text.substr(from - start, to - from);
  }
  // The words (runs of bytes between white space) of Bytes(from, to); none
  // when to <= from.
  size_t WordsIn(uint32_t from, uint32_t to) const;
};

struct DocumentFacts {
  // The day the text was written (Extraction::written, else its date): what
  // an event the sentence does not date happened on.
  std::optional<CivilDate> date;
  // The document's id and the text of its kept sentences that no sentence
  // kept before in the same store holds, one after another, in
  // PartialGraph::texts(): the graph views its evidence there instead of
  // copying it.
  std::string_view id;
  std::string_view text;
  uint32_t sentences = 0;
  uint32_t mentions = 0;
  uint32_t dates = 0;  // in the kept sentences, the only ones whose dates matter
  uint32_t events = 0;
  uint32_t skipped_lines = 0;
  std::vector<SentenceFacts> kept;  // the sentences with facts, by index
  // kept[i]'s fingerprint; empty once the copies are found.
  FingerprintList fingerprints;
  // The facts of the kept sentences, sentence after sentence.
  std::vector<SentenceMention> kept_mentions;
  std::vector<SentenceDate> kept_dates;
  std::vector<SentenceTrigger> kept_triggers;

  std::span<const SentenceMention> MentionsOf(const SentenceFacts& sentence) const {
    return std::span(kept_mentions).subspan(sentence.mentions.first, sentence.mentions.count);
  }
  std::span<const SentenceDate> DatesOf(const SentenceFacts& sentence) const {
    return std::span(kept_dates).subspan(sentence.dates.first, sentence.dates.count);
  }
  std::span<const SentenceTrigger> TriggersOf(const SentenceFacts& sentence) const {
    return std::span(kept_triggers).subspan(sentence.triggers.first, sentence.triggers.count);
  }
};

class PartialGraph {
 public:
  PartialGraph() = default;
  // Documents added keep their ids and kept text in `text`, which other
  // partial graphs may share (RunCorpusPipeline gives each thread one):
  // merging then moves the documents' facts and copies none of their text.
  explicit PartialGraph(std::shared_ptr<TextStore> text);

  // Fails if the document is already part of this partial graph, or if a
  // fact lies outside its sentence (an extraction file edited by hand).
  Status Add(const Extraction& extraction, const SentenceFingerprinter& fingerprinter);
  // With the layout extraction made of the document (Extractor::Extract),
  // whose tokens the fingerprints reuse.
  Status Add(const Extraction& extraction, const SentenceFingerprinter& fingerprinter,
             const TextLayout& layout);
  // Takes in every document of `other`, and keeps the stores of their text
  // alive; fails if both hold the same one.
  Status Merge(PartialGraph other);

  // Once the copies are found the fingerprints have served; the rest of the
  // graph stage reads the other facts.
  void DropFingerprints();
  // Once every document is in, no sentence is looked up again among those
  // kept before (TextStore::FindKept): frees that table of the store that
  // Add fills. RunCorpusPipeline frees those of its threads' stores.
  void ForgetKeptText() { text_->ForgetKept(); }

  const std::map<std::string, DocumentFacts>& documents() const { return documents_; }
  const std::vector<std::string>& names() const { return names_; }
  // What the documents' ids and text view: the store Add fills, then those
  // of the partial graphs merged in; shared with the graph, which keeps them.
  const std::vector<std::shared_ptr<const TextStore>>& texts() const { return texts_; }

 private:
  Status AddDocument(const Extraction& extraction, const SentenceFingerprinter& fingerprinter,
                     const TextLayout* layout);
  NameIndex Intern(const std::string& name);
  // Copies `id` into text_, followed by room for the document's kept
  // sentences, which it returns; points the document's views at both.
  std::span<char> KeepText(std::string_view id, size_t sentence_bytes, DocumentFacts* document);

  std::shared_ptr<TextStore> text_ = std::make_shared<TextStore>();
  std::vector<std::shared_ptr<const TextStore>> texts_{text_};
  std::map<std::string, DocumentFacts> documents_;
  std::vector<std::string> names_;
  std::map<std::string, NameIndex, std::less<>> name_indexes_;
};

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_PARTIAL_GRAPH_H_
