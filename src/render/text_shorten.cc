#include "render/text_shorten.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "extract/utf8.h"

namespace akhbar {
namespace {

bool IsSpace(char32_t c) { return u_isUWhiteSpace(static_cast<UChar32>(c)); }

bool IsCombining(char32_t c) { return u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK; }

}  // namespace

std::string ShortenText(std::string_view text, size_t max_code_points) {
  std::string collapsed;
  bool pending_space = false;
  for (size_t pos = 0; pos < text.size();) {
    char32_t c = 0;
    const int length = std::max(1, DecodeUtf8(text, pos, &c));
    if (IsSpace(c)) {
      pending_space = !collapsed.empty();
    } else {
      if (pending_space) collapsed += ' ';
      pending_space = false;
      collapsed.append(text.substr(pos, static_cast<size_t>(length)));
    }
    pos += static_cast<size_t>(length);
  }

  size_t count = 0;
  size_t last_word_end = 0;  // byte offset of the last space, 0 if none yet
  size_t base_start = 0;     // byte offset of the last non-combining character
  for (size_t pos = 0; pos < collapsed.size();) {
    char32_t c = 0;
    const int length = std::max(1, DecodeUtf8(collapsed, pos, &c));
    if (count == max_code_points) {
      if (last_word_end > 0) return collapsed.substr(0, last_word_end) + "…";
      // Cutting inside the only word: never strand a letter's marks.
      return collapsed.substr(0, IsCombining(c) ? base_start : pos) + "…";
    }
    if (c == ' ') last_word_end = pos;
    if (!IsCombining(c)) base_start = pos;
    ++count;
    pos += static_cast<size_t>(length);
  }
  return collapsed;
}

}  // namespace akhbar
