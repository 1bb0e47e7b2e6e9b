#include "graph/deduplicated_corpus.h"

#include <algorithm>

namespace akhbar {

DeduplicatedCorpus Deduplicate(const PartialGraph& partial, const DedupOptions& options) {
  DeduplicatedCorpus corpus;
  corpus.names = &partial.names();
  std::vector<const SentenceFingerprint*> fingerprints;
  for (const auto& [doc, document] : partial.documents()) {
    if (document.kept.empty()) continue;
    corpus.documents.push_back(&document.text->id);
    for (const SentenceFacts& facts : document.kept) {
      corpus.sentences.push_back(CorpusSentence{
          &doc, &facts, &document, 0, static_cast<uint32_t>(corpus.documents.size() - 1)});
      fingerprints.push_back(&facts.fingerprint);
    }
  }
  const std::vector<size_t> representative = ClusterNearDuplicates(fingerprints, options);
  std::vector<size_t> cluster_of_representative(representative.size());
  for (size_t i = 0; i < representative.size(); ++i) {
    if (representative[i] == i) {
      cluster_of_representative[i] = corpus.clusters.size();
      corpus.clusters.emplace_back();
    }
    const size_t cluster = cluster_of_representative[representative[i]];
    corpus.sentences[i].cluster = cluster;
    corpus.clusters[cluster].push_back(i);
  }
  return corpus;
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
  for (size_t i = 0; i < listed; ++i) list.ids.push_back(*corpus.documents[documents[i]]);
  return list;
}

EvidenceRef EvidenceOf(const CorpusSentence& sentence) {
  EvidenceRef evidence;
  evidence.doc = sentence.document->text->id;
  evidence.sentence = sentence.facts->index;
  evidence.start = sentence.facts->start;
  evidence.end = sentence.facts->end;
  evidence.text = sentence.facts->text;
  return evidence;
}

std::optional<DaySpan> SentenceDays(const CorpusSentence& sentence) {
  std::optional<DaySpan> days;
  for (const SentenceDate& date : sentence.facts->dates) Cover(&days, date.days);
  if (!days && sentence.document->date) {
    days = DaySpan{*sentence.document->date, *sentence.document->date};
  }
  return days;
}

}  // namespace akhbar
