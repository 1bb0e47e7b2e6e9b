// A run of calendar days, the unit of "first and last seen".
#ifndef AKHBAR_GRAPH_DAY_SPAN_H_
#define AKHBAR_GRAPH_DAY_SPAN_H_

#include <algorithm>
#include <optional>

#include "extract/civil_date.h"

namespace akhbar {

struct DaySpan {
  CivilDate first;
  CivilDate last;
};

// Widens `*span` to cover `other`; min and max, so any order gives the same.
inline void Cover(std::optional<DaySpan>* span, const std::optional<DaySpan>& other) {
  if (!other) return;
  if (!*span) {
    *span = other;
    return;
  }
  (*span)->first = std::min((*span)->first, other->first);
  (*span)->last = std::max((*span)->last, other->last);
}

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_DAY_SPAN_H_
