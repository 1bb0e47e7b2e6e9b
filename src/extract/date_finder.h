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

class DateFinder {
 public:
  DateFinder(const DateRules& rules, const ArabicNormalizer& normalizer)
      : rules_(rules), normalizer_(normalizer) {}

  // In text order. `anchor` is the document date; without it, expressions
  // that need one are reported with an empty value and their unresolved form.
  // Anaphoric ones ("في اليوم التالي") count from the date mentioned before
  // them, and are unresolved when there is none.
  std::vector<DateExpression> Find(std::string_view text, const TextLayout& layout,
                                   const std::optional<CivilDate>& anchor) const;
  // The dates of the sentences `chosen` marks (by index), as Find gives
  // them: an anaphoric date that follows a sentence not chosen is resolved
  // against that sentence's dates all the same.
  std::vector<DateExpression> FindIn(std::string_view text, const TextLayout& layout,
                                     const std::optional<CivilDate>& anchor,
                                     const std::vector<bool>& chosen) const;

 private:
  // The dates of the chosen sentences (all with no `chosen`), or nothing
  // when one of them refers back past a sentence not chosen.
  std::optional<std::vector<DateExpression>> FindInSome(
      std::string_view text, const TextLayout& layout, const std::optional<CivilDate>& anchor,
      const std::vector<bool>* chosen) const;

  const DateRules& rules_;
  const ArabicNormalizer& normalizer_;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_DATE_FINDER_H_
