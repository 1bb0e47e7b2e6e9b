#include "graph/co_mentions.h"

#include <algorithm>
#include <limits>
#include <map>
#include <string>
#include <tuple>
#include <utility>

#include "graph/name_ranks.h"

namespace akhbar {
namespace {

using SentenceIndexes = std::vector<size_t>;  // into DeduplicatedCorpus::sentences

// A window of text and every copy of it in the corpus. Its identity is the
// set of sentence clusters it is made of.
struct Window {
  std::vector<SentenceIndexes> copies;  // in corpus order
};

// One window's evidence for a pair: one sentence, or two (first < second).
// Sentences are indexes, made into EvidenceRefs only for the strongest.
struct Evidence {
  uint32_t documents = 0;  // how many documents carry the window
  uint32_t sentences_apart = 0;
  uint32_t bytes_apart = 0;
  size_t first = 0;
  size_t second = 0;
};

// Carried by more documents, then the names closer together, then first in
// the corpus.
bool Stronger(const Evidence& x, const Evidence& y) {
  if (x.documents != y.documents) return x.documents > y.documents;
  return std::tie(x.sentences_apart, x.bytes_apart, x.first) <
         std::tie(y.sentences_apart, y.bytes_apart, y.first);
}

struct PairTotals {
  uint32_t weight = 0;
  // The windows the pair is in: its documents are theirs, joined only once
  // the edge is made, since a window of an agency sentence that thousands
  // of documents carry holds many pairs.
  std::vector<uint32_t> windows;
  std::optional<DaySpan> days;
  // The strongest windows only: a pair of frequent names is seen in
  // thousands of windows, and only `max_evidence` of them are shown.
  std::vector<Evidence> evidence;
};

// Keeps the `limit` strongest of `evidence` once it has grown to twice that,
// so memory stays bounded and the result is the same as sorting them all.
void KeepStrongest(std::vector<Evidence>* evidence, size_t limit) {
  if (evidence->size() < 2 * limit + 2) return;
  std::nth_element(evidence->begin(), evidence->begin() + limit, evidence->end(), Stronger);
  evidence->resize(limit);
}


std::map<std::vector<size_t>, Window> WindowsOf(const DeduplicatedCorpus& corpus,
                                                CoMentionWindow window) {
  // Copies: consecutive sentences of one document sharing the window.
  std::vector<SentenceIndexes> copies;
  for (size_t s = 0; s < corpus.sentences.size(); ++s) {
    const CorpusSentence& sentence = corpus.sentences[s];
    bool same = false;
    if (!copies.empty() && window != CoMentionWindow::kSentence) {
      const CorpusSentence& previous = corpus.sentences[copies.back().back()];
      same = previous.doc == sentence.doc &&
             (window == CoMentionWindow::kDocument ||
              previous.facts->paragraph == sentence.facts->paragraph);
    }
    if (same) {
      copies.back().push_back(s);
    } else {
      copies.push_back({s});
    }
  }
  std::map<std::vector<size_t>, Window> windows;
  for (SentenceIndexes& copy : copies) {
    std::vector<size_t> identity;
    for (const size_t s : copy) identity.push_back(corpus.sentences[s].cluster);
    std::sort(identity.begin(), identity.end());
    identity.erase(std::unique(identity.begin(), identity.end()), identity.end());
    windows[std::move(identity)].copies.push_back(std::move(copy));
  }
  return windows;
}

uint32_t BytesApart(const NameRanks& ranks, const CorpusSentence& sentence, NameRank a,
                    NameRank b) {
  uint32_t closest = std::numeric_limits<uint32_t>::max();
  for (const SentenceMention& x : sentence.Mentions()) {
    if (ranks.RankOf(x.entity) != a) continue;
    for (const SentenceMention& y : sentence.Mentions()) {
      if (ranks.RankOf(y.entity) != b) continue;
      const uint32_t gap = x.end <= y.start ? y.start - x.end
                           : y.end <= x.start ? x.start - y.end
                                              : 0;
      closest = std::min(closest, gap);
    }
  }
  return closest;
}

// What a window says about each entity it names, worked out once per window
// rather than once per pair.
struct WindowFacts {
  DocumentIndexes documents;                                 // of every copy, ascending
  std::map<NameRank, std::optional<DaySpan>> days;           // over every copy
  std::map<NameRank, SentenceIndexes> in_first_copy;         // ascending
};

WindowFacts FactsOf(const DeduplicatedCorpus& corpus, const NameRanks& ranks,
                    const Window& window) {
  WindowFacts facts;
  NameRankSet named;
  for (size_t c = 0; c < window.copies.size(); ++c) {
    for (const size_t s : window.copies[c]) {
      const CorpusSentence& sentence = corpus.sentences[s];
      facts.documents.push_back(sentence.document_index);
      named.clear();
      for (const SentenceMention& mention : sentence.Mentions()) {
        named.push_back(ranks.RankOf(mention.entity));
      }
      SortUnique(&named);
      const std::optional<DaySpan> days = SentenceDays(sentence);
      for (const NameRank entity : named) {
        Cover(&facts.days[entity], days);
        if (c == 0) facts.in_first_copy[entity].push_back(s);
      }
    }
  }
  SortUnique(&facts.documents);
  return facts;
}

const SentenceIndexes& SentencesNaming(const WindowFacts& facts, NameRank entity) {
  static const SentenceIndexes kNone;
  const auto it = facts.in_first_copy.find(entity);
  return it == facts.in_first_copy.end() ? kNone : it->second;
}

// The sentences of a window's first copy that best show the pair: one that
// names both (the names closest together), else the closest two that name
// one each.
Evidence EvidenceIn(const DeduplicatedCorpus& corpus, const NameRanks& ranks,
                    const Window& window, const WindowFacts& facts, NameRank a,
                    NameRank b) {
  Evidence evidence;
  evidence.documents = static_cast<uint32_t>(facts.documents.size());
  evidence.sentences_apart = std::numeric_limits<uint32_t>::max();
  evidence.bytes_apart = std::numeric_limits<uint32_t>::max();
  evidence.first = evidence.second = window.copies.front().front();
  const SentenceIndexes& with_a = SentencesNaming(facts, a);
  const SentenceIndexes& with_b = SentencesNaming(facts, b);
  auto i = with_a.begin();
  auto j = with_b.begin();
  while (i != with_a.end() && j != with_b.end()) {
    const uint32_t apart = static_cast<uint32_t>(*i > *j ? *i - *j : *j - *i);
    const uint32_t bytes = apart == 0 ? BytesApart(ranks, corpus.sentences[*i], a, b) : 0;
    if (std::tie(apart, bytes) < std::tie(evidence.sentences_apart, evidence.bytes_apart)) {
      evidence.sentences_apart = apart;
      evidence.bytes_apart = bytes;
      evidence.first = std::min(*i, *j);
      evidence.second = std::max(*i, *j);
    }
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++i, ++j;
    }
  }
  return evidence;
}

// Which documents the current join has met, by stamp, so that a join costs
// the documents it reads and not a sort of all of them.
struct DocumentsSeen {
  explicit DocumentsSeen(size_t documents) : stamps(documents, 0) {}
  std::vector<uint32_t> stamps;
  uint32_t stamp = 0;
};

DocumentIndexes JoinDocuments(const std::vector<uint32_t>& windows,
                              const std::vector<DocumentIndexes>& window_documents,
                              DocumentsSeen* seen) {
  ++seen->stamp;
  DocumentIndexes joined;
  for (const uint32_t window : windows) {
    for (const uint32_t document : window_documents[window]) {
      if (seen->stamps[document] == seen->stamp) continue;
      seen->stamps[document] = seen->stamp;
      joined.push_back(document);
    }
  }
  return joined;
}

}  // namespace

