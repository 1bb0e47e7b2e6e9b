// How a report of an event is dated: by the date expression of its own
// sentence closest to the trigger, one of its clause before one in the
// words of who speaks of it (if it is near, at most 15 words away, or
// opens the sentence; in the bytes that may date it,
// SentenceTrigger::dating_start; not in its aside, whose words do not count
// either; and not inside a quotation the trigger is outside of), else by
// its document's date, unless it is in the pluperfect (وكانت الشرطة قد
// اعتقلت): what had happened before the news then has no date.
#ifndef AKHBAR_GRAPH_EVENT_DATING_H_
#define AKHBAR_GRAPH_EVENT_DATING_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "extract/extraction.h"
#include "graph/day_span.h"
#include "graph/deduplicated_corpus.h"

namespace akhbar {

enum class EventDateSource { kSentence, kDocument, kNone };
std::string_view EventDateSourceName(EventDateSource source);

struct EventDate {
  EventDateSource source = EventDateSource::kNone;
  std::optional<DaySpan> days;
  // The date expression of the report's sentence (kSentence only): its
  // value, text, granularity and vagueness are the event's. Viewed, not
  // copied: a large corpus has millions of reports.
  const SentenceDate* expression = nullptr;
  size_t sentence = 0;  // the report's index in DeduplicatedCorpus::sentences
};

// ISO 8601, or "start..end" for a range; empty without a date.
std::string DateValue(const DeduplicatedCorpus& corpus, const EventDate& date);
// The expression as written (sentence dates only).
std::string_view DateText(const DeduplicatedCorpus& corpus, const EventDate& date);

EventDate DateReport(const DeduplicatedCorpus& corpus, size_t sentence,
                     const SentenceTrigger& trigger);

// The better of two dates for an event with several reports: a date the
// text states beats a publication date, a narrower one a wider one, then
// the earlier one, then the report that comes first in the corpus. A total
// order, so the choice never depends on the order of the reports.
bool BetterDate(const EventDate& a, const EventDate& b);

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_EVENT_DATING_H_
