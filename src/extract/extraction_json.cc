#include "extract/extraction_json.h"

#include "extract/utf8.h"

namespace akhbar {
namespace {

// Writes the record directly, in the form nlohmann::json::dump gives (keys
// in byte order, no spaces, the same escapes): extraction lines are most of
// what akhbar writes, and dump's byte-by-byte UTF-8 check of every sentence
// was the largest single cost of a build.
class JsonLine {
 public:
  void Key(std::string_view key) {
    Separate();
    Quoted(key);
    out_.push_back(':');
    after_key_ = true;
  }
  void String(std::string_view text) {
    Separate();
    Quoted(text);
  }
  void Field(std::string_view key, std::string_view text) {
    Key(key);
    String(text);
  }
  void Field(std::string_view key, uint64_t value) {
    Key(key);
    Number(value);
  }
  void Number(uint64_t value) {
    Separate();
    out_ += std::to_string(value);
  }
  void Null() { Raw("null"); }
  void Bool(bool value) { Raw(value ? "true" : "false"); }
  void OptionalDate(const std::optional<CivilDate>& date) {
    if (date) {
      String(date->ToIso());
    } else {
      Null();
    }
  }
  void Strings(const std::vector<std::string>& strings) {
    Open('[');
    for (const std::string& text : strings) String(text);
    Close(']');
  }
  void Open(char bracket) {
    Separate();
    out_.push_back(bracket);
    first_ = true;
  }
  void Close(char bracket) {
    out_.push_back(bracket);
    first_ = false;
  }
  std::string Take() { return std::move(out_); }

 private:
  void Raw(std::string_view text) {
    Separate();
    out_ += text;
  }
  // A comma before every value of an object or array but the first; none
  // between a key and its value.
  void Separate() {
    if (after_key_) {
      after_key_ = false;
    } else if (!first_) {
      out_.push_back(',');
    }
    first_ = false;
  }
  void Quoted(std::string_view text) {
    if (FindInvalidUtf8(text)) {
      // Lenient input: nlohmann replaces ill-formed bytes with U+FFFD.
      out_ += nlohmann::json(std::string(text))
                  .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      return;
    }
    out_.push_back('"');
    size_t clean = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      const auto byte = static_cast<unsigned char>(text[i]);
      if (byte >= 0x20 && byte != '"' && byte != '\\') continue;
      out_.append(text, clean, i - clean);
      clean = i + 1;
      Escape(byte);
    }
    out_.append(text, clean);
    out_.push_back('"');
  }
  void Escape(unsigned char byte) {
    switch (byte) {
      case '"': out_ += "\\\""; return;
      case '\\': out_ += "\\\\"; return;
      case '\b': out_ += "\\b"; return;
      case '\f': out_ += "\\f"; return;
      case '\n': out_ += "\\n"; return;
      case '\r': out_ += "\\r"; return;
      case '\t': out_ += "\\t"; return;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        out_ += "\\u00";
        out_.push_back(kHex[byte >> 4]);
        out_.push_back(kHex[byte & 0xF]);
      }
    }
  }

  std::string out_;
  bool first_ = true;
  bool after_key_ = false;
};

void WriteDate(const DateExpression& date, const std::optional<CivilDate>& anchor,
               JsonLine* json) {
  json->Open('{');
  json->Key("anchor");
  if (date.anchored && anchor) {
    json->String(anchor->ToIso());
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
    json->Open('{');
    json->Field("end", date.range_end);
    json->Field("start", date.range_start);
    json->Close('}');
  } else if (date.value.empty()) {
    json->Null();
  } else {
    json->String(date.value);
  }
  json->Close('}');
}

}  // namespace

std::string ExtractionToJsonLine(const Extraction& extraction) {
  JsonLine json;
  json.Open('{');
  json.Key("date");
  json.OptionalDate(extraction.date);
  json.Field("date_source", DateSourceName(extraction.date_source));
  json.Key("dates");
  json.Open('[');
  for (const DateExpression& date : extraction.dates) WriteDate(date, extraction.date, &json);
  json.Close(']');
  json.Field("doc", extraction.doc);
  json.Key("events");
  json.Open('[');
  for (const EventMention& event : extraction.events) {
    json.Open('{');
    json.Field("end", event.end);
    json.Field("sentence", event.sentence);
    json.Field("start", event.start);
    json.Field("trigger", event.trigger);
    json.Field("type", event.type);
    json.Close('}');
  }
  json.Close(']');
  json.Key("mentions");
  json.Open('[');
  for (const Mention& mention : extraction.mentions) {
    json.Open('{');
    json.Field("end", mention.end);
    json.Field("entity", mention.entity);
    json.Field("kind", MentionKindName(mention.kind));
    json.Field("paragraph", mention.paragraph);
    json.Field("sentence", mention.sentence);
    json.Field("start", mention.start);
    json.Field("text", mention.text);
    json.Close('}');
  }
  json.Close(']');
  json.Field("paragraphs", extraction.paragraphs);
  json.Key("sentence_list");
  json.Open('[');
  for (const SentenceRecord& sentence : extraction.sentences) {
    json.Open('{');
    json.Field("end", sentence.end);
    json.Field("paragraph", sentence.paragraph);
    json.Field("start", sentence.start);
    json.Field("text", sentence.text);
    json.Close('}');
  }
  json.Close(']');
  json.Field("sentences", extraction.sentences.size());
  json.Key("skipped");
  json.Open('[');
  for (const SkippedLine& line : extraction.skipped) {
    json.Open('{');
    json.Field("end", line.end);
    json.Field("rule", line.rule);
    json.Field("start", line.start);
    json.Close('}');
  }
  json.Close(']');
  json.Key("warnings");
  json.Strings(extraction.warnings);
  json.Close('}');
  return json.Take();
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
