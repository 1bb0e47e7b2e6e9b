#include "extract/date_finder.h"

#include <algorithm>
#include <span>

#include "extract/date_parser.h"
#include "extract/date_resolver.h"
#include "extract/quotations.h"

namespace akhbar {
namespace {

// What "في اليوم التالي" or "ذلك العام" counts from: the first day of the
// last date before it that is one point at least as precise as its unit.
// A range or a vague word names no such point, and the document date is not
// what the text refers back to.
std::optional<CivilDate> Antecedent(std::span<const DateExpression> before, TimeUnit unit) {
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

// "في التاسع من أغسطس 2014 ... وتبع ذلك موجة من أعمال العنف في نوفمبر":
// a month alone after a date of the sentence in a year before the anchor's
// comes after that date. The first day of the sentence's last date before
// it, if that date is one point of at most a year, all before the anchor's
// year. A date of the anchor's year leaves the month to the anchor, and so
// does one to come: "حتى مارس 2016، نزولا من زيادة تم تقديرها في أبريل"
// is this April.
std::optional<CivilDate> EarlierYearBefore(std::span<const DateExpression> sentence_dates,
                                           const std::optional<CivilDate>& anchor) {
  for (auto it = sentence_dates.rbegin(); it != sentence_dates.rend(); ++it) {
    const DateExpression& date = *it;
    // "منذ 2009 ... رفعت واشنطن في أواخر مارس": what began then lasts.
    const bool since = std::ranges::find(date.flags, "since") != date.flags.end();
    if (!date.earliest || !date.latest || date.kind == DateKind::kRange ||
        date.kind == DateKind::kVague || date.granularity > Granularity::kYear || since) {
      continue;
    }
    if (!anchor || date.latest->year >= anchor->year) return std::nullopt;
    return date.earliest;
  }
  return std::nullopt;
}

// A day further back than this before the text's is what the sentence
// recounts, not when the quotation was said (في 14 آذار 2005 … «اليوم»).
constexpr int kMaxDaysSinceSaying = 7;

// A relative word inside a quotation counts from the day the quotation was
// said, where its sentence gives that day before the quotation opens: in
// وحمل ممثل المرجع خلال خطبة أمس: «… ما يعاني البلد منها اليوم» the
// speaker's today is the writer's yesterday. The quotations are read only
// for a sentence where a single day comes before a relative word.
class SpeakersDays {
 public:
  SpeakersDays(std::string_view text, const Sentence& sentence)
      : sentence_(text.substr(sentence.start, sentence.end - sentence.start)),
        sentence_start_(sentence.start) {}

  // The day said by the last of `before` (the sentence's dates so far, in
  // text order) that lies outside every quotation, ends before the one that
  // holds byte `at` opens and is a single day, not one a state began on
  // (منذ الخميس). None where no quotation that closes holds `at`: a mark
  // left open is as often a stray one (»الهلال«) as a quotation that runs on.
  std::optional<CivilDate> DayOfSaying(uint32_t at, std::span<const DateExpression> before) {
    if (std::ranges::none_of(before, SaysADay)) return std::nullopt;
    if (!read_) {
      quotations_ = QuotationsOf(sentence_);
      read_ = true;
    }
    const uint32_t local = at - sentence_start_;
    const Quotation* holding = nullptr;  // the outermost
    for (const Quotation& quotation : quotations_) {
      if (quotation.closed && quotation.Holds(local) &&
          (holding == nullptr || quotation.open < holding->open)) {
        holding = &quotation;
      }
    }
    if (holding == nullptr) return std::nullopt;
    for (auto date = before.rbegin(); date != before.rend(); ++date) {
      const uint32_t start = date->start - sentence_start_;
      const bool quoted = std::ranges::any_of(
          quotations_, [&](const Quotation& quotation) { return quotation.Holds(start); });
      if (date->end - sentence_start_ > holding->open || quoted || !SaysADay(*date)) continue;
      return date->earliest;
    }
    return std::nullopt;
  }

 private:
  static bool SaysADay(const DateExpression& date) {
    return date.granularity == Granularity::kDay && date.earliest &&
           date.earliest == date.latest &&
           std::ranges::find(date.flags, "since") == date.flags.end();
  }

  std::string_view sentence_;
  uint32_t sentence_start_ = 0;
  bool read_ = false;
  std::vector<Quotation> quotations_;
};

// A weekday that says when the text was written stands as a word of its
// own (أمس الأحد، اليوم (الاثنين)): the opening's sentences without one
// need not be read for it.
bool NamesAWeekday(const DateLexicon& lexicon, const TextLayout& layout, const Sentence& sentence) {
  for (uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
    if (lexicon.StartsWeekday(layout.readings[layout.first_reading[t]])) return true;
  }
  return false;
}

}  // namespace

std::vector<DateExpression> DateFinder::Find(std::string_view text, const TextLayout& layout,
                                             const std::optional<CivilDate>& anchor) const {
  return FindInSome(text, layout, anchor, nullptr, false)->dates;
}

std::vector<DateExpression> DateFinder::FindIn(std::string_view text, const TextLayout& layout,
                                               const std::optional<CivilDate>& anchor,
                                               const std::vector<bool>& chosen) const {
  return FindInChosen(text, layout, anchor, &chosen, false).dates;
}

PublishedDates DateFinder::FindPublished(std::string_view text, const TextLayout& layout,
                                         const CivilDate& published,
                                         const std::vector<bool>* chosen) const {
  return FindInChosen(text, layout, published, chosen, true);
}

PublishedDates DateFinder::FindInChosen(std::string_view text, const TextLayout& layout,
                                        const std::optional<CivilDate>& anchor,
                                        const std::vector<bool>* chosen, bool published) const {
  if (chosen != nullptr) {
    if (std::optional<PublishedDates> dates = FindInSome(text, layout, anchor, chosen, published)) {
      return std::move(*dates);
    }
  }
  // The antecedent may lie in a sentence not chosen: every sentence counts.
  PublishedDates dates = *FindInSome(text, layout, anchor, nullptr, published);
  if (chosen != nullptr) {
    std::erase_if(dates.dates,
                  [&](const DateExpression& date) { return !(*chosen)[date.sentence]; });
  }
  return dates;
}

std::optional<PublishedDates> DateFinder::FindInSome(std::string_view text,
                                                     const TextLayout& layout,
                                                     const std::optional<CivilDate>& anchor,
                                                     const std::vector<bool>* chosen,
                                                     bool published) const {
  const size_t sentences = layout.sentences.size();
  const size_t opening =
      published && anchor ? std::min<size_t>(rules_.written_date_sentences(), sentences) : 0;
  // The opening's sentences that may say when the text was written.
  std::vector<bool> may_date_text(opening);
  for (size_t s = 0; s < opening; ++s) {
    may_date_text[s] = NamesAWeekday(rules_.lexicon(), layout, layout.sentences[s]);
  }
  std::vector<bool> read;  // the chosen sentences and those
  if (chosen != nullptr) {
    read = *chosen;
    for (size_t s = 0; s < opening; ++s) read[s] = read[s] || may_date_text[s];
  }
  const std::vector<bool>* to_read = chosen != nullptr ? &read : nullptr;
  const PhraseStartIndex starts(rules_.lexicon(), layout, to_read);
  const auto parse = [&](size_t s) {
    return ParseSentenceDates(rules_, normalizer_, text, layout, starts, layout.sentences[s]);
  };
  std::vector<std::vector<FoundDate>> opening_dates(opening);
  for (size_t s = 0; s < opening; ++s) {
    if (to_read == nullptr || read[s]) opening_dates[s] = parse(s);
  }

  PublishedDates result;
  std::optional<CivilDate> counted_from = anchor;
  const auto names_its_weekday = [](const FoundDate& date) {
    return date.spec.form == DateForm::kRelative && date.spec.unit == TimeUnit::kDay &&
           date.spec.named_weekday;
  };
  for (size_t s = 0; s < opening; ++s) {
    if (!may_date_text[s]) continue;
    const auto first = std::ranges::find_if(opening_dates[s], names_its_weekday);
    if (first == opening_dates[s].end()) continue;
    counted_from = anchor->PlusDays(
        -DaysBackToWeekday(anchor->PlusDays(first->spec.offset), *first->spec.named_weekday));
    if (counted_from != anchor) result.written = counted_from;
    break;
  }

  std::vector<DateExpression>& dates = result.dates;
  bool skipped_some = false;
  for (uint32_t s = 0; s < sentences; ++s) {
    if (to_read != nullptr && !read[s]) {
      skipped_some = true;
      continue;
    }
    const size_t sentence_first_date = dates.size();
    SpeakersDays speakers_days(text, layout.sentences[s]);
    for (const FoundDate& found : s < opening ? std::move(opening_dates[s]) : parse(s)) {
      DateExpression date;
      date.start = found.start;
      date.end = found.end;
      date.text = std::string(text.substr(found.start, found.end - found.start));
      date.sentence = layout.tokens[found.first_token].sentence;
      const bool year_anaphoric =
          found.spec.point.year_anaphoric || found.spec.range_end.year_anaphoric;
      const bool anaphoric = found.spec.form == DateForm::kAnaphoric;
      if ((anaphoric || year_anaphoric) && skipped_some) return std::nullopt;
      std::optional<CivilDate> date_anchor =
          anaphoric        ? Antecedent(dates, found.spec.unit)
          : year_anaphoric ? Antecedent(dates, TimeUnit::kYear)
                           : counted_from;
      const std::span<const DateExpression> sentence_dates(dates.begin() + sentence_first_date,
                                                           dates.end());
      // A weekday named beside the word (أمس (السبت)) is most often the
      // editor's, counted from the text's day.
      if (found.spec.form == DateForm::kRelative && !found.spec.named_weekday && counted_from) {
        if (std::optional<CivilDate> said = speakers_days.DayOfSaying(found.start, sentence_dates);
            said && *said <= *counted_from &&
            counted_from->PlusDays(-kMaxDaysSinceSaying) <= *said) {
          date_anchor = said;
        }
      }
      // "ارتفع في 2014 بنسبة 5% حتى نهاية العام" is 2014.
      if (found.spec.sentence_period) {
        if (const std::optional<CivilDate> said = Antecedent(sentence_dates, found.spec.unit)) {
          date_anchor = said;
          date.flags.push_back("anaphoric");
        }
      }
      if (found.spec.point.months_ahead) {
        if (const std::optional<CivilDate> year_said = EarlierYearBefore(sentence_dates, anchor)) {
          DateSpec after_year_said = found.spec;
          after_year_said.point.months_ahead = 11;
          if (ResolveDate(after_year_said, year_said, rules_.hijri(), rules_.week_start(),
                          &date)) {
            date.flags.push_back("anaphoric");
            dates.push_back(std::move(date));
          }
          continue;
        }
      }
      if (ResolveDate(found.spec, date_anchor, rules_.hijri(), rules_.week_start(), &date)) {
        dates.push_back(std::move(date));
      }
    }
  }
  // The opening was read for the day it says the text was written, and as
  // what anaphoric dates after it refer back to.
  if (chosen != nullptr) {
    std::erase_if(dates, [&](const DateExpression& date) { return !(*chosen)[date.sentence]; });
  }
  return result;
}

}  // namespace akhbar
