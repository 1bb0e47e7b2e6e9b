// The document date a text gives itself, for documents that come without
// one (no manifest entry, no --doc-date).
#ifndef AKHBAR_EXTRACT_DATE_INFERENCE_H_
#define AKHBAR_EXTRACT_DATE_INFERENCE_H_

#include <optional>
#include <vector>

#include "extract/civil_date.h"
#include "extract/extraction.h"

namespace akhbar {

// The latest full date (day, month and year all written out) among `dates`,
// found without an anchor. Dates the text puts in the future (flag
// future_context) and dates whose stated weekday contradicts them
// (weekday_mismatch) do not count.
std::optional<CivilDate> InferDocumentDate(const std::vector<DateExpression>& dates);

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_DATE_INFERENCE_H_
