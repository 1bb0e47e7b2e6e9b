// What the graph stage keeps of each document, in a form that merges: the
// facts of every sentence that names an entity or reports an event (its
// fingerprint, mentions, dates and triggers) keyed by (document, sentence). Deduplication and counting happen only when
// the graph is built from the merged whole, so building from all documents at
// once, or from partial results merged in any grouping and any order, gives
// the same graph byte for byte; that is what lets a corpus be split across
// processes.
#ifndef AKHBAR_GRAPH_PARTIAL_GRAPH_H_
#define AKHBAR_GRAPH_PARTIAL_GRAPH_H_

#include <compare>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "extract/civil_date.h"
#include "extract/extraction.h"
#include "graph/sentence_fingerprint.h"

namespace akhbar {

struct SentenceKey {
  std::string doc;
  uint32_t sentence = 0;

  friend auto operator<=>(const SentenceKey&, const SentenceKey&) = default;
  friend bool operator==(const SentenceKey&, const SentenceKey&) = default;
};

struct SentenceFacts {
  uint32_t paragraph = 0;
  uint32_t start = 0;  // document byte offsets
  uint32_t end = 0;
  std::string text;
  SentenceFingerprint fingerprint;
  std::vector<Mention> mentions;       // in text order
  std::vector<DateExpression> dates;   // in text order
  std::vector<EventMention> events;    // in text order
};

struct DocumentFacts {
  std::optional<CivilDate> date;
  uint32_t sentences = 0;
  uint32_t mentions = 0;
  uint32_t dates = 0;
  uint32_t events = 0;
  uint32_t skipped_lines = 0;
};

class PartialGraph {
 public:
  // Fails if the document is already part of this partial graph.
  Status Add(const Extraction& extraction, const SentenceFingerprinter& fingerprinter);
  // Takes in every document of `other`; fails if both hold the same one.
  Status Merge(PartialGraph other);

  // Once the copies are found the fingerprints have served; the rest of the
  // graph stage reads the other facts.
  void DropFingerprints();

  const std::map<std::string, DocumentFacts>& documents() const { return documents_; }
  const std::map<SentenceKey, SentenceFacts>& sentences() const { return sentences_; }

 private:
  std::map<std::string, DocumentFacts> documents_;
  std::map<SentenceKey, SentenceFacts> sentences_;
};

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_PARTIAL_GRAPH_H_
