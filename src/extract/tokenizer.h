// Splits text into lines, words and sentences by Unicode character classes.
#ifndef AKHBAR_EXTRACT_TOKENIZER_H_
#define AKHBAR_EXTRACT_TOKENIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/arabic_normalizer.h"
#include "extract/text_layout.h"

namespace akhbar {

// One line of the original text with its words; sentence numbers in the
// tokens are local to the line until the layout is assembled.
struct Line {
  uint32_t start = 0;
  uint32_t end = 0;  // excludes the line break
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;  // token indexes local to `tokens`
  bool ends_with_terminator = false;
};

class Tokenizer {
 public:
  explicit Tokenizer(const ArabicNormalizer& normalizer)
      : normalizer_(normalizer) {}

  // Splits at line breaks; normalized forms are appended to *normalized.
  // Ill-formed UTF-8 bytes count as punctuation, so offsets stay exact.
  std::vector<Line> SplitLines(std::string_view text,
                               std::string* normalized) const;

  // SplitLines without keeping the lines: each is scanned into *line, whose
  // arrays are reused, and handed to visit(const Line&).
  template <typename Visit>
  void ForEachLine(std::string_view text, std::string* normalized, Line* line,
                   Visit&& visit) const {
    size_t line_start = 0;
    while (true) {
      line->start = static_cast<uint32_t>(line_start);
      line->tokens.clear();
      line->sentences.clear();
      const size_t break_length = ScanLine(text, line, normalized);
      visit(static_cast<const Line&>(*line));
      if (break_length == 0) return;
      line_start = line->end + break_length;
    }
  }

  // The matching forms of the words of a rule phrase.
  std::vector<std::string> NormalizedWords(std::string_view phrase) const;

  // Original byte where a token's text continues after the first
  // `normalized_bytes` of its matching form (and the marks on them): where a
  // word starts once its proclitics are set aside.
  uint32_t OriginalOffsetAfter(std::string_view text, const Token& token,
                               size_t normalized_bytes) const;

  const ArabicNormalizer& normalizer() const { return normalizer_; }

 private:
  // Scans from line->start to the next line break, which ends the line;
  // returns that break's length in bytes, 0 at the end of the text.
  size_t ScanLine(std::string_view text, Line* line, std::string* normalized) const;
  // Takes the letters of `word_class` from text[at] on, appending their
  // forms; returns where they end, and the last one in *last_letter.
  size_t TakeLetters(std::string_view text, size_t at, CharClass word_class,
                     char32_t* last_letter, std::string* normalized) const;
  // Which way the quotation mark text[at, at + length) faces, by what stands
  // on either side of it: after a word and before white space, or before a
  // terminator or a comma, it closes; after white space and before a word it
  // opens; whatever its glyph (writers type « for », “ for ” and " for both,
  // كازاخستان “.). Elsewhere its glyph tells, and " closes a quotation open.
  enum class MarkSide { kOpens, kCloses };
  MarkSide SideOf(std::string_view text, size_t line_start, size_t at, size_t length,
                  CharClass glyph, bool quote_open) const;
  // Whether a mark closing the quotation opened before text[from] follows
  // in its line within kMostQuotedBytes and kMostMarksAhead other marks
  // (tokenizer.cc), past the pairs opened and closed between: only then
  // does the quotation keep its sentences one.
  bool PartnerAhead(std::string_view text, size_t line_start, size_t from) const;

  const ArabicNormalizer& normalizer_;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_TOKENIZER_H_
