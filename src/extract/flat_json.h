// A fast reading of the records JSON Lines corpora hold: one flat object,
// of which Akhbar wants a few string fields (text, id, date).
//
// nlohmann's lexer was the largest single cost of extraction (18 % of the
// instructions on SaudiNewsNet): it copies and position-tracks every byte of
// every field. This reads the same bytes once, validating as strictly, and
// gives up (nullopt) on anything it does not handle itself, so the caller
// asks nlohmann, which stays the judge of what is JSON and of its errors.
#ifndef AKHBAR_EXTRACT_FLAT_JSON_H_
#define AKHBAR_EXTRACT_FLAT_JSON_H_

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace akhbar {

// The values of the `wanted` top-level keys of `json` (nullopt for a key the
// object lacks), when `json` is an object whose values are strings, numbers,
// true, false or null, whose wanted keys are strings and appear once each,
// and which is well-formed JSON (RFC 8259, UTF-8, nothing after it but
// white space). Otherwise nullopt: not an error, only "ask nlohmann".
std::optional<std::vector<std::optional<std::string>>> ReadFlatJsonStrings(
    std::string_view json, std::span<const std::string_view> wanted);

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_FLAT_JSON_H_
