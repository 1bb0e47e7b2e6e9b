// Which sentences of a corpus are the same sentence: exact copies (same
// normalized text) and near copies found by MinHash with banded LSH, then
// checked on their shingle sets.
#ifndef AKHBAR_GRAPH_NEAR_DUPLICATES_H_
#define AKHBAR_GRAPH_NEAR_DUPLICATES_H_

#include <cstddef>
#include <vector>

#include "graph/sentence_fingerprint.h"

namespace akhbar {

struct DedupOptions {
  // Two sentences are one when their shingle sets overlap this much
  // (Jaccard: shared / all) ...
  double min_jaccard = 0.8;
  // ... or when one outlet extended the agency sentence by a clause: nearly
  // all of the shorter one is inside the longer, which is not much longer.
  double min_containment = 0.9;
  size_t min_contained_shingles = 8;
  double min_size_ratio = 0.6;
};

bool NearDuplicates(const FingerprintView& a, const FingerprintView& b,
                    const DedupOptions& options);

// For each sentence, the index of its cluster's representative: the smallest
// index in the cluster. Clusters are the connected components of the
// near-duplicate relation over the pairs compared: every pair sharing an LSH
// bucket, except in buckets of hundreds of sentences (one template filled
// with other names), where each sentence meets the last few clusters of its
// size only. Below that size the partition does not depend on the order of
// the sentences; above it, it does, so pass them in a canonical order (by
// document and sentence) and both partition and representative are canonical.
std::vector<size_t> ClusterNearDuplicates(
    const std::vector<FingerprintRef>& fingerprints, const DedupOptions& options);

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_NEAR_DUPLICATES_H_
