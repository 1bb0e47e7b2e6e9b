#include "extract/extraction_json.h"

namespace akhbar {
namespace {

nlohmann::json OptionalDate(const std::optional<CivilDate>& date) {
  return date ? nlohmann::json(date->ToIso()) : nlohmann::json(nullptr);
}

nlohmann::json DateToJson(const DateExpression& date, const std::optional<CivilDate>& anchor) {
  nlohmann::json out = {{"text", date.text},
                        {"start", date.start},
                        {"end", date.end},
                        {"sentence", date.sentence}};
  if (date.kind == DateKind::kRange && !date.range_start.empty()) {
    out["value"] = {{"start", date.range_start}, {"end", date.range_end}};
  } else {
    out["value"] = date.value.empty() ? nlohmann::json(nullptr) : nlohmann::json(date.value);
  }
  out["granularity"] = date.kind == DateKind::kVague
                           ? nlohmann::json(nullptr)
                           : nlohmann::json(GranularityName(date.granularity));
  out["kind"] = DateKindName(date.kind);
  out["anchor"] = date.anchored && anchor ? nlohmann::json(anchor->ToIso()) : nlohmann::json(false);
  out["calendar"] = date.calendar;
  if (!date.calendar_value.empty()) out["calendar_value"] = date.calendar_value;
  out["flags"] = date.flags;
  if (!date.unresolved.empty()) out["unresolved"] = date.unresolved;
  out["earliest"] = OptionalDate(date.earliest);
  out["latest"] = OptionalDate(date.latest);
  return out;
}

}  // namespace

nlohmann::json ExtractionToJson(const Extraction& extraction) {
  nlohmann::json out;
  out["doc"] = extraction.doc;
  out["date"] = extraction.date ? nlohmann::json(extraction.date->ToIso())
                                : nlohmann::json(nullptr);
  out["date_source"] = DateSourceName(extraction.date_source);
  out["sentences"] = extraction.sentences.size();
  out["paragraphs"] = extraction.paragraphs;
  nlohmann::json mentions = nlohmann::json::array();
  for (const Mention& mention : extraction.mentions) {
    mentions.push_back({{"entity", mention.entity},
                        {"kind", MentionKindName(mention.kind)},
                        {"text", mention.text},
                        {"start", mention.start},
                        {"end", mention.end},
                        {"sentence", mention.sentence},
                        {"paragraph", mention.paragraph}});
  }
  out["mentions"] = std::move(mentions);
  nlohmann::json dates = nlohmann::json::array();
  for (const DateExpression& date : extraction.dates) {
    dates.push_back(DateToJson(date, extraction.date));
  }
  out["dates"] = std::move(dates);
  nlohmann::json events = nlohmann::json::array();
  for (const EventMention& event : extraction.events) {
    events.push_back({{"type", event.type},
                      {"trigger", event.trigger},
                      {"start", event.start},
                      {"end", event.end},
                      {"sentence", event.sentence}});
  }
  out["events"] = std::move(events);
  nlohmann::json sentences = nlohmann::json::array();
  for (const SentenceRecord& sentence : extraction.sentences) {
    sentences.push_back({{"start", sentence.start},
                         {"end", sentence.end},
                         {"paragraph", sentence.paragraph},
                         {"text", sentence.text}});
  }
  out["sentence_list"] = std::move(sentences);
  nlohmann::json skipped = nlohmann::json::array();
  for (const SkippedLine& line : extraction.skipped) {
    skipped.push_back({{"start", line.start}, {"end", line.end}, {"rule", line.rule}});
  }
  out["skipped"] = std::move(skipped);
  out["warnings"] = extraction.warnings;
  return out;
}

std::string ExtractionToJsonLine(const Extraction& extraction) {
  return ExtractionToJson(extraction)
      .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace akhbar
