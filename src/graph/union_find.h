// Disjoint sets over 0..n-1 whose roots are always their set's smallest
// member, so the partition and its representatives do not depend on the
// order of the unions. Members are 32-bit: a corpus's sentences number far
// fewer, and the parents are an array as long as the corpus.
#ifndef AKHBAR_GRAPH_UNION_FIND_H_
#define AKHBAR_GRAPH_UNION_FIND_H_

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <numeric>
#include <utility>
#include <vector>

namespace akhbar {

class UnionFind {
 public:
  explicit UnionFind(size_t size) : parent_(size) {
    assert(size <= std::numeric_limits<uint32_t>::max());
    std::iota(parent_.begin(), parent_.end(), uint32_t{0});
  }

  size_t Find(size_t x) {
    while (parent_[x] != x) {
      parent_[x] = parent_[parent_[x]];
      x = parent_[x];
    }
    return x;
  }

  // Starts loading x's parent, for a Find a little later.
  void Prefetch(size_t x) const { __builtin_prefetch(&parent_[x]); }

  void Unite(size_t a, size_t b) {
    a = Find(a);
    b = Find(b);
    if (a == b) return;
    if (b < a) std::swap(a, b);
    parent_[b] = static_cast<uint32_t>(a);
  }

 private:
  std::vector<uint32_t> parent_;
};

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_UNION_FIND_H_
