// Temporal expressions of a document, found and normalized: TextLayout +
// original text + document date -> DateExpressions (rules/dates.yaml).
#ifndef AKHBAR_EXTRACT_DATE_FINDER_H_
#define AKHBAR_EXTRACT_DATE_FINDER_H_

#include <optional>
#include <string_view>
#include <vector>

#include "extract/arabic_normalizer.h"
#include "extract/civil_date.h"
#include "extract/date_rules.h"
#include "extract/extraction.h"
#include "extract/text_layout.h"

namespace akhbar {

// A published document's dates, and the day its text says it was written.
struct PublishedDates {
  // "قال الوزير اليوم (الاثنين)" in a text published on a Tuesday: written
  // on the Monday before (rules/dates.yaml `written_date_sentences`), and
  // its relative words count from that Monday. Empty where the opening
  // names no such day or names the publication date's own.
  std::optional<CivilDate> written;
  std::vector<DateExpression> dates;
};

class DateFinder {
 public:
  DateFinder(const DateRules& rules, const ArabicNormalizer& normalizer)
      : rules_(rules), normalizer_(normalizer) {}

  // In text order. `anchor` is the date relative words count from; without
  // it, expressions that need one are reported with an empty value and their
  // unresolved form. Anaphoric ones ("في اليوم التالي") count from the date
  // mentioned before them, and are unresolved when there is none.
  std::vector<DateExpression> Find(std::string_view text, const TextLayout& layout,
                                   const std::optional<CivilDate>& anchor) const;
  // The dates of the sentences `chosen` marks (by index), as Find gives
  // them: an anaphoric date that follows a sentence not chosen is resolved
  // against that sentence's dates all the same.
  std::vector<DateExpression> FindIn(std::string_view text, const TextLayout& layout,
                                     const std::optional<CivilDate>& anchor,
                                     const std::vector<bool>& chosen) const;
  // As Find, or with `chosen` as FindIn, for a text published on
  // `published`: relative words count from the day the text was written.
  PublishedDates FindPublished(std::string_view text, const TextLayout& layout,
                               const CivilDate& published,
                               const std::vector<bool>* chosen = nullptr) const;

 private:
  // FindIn, or with `published` FindPublished, for the chosen sentences (all
  // with no `chosen`).
  PublishedDates FindInChosen(std::string_view text, const TextLayout& layout,
                              const std::optional<CivilDate>& anchor,
                              const std::vector<bool>* chosen, bool published) const;
  // The dates of the chosen sentences (all with no `chosen`), or nothing
  // when one of them refers back past a sentence not chosen. With
  // `published`, the opening's sentences are read too, for the day the text
  // was written.
  std::optional<PublishedDates> FindInSome(std::string_view text, const TextLayout& layout,
                                           const std::optional<CivilDate>& anchor,
                                           const std::vector<bool>* chosen,
                                           bool published) const;

  const DateRules& rules_;
  const ArabicNormalizer& normalizer_;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_DATE_FINDER_H_
