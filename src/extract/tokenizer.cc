#include "extract/tokenizer.h"

#include <algorithm>
#include <cstring>

#include "extract/utf8.h"

namespace akhbar {
namespace {

TokenKind KindOf(CharClass c) {
  switch (c) {
    case CharClass::kArabicLetter: return TokenKind::kArabic;
    case CharClass::kLatinLetter: return TokenKind::kLatin;
    case CharClass::kDigit: return TokenKind::kDigits;
    default: return TokenKind::kOther;
  }
}

bool IsHyphen(char32_t code_point) {
  return code_point == '-' || code_point == 0x2010 || code_point == 0x2011;
}

// A quotation keeps its sentences one sentence (وقال: "… . …"), so that
// what it says is its speaker's, only where its closing mark follows within
// this many bytes of its line. Further on, the mark has lost its partner
// (left out, or mistyped), and a paragraph's every sentence after it would
// be one: on SaudiNewsNet such runs of up to 13,000 bytes dated a press
// conference by the month another sentence named.
constexpr size_t kMostQuotedBytes = 1500;
// Nor past this many other marks: a line of nothing but opening marks
// ("ا "ا "ا …) would otherwise make each of them read the next 1,500 bytes.
constexpr size_t kMostMarksAhead = 16;

// The first bytes of the quotation marks and line breaks the normalizer
// classifies (a byte of ASCII, or the lead of «», “” and the separators):
// the only places PartnerAhead decodes.
constexpr std::string_view kQuoteOrBreakLeads = "\"\n\x0B\x0C\xC2\xE2";

bool IsQuoteMark(CharClass c) {
  return c == CharClass::kQuoteOpen || c == CharClass::kQuoteClose ||
         c == CharClass::kQuoteToggle;
}

bool IsSpaceOrBreak(CharClass c) { return c == CharClass::kSpace || c == CharClass::kLineBreak; }

// What ends a quotation's last word, and never starts one: a terminator, a
// comma, a colon, a closing bracket.
bool EndsAPhrase(CharClass c, char32_t code_point) {
  switch (code_point) {
    case ',': case 0x060C: case ';': case 0x061B: case ':': case ')': case ']':
      return true;
    default:
      return c == CharClass::kTerminator;
  }
}

bool ClosesSentence(CharClass c, char32_t code_point) {
  return c == CharClass::kTerminator || code_point == ')' || code_point == ']';
}

}  // namespace

std::vector<Line> Tokenizer::SplitLines(std::string_view text,
                                        std::string* normalized) const {
  std::vector<Line> lines;
  // Each line is scanned into one reused line and copied out at its size:
  // growing every line's arrays from empty cost more allocations than words.
  Line scanned;
  ForEachLine(text, normalized, &scanned, [&](const Line& line) { lines.push_back(line); });
  return lines;
}

Tokenizer::MarkSide Tokenizer::SideOf(std::string_view text, size_t line_start, size_t at,
                                      size_t length, CharClass glyph, bool quote_open) const {
  CharClass before = CharClass::kLineBreak;
  if (at > line_start) {
    size_t lead = at - 1;
    while (lead > line_start && (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) --lead;
    char32_t code_point = 0;
    if (DecodeUtf8(text, lead, &code_point) != 0) before = normalizer_.Classify(code_point);
  }
  CharClass after = CharClass::kLineBreak;
  char32_t after_code_point = 0;
  if (at + length < text.size() && DecodeUtf8(text, at + length, &after_code_point) != 0) {
    after = normalizer_.Classify(after_code_point);
  }
  if (!IsSpaceOrBreak(before) && IsSpaceOrBreak(after)) return MarkSide::kCloses;
  if (IsSpaceOrBreak(before) && IsWordClass(after)) return MarkSide::kOpens;
  if (EndsAPhrase(after, after_code_point)) return MarkSide::kCloses;
  if (glyph == CharClass::kQuoteOpen) return MarkSide::kOpens;
  if (glyph == CharClass::kQuoteClose) return MarkSide::kCloses;
  return quote_open ? MarkSide::kCloses : MarkSide::kOpens;
}

bool Tokenizer::PartnerAhead(std::string_view text, size_t line_start, size_t from) const {
  const std::string_view ahead = text.substr(0, std::min(text.size(), from + kMostQuotedBytes));
  size_t opened = 0;  // the quotations opened ahead, not yet closed
  size_t marks = 0;
  for (size_t at = ahead.find_first_of(kQuoteOrBreakLeads, from); at != std::string_view::npos;
       at = ahead.find_first_of(kQuoteOrBreakLeads, at + 1)) {
    char32_t code_point = 0;
    const int length = DecodeUtf8(ahead, at, &code_point);
    if (length == 0) continue;
    const CharClass mark = normalizer_.Classify(code_point);
    if (mark == CharClass::kLineBreak) return false;
    if (!IsQuoteMark(mark)) continue;
    if (++marks > kMostMarksAhead) return false;
    if (SideOf(text, line_start, at, static_cast<size_t>(length), mark, true) ==
        MarkSide::kOpens) {
      ++opened;
    } else if (opened == 0) {
      return true;
    } else {
      --opened;
    }
  }
  return false;
}

size_t Tokenizer::ScanLine(std::string_view text, Line* line,
                           std::string* normalized) const {
  std::vector<Token>& tokens = line->tokens;
  // An open token is already tokens.back(), written in place: a token
  // built aside and copied in at its end was read back whole right after its
  // fields were stored, which the processor cannot forward.
  bool token_open = false;
  bool only_space_since_token = false;
  uint32_t sentence_first_token = 0;
  uint32_t sentence_start = 0;
  bool sentence_open = false;
  uint32_t last_visible_end = line->start;
  bool last_visible_terminates = false;
  int quote_depth = 0;

  const auto close_token = [&] {
    if (!token_open) return;
    tokens.back().norm_length =
        static_cast<uint32_t>(normalized->size()) - tokens.back().norm_start;
    token_open = false;
    only_space_since_token = true;
  };
  const auto end_sentence = [&](uint32_t end) {
    close_token();
    if (tokens.size() > sentence_first_token) {
      line->sentences.push_back(Sentence{sentence_start, end, 0,
                                         sentence_first_token,
                                         static_cast<uint32_t>(tokens.size())});
    }
    sentence_first_token = static_cast<uint32_t>(tokens.size());
    sentence_open = false;
    only_space_since_token = false;
  };
  const auto decode = [&](size_t at, char32_t* code_point) {
    const int length = DecodeUtf8(text, at, code_point);
    if (length == 0) {
      *code_point = 0xFFFD;
      return std::make_pair(1, CharClass::kPunctuation);
    }
    return std::make_pair(length, normalizer_.Classify(*code_point));
  };
  // Takes in the closing quotes and extra terminators after a sentence end.
  const auto end_sentence_after = [&](size_t from) {
    size_t at = from;
    while (at < text.size()) {
      char32_t next;
      const auto [length, next_class] = decode(at, &next);
      if (IsQuoteMark(next_class)) {
        if (SideOf(text, line->start, at, static_cast<size_t>(length), next_class,
                   quote_depth > 0) != MarkSide::kCloses) {
          break;
        }
        if (quote_depth > 0) --quote_depth;
      } else if (!ClosesSentence(next_class, next)) {
        break;
      }
      at += length;
    }
    last_visible_end = static_cast<uint32_t>(at);
    last_visible_terminates = true;
    end_sentence(static_cast<uint32_t>(at));
    return at;
  };

  size_t pos = line->start;
  char32_t previous_code_point = 0;
  size_t break_length = 0;
  while (pos < text.size()) {
    char32_t code_point;
    const auto [length, char_class] = decode(pos, &code_point);
    if (char_class == CharClass::kLineBreak) {
      break_length = length;
      break;
    }
    const uint32_t next_pos = static_cast<uint32_t>(pos + length);
    if (IsWordClass(char_class)) {
      const bool glue = char_class == CharClass::kJoiner ||
                        char_class == CharClass::kFormat;
      if (glue) {
        if (token_open) {
          normalizer_.AppendNormalized(code_point, normalized);
          if (char_class == CharClass::kJoiner) {
            // A word may end in a tatweel (1436هـ); so may its sentence.
            tokens.back().end = next_pos;
            last_visible_end = next_pos;
            last_visible_terminates = false;
          }
        }
      } else {
        const TokenKind kind = KindOf(char_class);
        if (token_open && kind != tokens.back().kind) close_token();
        if (!token_open) {
          if (!sentence_open) {
            sentence_open = true;
            sentence_start = static_cast<uint32_t>(pos);
          }
          const bool has_previous = tokens.size() > sentence_first_token;
          const uint32_t previous_end = has_previous ? tokens.back().end : 0;
          Token& token = tokens.emplace_back();
          token.start = static_cast<uint32_t>(pos);
          token.norm_start = static_cast<uint32_t>(normalized->size());
          token.kind = kind;
          token.sentence = static_cast<uint32_t>(line->sentences.size());
          token.follows_space = only_space_since_token && has_previous;
          char32_t between = 0;
          token.follows_hyphen =
              has_previous && !token.follows_space &&
              previous_end + DecodeUtf8(text, previous_end, &between) == pos &&
              IsHyphen(between);
          token_open = true;
        }
        normalizer_.AppendNormalized(code_point, normalized);
        // The rest of the word's letters of this class, which need none of
        // the checks above: most characters of a text are taken here.
        const size_t end = TakeLetters(text, next_pos, char_class, &code_point, normalized);
        tokens.back().end = static_cast<uint32_t>(end);
        last_visible_end = static_cast<uint32_t>(end);
        last_visible_terminates = false;
        previous_code_point = code_point;
        pos = end;
        continue;
      }
      previous_code_point = code_point;
      pos = next_pos;
      continue;
    }
    close_token();
    if (char_class == CharClass::kSpace) {
      pos = next_pos;
      continue;
    }
    only_space_since_token = false;
    if (!sentence_open) {
      sentence_open = true;
      sentence_start = static_cast<uint32_t>(pos);
    }
    bool sentence_ends = false;
    switch (char_class) {
      case CharClass::kTerminator: {
        char32_t next = 0;
        const bool decimal_point =
            code_point == '.' && next_pos < text.size() &&
            normalizer_.Classify(previous_code_point) == CharClass::kDigit &&
            decode(next_pos, &next).second == CharClass::kDigit;
        sentence_ends = quote_depth == 0 && !decimal_point;
        break;
      }
      case CharClass::kQuoteOpen:
      case CharClass::kQuoteClose:
      case CharClass::kQuoteToggle:
        if (SideOf(text, line->start, pos, static_cast<size_t>(length), char_class,
                   quote_depth > 0) == MarkSide::kCloses) {
          if (quote_depth > 0) --quote_depth;
          sentence_ends = quote_depth == 0 && last_visible_terminates;
        } else if (PartnerAhead(text, line->start, next_pos)) {
          ++quote_depth;
        }
        break;
      default:
        break;
    }
    previous_code_point = code_point;
    if (sentence_ends) {
      pos = end_sentence_after(next_pos);
      continue;
    }
    last_visible_end = next_pos;
    last_visible_terminates = char_class == CharClass::kTerminator ||
                              (last_visible_terminates &&
                               (char_class == CharClass::kQuoteClose ||
                                char_class == CharClass::kQuoteToggle));
    pos = next_pos;
  }
  line->end = static_cast<uint32_t>(pos);
  line->ends_with_terminator = last_visible_terminates;
  end_sentence(last_visible_end);
  return break_length;
}

size_t Tokenizer::TakeLetters(std::string_view text, size_t at, CharClass word_class,
                              char32_t* last_letter, std::string* normalized) const {
  using ShortForm = ArabicNormalizer::ShortForm;
  const ShortForm* short_forms = normalizer_.short_forms();
  const size_t size = text.size();
  char32_t last = *last_letter;
  while (true) {
    // Nearly every letter takes one or two bytes and has a short form; they
    // are taken in this loop, which leaves the rest to the one below so that
    // its few values stay in registers. Forms gather in a buffer and go out
    // in one append: a push_back per byte re-read the string's size and
    // capacity after every store, since a char store may alias them.
    char buffer[64] = {};
    size_t used = 0;
    while (at < size && used + sizeof ShortForm::bytes <= sizeof buffer) {
      char32_t code_point;
      const int length = DecodeUtf8Short(text, at, &code_point);
      if (length == 0) break;
      const ShortForm& form = short_forms[code_point];
      if (form.length == ArabicNormalizer::kLongForm || form.char_class != word_class) break;
      std::memcpy(buffer + used, form.bytes, sizeof form.bytes);
      used += form.length;
      last = code_point;
      at += static_cast<size_t>(length);
    }
    // The whole buffer goes out and the string is cut back to what was
    // used: a copy of a constant size compiles to a few vector moves, where
    // one of `used` bytes compiled to rep movsq, slow to start on a few
    // bytes (a third of this function's time).
    const size_t normalized_size = normalized->size();
    normalized->append(buffer, sizeof buffer);
    normalized->resize(normalized_size + used);
    if (used + sizeof ShortForm::bytes > sizeof buffer) continue;
    if (at >= size) break;
    char32_t code_point;
    const int length = DecodeUtf8(text, at, &code_point);
    if (length == 0) break;
    const bool short_form = code_point < ArabicNormalizer::kShortFormLimit &&
                            short_forms[code_point].length != ArabicNormalizer::kLongForm;
    // A short form the loop above did not take is of another class.
    if (short_form || normalizer_.Classify(code_point) != word_class) break;
    normalizer_.AppendNormalized(code_point, normalized);
    last = code_point;
    at += static_cast<size_t>(length);
  }
  *last_letter = last;
  return at;
}

uint32_t Tokenizer::OriginalOffsetAfter(std::string_view text, const Token& token,
                                        size_t normalized_bytes) const {
  size_t pos = token.start;
  size_t consumed = 0;
  std::string scratch;
  char32_t code_point;
  while (pos < token.end) {
    const int length = DecodeUtf8(text, pos, &code_point);
    scratch.clear();
    normalizer_.AppendNormalized(code_point, &scratch);
    if (consumed >= normalized_bytes && !scratch.empty()) break;
    consumed += scratch.size();
    pos += length;
  }
  return static_cast<uint32_t>(pos);
}

std::vector<std::string> Tokenizer::NormalizedWords(
    std::string_view phrase) const {
  // Loading rules runs this for every spelling of every entity (100,000
  // and more): the scan's arrays are reused from one phrase to the next.
  thread_local Line line;
  thread_local std::string normalized;
  normalized.clear();
  std::vector<std::string> words;
  ForEachLine(phrase, &normalized, &line, [&](const Line& scanned) {
    for (const Token& token : scanned.tokens) {
      words.emplace_back(normalized, token.norm_start, token.norm_length);
    }
  });
  return words;
}

}  // namespace akhbar
