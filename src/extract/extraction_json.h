// Extraction <-> JSON Lines records. A file of these lines is also the
// serialized partial graph: `akhbar merge` rebuilds the graph from it.
#ifndef AKHBAR_EXTRACT_EXTRACTION_JSON_H_
#define AKHBAR_EXTRACT_EXTRACTION_JSON_H_

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "base/status.h"
#include "extract/extraction.h"

namespace akhbar {

// One line of JSON, as nlohmann::json would dump it (keys in byte order, no
// spaces); ill-formed UTF-8 (from --lenient input) is replaced.
std::string ExtractionToJsonLine(const Extraction& extraction);

// The inverse of ExtractionToJsonLine, for everything the graph stage uses
// (sentence texts, mentions, dates, events, skipped lines). A line that is
// not such a record is an InvalidInputError naming the missing or ill-typed
// field.
StatusOr<Extraction> ExtractionFromJsonLine(std::string_view line);

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_EXTRACTION_JSON_H_
