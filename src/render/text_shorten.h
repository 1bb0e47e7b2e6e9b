// Short labels for crowded pictures: whole words up to a length, then "…".
#ifndef AKHBAR_RENDER_TEXT_SHORTEN_H_
#define AKHBAR_RENDER_TEXT_SHORTEN_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace akhbar {

// `text` with runs of white space collapsed to one space, cut after the last
// whole word that fits in `max_code_points` (or inside the first word if even
// that is longer, never between a letter and its combining marks), with "…"
// appended when anything was cut.
std::string ShortenText(std::string_view text, size_t max_code_points);

}  // namespace akhbar

#endif  // AKHBAR_RENDER_TEXT_SHORTEN_H_
