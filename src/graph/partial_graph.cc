#include "graph/partial_graph.h"

#include <utility>

namespace akhbar {

Status PartialGraph::Add(const Extraction& extraction,
                         const SentenceFingerprinter& fingerprinter) {
  if (documents_.contains(extraction.doc)) {
    return InvalidInputError("document id '" + extraction.doc +
                             "' occurs twice in the corpus");
  }
  DocumentFacts& document = documents_[extraction.doc];
  document.date = extraction.date;
  document.sentences = static_cast<uint32_t>(extraction.sentences.size());
  document.mentions = static_cast<uint32_t>(extraction.mentions.size());
  document.dates = static_cast<uint32_t>(extraction.dates.size());
  document.events = static_cast<uint32_t>(extraction.events.size());
  document.skipped_lines = static_cast<uint32_t>(extraction.skipped.size());

  std::vector<SentenceFacts> facts(extraction.sentences.size());
  for (const Mention& mention : extraction.mentions) {
    if (mention.sentence < facts.size()) facts[mention.sentence].mentions.push_back(mention);
  }
  for (const DateExpression& date : extraction.dates) {
    if (date.sentence < facts.size()) facts[date.sentence].dates.push_back(date);
  }
  for (const EventMention& event : extraction.events) {
    if (event.sentence < facts.size()) facts[event.sentence].events.push_back(event);
  }
  for (uint32_t s = 0; s < facts.size(); ++s) {
    SentenceFacts& sentence = facts[s];
    // A sentence that names no one and reports nothing adds nothing to the
    // graph; keeping it would make memory grow with the corpus, not the graph.
    if (sentence.mentions.empty() && sentence.events.empty()) continue;
    const SentenceRecord& record = extraction.sentences[s];
    sentence.paragraph = record.paragraph;
    sentence.start = record.start;
    sentence.end = record.end;
    sentence.text = record.text;
    std::vector<const Mention*> mentions;
    for (const Mention& mention : sentence.mentions) mentions.push_back(&mention);
    sentence.fingerprint = fingerprinter.Fingerprint(record, mentions);
    sentences_.emplace(SentenceKey{extraction.doc, s}, std::move(sentence));
  }
  return Status::Ok();
}

void PartialGraph::DropFingerprints() {
  for (auto& [key, facts] : sentences_) facts.fingerprint = SentenceFingerprint();
}

Status PartialGraph::Merge(PartialGraph other) {
  for (const auto& [doc, facts] : other.documents_) {
    if (documents_.contains(doc)) {
      return InvalidInputError("document id '" + doc + "' occurs in both partial graphs");
    }
  }
  documents_.merge(other.documents_);
  sentences_.merge(other.sentences_);
  return Status::Ok();
}

}  // namespace akhbar
