#include "graph/partial_graph.h"

#include <utility>

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

// The sentences must be their documents' bytes for facts to be read from them
// by offset.
Status CheckOffsets(const Extraction& extraction) {
  for (size_t s = 0; s < extraction.sentences.size(); ++s) {
    const SentenceRecord& sentence = extraction.sentences[s];
    if (sentence.end < sentence.start || sentence.text.size() != sentence.end - sentence.start) {
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
  return CheckInsideSentences(extraction, extraction.events, "an event trigger");
}

std::string DateValue(const DateExpression& date) {
  if (!date.value.empty()) return date.value;
  if (!date.range_start.empty()) return date.range_start + ".." + date.range_end;
  return date.earliest->ToIso() + ".." + date.latest->ToIso();
}

}  // namespace

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
  if (Status status = CheckOffsets(extraction); !status.ok()) return status;
  DocumentFacts document;
  document.date = extraction.date;
  document.sentences = static_cast<uint32_t>(extraction.sentences.size());
  document.mentions = static_cast<uint32_t>(extraction.mentions.size());
  document.dates = static_cast<uint32_t>(extraction.dates.size());
  document.events = static_cast<uint32_t>(extraction.events.size());
  document.skipped_lines = static_cast<uint32_t>(extraction.skipped.size());

  const size_t sentences = extraction.sentences.size();
  std::vector<std::vector<const Mention*>> mentions(sentences);
  for (const Mention& mention : extraction.mentions) {
    if (mention.sentence < sentences) mentions[mention.sentence].push_back(&mention);
  }
  std::vector<SentenceFacts> facts(sentences);
  for (const EventMention& event : extraction.events) {
    if (event.sentence >= sentences) continue;
    facts[event.sentence].triggers.push_back({Intern(event.type), event.start, event.end});
  }
  for (const DateExpression& date : extraction.dates) {
    // A sentence that names no one and reports nothing adds nothing to the
    // graph, nor do its dates.
    if (date.sentence >= sentences || !date.earliest || !date.latest) continue;
    if (mentions[date.sentence].empty() && facts[date.sentence].triggers.empty()) continue;
    facts[date.sentence].dates.push_back({date.start, date.end,
                                          DaySpan{*date.earliest, *date.latest},
                                          DateValue(date), date.granularity,
                                          date.kind == DateKind::kVague});
  }
  // Keeping sentences without facts would make memory grow with the
  // corpus, not the graph.
  std::vector<uint32_t> kept;
  auto text = std::make_shared<DocumentText>();
  text->id = extraction.doc;
  size_t kept_bytes = 0;
  for (uint32_t s = 0; s < sentences; ++s) {
    if (mentions[s].empty() && facts[s].triggers.empty()) continue;
    kept.push_back(s);
    kept_bytes += extraction.sentences[s].text.size();
  }
  text->sentences.reserve(kept_bytes);
  for (const uint32_t s : kept) text->sentences += extraction.sentences[s].text;
  size_t text_at = 0;
  document.kept.reserve(kept.size());
  for (const uint32_t s : kept) {
    SentenceFacts& sentence = facts[s];
    const SentenceRecord& record = extraction.sentences[s];
    sentence.index = s;
    sentence.paragraph = record.paragraph;
    sentence.start = record.start;
    sentence.end = record.end;
    sentence.text = std::string_view(text->sentences).substr(text_at, record.text.size());
    text_at += record.text.size();
    // The layout's tokens serve only where its sentence is this record's.
    const bool laid_out = layout != nullptr && s < layout->sentences.size() &&
                          layout->sentences[s].start == record.start &&
                          layout->sentences[s].end == record.end;
    sentence.fingerprint =
        laid_out ? fingerprinter.Fingerprint(record, *layout, layout->sentences[s], mentions[s])
                 : fingerprinter.Fingerprint(record, mentions[s]);
    sentence.mentions.reserve(mentions[s].size());
    for (const Mention* mention : mentions[s]) {
      sentence.mentions.push_back(
          {Intern(mention->entity), mention->kind, mention->start, mention->end});
    }
    document.kept.push_back(std::move(sentence));
  }
  document.text = std::move(text);
  documents_.emplace(extraction.doc, std::move(document));
  return Status::Ok();
}

void PartialGraph::DropFingerprints() {
  for (auto& [doc, document] : documents_) {
    for (SentenceFacts& sentence : document.kept) sentence.fingerprint = SentenceFingerprint();
  }
}

Status PartialGraph::Merge(PartialGraph other) {
  for (const auto& [doc, facts] : other.documents_) {
    if (documents_.contains(doc)) {
      return InvalidInputError("document id '" + doc + "' occurs in both partial graphs");
    }
  }
  std::vector<NameIndex> ours;
  ours.reserve(other.names_.size());
  for (const std::string& name : other.names_) ours.push_back(Intern(name));
  for (auto& [doc, document] : other.documents_) {
    for (SentenceFacts& sentence : document.kept) {
      for (SentenceMention& mention : sentence.mentions) mention.entity = ours[mention.entity];
      for (SentenceTrigger& trigger : sentence.triggers) trigger.type = ours[trigger.type];
    }
  }
  documents_.merge(other.documents_);
  return Status::Ok();
}

}  // namespace akhbar