std::vector<GraphEdge> CollectCoMentions(const DeduplicatedCorpus& corpus,
                                         CoMentionWindow window, size_t max_evidence,
                                         size_t max_documents) {
  // What each cluster names: the union of its copies, so that a copy
  // dropping a name does not unlink the pair.
  const NameRanks ranks(*corpus.names);
  std::vector<NameRankSet> named(corpus.clusters.size());
  for (const CorpusSentence& sentence : corpus.sentences) {
    for (const SentenceMention& mention : sentence.Mentions()) {
      named[sentence.cluster].push_back(ranks.RankOf(mention.entity));
    }
  }
  for (NameRankSet& entities : named) SortUnique(&entities);

  std::map<std::pair<NameRank, NameRank>, PairTotals> pairs;
  std::vector<DocumentIndexes> window_documents;  // of the windows pairs are in
  NameRankSet entities;
  for (const auto& [identity, text_window] : WindowsOf(corpus, window)) {
    entities.clear();
    for (const size_t cluster : identity) {
      entities.insert(entities.end(), named[cluster].begin(), named[cluster].end());
    }
    SortUnique(&entities);
    if (entities.size() < 2) continue;
    WindowFacts facts = FactsOf(corpus, ranks, text_window);
    for (auto a = entities.begin(); a != entities.end(); ++a) {
      for (auto b = std::next(a); b != entities.end(); ++b) {
        PairTotals& totals = pairs[{*a, *b}];
        ++totals.weight;
        totals.windows.push_back(static_cast<uint32_t>(window_documents.size()));
        for (const NameRank entity : {*a, *b}) {
          if (const auto it = facts.days.find(entity); it != facts.days.end()) {
            Cover(&totals.days, it->second);
          }
        }
        totals.evidence.push_back(EvidenceIn(corpus, ranks, text_window, facts, *a, *b));
        KeepStrongest(&totals.evidence, max_evidence);
      }
    }
    window_documents.push_back(std::move(facts.documents));
  }

  std::vector<GraphEdge> edges;
  DocumentsSeen seen(corpus.documents.size());
  for (auto& [pair, totals] : pairs) {
    GraphEdge edge;
    edge.source = ranks.Name(pair.first);
    edge.target = ranks.Name(pair.second);
    EdgeData& data = edge.data;
    data.weight = totals.weight;
    DocumentList documents =
        ListDocuments(corpus, JoinDocuments(totals.windows, window_documents, &seen), max_documents);
    data.documents = std::move(documents.ids);
    data.document_count = documents.count;
    if (totals.days) {
      data.first_date = totals.days->first;
      data.last_date = totals.days->last;
    }
    std::sort(totals.evidence.begin(), totals.evidence.end(), Stronger);
    for (const Evidence& evidence : totals.evidence) {
      const size_t sentences = evidence.first == evidence.second ? 1 : 2;
      if (data.evidence.size() + sentences > max_evidence) break;
      data.evidence.push_back(EvidenceOf(corpus.sentences[evidence.first]));
      if (sentences == 2) data.evidence.push_back(EvidenceOf(corpus.sentences[evidence.second]));
    }
    edges.push_back(std::move(edge));
  }
  return edges;
}

}  // namespace akhbar
