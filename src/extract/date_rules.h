// rules/dates.yaml, compiled: the date lexicon plus the numbers and
// separators the date finder needs.
#ifndef AKHBAR_EXTRACT_DATE_RULES_H_
#define AKHBAR_EXTRACT_DATE_RULES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"
#include "extract/date_hijri.h"
#include "extract/date_lexicon.h"
#include "extract/morphology.h"
#include "extract/rule_yaml.h"
#include "extract/tokenizer.h"

namespace akhbar {

struct YearSpan {
  int first = 0;
  int last = 0;
  bool Contains(int year) const { return year >= first && year <= last; }
};

class DateRules {
 public:
  static StatusOr<DateRules> FromYaml(const YamlFile& file, const Tokenizer& tokenizer,
                                      const Morphology& morphology);

  const DateLexicon& lexicon() const { return lexicon_; }
  const HijriCalendar& hijri() const { return hijri_; }
  const Morphology& morphology() const { return *morphology_; }
  YearSpan gregorian_years() const { return gregorian_years_; }
  YearSpan hijri_years() const { return hijri_years_; }
  // Separators as written in the rules, compared with trimmed gaps.
  const std::vector<std::string>& month_pair_separators() const { return month_pair_separators_; }
  const std::vector<std::string>& weekday_date_separators() const {
    return weekday_date_separators_;
  }
  const std::vector<std::string>& range_dashes() const { return range_dashes_; }
  // The one-word connectors of each range group of the rules (by the group's
  // index, DateWord::value), normalized: one may be glued to the second date
  // as a proclitic ("بين الأول والثالث من مارس").
  // Normalized words between the days of a list before their month.
  const std::vector<std::string>& day_list_joins() const { return day_list_joins_; }
  const std::vector<std::string>& range_connectors(int group) const {
    return range_connectors_[static_cast<size_t>(group)];
  }
  const std::vector<std::string>& number_joiners() const { return number_joiners_; }
  const std::vector<std::string>& amount_signs() const { return amount_signs_; }
  const std::vector<std::string>& unit_powers() const { return unit_powers_; }
  // Normalized one-word era suffixes that also abbreviate a unit (م).
  const std::vector<std::string>& unit_like_era_suffixes() const {
    return unit_like_era_suffixes_;
  }
  const std::vector<std::string>& numeric_date_separators() const {
    return numeric_date_separators_;
  }
  // Normalized endings that keep a word ending in ا from counting as a noun.
  const std::vector<std::string>& not_counted_endings() const { return not_counted_endings_; }
  // What marks the word after a number as the noun it counts (tamyiz):
  // normalized endings, and tanwin marks found in the original text.
  const std::vector<std::string>& counted_word_endings() const { return counted_word_endings_; }
  const std::vector<char32_t>& tanwin_marks() const { return tanwin_marks_; }
  uint32_t future_cue_window() const { return future_cue_window_; }
  // The weekday a week starts on: 0 = Sunday, 1 = Monday (ISO 8601).
  unsigned week_start() const { return week_start_; }
  // The opening sentences where a relative day that names its weekday says
  // when the text was written.
  uint32_t written_date_sentences() const { return written_date_sentences_; }
  // The months after the document's that a month named alone is still to
  // come in ("في سبتمبر" in August); the rest have passed.
  unsigned month_alone_months_ahead() const { return month_alone_months_ahead_; }
  // The same after a future cue ("ستجرى الانتخابات في مارس").
  unsigned month_alone_months_ahead_in_future() const {
    return month_alone_months_ahead_in_future_;
  }
  // The future particle glued to a verb (سيعقد): normalized prefixes, the
  // proclitics that may come before them and the endings of nouns that start
  // the same way (سيارة، سنوات).
  const std::vector<std::string>& future_verb_prefixes() const { return future_verb_prefixes_; }
  const std::vector<std::string>& future_verb_proclitics() const {
    return future_verb_proclitics_;
  }
  const std::vector<std::string>& not_future_endings() const { return not_future_endings_; }

 private:
  static StatusOr<DateRules> FromYamlUnguarded(const YamlFile& file, const Tokenizer& tokenizer,
                                                const Morphology& morphology);

  DateRules(DateLexicon lexicon, HijriCalendar hijri, const Morphology& morphology)
      : lexicon_(std::move(lexicon)), hijri_(std::move(hijri)), morphology_(&morphology) {}

  DateLexicon lexicon_;
  HijriCalendar hijri_;
  const Morphology* morphology_;
  YearSpan gregorian_years_;
  YearSpan hijri_years_;
  std::vector<std::string> month_pair_separators_;
  std::vector<std::string> weekday_date_separators_;
  std::vector<std::string> range_dashes_;
  std::vector<std::vector<std::string>> range_connectors_;
  std::vector<std::string> day_list_joins_;
  std::vector<std::string> number_joiners_;
  std::vector<std::string> amount_signs_;
  std::vector<std::string> unit_powers_;
  std::vector<std::string> unit_like_era_suffixes_;
  std::vector<std::string> numeric_date_separators_;
  std::vector<std::string> not_counted_endings_;
  std::vector<std::string> counted_word_endings_;
  std::vector<char32_t> tanwin_marks_;
  uint32_t future_cue_window_ = 0;
  uint32_t written_date_sentences_ = 0;
  unsigned month_alone_months_ahead_ = 0;
  unsigned month_alone_months_ahead_in_future_ = 0;
  unsigned week_start_ = 1;
  std::vector<std::string> future_verb_prefixes_;
  std::vector<std::string> future_verb_proclitics_;
  std::vector<std::string> not_future_endings_;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_DATE_RULES_H_
