// The corpus as the graph counts it: every sentence of the merged partial
// graph, grouped into clusters of copies of the same sentence.
#ifndef AKHBAR_GRAPH_DEDUPLICATED_CORPUS_H_
#define AKHBAR_GRAPH_DEDUPLICATED_CORPUS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
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
  uint32_t cluster = 0;         // index into DeduplicatedCorpus::clusters
  uint32_t document_index = 0;  // into DeduplicatedCorpus::documents

  std::span<const SentenceMention> Mentions() const { return document->MentionsOf(*facts); }
  std::span<const SentenceDate> Dates() const { return document->DatesOf(*facts); }
  std::span<const SentenceTrigger> Triggers() const { return document->TriggersOf(*facts); }
};

// Sentence indexes grouped by cluster, ascending within each, in one array:
// most clusters are a single sentence, and an array each cost several times
// its one member.
class Clusters {
 public:
  // Groups sentence i with sentence representative[i], which is the
  // smallest index of its group; clusters are numbered in the order of their
  // representatives, and (*cluster_of)[i] is sentence i's.
  static Clusters Group(const std::vector<size_t>& representative,
                        std::vector<uint32_t>* cluster_of);

  size_t size() const { return first_.size() - 1; }
  std::span<const uint32_t> operator[](size_t cluster) const {
    return std::span(members_).subspan(first_[cluster], first_[cluster + 1] - first_[cluster]);
  }

 private:
  std::vector<uint32_t> members_;
  std::vector<uint32_t> first_{0};  // per cluster, then one past the last
};

struct DeduplicatedCorpus {
  std::vector<CorpusSentence> sentences;  // by (doc, sentence)
  // The ids of the documents with a sentence here, ascending, so that sets
  // of documents can be sets of small indexes; in PartialGraph::texts(), which
  // the graph keeps.
  std::vector<std::string_view> documents;
  // Indexes into `sentences`, ascending; the first is the representative.
  // Clusters are ordered by their representative.
  Clusters clusters;
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

// The view borrows from `partial`, which must outlive it and still hold its
// fingerprints (Deduplicate before PartialGraph::DropFingerprints).
DeduplicatedCorpus Deduplicate(const PartialGraph& partial, const DedupOptions& options);

// The sentence as evidence: where it is and what it says.
EvidenceRef EvidenceOf(const CorpusSentence& sentence);

// The days a sentence speaks of: its resolved date expressions, else the
// date of its document.
std::optional<DaySpan> SentenceDays(const CorpusSentence& sentence);

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_DEDUPLICATED_CORPUS_H_
