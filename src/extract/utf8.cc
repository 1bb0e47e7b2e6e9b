#include "extract/utf8.h"

#include <simdjson.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace akhbar {

int DecodeUtf8Long(std::string_view text, size_t pos, char32_t* code_point) {
  const auto byte = [&](size_t i) {
    return static_cast<unsigned char>(text[pos + i]);
  };
  const size_t available = text.size() - pos;
  const unsigned char lead = byte(0);
  if (lead < 0x80) {
    *code_point = lead;
    return 1;
  }
  int length;
  char32_t value;
  char32_t minimum;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, value = lead & 0x1F, minimum = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, value = lead & 0x0F, minimum = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, value = lead & 0x07, minimum = 0x10000;
  } else {
    return 0;
  }
  if (available < static_cast<size_t>(length)) return 0;
  for (int i = 1; i < length; ++i) {
    if ((byte(i) & 0xC0) != 0x80) return 0;
    value = (value << 6) | (byte(i) & 0x3F);
  }
  if (value < minimum || value > 0x10FFFF ||
      (value >= 0xD800 && value <= 0xDFFF)) {
    return 0;
  }
  *code_point = value;
  return length;
}

std::optional<size_t> FindInvalidUtf8(std::string_view text) {
  // Nearly all text is valid: simdjson checks it many bytes at a time, and
  // only text it rejects is decoded here to find where. Short strings (words,
  // JSON values) are decoded at once: the call would cost more.
  constexpr size_t kShortText = 32;
  if (text.size() >= kShortText && simdjson::validate_utf8(text.data(), text.size())) {
    return std::nullopt;
  }
  size_t pos = 0;
  char32_t code_point;
  while (pos < text.size()) {
    // ASCII and two-byte letters (all of Arabic) are checked here; the
    // rest by the full decoder.
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      ++pos;
      continue;
    }
    if (byte >= 0xC2 && byte <= 0xDF && pos + 1 < text.size() &&
        (static_cast<unsigned char>(text[pos + 1]) & 0xC0) == 0x80) {
      pos += 2;
      continue;
    }
    const int length = DecodeUtf8(text, pos, &code_point);
    if (length == 0) return pos;
    pos += length;
  }
  return std::nullopt;
}

void ReplaceIllFormedBytes(std::string* text, char stand_in, size_t from) {
  char32_t code_point;
  for (size_t pos = from; pos < text->size();) {
    const int length = DecodeUtf8(*text, pos, &code_point);
    if (length == 0) {
      (*text)[pos++] = stand_in;
    } else {
      pos += static_cast<size_t>(length);
    }
  }
}

void AppendUtf8(char32_t code_point, std::string* out) {
  if (code_point < 0x80) {
    out->push_back(static_cast<char>(code_point));
  } else if (code_point < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (code_point >> 6)));
    out->push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else if (code_point < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (code_point >> 12)));
    out->push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (code_point >> 18)));
    out->push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  }
}

size_t CountCodePoints(std::string_view text) {
  size_t count = 0;
  size_t pos = 0;
  char32_t code_point;
  while (pos < text.size()) {
    const int length = DecodeUtf8(text, pos, &code_point);
    pos += length == 0 ? 1 : length;
    ++count;
  }
  return count;
}

bool HasCodePoints(std::string_view text, size_t count) {
  size_t seen = 0;
  size_t pos = 0;
  char32_t code_point;
  while (pos < text.size() && seen < count) {
    const int length = DecodeUtf8(text, pos, &code_point);
    pos += length == 0 ? 1 : length;
    ++seen;
  }
  return seen >= count;
}

bool HasQuotationMark(std::string_view text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t at = 0; at < length;) {
    UChar32 code_point = 0;
    U8_NEXT(bytes, at, length, code_point);
    if (code_point >= 0 && u_hasBinaryProperty(code_point, UCHAR_QUOTATION_MARK)) return true;
  }
  return false;
}

bool BetweenQuotationMarks(std::string_view text, uint32_t start, uint32_t end) {
  if (start == 0 || end >= text.size()) return false;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t before_at = static_cast<int32_t>(start);
  UChar32 before = 0;
  U8_PREV(bytes, 0, before_at, before);
  int32_t after_at = static_cast<int32_t>(end);
  UChar32 after = 0;
  U8_NEXT(bytes, after_at, length, after);
  return before >= 0 && after >= 0 && u_hasBinaryProperty(before, UCHAR_QUOTATION_MARK) &&
         u_hasBinaryProperty(after, UCHAR_QUOTATION_MARK);
}

}  // namespace akhbar
