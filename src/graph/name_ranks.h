// The corpus's names as their ranks in byte order: numbers that compare as
// the names do, so that sets, maps and pairs of entities keep the names'
// order (the order of the output) without comparing or copying strings.
#ifndef AKHBAR_GRAPH_NAME_RANKS_H_
#define AKHBAR_GRAPH_NAME_RANKS_H_

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "graph/partial_graph.h"

namespace akhbar {

using NameRank = uint32_t;
using NameRankSet = std::vector<NameRank>;  // ascending, no repeats

class NameRanks {
 public:
  explicit NameRanks(const std::vector<std::string>& names) : names_(names) {
    by_rank_.resize(names.size());
    for (size_t name = 0; name < names.size(); ++name) {
      by_rank_[name] = static_cast<NameIndex>(name);
    }
    std::sort(by_rank_.begin(), by_rank_.end(),
              [&](NameIndex x, NameIndex y) { return names[x] < names[y]; });
    rank_of_.resize(names.size());
    for (size_t rank = 0; rank < by_rank_.size(); ++rank) {
      rank_of_[by_rank_[rank]] = static_cast<NameRank>(rank);
    }
  }

  size_t size() const { return by_rank_.size(); }
  NameRank RankOf(NameIndex name) const { return rank_of_[name]; }
  const std::string& Name(NameRank rank) const { return names_[by_rank_[rank]]; }

 private:
  const std::vector<std::string>& names_;
  std::vector<NameIndex> by_rank_;
  std::vector<NameRank> rank_of_;  // by NameIndex
};

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_NAME_RANKS_H_
