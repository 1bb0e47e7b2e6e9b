#include "graph/event_dating.h"

#include <algorithm>
#include <limits>
#include <string_view>
#include <tuple>
#include <utility>

#include "extract/quotations.h"

namespace akhbar {
namespace {

// A date this many words away from the trigger usually dates something else
// the sentence mentions ("protests against Nazarbayev, who ruled from 1989
// to 2019"); the publication date is the better guess then.
constexpr size_t kMaxWordsToDate = 15;

// A date with at most this many words before it opens its sentence (وفي 4
// أغسطس 2005، صعد الإرهابي … قبل أن تتمكن الحشود من القبض عليه، عام 2003
// هاجم إرهابيون … وكانت الحصيلة مقتل 26 شخصا): the press fronts the time of
// what the whole sentence tells, and it dates a trigger however far.
constexpr size_t kMostWordsBeforeOpeningDate = 2;

uint32_t BytesBetween(const SentenceDate& date, const SentenceTrigger& trigger) {
  if (date.end <= trigger.start) return trigger.start - date.end;
  if (trigger.end <= date.start) return date.start - trigger.end;
  return 0;
}

// Words of the sentence between the date and the trigger, but for those of
// the trigger's aside, which interrupts its clause.
size_t WordsBetween(const SentenceFacts& sentence, const SentenceDate& date,
                    const SentenceTrigger& trigger) {
  const uint32_t from = std::min(date.end, trigger.end);
  const uint32_t to = std::max(date.start, trigger.start);
  const size_t words = sentence.WordsIn(from, to);
  if (trigger.aside_end == 0 || trigger.aside_start < from || trigger.aside_end > to) return words;
  return words - sentence.WordsIn(trigger.aside_start, trigger.aside_end);
}

// A date that starts in the aside is its own, though a bracket may end the
// aside inside the date (في مارس (آذار) الماضي).
bool InAside(const SentenceDate& date, const SentenceTrigger& trigger) {
  return trigger.aside_start <= date.start && date.start < trigger.aside_end;
}

// How near a date is to the trigger, the nearer the less: first whether it
// lies in the trigger's clause, as a date in the words of the one who
// speaks (قال الجيش اليوم إنه قتل القيادي في 8 يوليو) dates the speaking;
// then the bytes between.
std::pair<bool, uint32_t> Distance(const SentenceDate& date, const SentenceTrigger& trigger) {
  const bool in_clause = trigger.clause_start <= date.start && date.end <= trigger.clause_end;
  return {!in_clause, BytesBetween(date, trigger)};
}

int64_t SpanDays(const EventDate& date) {
  if (!date.days) return std::numeric_limits<int64_t>::max();
  return (date.days->last.ToDays() - date.days->first.ToDays()).count();
}

}  // namespace

std::string_view EventDateSourceName(EventDateSource source) {
  switch (source) {
    case EventDateSource::kSentence: return "sentence";
    case EventDateSource::kDocument: return "document";
    case EventDateSource::kNone: return "none";
  }
  return "none";
}

EventDate DateReport(const DeduplicatedCorpus& corpus, size_t sentence,
                     const SentenceTrigger& trigger) {
  const CorpusSentence& report = corpus.sentences[sentence];
  EventDate date;
  date.sentence = sentence;
  const SentenceDate* closest = nullptr;
  const SentenceFacts& facts = *report.facts;
  for (const SentenceDate& expression : report.Dates()) {
    if (expression.start < trigger.dating_start || expression.end > trigger.dating_end ||
        InAside(expression, trigger)) {
      continue;
    }
    if (WordsBetween(facts, expression, trigger) > kMaxWordsToDate &&
        facts.WordsIn(facts.start, expression.start) > kMostWordsBeforeOpeningDate) {
      continue;
    }
    if (QuotedApart(facts.text, expression.start - facts.start, trigger.start - facts.start)) {
      continue;
    }
    if (closest == nullptr || Distance(expression, trigger) < Distance(*closest, trigger)) {
      closest = &expression;
    }
  }
  if (closest != nullptr) {
    date.source = EventDateSource::kSentence;
    date.days = closest->days;
    date.expression = closest;
  } else if (report.document->date && !trigger.pluperfect) {
    date.source = EventDateSource::kDocument;
    date.days = DaySpan{*report.document->date, *report.document->date};
  }
  return date;
}

std::string DateValue(const DeduplicatedCorpus& corpus, const EventDate& date) {
  switch (date.source) {
    case EventDateSource::kSentence: return date.expression->value;
    case EventDateSource::kDocument: return corpus.sentences[date.sentence].document->date->ToIso();
    case EventDateSource::kNone: break;
  }
  return std::string();
}

std::string_view DateText(const DeduplicatedCorpus& corpus, const EventDate& date) {
  if (date.expression == nullptr) return std::string_view();
  return corpus.sentences[date.sentence].facts->Bytes(date.expression->start, date.expression->end);
}

bool BetterDate(const EventDate& a, const EventDate& b) {
  const auto first_day = [](const EventDate& date) {
    return date.days ? date.days->first : CivilDate{};
  };
  return std::make_tuple(a.source, SpanDays(a), first_day(a), a.sentence) <
         std::make_tuple(b.source, SpanDays(b), first_day(b), b.sentence);
}

}  // namespace akhbar
