// One sentence as the date grammar reads it: its tokens and the text between
// them, the words of rules/dates.yaml that start at each token, and the tests
// that tell a year from a number that counts something.
#ifndef AKHBAR_EXTRACT_DATE_SENTENCE_H_
#define AKHBAR_EXTRACT_DATE_SENTENCE_H_

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "extract/arabic_normalizer.h"
#include "extract/date_lexicon.h"
#include "extract/date_rules.h"
#include "extract/text_layout.h"
#include "extract/utf8.h"

namespace akhbar {

class DateSentence {
 public:
  // `starts` indexes the phrases of `layout`, which holds the sentence.
  DateSentence(const DateRules& rules, const ArabicNormalizer& normalizer, std::string_view text,
               const TextLayout& layout, const PhraseStartIndex& starts,
               const Sentence& sentence);

  // Tokens [first(), end()) belong to the sentence.
  uint32_t first() const { return first_; }
  uint32_t end() const { return end_; }
  const Token& Tok(uint32_t at) const { return layout_.tokens[at]; }

  // Roles as bits, for MayStartDate.
  using RoleSet = DateRoleSet;
  static constexpr RoleSet Roles(std::initializer_list<DateWordRole> roles) {
    RoleSet set = 0;
    for (const DateWordRole role : roles) set |= RoleBit(role);
    return set;
  }
  // A number, or a phrase of the rules with one of `opening` roles: something
  // a date may start with. Cues such as في start phrases too, but no date.
  bool MayStartDate(uint32_t at, RoleSet opening) const;

  // The longest phrase with `role` at token `at`, within the sentence or
  // ending before token `end`.
  // Inline: most calls are answered by the role bits alone.
  std::optional<LexiconMatch> Word(uint32_t at, DateWordRole role) const {
    return WordBefore(at, end_, role);
  }
  std::optional<LexiconMatch> WordBefore(uint32_t at, uint32_t end, DateWordRole role) const {
    if (at < first_ || at >= end || (starts_.RolesAt(at) & RoleBit(role)) == 0) return std::nullopt;
    return LongestAt(at, end, role);
  }

  // A token of at most `max_digits` digits (any script), as a number.
  std::optional<int> Number(uint32_t at, size_t max_digits = 4) const;
  size_t Digits(uint32_t at) const { return layout_.Normalized(Tok(at)).size(); }
  std::string_view NormalizedWord(uint32_t at) const { return layout_.Normalized(Tok(at)); }
  // The first `bytes` of the token's normalized form: the proclitic a
  // LexiconMatch with these stripped_bytes read past.
  std::string_view NormalizedPrefix(uint32_t at, size_t bytes) const {
    return layout_.Normalized(Tok(at)).substr(0, bytes);
  }

  // The original text between token at-1 (or the sentence start) and token
  // `at`; Gap() without surrounding white space and invisible marks.
  std::string_view RawGap(uint32_t at) const;
  std::string_view Gap(uint32_t at) const { return Trim(RawGap(at)); }
  // Token `at` continues an expression: it is in the sentence and only white
  // space separates it from the token before.
  bool Adjacent(uint32_t at) const { return at > first_ && at < end_ && Gap(at).empty(); }
  // The byte after a ")" that closes what token `at` ends, if there is one.
  std::optional<uint32_t> ClosingParenthesisAfter(uint32_t at) const;
  // Token `at` alone between quotation marks, with only the opening one
  // between it and the token before («الأربعاء»): the byte after the
  // closing one.
  std::optional<uint32_t> ClosingQuoteAfter(uint32_t at) const;
  // Original byte where the token's text continues after its first
  // `normalized_bytes` of matching form: where a date starts after a
  // proclitic such as و.
  uint32_t OffsetAfterProclitic(const Token& token, size_t normalized_bytes) const;

  // "2030 جندي", "2000 عام": a counted noun or a unit from the rules at `at`.
  bool CountedNounAt(uint32_t at) const;
  // "2030 جنديًا", "16 عنصرا": an indefinite word in tanwin or ending in ا
  // after a number is what it counts (the tamyiz).
  bool LooksCounted(uint32_t at) const;
  bool CountsSomething(uint32_t at) const { return CountedNounAt(at) || LooksCounted(at); }
  // "2020%", "$2000".
  bool HasAmountSign(uint32_t at) const;
  // Digits joined to more digits ("2,030", "20:15") or to a Latin code
  // ("Su-2030") are not a number of their own. A dash between two numbers
  // may be a range ("19-20 نوفمبر"): it joins them only for `dash_joins`.
  bool PartOfLargerNumber(uint32_t at, bool dash_joins = false) const;
  // "1000م2", "500 م³": the unit at `at` is squared or cubed (unit_powers
  // right after it), so the number before it measures; and م is no era.
  bool RaisedToPower(uint32_t at) const;
  // Token `at`, after its first `stripped_bytes` of proclitics, stands
  // alone between quotation marks.
  bool Quoted(uint32_t at, size_t stripped_bytes) const {
    return BetweenQuotationMarks(text_, OffsetAfterProclitic(Tok(at), stripped_bytes),
                                 Tok(at).end);
  }
  // The word at `at` has the article, alone or after a proclitic (والأسبوع).
  bool HasArticle(uint32_t at) const;
  // A phrase with `role` ends right before token `at`.
  bool PrecededBy(uint32_t at, DateWordRole role) const;
  // The same, or with one phrase of `filler` between them ("منذ مطلع").
  bool PrecededBy(uint32_t at, DateWordRole role, DateWordRole filler) const;
  // A future cue of the rules, or a verb after the future particle
  // (سيعقد), shortly before token `at`.
  bool InFutureContext(uint32_t at) const;
  // One of past_cues (كان) as shortly before token `at`.
  bool InPastContext(uint32_t at) const;

 private:
  std::optional<LexiconMatch> LongestAt(uint32_t at, uint32_t end, DateWordRole role) const;
  bool FutureVerbAt(uint32_t at) const;
  bool HasTanwin(const Token& token) const;
  std::string_view TextAfterLastToken() const;
  std::string_view Trim(std::string_view text) const;

  const DateRules& rules_;
  const ArabicNormalizer& normalizer_;
  std::string_view text_;
  const TextLayout& layout_;
  const Sentence& sentence_;
  const PhraseStartIndex& starts_;
  uint32_t first_;
  uint32_t end_;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_DATE_SENTENCE_H_
