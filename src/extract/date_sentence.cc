#include "extract/date_sentence.h"

#include <algorithm>
#include <string>

#include "extract/tokenizer.h"
#include "extract/utf8.h"

namespace akhbar {
namespace {

bool Contains(const std::vector<std::string>& list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

bool EndsWithAny(std::string_view word, const std::vector<std::string>& endings) {
  return std::any_of(endings.begin(), endings.end(), [&](const std::string& ending) {
    return word.size() > ending.size() && word.ends_with(ending);
  });
}

}  // namespace

DateSentence::DateSentence(const DateRules& rules, const ArabicNormalizer& normalizer,
                           std::string_view text, const TextLayout& layout,
                           const PhraseStartIndex& starts, const Sentence& sentence)
    : rules_(rules),
      normalizer_(normalizer),
      text_(text),
      layout_(layout),
      sentence_(sentence),
      starts_(starts),
      first_(sentence.first_token),
      end_(sentence.end_token) {}

bool DateSentence::MayStartDate(uint32_t at, RoleSet opening) const {
  return Tok(at).kind == TokenKind::kDigits || (starts_.RolesAt(at) & opening) != 0;
}

std::optional<LexiconMatch> DateSentence::LongestAt(uint32_t at, uint32_t end,
                                                    DateWordRole role) const {
  return rules_.lexicon().Longest(layout_, at, end, starts_.At(at), role);
}

std::optional<int> DateSentence::Number(uint32_t at, size_t max_digits) const {
  if (at >= end_ || Tok(at).kind != TokenKind::kDigits) return std::nullopt;
  const std::string_view digits = layout_.Normalized(Tok(at));
  if (digits.empty() || digits.size() > max_digits) return std::nullopt;
  int value = 0;
  for (const char digit : digits) {
    if (digit < '0' || digit > '9') return std::nullopt;
    value = value * 10 + (digit - '0');
  }
  return value;
}

std::string_view DateSentence::RawGap(uint32_t at) const {
  const uint32_t from = at > first_ ? Tok(at - 1).end : std::min(sentence_.start, Tok(at).start);
  return text_.substr(from, Tok(at).start - from);
}

std::string_view DateSentence::TextAfterLastToken() const {
  const uint32_t from = Tok(end_ - 1).end;
  return Trim(text_.substr(from, std::max(sentence_.end, from) - from));
}

std::optional<uint32_t> DateSentence::ClosingQuoteAfter(uint32_t at) const {
  char32_t opening = 0;
  const std::string_view gap = Gap(at);
  if (gap.empty() || DecodeUtf8(gap, 0, &opening) != static_cast<int>(gap.size()) ||
      !Quoted(at, 0)) {
    return std::nullopt;
  }
  char32_t closing = 0;
  return Tok(at).end + static_cast<uint32_t>(DecodeUtf8(text_, Tok(at).end, &closing));
}

std::optional<uint32_t> DateSentence::ClosingParenthesisAfter(uint32_t at) const {
  const uint32_t from = Tok(at).end;
  const uint32_t to = at + 1 < end_ ? Tok(at + 1).start : std::max(sentence_.end, from);
  const std::string_view after = Trim(text_.substr(from, to - from));
  if (!after.starts_with(")")) return std::nullopt;
  return static_cast<uint32_t>(after.data() - text_.data()) + 1;
}

std::string_view DateSentence::Trim(std::string_view text) const {
  size_t begin = text.size();
  size_t end = 0;
  for (size_t pos = 0; pos < text.size();) {
    char32_t code_point = 0;
    int length = DecodeUtf8(text, pos, &code_point);
    bool blank = false;
    if (length > 0) {
      const CharClass char_class = normalizer_.Classify(code_point);
      blank = char_class == CharClass::kSpace || char_class == CharClass::kLineBreak ||
              char_class == CharClass::kFormat || char_class == CharClass::kJoiner;
    } else {
      length = 1;
    }
    if (!blank) {
      begin = std::min(begin, pos);
      end = pos + length;
    }
    pos += length;
  }
  return begin >= end ? std::string_view() : text.substr(begin, end - begin);
}

uint32_t DateSentence::OffsetAfterProclitic(const Token& token, size_t normalized_bytes) const {
  return Tokenizer(normalizer_).OriginalOffsetAfter(text_, token, normalized_bytes);
}

// A noun the number counts stands right after it, with no proclitic ("عام
// 2017 وعام 2019" is two years), and is none of not_counted ("عام 1996 كما",
// which "كم" with the ending ا would otherwise read as kilometres).
bool DateSentence::CountedNounAt(uint32_t at) const {
  if (!Adjacent(at) || Word(at, DateWordRole::kNotCounted)) return false;
  for (const DateWordRole role : {DateWordRole::kCountedNoun, DateWordRole::kDurationUnit}) {
    if (const std::optional<LexiconMatch> noun = Word(at, role); noun && noun->stripped_bytes == 0) {
      return true;
    }
  }
  return false;
}

bool DateSentence::LooksCounted(uint32_t at) const {
  if (!Adjacent(at) || Tok(at).kind != TokenKind::kArabic) return false;
  const std::string_view word = layout_.Normalized(Tok(at));
  if (Word(at, DateWordRole::kNotCounted) ||
      rules_.morphology().WithoutArticle(word).size() != word.size() ||
      EndsWithAny(word, rules_.not_counted_endings())) {
    return false;
  }
  return EndsWithAny(word, rules_.counted_word_endings()) || HasTanwin(Tok(at));
}

// Tanwin is gone from the normalized form: it is looked up in the text.
bool DateSentence::HasTanwin(const Token& token) const {
  const std::vector<char32_t>& marks = rules_.tanwin_marks();
  for (size_t pos = token.start; pos < token.end;) {
    char32_t code_point = 0;
    const int length = DecodeUtf8(text_, pos, &code_point);
    if (length == 0) return false;
    if (std::find(marks.begin(), marks.end(), code_point) != marks.end()) return true;
    pos += length;
  }
  return false;
}

bool DateSentence::HasAmountSign(uint32_t at) const {
  const std::string_view before = Gap(at);
  const std::string_view after = at + 1 < end_ ? Gap(at + 1) : TextAfterLastToken();
  return std::any_of(
      rules_.amount_signs().begin(), rules_.amount_signs().end(),
      [&](const std::string& sign) { return before.ends_with(sign) || after.starts_with(sign); });
}

bool DateSentence::PartOfLargerNumber(uint32_t at, bool dash_joins) const {
  const auto joined = [&](uint32_t left, uint32_t right) {
    if (left < first_ || right >= end_) return false;
    const std::string_view gap = RawGap(right);
    const TokenKind other = (left == at ? Tok(right) : Tok(left)).kind;
    if (other == TokenKind::kDigits) {
      return Contains(rules_.number_joiners(), gap) ||
             (dash_joins && Contains(rules_.range_dashes(), gap));
    }
    return other == TokenKind::kLatin && (gap.empty() || Contains(rules_.range_dashes(), gap));
  };
  // "333ر10" (10.333 as some Saudi papers print it): a joiner that is a
  // letter is a token of its own between the two numbers.
  const auto joined_by_token = [&](uint32_t joiner) {
    if (joiner <= first_ || joiner + 1 >= end_ || Tok(joiner - 1).kind != TokenKind::kDigits ||
        Tok(joiner + 1).kind != TokenKind::kDigits || !RawGap(joiner).empty() ||
        !RawGap(joiner + 1).empty()) {
      return false;
    }
    return Contains(rules_.number_joiners(),
                    text_.substr(Tok(joiner).start, Tok(joiner).end - Tok(joiner).start));
  };
  return (at > first_ && joined(at - 1, at)) || joined(at, at + 1) ||
         (at > first_ && joined_by_token(at - 1)) || joined_by_token(at + 1);
}

bool DateSentence::RaisedToPower(uint32_t at) const {
  const std::string_view after = text_.substr(Tok(at).end);
  for (const std::string& power : rules_.unit_powers()) {
    if (!after.starts_with(power)) continue;
    char32_t next = 0;
    if (after.size() == power.size() || DecodeUtf8(after, power.size(), &next) == 0 ||
        normalizer_.Classify(next) != CharClass::kDigit) {
      return true;  // "م2" but not "م20"
    }
  }
  return false;
}

bool DateSentence::HasArticle(uint32_t at) const {
  return rules_.morphology().HasArticle(layout_, at);
}

namespace {
constexpr uint32_t kLongestCue = 4;
}  // namespace

bool DateSentence::PrecededBy(uint32_t at, DateWordRole role) const {
  if (at <= first_ || !Gap(at).empty()) return false;
  for (uint32_t from = at; from-- > first_ && at - from <= kLongestCue;) {
    const std::optional<LexiconMatch> cue = WordBefore(from, at, role);
    if (cue && from + cue->tokens == at) return true;
  }
  return false;
}

bool DateSentence::PrecededBy(uint32_t at, DateWordRole role, DateWordRole filler) const {
  if (PrecededBy(at, role)) return true;
  if (at <= first_ || !Gap(at).empty()) return false;
  for (uint32_t from = at; from-- > first_ && at - from <= kLongestCue;) {
    const std::optional<LexiconMatch> between = WordBefore(from, at, filler);
    if (between && from + between->tokens == at && PrecededBy(from, role)) return true;
  }
  return false;
}

bool DateSentence::InPastContext(uint32_t at) const {
  const uint32_t window = rules_.future_cue_window();
  const uint32_t from = at - first_ > window ? at - window : first_;
  for (uint32_t cue = from; cue < at; ++cue) {
    if (WordBefore(cue, at, DateWordRole::kPastCue)) return true;
  }
  return false;
}

bool DateSentence::InFutureContext(uint32_t at) const {
  const uint32_t window = rules_.future_cue_window();
  const uint32_t from = at - first_ > window ? at - window : first_;
  for (uint32_t cue = from; cue < at; ++cue) {
    if (WordBefore(cue, at, DateWordRole::kFutureCue) || FutureVerbAt(cue)) return true;
  }
  return false;
}

// The particle is a letter, and so are the prefixes of the imperfect: what
// tells سيعقد from سيارة is the noun's ending, or the word being listed.
bool DateSentence::FutureVerbAt(uint32_t at) const {
  if (Tok(at).kind != TokenKind::kArabic || Word(at, DateWordRole::kNotFutureWord)) return false;
  const std::string_view word = NormalizedWord(at);
  if (EndsWithAny(word, rules_.not_future_endings())) return false;
  const auto verb_after_particle = [&](std::string_view rest) {
    for (const std::string& prefix : rules_.future_verb_prefixes()) {
      if (rest.starts_with(prefix) &&
          rules_.morphology().LongEnough(rest.substr(prefix.size()))) {
        return true;
      }
    }
    return false;
  };
  if (verb_after_particle(word)) return true;
  for (const std::string& proclitic : rules_.future_verb_proclitics()) {
    if (word.starts_with(proclitic) && verb_after_particle(word.substr(proclitic.size()))) {
      return true;
    }
  }
  return false;
}

}  // namespace akhbar
