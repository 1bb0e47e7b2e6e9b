#include "extract/extractor.h"

#include <algorithm>

#include "extract/date_inference.h"
#include "extract/document_layout.h"

namespace akhbar {
namespace {

// A date word inside a name is part of the name (قناة روسيا اليوم، صحيفة
// المصري اليوم): `dates` keeps none that overlaps one of `mentions`. Both
// are in text order.
std::vector<DateExpression> WithoutDatesInNames(std::vector<DateExpression> dates,
                                                const std::vector<Mention>& mentions) {
  auto mention = mentions.begin();
  std::erase_if(dates, [&](const DateExpression& date) {
    while (mention != mentions.end() && mention->end <= date.start) ++mention;
    return mention != mentions.end() && mention->start < date.end;
  });
  return dates;
}

}  // namespace

std::string_view DateSourceName(DateSource source) {
  switch (source) {
    case DateSource::kManifest: return "manifest";
    case DateSource::kOption: return "option";
    case DateSource::kInferred: return "inferred";
    case DateSource::kNone: return "none";
  }
  return "none";
}

std::string_view GranularityName(Granularity granularity) {
  switch (granularity) {
    case Granularity::kDay: return "day";
    case Granularity::kWeek: return "week";
    case Granularity::kMonth: return "month";
    case Granularity::kYear: return "year";
    case Granularity::kDecade: return "decade";
    case Granularity::kCentury: return "century";
  }
  return "day";
}

std::string_view DateKindName(DateKind kind) {
  switch (kind) {
    case DateKind::kAbsolute: return "absolute";
    case DateKind::kRelative: return "relative";
    case DateKind::kRange: return "range";
    case DateKind::kVague: return "vague";
  }
  return "absolute";
}

std::string_view MentionKindName(MentionKind kind) {
  return kind == MentionKind::kName ? "name" : "adjective";
}

Extraction Extractor::Extract(const Document& document) const {
  TextLayout layout;
  return Extract(document, &layout);
}

Extraction Extractor::Extract(const Document& document, TextLayout* laid_out,
                              ExtractionScope scope) const {
  const std::string_view text = document.text;
  LayOutDocument(text, rules_.tokenizer(), rules_.boilerplate(), rules_.morphology(), laid_out);
  const TextLayout& layout = *laid_out;
  Extraction extraction;
  extraction.doc = document.id;
  extraction.date = document.date;
  extraction.date_source = document.date ? document.date_source : DateSource::kNone;
  extraction.paragraphs = layout.paragraphs;
  extraction.warnings = document.warnings;
  extraction.skipped = layout.skipped;
  extraction.sentences.reserve(layout.sentences.size());
  for (const Sentence& sentence : layout.sentences) {
    SentenceRecord record;
    record.start = sentence.start;
    record.end = sentence.end;
    record.paragraph = sentence.paragraph;
    extraction.sentences.push_back(std::move(record));
  }
  extraction.mentions = rules_.entity_matcher().FindMentions(text, layout);
  rules_.locatives().Mark(text, layout, &extraction.mentions);
  extraction.events = rules_.event_matcher().FindEvents(text, layout);
  rules_.owner_adjectives().Mark(text, layout, extraction.events, &extraction.mentions);
  rules_.speech_frames().Divide(text, layout, extraction.mentions, &extraction.events);
  rules_.pluperfect().Find(layout, &extraction.events);
  rules_.dating_spans().Find(text, layout, extraction.mentions, &extraction.events);
  rules_.verb_subjects().Find(text, layout, extraction.mentions, &extraction.events);
  const std::vector<bool> with_facts = SentencesWithFacts(extraction);
  for (size_t s = 0; s < extraction.sentences.size(); ++s) {
    if (scope == ExtractionScope::kWhole || with_facts[s]) {
      SentenceRecord& record = extraction.sentences[s];
      record.text = std::string(text.substr(record.start, record.end - record.start));
    }
  }
  const DateFinder& dates = rules_.date_finder();
  if (extraction.date) {
    PublishedDates found = dates.FindPublished(
        text, layout, *extraction.date, scope == ExtractionScope::kWhole ? nullptr : &with_facts);
    extraction.written = found.written;
    extraction.dates = WithoutDatesInNames(std::move(found.dates), extraction.mentions);
    return extraction;
  }
  // The text's own latest full date anchors its weekdays and relative words:
  // the dates of every sentence count.
  std::vector<DateExpression> unanchored =
      WithoutDatesInNames(dates.Find(text, layout, std::nullopt), extraction.mentions);
  const std::optional<CivilDate> inferred = InferDocumentDate(unanchored);
  if (!inferred) {
    if (scope == ExtractionScope::kGraphFacts) {
      std::erase_if(unanchored,
                    [&](const DateExpression& date) { return !with_facts[date.sentence]; });
    }
    extraction.dates = std::move(unanchored);
    return extraction;
  }
  extraction.date = inferred;
  extraction.date_source = DateSource::kInferred;
  extraction.dates = WithoutDatesInNames(
      scope == ExtractionScope::kWhole ? dates.Find(text, layout, extraction.date)
                                       : dates.FindIn(text, layout, extraction.date, with_facts),
      extraction.mentions);
  return extraction;
}

std::vector<bool> SentencesWithFacts(const Extraction& extraction) {
  std::vector<bool> with_facts(extraction.sentences.size());
  for (const Mention& mention : extraction.mentions) {
    if (mention.sentence < with_facts.size()) with_facts[mention.sentence] = true;
  }
  for (const EventMention& event : extraction.events) {
    if (event.sentence < with_facts.size()) with_facts[event.sentence] = true;
  }
  return with_facts;
}

}  // namespace akhbar
