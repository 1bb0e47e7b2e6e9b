// The corpus as the graph counts it: every sentence of the merged partial
// graph, grouped into clusters of copies of the same sentence.
#ifndef AKHBAR_GRAPH_DEDUPLICATED_CORPUS_H_
#define AKHBAR_GRAPH_DEDUPLICATED_CORPUS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "graph/day_span.h"
#include "graph/entity_graph.h"
#include "graph/near_duplicates.h"
#include "graph/partial_graph.h"

namespace akhbar {

struct CorpusSentence {
  const std::string* doc = nullptr;
  const SentenceFacts* facts = nullptr;
  const DocumentFacts* document = nullptr;
  size_t cluster = 0;         // index into DeduplicatedCorpus::clusters
  uint32_t document_index = 0;  // into DeduplicatedCorpus::documents
};

struct DeduplicatedCorpus {
  std::vector<CorpusSentence> sentences;  // by (doc, sentence)
  // The ids of the documents with a sentence here, ascending, so that sets
  // of documents can be sets of small indexes; in DocumentFacts::text, which
  // the graph keeps.
  std::vector<const std::string*> documents;
  // Indexes into `sentences`, ascending; the first is the representative.
  // Clusters are ordered by their representative.
  std::vector<std::vector<size_t>> clusters;
  const std::vector<std::string>* names = nullptr;  // PartialGraph::names()

  size_t folded() const { return sentences.size() - clusters.size(); }
  const std::string& Name(NameIndex name) const { return (*names)[name]; }
};

// Documents as indexes into DeduplicatedCorpus::documents.
using DocumentIndexes = std::vector<uint32_t>;

// `documents` sorted with repeats dropped.
void SortUnique(DocumentIndexes* documents);

// How many documents `documents` (unique, in any order) holds, and the ids
// of the first `limit` of them in corpus order (all of them when `limit` is
// 0): a frequent name is in most of a corpus, and its node need not carry
// every id, nor sort them all.
struct DocumentList {
  std::vector<std::string_view> ids;
  uint32_t count = 0;
};
DocumentList ListDocuments(const DeduplicatedCorpus& corpus, DocumentIndexes documents,
                           size_t limit);

// The view borrows from `partial`, which must outlive it.
DeduplicatedCorpus Deduplicate(const PartialGraph& partial, const DedupOptions& options);

// The sentence as evidence: where it is and what it says.
EvidenceRef EvidenceOf(const CorpusSentence& sentence);

// The days a sentence speaks of: its resolved date expressions, else the
// date of its document.
std::optional<DaySpan> SentenceDays(const CorpusSentence& sentence);

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_DEDUPLICATED_CORPUS_H_
