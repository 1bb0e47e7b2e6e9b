#include "render/bidi_text.h"

#include <unicode/ubidi.h>
#include <unicode/unistr.h>

namespace akhbar {

namespace {

// The paragraph level the Unicode bidi algorithm gives `text` when it has no
// strong character outside isolates: `fallback` (UBIDI_DEFAULT_LTR or _RTL).
UBiDiLevel ParagraphLevel(const icu::UnicodeString& text, UBiDiLevel fallback) {
  UErrorCode error = U_ZERO_ERROR;
  UBiDi* bidi = ubidi_openSized(text.length(), 0, &error);
  ubidi_setPara(bidi, text.getBuffer(), text.length(), fallback, nullptr, &error);
  const UBiDiLevel level = U_SUCCESS(error) ? ubidi_getParaLevel(bidi) : 0;
  ubidi_close(bidi);
  return level;
}

}  // namespace

TextDirection BaseDirection(std::string_view utf8) {
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  // ICU applies rules P2-P3 (first strong character, skipping isolates) when
  // asked for a default paragraph level; the two defaults tell "none" apart.
  if (ParagraphLevel(text, UBIDI_DEFAULT_LTR) == 1) return TextDirection::kRightToLeft;
  if (ParagraphLevel(text, UBIDI_DEFAULT_RTL) == 0) return TextDirection::kLeftToRight;
  return TextDirection::kNeutral;
}

std::string IsolateRightToLeft(std::string_view utf8) {
  if (BaseDirection(utf8) != TextDirection::kRightToLeft) return std::string(utf8);
  std::string isolated;
  isolated.reserve(utf8.size() + kRightToLeftIsolate.size() + kPopDirectionalIsolate.size());
  isolated.append(kRightToLeftIsolate).append(utf8).append(kPopDirectionalIsolate);
  return isolated;
}

std::string IsolateRightToLeftLines(std::string_view utf8) {
  std::string result;
  size_t start = 0;
  while (true) {
    const size_t end = utf8.find('\n', start);
    result += IsolateRightToLeft(utf8.substr(start, end - start));
    if (end == std::string_view::npos) break;
    result += '\n';
    start = end + 1;
  }
  return result;
}

}  // namespace akhbar
