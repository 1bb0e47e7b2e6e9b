#include "graph/deduplicated_corpus.h"

#include <algorithm>

namespace akhbar {

DeduplicatedCorpus Deduplicate(const PartialGraph& partial, const DedupOptions& options) {
  DeduplicatedCorpus corpus;
  corpus.names = &partial.names();
  std::vector<FingerprintRef> fingerprints;
  size_t kept = 0;
  for (const auto& [doc, document] : partial.documents()) kept += document.kept.size();
  corpus.sentences.reserve(kept);
  fingerprints.reserve(kept);
  for (const auto& [doc, document] : partial.documents()) {
    if (document.kept.empty()) continue;
    corpus.documents.push_back(document.id);
    for (size_t k = 0; k < document.kept.size(); ++k) {
      corpus.sentences.push_back(CorpusSentence{&doc, &document.kept[k], &document, 0,
                                                static_cast<uint32_t>(corpus.documents.size() - 1)});
      fingerprints.push_back(FingerprintRef{&document.fingerprints, k});
    }
  }
  std::vector<uint32_t> cluster_of;
  corpus.clusters = Clusters::Group(ClusterNearDuplicates(fingerprints, options), &cluster_of);
  for (size_t i = 0; i < corpus.sentences.size(); ++i) corpus.sentences[i].cluster = cluster_of[i];
  return corpus;
}

Clusters Clusters::Group(const std::vector<size_t>& representative,
                         std::vector<uint32_t>* cluster_of) {
  Clusters clusters;
  cluster_of->assign(representative.size(), 0);
  std::vector<uint32_t> sizes;
  for (size_t i = 0; i < representative.size(); ++i) {
    if (representative[i] == i) {
      (*cluster_of)[i] = static_cast<uint32_t>(sizes.size());
      sizes.push_back(0);
    } else {
      (*cluster_of)[i] = (*cluster_of)[representative[i]];
    }
    ++sizes[(*cluster_of)[i]];
  }
  clusters.first_.reserve(sizes.size() + 1);
  for (const uint32_t size : sizes) clusters.first_.push_back(clusters.first_.back() + size);
  clusters.members_.resize(representative.size());
  // Sizes become each cluster's count of members placed so far.
  std::fill(sizes.begin(), sizes.end(), 0);
  for (size_t i = 0; i < representative.size(); ++i) {
    const uint32_t cluster = (*cluster_of)[i];
    clusters.members_[clusters.first_[cluster] + sizes[cluster]++] = static_cast<uint32_t>(i);
  }
  return clusters;
}

void SortUnique(DocumentIndexes* documents) {
  std::sort(documents->begin(), documents->end());
  documents->erase(std::unique(documents->begin(), documents->end()), documents->end());
}

DocumentList ListDocuments(const DeduplicatedCorpus& corpus, DocumentIndexes documents,
                           size_t limit) {
  DocumentList list;
  list.count = static_cast<uint32_t>(documents.size());
  const size_t listed = limit == 0 ? documents.size() : std::min(limit, documents.size());
  std::nth_element(documents.begin(), documents.begin() + listed, documents.end());
  std::sort(documents.begin(), documents.begin() + listed);
  list.ids.reserve(listed);
  for (size_t i = 0; i < listed; ++i) list.ids.push_back(corpus.documents[documents[i]]);
  return list;
}

EvidenceRef EvidenceOf(const CorpusSentence& sentence) {
  EvidenceRef evidence;
  evidence.doc = sentence.document->id;
  evidence.sentence = sentence.facts->index;
  evidence.start = sentence.facts->start;
  evidence.end = sentence.facts->end;
  evidence.text = sentence.facts->text;
  return evidence;
}

std::optional<DaySpan> SentenceDays(const CorpusSentence& sentence) {
  std::optional<DaySpan> days;
  for (const SentenceDate& date : sentence.Dates()) Cover(&days, date.days);
  if (!days && sentence.document->date) {
    days = DaySpan{*sentence.document->date, *sentence.document->date};
  }
  return days;
}

}  // namespace akhbar
