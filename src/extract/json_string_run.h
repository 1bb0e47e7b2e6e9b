// The bytes a JSON string cannot hold as they are: shared by the reader,
// which stops at them, and the writer, which escapes them.
#ifndef AKHBAR_EXTRACT_JSON_STRING_RUN_H_
#define AKHBAR_EXTRACT_JSON_STRING_RUN_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace akhbar {

inline bool EndsStringRun(unsigned char c) { return c == '"' || c == '\\' || c < 0x20; }

// Where the run of plain string bytes from `pos` ends: at a quote, a
// backslash or a control byte. Article text runs for hundreds of bytes
// between them, so eight bytes are tested at once (a byte is zero exactly
// where the borrow of `v - 0x01..` reaches its top bit through ~v).
inline size_t EndOfStringRun(std::string_view text, size_t pos) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kTops = 0x8080808080808080ULL;
  const auto has_zero_byte = [](uint64_t v) { return (v - kOnes) & ~v & kTops; };
  for (; pos + 8 <= text.size(); pos += 8) {
    uint64_t chunk;
    std::memcpy(&chunk, text.data() + pos, 8);
    const uint64_t stops = has_zero_byte(chunk ^ (kOnes * '"')) |
                           has_zero_byte(chunk ^ (kOnes * '\\')) |
                           ((chunk - kOnes * 0x20) & ~chunk & kTops);
    if (stops != 0) break;
  }
  while (pos < text.size() && !EndsStringRun(static_cast<unsigned char>(text[pos]))) ++pos;
  return pos;
}

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_JSON_STRING_RUN_H_
