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

namespace akhbar {
namespace {

// A field that must be present with the given type; the exception names it.
template <typename T>
T Field(const nlohmann::json& object, const char* key) {
  const auto found = object.find(key);
  if (found == object.end()) throw std::invalid_argument(std::string("missing field '") + key + "'");
  try {
    return found->get<T>();
  } catch (const nlohmann::json::exception&) {
    throw std::invalid_argument(std::string("field '") + key + "' has type " +
                                found->type_name());
  }
}

std::optional<CivilDate> OptionalDateField(const nlohmann::json& object, const char* key) {
  const auto found = object.find(key);
  if (found == object.end() || found->is_null()) return std::nullopt;
  const std::optional<CivilDate> date = CivilDate::ParseIso(Field<std::string>(object, key));
  if (!date) throw std::invalid_argument(std::string("field '") + key + "' is not YYYY-MM-DD");
  return date;
}

// Finds the enumerator whose name is `name`, among `count` of them.
template <typename Enum, typename NameOf>
Enum EnumField(const nlohmann::json& object, const char* key, Enum fallback, int count,
               NameOf name_of) {
  const auto found = object.find(key);
  if (found == object.end() || found->is_null()) return fallback;
  const std::string name = Field<std::string>(object, key);
  for (int i = 0; i < count; ++i) {
    if (name_of(static_cast<Enum>(i)) == name) return static_cast<Enum>(i);
  }
  throw std::invalid_argument(std::string("field '") + key + "' has unknown value '" + name + "'");
}

DateExpression DateFromJson(const nlohmann::json& json) {
  DateExpression date;
  date.text = Field<std::string>(json, "text");
  date.start = Field<uint32_t>(json, "start");
  date.end = Field<uint32_t>(json, "end");
  date.sentence = Field<uint32_t>(json, "sentence");
  date.kind = EnumField(json, "kind", DateKind::kAbsolute, 4, DateKindName);
  date.granularity = EnumField(json, "granularity", Granularity::kDay, 6, GranularityName);
  const nlohmann::json& value = json.at("value");
  if (value.is_object()) {
    date.range_start = Field<std::string>(value, "start");
    date.range_end = Field<std::string>(value, "end");
  } else if (!value.is_null()) {
    date.value = Field<std::string>(json, "value");
  }
  date.anchored = !json.at("anchor").is_boolean();
  date.calendar = Field<std::string>(json, "calendar");
  if (json.contains("calendar_value")) {
    date.calendar_value = Field<std::string>(json, "calendar_value");
  }
  date.flags = Field<std::vector<std::string>>(json, "flags");
  if (json.contains("unresolved")) date.unresolved = Field<std::string>(json, "unresolved");
  date.earliest = OptionalDateField(json, "earliest");
  date.latest = OptionalDateField(json, "latest");
  return date;
}

Extraction ExtractionFromJson(const nlohmann::json& json) {
  Extraction extraction;
  extraction.doc = Field<std::string>(json, "doc");
  extraction.date = OptionalDateField(json, "date");
  extraction.date_source = EnumField(json, "date_source", DateSource::kNone, 4, DateSourceName);
  extraction.paragraphs = Field<uint32_t>(json, "paragraphs");
  for (const nlohmann::json& item : json.at("sentence_list")) {
    extraction.sentences.push_back({Field<uint32_t>(item, "start"), Field<uint32_t>(item, "end"),
                                    Field<uint32_t>(item, "paragraph"),
                                    Field<std::string>(item, "text")});
  }
  for (const nlohmann::json& item : json.at("mentions")) {
    extraction.mentions.push_back(
        {Field<std::string>(item, "entity"),
         EnumField(item, "kind", MentionKind::kName, 2, MentionKindName),
         Field<std::string>(item, "text"), Field<uint32_t>(item, "start"),
         Field<uint32_t>(item, "end"), Field<uint32_t>(item, "sentence"),
         Field<uint32_t>(item, "paragraph")});
  }
  for (const nlohmann::json& item : json.at("dates")) extraction.dates.push_back(DateFromJson(item));
  for (const nlohmann::json& item : json.at("events")) {
    extraction.events.push_back({Field<std::string>(item, "type"),
                                 Field<std::string>(item, "trigger"),
                                 Field<uint32_t>(item, "start"), Field<uint32_t>(item, "end"),
                                 Field<uint32_t>(item, "sentence")});
  }
  for (const nlohmann::json& item : json.at("skipped")) {
    extraction.skipped.push_back({Field<uint32_t>(item, "start"), Field<uint32_t>(item, "end"),
                                  Field<std::string>(item, "rule")});
  }
  extraction.warnings = Field<std::vector<std::string>>(json, "warnings");
  return extraction;
}

}  // namespace

StatusOr<Extraction> ExtractionFromJsonLine(std::string_view line) {
  try {
    return ExtractionFromJson(nlohmann::json::parse(line));
  } catch (const nlohmann::json::exception& error) {
    return InvalidInputError(std::string("not an extraction record: ") + error.what());
  } catch (const std::invalid_argument& error) {
    return InvalidInputError(std::string("not an extraction record: ") + error.what());
  }
}

}  // namespace akhbar
