// Packing a timeline lane: each mark with its label goes into the first row
// of its lane where it overlaps nothing, so that no label covers another.
#ifndef AKHBAR_RENDER_TIMELINE_ROWS_H_
#define AKHBAR_RENDER_TIMELINE_ROWS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "render/timeline_model.h"

namespace akhbar {

// One mark drawn in one lane: an event, or several of the same type on the
// same dates (one mark "×3" reads better than three stacked identical ones).
struct PlacedMark {
  const TimelineMark* mark = nullptr;  // the first of them
  std::vector<size_t> events;          // indices into EntityGraph::events
  size_t lane = 0;
  double x0 = 0;  // the mark
  double x1 = 0;
  double label_x = 0;
  std::string label;
  double label_width = 0;
  size_t row = 0;        // set by AssignRows
  bool labelled = true;  // set by AssignRows
};

// Sorts `placed` by position and gives each mark a row of its lane. A lane
// has at most `max_rows` rows; a mark that finds none free still shows, in
// the row that frees up first, but without its label (its tooltip remains).
// Returns the rows each lane uses (at least one).
std::vector<size_t> AssignRows(std::vector<PlacedMark>* placed, size_t lanes, size_t max_rows);

}  // namespace akhbar

#endif  // AKHBAR_RENDER_TIMELINE_ROWS_H_
