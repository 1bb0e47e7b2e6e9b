#include "graph/partial_graph.h"

#include <algorithm>
#include <utility>

#include "extract/extractor.h"

namespace akhbar {
namespace {

template <typename Fact>
bool InsideSentence(const Fact& fact, const SentenceRecord& sentence) {
  return sentence.start <= fact.start && fact.start <= fact.end && fact.end <= sentence.end;
}

template <typename Fact>
Status CheckInsideSentences(const Extraction& extraction, const std::vector<Fact>& facts,
                            std::string_view what) {
  for (const Fact& fact : facts) {
    if (fact.sentence >= extraction.sentences.size()) continue;
    const SentenceRecord& sentence = extraction.sentences[fact.sentence];
    if (!InsideSentence(fact, sentence)) {
      return InvalidInputError("document '" + extraction.doc + "': " + std::string(what) +
                               " at bytes " + std::to_string(fact.start) + ".." +
                               std::to_string(fact.end) + " lies outside its sentence " +
                               std::to_string(fact.sentence) + " (bytes " +
                               std::to_string(sentence.start) + ".." +
                               std::to_string(sentence.end) + ")");
    }
  }
  return Status::Ok();
}

// A trigger's clause holds it and lies in its sentence, as does its speaker.
Status CheckSpeech(const Extraction& extraction) {
  for (const EventMention& event : extraction.events) {
    if (!event.speech || event.sentence >= extraction.sentences.size()) continue;
    const ReportedSpeech& speech = *event.speech;
    const SentenceRecord& sentence = extraction.sentences[event.sentence];
    const bool inside = sentence.start <= speech.clause_start &&
                        speech.clause_start <= event.start && event.end <= speech.clause_end &&
                        speech.clause_end <= sentence.end &&
                        speech.speaker_start <= speech.speaker_end &&
                        (speech.speaker_start == speech.speaker_end ||
                         (sentence.start <= speech.speaker_start &&
                          speech.speaker_end <= sentence.end));
    if (!inside) {
      return InvalidInputError("document '" + extraction.doc + "': the event trigger at bytes " +
                               std::to_string(event.start) + ".." + std::to_string(event.end) +
                               " has a clause (bytes " + std::to_string(speech.clause_start) +
                               ".." + std::to_string(speech.clause_end) + ") or speaker (bytes " +
                               std::to_string(speech.speaker_start) + ".." +
                               std::to_string(speech.speaker_end) +
                               ") that its sentence does not hold");
    }
  }
  return Status::Ok();
}

// A verb's subject lies in its sentence, after the verb or (the name a
// relative pronoun stands for) before it; a verb of stance lies before the
// noun after it; the bytes that may date a trigger hold it, and its next
// clause and its aside open after it.
Status CheckSubjects(const Extraction& extraction) {
  for (const EventMention& event : extraction.events) {
    if (event.sentence >= extraction.sentences.size()) continue;
    const SentenceRecord& sentence = extraction.sentences[event.sentence];
    if (event.governor_end != 0 &&
        !(sentence.start < event.governor_end && event.governor_end <= event.start)) {
      return InvalidInputError("document '" + extraction.doc + "': the event trigger at bytes " +
                               std::to_string(event.start) + ".." + std::to_string(event.end) +
                               " has a verb of stance or an adjunct ending at byte " +
                               std::to_string(event.governor_end) +
                               ", not between its sentence's start and the trigger");
    }
    if (event.relative_end != 0 &&
        !(sentence.start <= event.relative_start && event.relative_start < event.relative_end &&
          event.relative_end <= event.start)) {
      return InvalidInputError("document '" + extraction.doc + "': the event trigger at bytes " +
                               std::to_string(event.start) + ".." + std::to_string(event.end) +
                               " has a relative clause (bytes " +
                               std::to_string(event.relative_start) + ".." +
                               std::to_string(event.relative_end) +
                               ") outside its sentence or after the trigger");
    }
    if (event.aside_end != 0 &&
        !(event.end <= event.aside_start && event.aside_start < event.aside_end &&
          event.aside_end <= sentence.end)) {
      return InvalidInputError("document '" + extraction.doc + "': the event trigger at bytes " +
                               std::to_string(event.start) + ".." + std::to_string(event.end) +
                               " has an aside (bytes " + std::to_string(event.aside_start) +
                               ".." + std::to_string(event.aside_end) +
                               ") outside its sentence or before the trigger's end");
    }
    if (event.dating_end != 0 &&
        !(sentence.start <= event.dating_start && event.dating_start <= event.start &&
          event.end <= event.dating_end && event.dating_end <= sentence.end)) {
      return InvalidInputError("document '" + extraction.doc + "': the event trigger at bytes " +
                               std::to_string(event.start) + ".." + std::to_string(event.end) +
                               " may be dated by bytes " + std::to_string(event.dating_start) +
                               ".." + std::to_string(event.dating_end) +
                               ", which do not hold it inside its sentence");
    }
    if (event.next_clause_start != 0 &&
        !(event.end <= event.next_clause_start && event.next_clause_start <= sentence.end)) {
      return InvalidInputError("document '" + extraction.doc + "': the event trigger at bytes " +
                               std::to_string(event.start) + ".." + std::to_string(event.end) +
                               " has its next clause starting at byte " +
                               std::to_string(event.next_clause_start) +
                               ", not between the trigger and its sentence's end");
    }
    if (event.subject_end == 0) continue;
    const bool after = event.start <= event.subject_start && event.subject_end <= sentence.end;
    const bool before = sentence.start <= event.subject_start && event.subject_end <= event.start;
    if (!(event.subject_start < event.subject_end && (after || before))) {
      return InvalidInputError("document '" + extraction.doc + "': the event trigger at bytes " +
                               std::to_string(event.start) + ".." + std::to_string(event.end) +
                               " has a subject (bytes " + std::to_string(event.subject_start) +
                               ".." + std::to_string(event.subject_end) +
                               ") outside its sentence or across the trigger");
    }
  }
  return Status::Ok();
}

// The sentences must be their documents' bytes for facts to be read from them
// by offset. A sentence without facts is never read, and may come without
// its text (ExtractionScope::kGraphFacts).
Status CheckOffsets(const Extraction& extraction, const std::vector<bool>& with_facts) {
  for (size_t s = 0; s < extraction.sentences.size(); ++s) {
    const SentenceRecord& sentence = extraction.sentences[s];
    const bool text_left_out = sentence.text.empty() && !with_facts[s];
    if (sentence.end < sentence.start ||
        (!text_left_out && sentence.text.size() != sentence.end - sentence.start)) {
      return InvalidInputError("document '" + extraction.doc + "': sentence " +
                               std::to_string(s) + " has " + std::to_string(sentence.text.size()) +
                               " bytes of text for its offsets " +
                               std::to_string(sentence.start) + ".." +
                               std::to_string(sentence.end));
    }
  }
  if (Status status = CheckInsideSentences(extraction, extraction.mentions, "a mention");
      !status.ok()) {
    return status;
  }
  if (Status status = CheckInsideSentences(extraction, extraction.dates, "a date");
      !status.ok()) {
    return status;
  }
  if (Status status = CheckInsideSentences(extraction, extraction.events, "an event trigger");
      !status.ok()) {
    return status;
  }
  if (Status status = CheckSpeech(extraction); !status.ok()) return status;
  return CheckSubjects(extraction);
}

std::string DateValue(const DateExpression& date) {
  if (!date.value.empty()) return date.value;
  if (!date.range_start.empty()) return date.range_start + ".." + date.range_end;
  return date.earliest->ToIso() + ".." + date.latest->ToIso();
}

}  // namespace

size_t SentenceFacts::WordsIn(uint32_t from, uint32_t to) const {
  if (to <= from) return 0;
  size_t words = 0;
  bool in_word = false;
  for (const char c : Bytes(from, to)) {
    const bool space = c == ' ' || c == '\t' || c == '\n';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

PartialGraph::PartialGraph(std::shared_ptr<TextStore> text)
    : text_(std::move(text)), texts_{text_} {}

NameIndex PartialGraph::Intern(const std::string& name) {
  const auto [it, inserted] =
      name_indexes_.try_emplace(name, static_cast<NameIndex>(names_.size()));
  if (inserted) names_.push_back(name);
  return it->second;
}

Status PartialGraph::Add(const Extraction& extraction,
                         const SentenceFingerprinter& fingerprinter) {
  return AddDocument(extraction, fingerprinter, nullptr);
}

Status PartialGraph::Add(const Extraction& extraction, const SentenceFingerprinter& fingerprinter,
                         const TextLayout& layout) {
  return AddDocument(extraction, fingerprinter, &layout);
}

Status PartialGraph::AddDocument(const Extraction& extraction,
                                 const SentenceFingerprinter& fingerprinter,
                                 const TextLayout* layout) {
  if (documents_.contains(extraction.doc)) {
    return InvalidInputError("document id '" + extraction.doc +
                             "' occurs twice in the corpus");
  }
  const std::vector<bool> with_facts = SentencesWithFacts(extraction);
  if (Status status = CheckOffsets(extraction, with_facts); !status.ok()) return status;
  DocumentFacts document;
  document.date = extraction.written ? extraction.written : extraction.date;
  document.sentences = static_cast<uint32_t>(extraction.sentences.size());
  document.mentions = static_cast<uint32_t>(extraction.mentions.size());
  document.events = static_cast<uint32_t>(extraction.events.size());
  document.skipped_lines = static_cast<uint32_t>(extraction.skipped.size());

  const size_t sentences = extraction.sentences.size();
  std::vector<std::vector<const Mention*>> mentions(sentences);
  for (const Mention& mention : extraction.mentions) {
    if (mention.sentence < sentences) mentions[mention.sentence].push_back(&mention);
  }
  // A sentence that names no one and reports nothing adds nothing to the
  // graph, nor do its dates (which the graph counts); keeping it would make
  // memory grow with the corpus, not the graph.
  constexpr uint32_t kNotKept = ~uint32_t{0};
  std::vector<uint32_t> kept_at(sentences, kNotKept);
  uint32_t kept = 0;
  for (uint32_t s = 0; s < sentences; ++s) {
    if (with_facts[s]) kept_at[s] = kept++;
  }
  document.dates = static_cast<uint32_t>(std::ranges::count_if(
      extraction.dates, [&](const DateExpression& date) {
        return date.sentence < sentences && kept_at[date.sentence] != kNotKept;
      }));
  document.kept.reserve(kept);
  // A sentence whose bytes the store holds already views them; the others
  // are copied after the document's id.
  std::vector<uint64_t> new_text_hashes;
  size_t kept_bytes = 0;
  for (uint32_t s = 0; s < sentences; ++s) {
    if (kept_at[s] == kNotKept) continue;
    const SentenceRecord& record = extraction.sentences[s];
    SentenceFacts& sentence = document.kept.emplace_back();
    sentence.index = s;
    sentence.paragraph = record.paragraph;
    sentence.start = record.start;
    sentence.end = record.end;
    const uint64_t hash = TextStore::HashOf(record.text);
    sentence.text = text_->FindKept(record.text, hash);
    if (sentence.text.data() == nullptr) {
      new_text_hashes.push_back(hash);
      kept_bytes += record.text.size();
    }
  }
  const std::span<char> kept_text = KeepText(extraction.doc, kept_bytes, &document);
  size_t at = 0;
  auto new_hash = new_text_hashes.begin();
  for (SentenceFacts& sentence : document.kept) {
    if (sentence.text.data() != nullptr) continue;
    const std::string& sentence_text = extraction.sentences[sentence.index].text;
    std::ranges::copy(sentence_text, kept_text.begin() + static_cast<ptrdiff_t>(at));
    sentence.text = document.text.substr(at, sentence_text.size());
    text_->RememberKept(sentence.text, *new_hash++);
    at += sentence_text.size();
  }

  // Lays out the `facts` of the kept sentences that `keep` takes, sentence
  // by sentence and in their order within each (a counting sort).
  const auto lay_out = [&](const auto& facts, FactRange SentenceFacts::*range, auto keep,
                           auto make, auto* out) {
    for (const auto& fact : facts) {
      if (keep(fact)) ++(document.kept[kept_at[fact.sentence]].*range).count;
    }
    uint32_t first = 0;
    for (SentenceFacts& sentence : document.kept) {
      (sentence.*range).first = first;
      first += std::exchange((sentence.*range).count, 0);
    }
    out->resize(first);
    for (const auto& fact : facts) {
      if (!keep(fact)) continue;
      FactRange& placed = document.kept[kept_at[fact.sentence]].*range;
      (*out)[placed.first + placed.count++] = make(fact);
    }
  };
  lay_out(
      extraction.events, &SentenceFacts::triggers,
      [&](const EventMention& event) { return event.sentence < sentences; },
      [&](const EventMention& event) {
        const SentenceRecord& sentence = extraction.sentences[event.sentence];
        const bool dated_anywhere = event.dating_end == 0;
        SentenceTrigger trigger{
            Intern(event.type),   event.start,        event.end,
            sentence.start,       sentence.end,       0,
            0,                    false,              event.verb,
            event.pluperfect,     event.subject_start, event.subject_end,
            event.governor_end,   event.relative_start, event.relative_end,
            dated_anywhere ? sentence.start : event.dating_start,
            dated_anywhere ? sentence.end : event.dating_end,
            event.next_clause_start == 0 ? sentence.end : event.next_clause_start,
            event.aside_start,    event.aside_end};
        if (event.speech) {
          const ReportedSpeech& speech = *event.speech;
          trigger.clause_start = speech.clause_start;
          trigger.clause_end = speech.clause_end;
          trigger.speaker_start = speech.speaker_start;
          trigger.speaker_end = speech.speaker_end;
          trigger.speaker_acts = speech.speaker_acts;
        }
        return trigger;
      },
      &document.kept_triggers);
  lay_out(
      extraction.dates, &SentenceFacts::dates,
      // A `since` date ("يحكم منذ 30 عاما", "أول زيارة منذ 12 عاما") is when
      // a state began, and dates neither the events of its sentence nor the
      // days it speaks of: on the real corpus most events it would date are
      // reported that day.
      [&](const DateExpression& date) {
        return date.sentence < sentences && kept_at[date.sentence] != kNotKept &&
               date.earliest && date.latest &&
               std::ranges::find(date.flags, "since") == date.flags.end();
      },
      [&](const DateExpression& date) {
        return SentenceDate{date.start, date.end, DaySpan{*date.earliest, *date.latest},
                            DateValue(date), date.granularity, date.kind == DateKind::kVague};
      },
      &document.kept_dates);

  size_t kept_mentions = 0;
  for (const SentenceFacts& sentence : document.kept) kept_mentions += mentions[sentence.index].size();
  document.kept_mentions.reserve(kept_mentions);
  for (SentenceFacts& sentence : document.kept) {
    const uint32_t s = sentence.index;
    const SentenceRecord& record = extraction.sentences[s];
    // The layout's tokens serve only where its sentence is this record's.
    const bool laid_out = layout != nullptr && s < layout->sentences.size() &&
                          layout->sentences[s].start == record.start &&
                          layout->sentences[s].end == record.end;
    document.fingerprints.Add(
        laid_out ? fingerprinter.Fingerprint(record, *layout, layout->sentences[s], mentions[s])
                 : fingerprinter.Fingerprint(record, mentions[s]));
    sentence.mentions = {static_cast<uint32_t>(document.kept_mentions.size()),
                         static_cast<uint32_t>(mentions[s].size())};
    for (const Mention* mention : mentions[s]) {
      document.kept_mentions.push_back({Intern(mention->entity), mention->kind, mention->locative,
                                        mention->after_preposition, mention->agent,
                                        mention->source, mention->patron, mention->owner,
                                        mention->after_place_noun, mention->after_target_link,
                                        mention->start, mention->end});
    }
  }
  document.fingerprints.ShrinkToFit();
  documents_.emplace(extraction.doc, std::move(document));
  return Status::Ok();
}

std::span<char> PartialGraph::KeepText(std::string_view id, size_t sentence_bytes,
                                       DocumentFacts* document) {
  const std::span<char> room = text_->Allocate(id.size() + sentence_bytes);
  std::ranges::copy(id, room.begin());
  document->id = std::string_view(room.data(), id.size());
  const std::span<char> sentences = room.subspan(id.size());
  document->text = std::string_view(sentences.data(), sentences.size());
  return sentences;
}

void PartialGraph::DropFingerprints() {
  for (auto& [doc, document] : documents_) {
    document.fingerprints = FingerprintList();
  }
}

Status PartialGraph::Merge(PartialGraph other) {
  // Each document's place is found once, both to refuse a document held
  // twice before anything changes and to insert it there. A corpus read in
  // order (a directory's sorted files) adds every document after the last,
  // found without a search; searching a map of 100,000 documents twice for
  // each cost about 50 ms of a 3.5 s build, the nodes out of the cache.
  using Place = std::map<std::string, DocumentFacts>::iterator;
  std::vector<Place> places;
  places.reserve(other.documents_.size());
  for (const auto& [doc, facts] : other.documents_) {
    const bool after_last = documents_.empty() || documents_.rbegin()->first < doc;
    const Place place = after_last ? documents_.end() : documents_.lower_bound(doc);
    if (place != documents_.end() && place->first == doc) {
      return InvalidInputError("document id '" + doc + "' occurs in both partial graphs");
    }
    places.push_back(place);
  }
  std::vector<NameIndex> ours;
  ours.reserve(other.names_.size());
  for (const std::string& name : other.names_) ours.push_back(Intern(name));
  // The text stays where it is. Copying it here, on the one thread that
  // takes the documents in order, cost that thread 2 to 3 % of a build's
  // time at two threads, most of it faulting in the pages copied to.
  for (std::shared_ptr<const TextStore>& store : other.texts_) {
    if (std::ranges::find(texts_, store) == texts_.end()) texts_.push_back(std::move(store));
  }
  // A place stays right as the documents before it come in: they are
  // smaller than the one it was found for.
  auto place = places.begin();
  while (!other.documents_.empty()) {
    auto node = other.documents_.extract(other.documents_.begin());
    DocumentFacts& facts = node.mapped();
    for (SentenceMention& mention : facts.kept_mentions) {
      mention.entity = ours[mention.entity];
    }
    for (SentenceTrigger& trigger : facts.kept_triggers) trigger.type = ours[trigger.type];
    documents_.insert(*place++, std::move(node));
  }
  return Status::Ok();
}

}  // namespace akhbar
