// Text put together in memory and written to a stream in large pieces: the
// graph writers emit millions of small pieces, and an ostream insert each
// cost more than the text itself.
#ifndef AKHBAR_GRAPH_CHUNKED_OUTPUT_H_
#define AKHBAR_GRAPH_CHUNKED_OUTPUT_H_

#include <charconv>
#include <concepts>
#include <ostream>
#include <string>
#include <string_view>

#include "graph/xml_text.h"

namespace akhbar {

class ChunkedOutput {
 public:
  explicit ChunkedOutput(std::ostream& out) : out_(out) { text_.reserve(2 * kChunkBytes); }
  ~ChunkedOutput() { Flush(); }
  ChunkedOutput(const ChunkedOutput&) = delete;
  ChunkedOutput& operator=(const ChunkedOutput&) = delete;

  ChunkedOutput& operator<<(std::string_view piece) {
    text_ += piece;
    return *this;
  }
  template <std::integral Number>
    requires(!std::same_as<Number, char> && !std::same_as<Number, bool>)
  ChunkedOutput& operator<<(Number number) {
    char digits[24];
    text_.append(digits, std::to_chars(digits, digits + sizeof digits, number).ptr);
    return *this;
  }
  // The bytes of `piece` as `replacements` says.
  ChunkedOutput& Replacing(std::string_view piece, const ByteReplacements& replacements) {
    AppendReplacingBytes(piece, replacements, &text_);
    return *this;
  }
  std::string& text() { return text_; }

  // Between elements: sends the text on once a chunk's worth has gathered.
  void EndElement() {
    if (text_.size() >= kChunkBytes) Flush();
  }

 private:
  static constexpr size_t kChunkBytes = 1 << 16;

  void Flush() {
    out_.write(text_.data(), static_cast<std::streamsize>(text_.size()));
    text_.clear();
  }

  std::ostream& out_;
  std::string text_;
};

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_CHUNKED_OUTPUT_H_
