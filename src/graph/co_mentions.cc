#include "graph/co_mentions.h"

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "graph/name_ranks.h"
#include "graph/stable_hash.h"

namespace akhbar {
namespace {

using SentenceIndexes = std::vector<size_t>;  // into DeduplicatedCorpus::sentences

// A copy of a window of text: consecutive sentences of one document.
struct SentenceRange {
  uint32_t begin = 0;
  uint32_t end = 0;
};

// A window of text is every copy of it in the corpus, in corpus order. Its
// identity is the set of sentence clusters it is made of.
using WindowCopies = std::vector<SentenceRange>;

// Numbers per item in one array: item i's are values[first[i], first[i + 1]).
// The corpus has millions of sentences, clusters and windows, most with
// a few numbers or none, and an array each cost more than its contents.
struct NumbersPerItem {
  std::vector<uint32_t> first{0};
  std::vector<uint32_t> values;

  size_t size() const { return first.size() - 1; }
  std::span<const uint32_t> operator[](size_t item) const {
    return std::span(values).subspan(first[item], first[item + 1] - first[item]);
  }
  void Close() {
    assert(values.size() <= std::numeric_limits<uint32_t>::max() && "offsets are 32-bit");
    first.push_back(static_cast<uint32_t>(values.size()));
  }
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


// What each cluster names: the union of its copies, so that a copy
// dropping a name does not unlink the pair. The ranks are counted per
// cluster, placed, and each cluster's sorted with its repeats dropped.
NumbersPerItem NamesOfClusters(const DeduplicatedCorpus& corpus, const NameRanks& ranks) {
  const size_t clusters = corpus.clusters.size();
  std::vector<uint32_t> place(clusters + 1, 0);
  for (const CorpusSentence& sentence : corpus.sentences) {
    place[sentence.cluster + 1] += static_cast<uint32_t>(sentence.Mentions().size());
  }
  for (size_t c = 0; c < clusters; ++c) place[c + 1] += place[c];
  std::vector<NameRank> placed(place.back());
  for (const CorpusSentence& sentence : corpus.sentences) {
    for (const SentenceMention& mention : sentence.Mentions()) {
      placed[place[sentence.cluster]++] = ranks.RankOf(mention.entity);
    }
  }
  // Each cluster's ranks now end where the next cluster's begin.
  NumbersPerItem named;
  named.first.reserve(clusters + 1);
  named.values.reserve(placed.size());
  uint32_t begin = 0;
  for (size_t c = 0; c < clusters; ++c) {
    const auto first = placed.begin() + begin;
    const auto last = placed.begin() + place[c];
    std::sort(first, last);
    named.values.insert(named.values.end(), first, std::unique(first, last));
    named.Close();
    begin = place[c];
  }
  return named;
}

// The copies of windows: consecutive sentences of one document sharing the
// window, in corpus order.
std::vector<SentenceRange> CopiesOf(const DeduplicatedCorpus& corpus, CoMentionWindow window) {
  std::vector<SentenceRange> copies;
  for (size_t s = 0; s < corpus.sentences.size(); ++s) {
    const CorpusSentence& sentence = corpus.sentences[s];
    bool same = false;
    if (!copies.empty() && window != CoMentionWindow::kSentence) {
      const CorpusSentence& previous = corpus.sentences[s - 1];
      same = previous.doc == sentence.doc &&
             (window == CoMentionWindow::kDocument ||
              previous.facts->paragraph == sentence.facts->paragraph);
    }
    if (same) {
      copies.back().end = static_cast<uint32_t>(s + 1);
    } else {
      copies.push_back({static_cast<uint32_t>(s), static_cast<uint32_t>(s + 1)});
    }
  }
  return copies;
}

// The entities a copy names: those of its sentences' clusters.
void EntitiesOf(const DeduplicatedCorpus& corpus, const NumbersPerItem& named,
                SentenceRange copy, NameRankSet* entities) {
  entities->clear();
  for (uint32_t s = copy.begin; s < copy.end; ++s) {
    const std::span<const NameRank> ranks = named[corpus.sentences[s].cluster];
    entities->insert(entities->end(), ranks.begin(), ranks.end());
  }
  SortUnique(entities);
}

// Calls visit(copies, entities) for every window of text that names two
// entities or more. The windows come in no particular order; each one's
// copies in corpus order. Copies naming fewer are set aside before their
// identities are compared, and the identities are grouped by sorting their
// hashes: a map keyed by the clusters' lists cost an array and a tree node
// per window, and most windows name no pair.
template <typename Visit>
void ForEachWindowWithPairs(const DeduplicatedCorpus& corpus, const NumbersPerItem& named,
                            CoMentionWindow window, Visit&& visit) {
  const std::vector<SentenceRange> copies = CopiesOf(corpus, window);
  struct Candidate {
    uint64_t hash = 0;
    uint32_t copy = 0;
    uint32_t identity = 0;  // into identities
    bool operator<(const Candidate& other) const {
      return std::tie(hash, copy) < std::tie(other.hash, other.copy);
    }
  };
  std::vector<Candidate> candidates;
  NumbersPerItem identities;
  NameRankSet entities;
  std::vector<uint32_t> identity;
  for (size_t c = 0; c < copies.size(); ++c) {
    EntitiesOf(corpus, named, copies[c], &entities);
    if (entities.size() < 2) continue;
    identity.clear();
    for (uint32_t s = copies[c].begin; s < copies[c].end; ++s) {
      identity.push_back(corpus.sentences[s].cluster);
    }
    SortUnique(&identity);
    uint64_t hash = MixBits(identity.size());
    for (const uint32_t cluster : identity) hash = MixBits(hash ^ cluster);
    candidates.push_back({hash, static_cast<uint32_t>(c), static_cast<uint32_t>(identities.size())});
    identities.values.insert(identities.values.end(), identity.begin(), identity.end());
    identities.Close();
  }
  std::sort(candidates.begin(), candidates.end());

  // Within a run of one hash, a window is the candidates of one identity:
  // nearly always the whole run, unless two identities share a hash.
  WindowCopies window_copies;
  std::vector<bool> taken;
  for (size_t begin = 0; begin < candidates.size();) {
    size_t end = begin + 1;
    while (end < candidates.size() && candidates[end].hash == candidates[begin].hash) ++end;
    taken.assign(end - begin, false);
    for (size_t first = begin; first < end; ++first) {
      if (taken[first - begin]) continue;
      const std::span<const uint32_t> first_identity = identities[candidates[first].identity];
      window_copies.clear();
      for (size_t other = first; other < end; ++other) {
        if (taken[other - begin]) continue;
        if (other != first &&
            !std::ranges::equal(identities[candidates[other].identity], first_identity)) {
          continue;
        }
        taken[other - begin] = true;
        window_copies.push_back(copies[candidates[other].copy]);
      }
      EntitiesOf(corpus, named, window_copies.front(), &entities);
      visit(static_cast<const WindowCopies&>(window_copies),
            static_cast<const NameRankSet&>(entities));
    }
    begin = end;
  }
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
// rather than once per pair; entity k is the window's entities[k]. Reused
// from one window to the next.
struct WindowFacts {
  DocumentIndexes documents;                 // of every copy, ascending
  std::vector<std::optional<DaySpan>> days;  // over every copy
  std::vector<SentenceIndexes> in_first_copy;  // ascending
};

void FactsOf(const DeduplicatedCorpus& corpus, const NameRanks& ranks,
             const WindowCopies& copies, const NameRankSet& entities, WindowFacts* facts) {
  facts->documents.clear();
  facts->days.assign(entities.size(), std::nullopt);
  facts->in_first_copy.resize(entities.size());
  for (SentenceIndexes& sentences : facts->in_first_copy) sentences.clear();
  NameRankSet named;
  for (size_t c = 0; c < copies.size(); ++c) {
    for (uint32_t s = copies[c].begin; s < copies[c].end; ++s) {
      const CorpusSentence& sentence = corpus.sentences[s];
      facts->documents.push_back(sentence.document_index);
      named.clear();
      for (const SentenceMention& mention : sentence.Mentions()) {
        named.push_back(ranks.RankOf(mention.entity));
      }
      SortUnique(&named);
      const std::optional<DaySpan> days = SentenceDays(sentence);
      for (const NameRank entity : named) {
        // A sentence names only entities of its cluster, which are the window's.
        const size_t k = static_cast<size_t>(
            std::lower_bound(entities.begin(), entities.end(), entity) - entities.begin());
        Cover(&facts->days[k], days);
        if (c == 0) facts->in_first_copy[k].push_back(s);
      }
    }
  }
  SortUnique(&facts->documents);
}

// The sentences of a window's first copy that best show the pair of its
// entities a and b (a < b): one that names both (the names closest
// together), else the closest two that name one each.
Evidence EvidenceIn(const DeduplicatedCorpus& corpus, const NameRanks& ranks,
                    const WindowCopies& copies, const NameRankSet& entities,
                    const WindowFacts& facts, size_t a, size_t b) {
  Evidence evidence;
  evidence.documents = static_cast<uint32_t>(facts.documents.size());
  evidence.sentences_apart = std::numeric_limits<uint32_t>::max();
  evidence.bytes_apart = std::numeric_limits<uint32_t>::max();
  evidence.first = evidence.second = copies.front().begin;
  const SentenceIndexes& with_a = facts.in_first_copy[a];
  const SentenceIndexes& with_b = facts.in_first_copy[b];
  auto i = with_a.begin();
  auto j = with_b.begin();
  while (i != with_a.end() && j != with_b.end()) {
    const uint32_t apart = static_cast<uint32_t>(*i > *j ? *i - *j : *j - *i);
    const uint32_t bytes =
        apart == 0 ? BytesApart(ranks, corpus.sentences[*i], entities[a], entities[b]) : 0;
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
// the documents it reads and not a sort of all of them. The documents go
// into one buffer as large as the corpus's list, each kept or overwritten
// by the next without a branch: whether a document is new is a coin toss
// the processor mispredicts, and template news joins millions.
class DocumentJoin {
 public:
  // One slot more than the documents: a repeat is written past the last
  // new one before it is dropped.
  explicit DocumentJoin(size_t documents) : stamps_(documents, 0), joined_(documents + 1) {}

  // The documents of the windows a pair is in. The windows are numbered in
  // the order they were met and a pair's are ascending, so the reads run
  // forward through window_documents.
  DocumentIndexes Join(const std::vector<uint32_t>& windows,
                       const NumbersPerItem& window_documents) {
    ++stamp_;
    uint32_t* const joined = joined_.data();
    uint32_t* const stamps = stamps_.data();
    size_t count = 0;
    for (const uint32_t window : windows) {
      for (const uint32_t document : window_documents[window]) {
        joined[count] = document;
        count += stamps[document] != stamp_ ? 1 : 0;
        stamps[document] = stamp_;
      }
    }
    return DocumentIndexes(joined_.begin(), joined_.begin() + static_cast<std::ptrdiff_t>(count));
  }

 private:
  std::vector<uint32_t> stamps_;
  uint32_t stamp_ = 0;
  std::vector<uint32_t> joined_;
};

}  // namespace

std::vector<GraphEdge> CollectCoMentions(const DeduplicatedCorpus& corpus,
                                         CoMentionWindow window, size_t max_evidence,
                                         size_t max_documents) {
  const NameRanks ranks(*corpus.names);
  const NumbersPerItem named = NamesOfClusters(corpus, ranks);

  std::map<std::pair<NameRank, NameRank>, PairTotals> pairs;
  NumbersPerItem window_documents;  // of the windows pairs are in
  WindowFacts facts;
  ForEachWindowWithPairs(corpus, named, window, [&](const WindowCopies& copies,
                                                    const NameRankSet& entities) {
    FactsOf(corpus, ranks, copies, entities, &facts);
    const auto window_number = static_cast<uint32_t>(window_documents.size());
    for (size_t a = 0; a < entities.size(); ++a) {
      for (size_t b = a + 1; b < entities.size(); ++b) {
        PairTotals& totals = pairs[{entities[a], entities[b]}];
        ++totals.weight;
        totals.windows.push_back(window_number);
        Cover(&totals.days, facts.days[a]);
        Cover(&totals.days, facts.days[b]);
        totals.evidence.push_back(EvidenceIn(corpus, ranks, copies, entities, facts, a, b));
        KeepStrongest(&totals.evidence, max_evidence);
      }
    }
    window_documents.values.insert(window_documents.values.end(), facts.documents.begin(),
                                   facts.documents.end());
    window_documents.Close();
  });

  std::vector<GraphEdge> edges;
  DocumentJoin join(corpus.documents.size());
  for (auto& [pair, totals] : pairs) {
    GraphEdge edge;
    edge.source = ranks.Name(pair.first);
    edge.target = ranks.Name(pair.second);
    EdgeData& data = edge.data;
    data.weight = totals.weight;
    DocumentList documents =
        ListDocuments(corpus, join.Join(totals.windows, window_documents), max_documents);
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
