#include "extract/date_finder.h"

#include <algorithm>
#include <ranges>

#include "extract/date_parser.h"
#include "extract/date_resolver.h"

namespace akhbar {
namespace {

// What "في اليوم التالي" or "ذلك العام" counts from: the first day of the
// last date before it that is one point at least as precise as its unit.
// A range or a vague word names no such point, and the document date is not
// what the text refers back to.
std::optional<CivilDate> Antecedent(const std::vector<DateExpression>& before, TimeUnit unit) {
  for (const DateExpression& date : std::views::reverse(before)) {
    if (!date.earliest || date.kind == DateKind::kRange || date.kind == DateKind::kVague) continue;
    // "أدنى مستوى منذ أربعة أشهر": a duration's start is not where the text goes on from.
    if (std::ranges::find(date.flags, "since") != date.flags.end()) continue;
    if (date.granularity <= UnitGranularity(unit)) return date.earliest;
  }
  return std::nullopt;
}

}  // namespace

std::vector<DateExpression> DateFinder::Find(std::string_view text, const TextLayout& layout,
                                             const std::optional<CivilDate>& anchor) const {
  std::vector<DateExpression> dates;
  const PhraseStartIndex starts(rules_.lexicon(), layout);
  for (const Sentence& sentence : layout.sentences) {
    for (const FoundDate& found :
         ParseSentenceDates(rules_, normalizer_, text, layout, starts, sentence)) {
      DateExpression date;
      date.start = found.start;
      date.end = found.end;
      date.text = std::string(text.substr(found.start, found.end - found.start));
      date.sentence = layout.tokens[found.first_token].sentence;
      const bool year_anaphoric =
          found.spec.point.year_anaphoric || found.spec.range_end.year_anaphoric;
      const std::optional<CivilDate> date_anchor =
          found.spec.form == DateForm::kAnaphoric ? Antecedent(dates, found.spec.unit)
          : year_anaphoric                        ? Antecedent(dates, TimeUnit::kYear)
                                                  : anchor;
      if (ResolveDate(found.spec, date_anchor, rules_.hijri(), &date)) {
        dates.push_back(std::move(date));
      }
    }
  }
  return dates;
}

}  // namespace akhbar
