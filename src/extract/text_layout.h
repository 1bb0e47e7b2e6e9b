// The layout of one document as the matchers see it: normalized tokens that
// point back to original bytes, grouped into sentences and paragraphs, with
// page furniture already set aside.
#ifndef AKHBAR_EXTRACT_TEXT_LAYOUT_H_
#define AKHBAR_EXTRACT_TEXT_LAYOUT_H_

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace akhbar {

struct Proclitic;

enum class TokenKind : uint8_t { kArabic, kLatin, kDigits, kOther };

struct Token {
  uint32_t start = 0;  // original bytes [start, end)
  uint32_t end = 0;
  uint32_t norm_start = 0;  // matching form in TextLayout::normalized
  uint32_t norm_length = 0;
  uint32_t sentence = 0;
  TokenKind kind = TokenKind::kArabic;
  // Only white space separates this token from the previous one, so a
  // multi-word name may continue across the gap.
  bool follows_space = false;
  // A single hyphen, without spaces, joins it to the previous token:
  // Nur-Sultan, ألما-آتا are still one name.
  bool follows_hyphen = false;
};

struct Sentence {
  uint32_t start = 0;  // original bytes, trimmed of surrounding space
  uint32_t end = 0;
  uint32_t paragraph = 0;
  uint32_t first_token = 0;  // tokens [first_token, end_token)
  uint32_t end_token = 0;
};

struct SkippedLine {
  uint32_t start = 0;
  uint32_t end = 0;
  std::string rule;  // which boilerplate rule recognised it
};

// One way to read a token: the word itself, or the stem a proclitic leaves
// (Morphology::ForEachReading). Worked out once per token, with the hash
// the word tables use, rather than once by each matcher.
struct TokenReading {
  uint32_t stem_start = 0;  // in TextLayout::normalized
  uint32_t stem_length = 0;
  const Proclitic* proclitic = nullptr;  // null: the word itself
  uint64_t hash = 0;                     // WordHash of the stem
};

struct TextLayout {
  std::string normalized;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<SkippedLine> skipped;
  uint32_t paragraphs = 0;
  // Token by token; a token's readings start with the word itself.
  std::vector<TokenReading> readings;
  std::vector<uint32_t> first_reading;  // per token, then one past the last

  std::string_view Normalized(const Token& token) const {
    return std::string_view(normalized).substr(token.norm_start,
                                               token.norm_length);
  }
  std::span<const TokenReading> ReadingsOf(uint32_t token) const {
    return std::span<const TokenReading>(readings).subspan(
        first_reading[token], first_reading[token + 1] - first_reading[token]);
  }
  std::string_view Stem(const TokenReading& reading) const {
    return std::string_view(normalized).substr(reading.stem_start, reading.stem_length);
  }
};

// The first token of `sentence` that ends after byte `offset`: the one that
// holds it, if any; sentence.end_token if none does.
inline uint32_t TokenAt(const TextLayout& layout, const Sentence& sentence, uint32_t offset) {
  const auto first = layout.tokens.begin() + sentence.first_token;
  const auto last = layout.tokens.begin() + sentence.end_token;
  return static_cast<uint32_t>(
      std::partition_point(first, last, [&](const Token& token) { return token.end <= offset; }) -
      layout.tokens.begin());
}

// The original bytes between token `token` and the one before it.
inline std::string_view GapBefore(std::string_view text, const TextLayout& layout,
                                  uint32_t token) {
  const uint32_t from = layout.tokens[token - 1].end;
  return text.substr(from, layout.tokens[token].start - from);
}

// Whether `gap`, between two words, holds more than white space.
inline bool HasPunctuation(std::string_view gap) {
  return gap.find_first_not_of(" \t\n\r") != std::string_view::npos;
}

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_TEXT_LAYOUT_H_
