#include "extract/date_finder.h"

#include <algorithm>

#include "extract/date_parser.h"
#include "extract/date_resolver.h"

namespace akhbar {
namespace {

// What "في اليوم التالي" or "ذلك العام" counts from: the first day of the
// last date before it that is one point at least as precise as its unit.
// A range or a vague word names no such point, and the document date is not
// what the text refers back to.
std::optional<CivilDate> Antecedent(const std::vector<DateExpression>& before, TimeUnit unit) {
  for (auto it = before.rbegin(); it != before.rend(); ++it) {
    const DateExpression& date = *it;
    if (!date.earliest || date.kind == DateKind::kRange || date.kind == DateKind::kVague) continue;
    // "أدنى مستوى منذ أربعة أشهر": a duration's start is not where the text
    // goes on from. A date it names is ("منذ عام 2011 ... في ذلك العام").
    if (date.kind == DateKind::kRelative &&
        std::ranges::find(date.flags, "since") != date.flags.end()) {
      continue;
    }
    if (date.granularity <= UnitGranularity(unit)) return date.earliest;
  }
  return std::nullopt;
}

}  // namespace

std::vector<DateExpression> DateFinder::Find(std::string_view text, const TextLayout& layout,
                                             const std::optional<CivilDate>& anchor) const {
  return *FindInSome(text, layout, anchor, nullptr);
}

std::vector<DateExpression> DateFinder::FindIn(std::string_view text, const TextLayout& layout,
                                               const std::optional<CivilDate>& anchor,
                                               const std::vector<bool>& chosen) const {
  if (std::optional<std::vector<DateExpression>> dates = FindInSome(text, layout, anchor, &chosen)) {
    return std::move(*dates);
  }
  // The antecedent may lie in a sentence not chosen: every sentence counts.
  std::vector<DateExpression> dates = Find(text, layout, anchor);
  std::erase_if(dates, [&](const DateExpression& date) { return !chosen[date.sentence]; });
  return dates;
}

std::optional<std::vector<DateExpression>> DateFinder::FindInSome(
    std::string_view text, const TextLayout& layout, const std::optional<CivilDate>& anchor,
    const std::vector<bool>* chosen) const {
  std::vector<DateExpression> dates;
  const PhraseStartIndex starts(rules_.lexicon(), layout, chosen);
  bool skipped_some = false;
  for (uint32_t s = 0; s < layout.sentences.size(); ++s) {
    if (chosen != nullptr && !(*chosen)[s]) {
      skipped_some = true;
      continue;
    }
    for (const FoundDate& found :
         ParseSentenceDates(rules_, normalizer_, text, layout, starts, layout.sentences[s])) {
      DateExpression date;
      date.start = found.start;
      date.end = found.end;
      date.text = std::string(text.substr(found.start, found.end - found.start));
      date.sentence = layout.tokens[found.first_token].sentence;
      const bool year_anaphoric =
          found.spec.point.year_anaphoric || found.spec.range_end.year_anaphoric;
      const bool anaphoric = found.spec.form == DateForm::kAnaphoric;
      if ((anaphoric || year_anaphoric) && skipped_some) return std::nullopt;
      const std::optional<CivilDate> date_anchor =
          anaphoric        ? Antecedent(dates, found.spec.unit)
          : year_anaphoric ? Antecedent(dates, TimeUnit::kYear)
                           : anchor;
      if (ResolveDate(found.spec, date_anchor, rules_.hijri(), &date)) {
        dates.push_back(std::move(date));
      }
    }
  }
  return dates;
}

}  // namespace akhbar
