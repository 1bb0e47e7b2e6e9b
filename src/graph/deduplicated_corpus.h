// The corpus as the graph counts it: every sentence of the merged partial
// graph, grouped into clusters of copies of the same sentence.
#ifndef AKHBAR_GRAPH_DEDUPLICATED_CORPUS_H_
#define AKHBAR_GRAPH_DEDUPLICATED_CORPUS_H_

#include <cstddef>
#include <optional>
#include <vector>

#include "graph/day_span.h"
#include "graph/entity_graph.h"
#include "graph/near_duplicates.h"
#include "graph/partial_graph.h"

namespace akhbar {

struct CorpusSentence {
  const SentenceKey* key = nullptr;
  const SentenceFacts* facts = nullptr;
  const DocumentFacts* document = nullptr;
  size_t cluster = 0;  // index into DeduplicatedCorpus::clusters
};

struct DeduplicatedCorpus {
  std::vector<CorpusSentence> sentences;  // by (doc, sentence)
  // Indexes into `sentences`, ascending; the first is the representative.
  // Clusters are ordered by their representative.
  std::vector<std::vector<size_t>> clusters;

  size_t folded() const { return sentences.size() - clusters.size(); }
};

// The view borrows from `partial`, which must outlive it.
DeduplicatedCorpus Deduplicate(const PartialGraph& partial, const DedupOptions& options);

// The sentence as evidence: where it is and what it says.
EvidenceRef EvidenceOf(const CorpusSentence& sentence);

// The days a sentence speaks of: its resolved date expressions, else the
// date of its document.
std::optional<DaySpan> SentenceDays(const CorpusSentence& sentence);

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_DEDUPLICATED_CORPUS_H_
