#include "extract/extraction_json.h"

#include "extract/json_writer.h"
#include "extract/utf8.h"

namespace akhbar {
namespace {

void WriteDate(const DateExpression& date, JsonWriter* json) {
  json->OpenObject();
  json->Key("anchor");
  if (date.anchor) {
    json->String(date.anchor->ToIso());
  } else {
    json->Bool(false);
  }
  json->Field("calendar", date.calendar);
  if (!date.calendar_value.empty()) {
    json->Field("calendar_value", date.calendar_value);
  }
  json->Key("earliest");
  json->OptionalDate(date.earliest);
  json->Field("end", date.end);
  json->Key("flags");
  json->Strings(date.flags);
  json->Key("granularity");
  if (date.kind == DateKind::kVague) {
    json->Null();
  } else {
    json->String(GranularityName(date.granularity));
  }
  json->Field("kind", DateKindName(date.kind));
  json->Key("latest");
  json->OptionalDate(date.latest);
  json->Field("sentence", date.sentence);
  json->Field("start", date.start);
  json->Field("text", date.text);
  if (!date.unresolved.empty()) {
    json->Field("unresolved", date.unresolved);
  }
  json->Key("value");
  if (date.kind == DateKind::kRange && !date.range_start.empty()) {
    json->OpenObject();
    json->Field("end", date.range_end);
    json->Field("start", date.range_start);
    json->CloseObject();
  } else if (date.value.empty()) {
    json->Null();
  } else {
    json->String(date.value);
  }
  json->CloseObject();
}

// About the length of an extraction's line, from its counts and texts (the
// members' keys and numbers, about as long as the figures here say), so
// that the line is laid out once.
void WriteSpeech(const ReportedSpeech& speech, JsonWriter* json) {
  json->Key("speech");
  json->OpenObject();
  json->Field("clause_end", speech.clause_end);
  json->Field("clause_start", speech.clause_start);
  json->Field("speaker", speech.speaker);
  json->Field("speaker_acts", speech.speaker_acts);
  json->Field("speaker_end", speech.speaker_end);
  json->Field("speaker_start", speech.speaker_start);
  json->CloseObject();
}

// "key": {"end": …, "start": …}, bytes of the document.
void WriteByteSpan(std::string_view key, uint32_t start, uint32_t end, JsonWriter* json) {
  json->Key(key);
  json->OpenObject();
  json->Field("end", end);
  json->Field("start", start);
  json->CloseObject();
}

size_t LineLengthEstimate(const Extraction& extraction) {
  size_t bytes = 256 + extraction.doc.size();
  for (const SentenceRecord& sentence : extraction.sentences) bytes += 64 + sentence.text.size();
  for (const Mention& mention : extraction.mentions) {
    bytes += 112 + mention.entity.size() + mention.text.size();
  }
  for (const DateExpression& date : extraction.dates) bytes += 256 + date.text.size();
  for (const EventMention& event : extraction.events) {
    bytes += 80 + event.trigger.size() + event.type.size();
    if (event.speech) bytes += 112 + event.speech->speaker.size();
    if (event.verb) bytes += 48;
  }
  bytes += 64 * extraction.skipped.size();
  for (const std::string& warning : extraction.warnings) bytes += 4 + warning.size();
  return bytes;
}

std::string JsonLine(const Extraction& extraction, JsonWriter::Utf8 utf8) {
  JsonWriter json(-1, nullptr, utf8);
  json.Reserve(LineLengthEstimate(extraction));
  json.OpenObject();
  json.Key("date");
  json.OptionalDate(extraction.date);
  json.Field("date_source", DateSourceName(extraction.date_source));
  json.Key("dates");
  json.OpenArray();
  for (const DateExpression& date : extraction.dates) WriteDate(date, &json);
  json.CloseArray();
  json.Field("doc", extraction.doc);
  json.Key("events");
  json.OpenArray();
  for (const EventMention& event : extraction.events) {
    json.OpenObject();
    if (event.aside_end != 0) {
      WriteByteSpan("aside_clause", event.aside_start, event.aside_end, &json);
    }
    if (event.dating_end != 0) {
      WriteByteSpan("dating", event.dating_start, event.dating_end, &json);
    }
    json.Field("end", event.end);
    if (event.governor_end != 0) json.Field("governor_end", event.governor_end);
    if (event.next_clause_start != 0) json.Field("next_clause_start", event.next_clause_start);
    if (event.pluperfect) json.Field("pluperfect", true);
    if (event.relative_end != 0) {
      WriteByteSpan("relative_clause", event.relative_start, event.relative_end, &json);
    }
    json.Field("sentence", event.sentence);
    if (event.speech) WriteSpeech(*event.speech, &json);
    json.Field("start", event.start);
    if (event.subject_end != 0) {
      WriteByteSpan("subject", event.subject_start, event.subject_end, &json);
    }
    json.Field("trigger", event.trigger);
    json.Field("type", event.type);
    if (event.verb) json.Field("verb", true);
    json.CloseObject();
  }
  json.CloseArray();
  json.Key("mentions");
  json.OpenArray();
  for (const Mention& mention : extraction.mentions) {
    json.OpenObject();
    if (mention.after_place_noun) json.Field("after_place_noun", true);
    if (mention.after_preposition) json.Field("after_preposition", true);
    if (mention.after_target_link) json.Field("after_target_link", true);
    if (mention.agent) json.Field("agent", true);
    json.Field("end", mention.end);
    json.Field("entity", mention.entity);
    json.Field("kind", MentionKindName(mention.kind));
    if (mention.locative) json.Field("locative", true);
    if (mention.owner) json.Field("owner", true);
    json.Field("paragraph", mention.paragraph);
    if (mention.patron) json.Field("patron", true);
    json.Field("sentence", mention.sentence);
    if (mention.source) json.Field("source", true);
    json.Field("start", mention.start);
    json.Field("text", mention.text);
    json.CloseObject();
  }
  json.CloseArray();
  json.Field("paragraphs", extraction.paragraphs);
  json.Key("sentence_list");
  json.OpenArray();
  for (const SentenceRecord& sentence : extraction.sentences) {
    json.OpenObject();
    json.Field("end", sentence.end);
    json.Field("paragraph", sentence.paragraph);
    json.Field("start", sentence.start);
    json.Field("text", sentence.text);
    json.CloseObject();
  }
  json.CloseArray();
  json.Field("sentences", extraction.sentences.size());
  json.Key("skipped");
  json.OpenArray();
  for (const SkippedLine& line : extraction.skipped) {
    json.OpenObject();
    json.Field("end", line.end);
    json.Field("rule", line.rule);
    json.Field("start", line.start);
    json.CloseObject();
  }
  json.CloseArray();
  json.Key("warnings");
  json.Strings(extraction.warnings);
  if (extraction.written) {
    json.Key("written");
    json.OptionalDate(extraction.written);
  }
  json.CloseObject();
  return json.Take();
}

}  // namespace

std::string ExtractionToJsonLine(const Extraction& extraction) {
  // Every string sits between quotes, which no UTF-8 sequence can absorb,
  // so the line is well formed exactly when all its strings are: one check
  // of the line stands for one per string, and a line that fails it (text
  // with ill-formed bytes, from a library caller) is written again with
  // each string checked and mended.
  std::string line = JsonLine(extraction, JsonWriter::Utf8::kCallerChecksText);
  if (!FindInvalidUtf8(line)) return line;
  return JsonLine(extraction, JsonWriter::Utf8::kCheckEachString);
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
  if (!json.at("anchor").is_boolean()) date.anchor = OptionalDateField(json, "anchor");
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

ReportedSpeech SpeechFromJson(const nlohmann::json& json) {
  return {Field<uint32_t>(json, "clause_start"), Field<uint32_t>(json, "clause_end"),
          Field<uint32_t>(json, "speaker_start"), Field<uint32_t>(json, "speaker_end"),
          Field<std::string>(json, "speaker"), Field<bool>(json, "speaker_acts")};
}

Extraction ExtractionFromJson(const nlohmann::json& json) {
  Extraction extraction;
  extraction.doc = Field<std::string>(json, "doc");
  extraction.date = OptionalDateField(json, "date");
  extraction.date_source = EnumField(json, "date_source", DateSource::kNone, 4, DateSourceName);
  extraction.written = OptionalDateField(json, "written");
  extraction.paragraphs = Field<uint32_t>(json, "paragraphs");
  for (const nlohmann::json& item : json.at("sentence_list")) {
    extraction.sentences.push_back({Field<uint32_t>(item, "start"), Field<uint32_t>(item, "end"),
                                    Field<uint32_t>(item, "paragraph"),
                                    Field<std::string>(item, "text")});
  }
  // The flags are written only where set.
  const auto flag = [](const nlohmann::json& item, const char* key) {
    return item.contains(key) && Field<bool>(item, key);
  };
  for (const nlohmann::json& item : json.at("mentions")) {
    extraction.mentions.push_back(
        {Field<std::string>(item, "entity"),
         EnumField(item, "kind", MentionKind::kName, 2, MentionKindName),
         Field<std::string>(item, "text"), Field<uint32_t>(item, "start"),
         Field<uint32_t>(item, "end"), Field<uint32_t>(item, "sentence"),
         Field<uint32_t>(item, "paragraph"), flag(item, "locative"),
         flag(item, "after_preposition"), flag(item, "agent"), flag(item, "source"),
         flag(item, "patron"), flag(item, "owner"), flag(item, "after_place_noun"),
         flag(item, "after_target_link")});
  }
  for (const nlohmann::json& item : json.at("dates")) extraction.dates.push_back(DateFromJson(item));
  for (const nlohmann::json& item : json.at("events")) {
    EventMention& event = extraction.events.emplace_back(
        EventMention{Field<std::string>(item, "type"), Field<std::string>(item, "trigger"),
                     Field<uint32_t>(item, "start"), Field<uint32_t>(item, "end"),
                     Field<uint32_t>(item, "sentence"),
                     item.contains("speech") ? std::optional(SpeechFromJson(item.at("speech")))
                                             : std::nullopt});
    // Written only where set, as older files lack them.
    if (item.contains("verb")) event.verb = Field<bool>(item, "verb");
    if (item.contains("pluperfect")) event.pluperfect = Field<bool>(item, "pluperfect");
    if (item.contains("subject")) {
      event.subject_start = Field<uint32_t>(item.at("subject"), "start");
      event.subject_end = Field<uint32_t>(item.at("subject"), "end");
    }
    if (item.contains("governor_end")) event.governor_end = Field<uint32_t>(item, "governor_end");
    if (item.contains("next_clause_start")) {
      event.next_clause_start = Field<uint32_t>(item, "next_clause_start");
    }
    if (item.contains("relative_clause")) {
      event.relative_start = Field<uint32_t>(item.at("relative_clause"), "start");
      event.relative_end = Field<uint32_t>(item.at("relative_clause"), "end");
    }
    if (item.contains("aside_clause")) {
      event.aside_start = Field<uint32_t>(item.at("aside_clause"), "start");
      event.aside_end = Field<uint32_t>(item.at("aside_clause"), "end");
    }
    if (item.contains("dating")) {
      event.dating_start = Field<uint32_t>(item.at("dating"), "start");
      event.dating_end = Field<uint32_t>(item.at("dating"), "end");
    }
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
