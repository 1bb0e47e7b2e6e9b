// Co-mention edges: two entities named in the same window of text. The
// weight counts distinct windows after deduplication, so an agency sentence
// that five outlets carry counts once (its outlets are the edge's documents).
#ifndef AKHBAR_GRAPH_CO_MENTIONS_H_
#define AKHBAR_GRAPH_CO_MENTIONS_H_

#include <cstddef>
#include <vector>

#include "graph/deduplicated_corpus.h"
#include "graph/graph_assembly.h"
#include "graph/graph_options.h"

namespace akhbar {

// One edge per pair of entities (source < target), sorted by the pair. A
// paragraph or document window counts once however many copies of it the
// corpus holds (a copy has the same sentences, up to near-duplicates).
// Evidence, strongest first: the windows carried by the most documents,
// then those where the two names stand closest; at most `max_evidence`
// sentences. Documents: all are counted, the first `max_documents` listed.
std::vector<GraphEdge> CollectCoMentions(const DeduplicatedCorpus& corpus,
                                         CoMentionWindow window, size_t max_evidence,
                                         size_t max_documents);

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_CO_MENTIONS_H_
