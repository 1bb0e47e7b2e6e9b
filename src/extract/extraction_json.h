// Extraction <-> JSON Lines records.
#ifndef AKHBAR_EXTRACT_EXTRACTION_JSON_H_
#define AKHBAR_EXTRACT_EXTRACTION_JSON_H_

#include <string>

#include <nlohmann/json.hpp>

#include "extract/extraction.h"

namespace akhbar {

nlohmann::json ExtractionToJson(const Extraction& extraction);

// One line of JSON; ill-formed UTF-8 (from --lenient input) is replaced.
std::string ExtractionToJsonLine(const Extraction& extraction);

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_EXTRACTION_JSON_H_
