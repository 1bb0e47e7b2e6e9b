#include "extract/date_inference.h"

#include <algorithm>

namespace akhbar {
namespace {

bool HasFlag(const DateExpression& date, std::string_view flag) {
  return std::find(date.flags.begin(), date.flags.end(), flag) != date.flags.end();
}

}  // namespace

std::optional<CivilDate> InferDocumentDate(const std::vector<DateExpression>& dates) {
  std::optional<CivilDate> latest;
  for (const DateExpression& date : dates) {
    const bool full_date = date.kind == DateKind::kAbsolute &&
                           date.granularity == Granularity::kDay && !date.anchor &&
                           date.earliest.has_value();
    if (!full_date || HasFlag(date, "future_context") || HasFlag(date, "weekday_mismatch")) {
      continue;
    }
    if (!latest || *latest < *date.earliest) latest = date.earliest;
  }
  return latest;
}

}  // namespace akhbar
