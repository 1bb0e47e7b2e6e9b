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
// between them, so sixteen bytes are tested at once with the compiler's
// vector types (one SSE2 compare each on x86-64, NEON on ARM); the block
// that holds a stop, and the last few bytes, are read byte by byte.
inline size_t EndOfStringRun(std::string_view text, size_t pos) {
  using Bytes = unsigned char __attribute__((vector_size(16)));
  using Halves = uint64_t __attribute__((vector_size(16)));
  for (; pos + sizeof(Bytes) <= text.size(); pos += sizeof(Bytes)) {
    Bytes chunk;
    std::memcpy(&chunk, text.data() + pos, sizeof chunk);
    const Bytes stops = (chunk == '"') | (chunk == '\\') | (chunk < 0x20);
    Halves halves;
    std::memcpy(&halves, &stops, sizeof halves);
    if ((halves[0] | halves[1]) != 0) break;
  }
  while (pos < text.size() && !EndsStringRun(static_cast<unsigned char>(text[pos]))) ++pos;
  return pos;
}

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_JSON_STRING_RUN_H_
