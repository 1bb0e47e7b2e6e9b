#include "render/timeline_rows.h"

#include <algorithm>

namespace akhbar {
namespace {

// Space kept between a label and the next mark in its row.
constexpr double kGap = 10;

}  // namespace

std::vector<size_t> AssignRows(std::vector<PlacedMark>* placed, size_t lanes, size_t max_rows) {
  std::vector<std::vector<double>> row_ends(lanes);
  std::stable_sort(placed->begin(), placed->end(),
                   [](const PlacedMark& a, const PlacedMark& b) { return a.x0 < b.x0; });
  for (PlacedMark& item : *placed) {
    std::vector<double>& ends = row_ends[item.lane];
    const double end = std::max(item.x1, item.label_x + item.label_width) + kGap;
    const auto free =
        std::find_if(ends.begin(), ends.end(), [&](double row_end) { return row_end <= item.x0; });
    if (free != ends.end()) {
      item.row = static_cast<size_t>(free - ends.begin());
      *free = end;
    } else if (ends.size() < max_rows) {
      item.row = ends.size();
      ends.push_back(end);
    } else {
      item.row = static_cast<size_t>(std::min_element(ends.begin(), ends.end()) - ends.begin());
      item.labelled = false;
      ends[item.row] = std::max(ends[item.row], item.x1 + kGap / 2);
    }
  }
  std::vector<size_t> rows(lanes);
  for (size_t lane = 0; lane < lanes; ++lane) {
    rows[lane] = std::max<size_t>(1, row_ends[lane].size());
  }
  return rows;
}

}  // namespace akhbar
