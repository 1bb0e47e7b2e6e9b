#include "extract/date_rules.h"

#include <array>
#include <charconv>
#include <optional>
#include <string_view>
#include <utility>

#include "extract/utf8.h"

namespace akhbar {
namespace {

using Role = DateWordRole;

DateWord WordWithRole(Role role, int value = 0) {
  DateWord word;
  word.role = role;
  word.value = value;
  return word;
}

// 0 = Sunday, as kWeekdayNames.
std::optional<unsigned> WeekdayNamed(const YAML::Node& name) {
  if (!name.IsScalar()) return std::nullopt;
  for (size_t day = 0; day < kWeekdayNames.size(); ++day) {
    if (name.Scalar() == kWeekdayNames[day]) return static_cast<unsigned>(day);
  }
  return std::nullopt;
}

StatusOr<int> ReadIntNode(const YamlFile& file, const YAML::Node& node, const std::string& what,
                          int min, int max) {
  const std::string message =
      "'" + what + "' must be a number from " + std::to_string(min) + " to " + std::to_string(max);
  if (!node.IsScalar()) return RuleErrorAt(file, node, message);
  const std::string& text = node.Scalar();
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < min || value > max) {
    return RuleErrorAt(file, node, message);
  }
  return value;
}

StatusOr<int> ReadInt(const YamlFile& file, const YAML::Node& parent, const std::string& key,
                      int min, int max) {
  const YAML::Node node = parent[key];
  if (!node) return RuleErrorAt(file, parent, "missing '" + key + "'");
  return ReadIntNode(file, node, key, min, max);
}

StatusOr<YAML::Node> ReadSequence(const YamlFile& file, const YAML::Node& parent,
                                  const std::string& key) {
  const YAML::Node node = parent[key];
  if (!node) return RuleErrorAt(file, parent, "missing '" + key + "'");
  if (!node.IsSequence()) return RuleErrorAt(file, node, "'" + key + "' must be a list");
  return node;
}

StatusOr<std::vector<std::string>> NormalizedPhrase(const YamlFile& file, const YAML::Node& node,
                                                    const Tokenizer& tokenizer) {
  if (!node.IsScalar()) return RuleErrorAt(file, node, "expected a word or phrase");
  std::vector<std::string> words = tokenizer.NormalizedWords(node.Scalar());
  if (words.empty()) return RuleErrorAt(file, node, "phrase normalizes to no word");
  return words;
}

// Adds each phrase of the list parent[key] as `word`, with every ending of
// `endings` appended to its last word.
Status AddPhrases(const YamlFile& file, const YAML::Node& parent, const std::string& key,
                  const Tokenizer& tokenizer, const DateWord& word, DateLexicon* lexicon,
                  const std::vector<std::string>& endings = {""}) {
  StatusOr<YAML::Node> list = ReadSequence(file, parent, key);
  if (!list.ok()) return list.status();
  for (const YAML::Node& item : *list) {
    StatusOr<std::vector<std::string>> words = NormalizedPhrase(file, item, tokenizer);
    if (!words.ok()) return words.status();
    const std::string last = words->back();
    for (const std::string& ending : endings) {
      words->back() = last + ending;
      lexicon->Add(*words, word);
    }
  }
  return Status::Ok();
}

// A list of maps, each with a value under `value_key` and its phrases under
// `words_key`; `read_value` turns the value node into the DateWord.
template <typename ReadValue>
Status AddEntries(const YamlFile& file, const YAML::Node& root, const std::string& key,
                  const std::vector<std::string_view>& value_keys, const std::string& words_key,
                  const Tokenizer& tokenizer, DateLexicon* lexicon, ReadValue read_value) {
  StatusOr<YAML::Node> list = ReadSequence(file, root, key);
  if (!list.ok()) return list.status();
  std::vector<std::string_view> known_keys = value_keys;
  known_keys.push_back(words_key);
  for (const YAML::Node& entry : *list) {
    if (!entry.IsMap()) return RuleErrorAt(file, entry, "expected a mapping");
    if (Status known = CheckKnownKeys(file, entry, known_keys); !known.ok()) return known;
    for (const std::string_view value_key : value_keys) {
      if (!entry[std::string(value_key)]) {
        return RuleErrorAt(file, entry, "missing '" + std::string(value_key) + "'");
      }
    }
    StatusOr<DateWord> word = read_value(entry);
    if (!word.ok()) return word.status();
    if (Status added = AddPhrases(file, entry, words_key, tokenizer, *word, lexicon); !added.ok()) {
      return added;
    }
  }
  return Status::Ok();
}

template <typename ReadValue>
Status AddNumberedEntries(const YamlFile& file, const YAML::Node& root, const std::string& key,
                          const std::string& value_key, const std::string& words_key, int min,
                          int max, Role role, const Tokenizer& tokenizer, DateLexicon* lexicon,
                          ReadValue complete) {
  return AddEntries(file, root, key, {value_key}, words_key, tokenizer, lexicon,
                    [&](const YAML::Node& entry) -> StatusOr<DateWord> {
                      StatusOr<int> value = ReadInt(file, entry, value_key, min, max);
                      if (!value.ok()) return value.status();
                      return complete(entry, WordWithRole(role, *value));
                    });
}

StatusOr<DateWord> AsIs(const YAML::Node&, DateWord word) { return word; }

StatusOr<std::vector<std::string>> ReadSeparators(const YamlFile& file, const YAML::Node& root,
                                                  const std::string& key) {
  if (!root[key]) return RuleErrorAt(file, root, "missing '" + key + "'");
  StatusOr<std::vector<std::string>> list = ReadStringList(file, root, key);
  if (!list.ok()) return list.status();
  for (const std::string& separator : *list) {
    if (separator.empty()) return RuleErrorAt(file, root[key], "empty separator");
  }
  return list;
}

StatusOr<std::vector<std::string>> ReadEndings(const YamlFile& file, const YAML::Node& root,
                                               const std::string& key, const Tokenizer& tokenizer) {
  if (!root[key]) return RuleErrorAt(file, root, "missing '" + key + "'");
  StatusOr<std::vector<std::string>> list = ReadStringList(file, root, key);
  if (!list.ok()) return list.status();
  std::vector<std::string> endings;
  for (const std::string& ending : *list) {
    const std::vector<std::string> words = tokenizer.NormalizedWords(ending);
    if (words.size() > 1) return RuleErrorAt(file, root[key], "an ending must be one word");
    endings.push_back(words.empty() ? std::string() : words[0]);
  }
  return endings;
}

StatusOr<YearSpan> ReadYearSpan(const YamlFile& file, const YAML::Node& parent,
                                const std::string& key) {
  const YAML::Node span = parent[key];
  if (!span) return RuleErrorAt(file, parent, "missing '" + key + "'");
  if (!span.IsSequence() || span.size() != 2) {
    return RuleErrorAt(file, span, "'" + key + "' must be [first, last]");
  }
  StatusOr<int> first = ReadIntNode(file, span[0], key, 1, 9999);
  if (!first.ok()) return first.status();
  StatusOr<int> last = ReadIntNode(file, span[1], key, *first, 9999);
  if (!last.ok()) return last.status();
  return YearSpan{*first, *last};
}

// "U+064B" (as in arabic.yaml) or the character itself.
StatusOr<char32_t> ReadCodePoint(const YamlFile& file, const YAML::Node& node) {
  const auto invalid = [&] { return RuleErrorAt(file, node, "expected one character or U+XXXX"); };
  if (!node.IsScalar()) return invalid();
  const std::string& text = node.Scalar();
  if (text.starts_with("U+")) {
    uint32_t value = 0;
    const auto [end, error] =
        std::from_chars(text.data() + 2, text.data() + text.size(), value, 16);
    if (error != std::errc() || end != text.data() + text.size() || value > 0x10FFFF) {
      return invalid();
    }
    return static_cast<char32_t>(value);
  }
  char32_t code_point = 0;
  const int length = DecodeUtf8(text, 0, &code_point);
  if (length == 0 || static_cast<size_t>(length) != text.size()) return invalid();
  return code_point;
}

constexpr std::array<std::pair<std::string_view, TimeUnit>, 4> kUnitNames = {{
    {"day", TimeUnit::kDay},
    {"week", TimeUnit::kWeek},
    {"month", TimeUnit::kMonth},
    {"year", TimeUnit::kYear},
}};

StatusOr<TimeUnit> ReadUnit(const YamlFile& file, const YAML::Node& entry) {
  const YAML::Node unit = entry["unit"];
  for (const auto& [name, value] : kUnitNames) {
    if (unit.IsScalar() && unit.Scalar() == name) return value;
  }
  return RuleErrorAt(file, unit, "'unit' must be day, week, month or year");
}

// An entry of `relative` or `anaphoric`: {unit, offset, words}.
StatusOr<DateWord> ReadUnitOffset(const YamlFile& file, const YAML::Node& entry, Role role) {
  StatusOr<int> offset = ReadInt(file, entry, "offset", -100, 100);
  if (!offset.ok()) return offset.status();
  StatusOr<TimeUnit> unit = ReadUnit(file, entry);
  if (!unit.ok()) return unit.status();
  return DateWord{role, *offset, *unit, ""};
}

}  // namespace

StatusOr<DateRules> DateRules::FromYaml(const YamlFile& file, const Tokenizer& tokenizer,
                                        const Morphology& morphology) {
  return CatchYamlErrors<DateRules>(
      file.path, [&] { return FromYamlUnguarded(file, tokenizer, morphology); });
}

StatusOr<DateRules> DateRules::FromYamlUnguarded(const YamlFile& file,
                                                 const Tokenizer& tokenizer,
                                                 const Morphology& morphology) {
  const YAML::Node& root = file.root;
  if (!root.IsMap()) return RuleError(file.path.string() + ": expected a mapping of date rules");
  if (Status known = CheckKnownKeys(file, root,
                                    {"hijri_calendar",
                                     "plausible_years",
                                     "gregorian_months",
                                     "hijri_months",
                                     "month_pair_separators",
                                     "weekdays",
                                     "weekday_prefixes",
                                     "weekday_date_separators",
                                     "previous_words",
                                     "before_previous_words",
                                     "current_words",
                                     "next_words",
                                     "year_cues",
                                     "year_nouns",
                                     "era_suffixes",
                                     "unit_like_era_suffixes",
                                     "counted_nouns",
                                     "duration_units",
                                     "counted_endings",
                                     "quantity_cues",
                                     "time_zones",
                                     "not_counted",
                                     "not_counted_endings",
                                     "counted_word_endings",
                                     "tanwin_marks",
                                     "amount_signs",
                                     "unit_powers",
                                     "number_joiners",
                                     "relative",
                                     "anaphoric",
                                     "vague",
                                     "decades",
                                     "century_nouns",
                                     "century_number_prefixes",
                                     "centuries",
                                     "relative_centuries",
                                     "ranges",
                                     "range_dashes",
                                     "day_list_joins",
                                     "numeric_date_separators",
                                     "future_cues",
                                     "future_cue_window",
                                     "written_date_sentences",
                                     "month_alone_months_ahead",
                                     "month_alone_months_ahead_in_future",
                                     "month_alone_needs_noun",
                                     "past_cues",
                                     "period_parts",
                                     "bare_period_years",
                                     "bare_period_months",
                                     "week_starts",
                                     "future_verb_prefixes",
                                     "future_verb_proclitics",
                                     "not_future_endings",
                                     "not_future_words",
                                     "after_next_words",
                                     "not_weekday_after",
                                     "not_relative_after",
                                     "not_relative_before",
                                     "not_today_after",
                                     "ordinal_days",
                                     "day_number_prefixes",
                                     "ordinal_day_links",
                                     "month_nouns",
                                     "ordinal_day_after",
                                     "weekday_date_links",
                                     "date_name_nouns",
                                     "past_event_nouns",
                                     "recurrence_words",
                                     "date_list_joins",
                                     "ago_words",
                                     "since_words",
                                     "since_fillers",
                                     "ago_units",
                                     "cardinals",
                                     "ago_object_links",
                                     "ago_fillers"});
      !known.ok()) {
    return known;
  }
  StatusOr<std::string> calendar_name = ReadString(file, root, "hijri_calendar");
  if (!calendar_name.ok()) return calendar_name.status();
  StatusOr<HijriCalendar> hijri = HijriCalendar::Create(*calendar_name);
  if (!hijri.ok()) return RuleErrorAt(file, root["hijri_calendar"], hijri.status().message());
  DateRules rules(DateLexicon(morphology), std::move(*hijri), morphology);
  DateLexicon* lexicon = &rules.lexicon_;

  const YAML::Node years = root["plausible_years"];
  if (!years || !years.IsMap()) {
    return RuleErrorAt(file, years ? years : root,
                       "'plausible_years' must map gregorian and hijri");
  }
  if (Status known = CheckKnownKeys(file, years, {"gregorian", "hijri"}); !known.ok()) return known;
  StatusOr<YearSpan> gregorian_years = ReadYearSpan(file, years, "gregorian");
  if (!gregorian_years.ok()) return gregorian_years.status();
  StatusOr<YearSpan> hijri_years = ReadYearSpan(file, years, "hijri");
  if (!hijri_years.ok()) return hijri_years.status();
  rules.gregorian_years_ = *gregorian_years;
  rules.hijri_years_ = *hijri_years;

  for (const auto& [key, role] : {std::pair{"gregorian_months", Role::kGregorianMonth},
                                  std::pair{"hijri_months", Role::kHijriMonth}}) {
    if (Status status = AddNumberedEntries(file, root, key, "month", "names", 1, 12, role,
                                           tokenizer, lexicon, AsIs);
        !status.ok()) {
      return status;
    }
  }
  if (Status status = AddEntries(file, root, "weekdays", {"weekday"}, "names", tokenizer, lexicon,
                                 [&](const YAML::Node& entry) -> StatusOr<DateWord> {
                                   const YAML::Node name = entry["weekday"];
                                   if (const std::optional<unsigned> day = WeekdayNamed(name)) {
                                     return WordWithRole(Role::kWeekday, static_cast<int>(*day));
                                   }
                                   return RuleErrorAt(file, name,
                                                      "'weekday' must be an English day name");
                                 });
      !status.ok()) {
    return status;
  }

  for (const auto& [key, role] :
       {std::pair{"weekday_prefixes", Role::kWeekdayPrefix},
        std::pair{"previous_words", Role::kPreviousWord},
        std::pair{"before_previous_words", Role::kBeforePreviousWord},
        std::pair{"next_words", Role::kNextWord},
        std::pair{"after_next_words", Role::kAfterNextWord},
        std::pair{"current_words", Role::kCurrentWord},
        std::pair{"year_cues", Role::kYearCue}, std::pair{"year_nouns", Role::kYearNoun},
        std::pair{"quantity_cues", Role::kQuantityCue}, std::pair{"not_counted", Role::kNotCounted},
        std::pair{"time_zones", Role::kTimeZone},
        std::pair{"century_nouns", Role::kCenturyNoun},
        std::pair{"century_number_prefixes", Role::kCenturyNumberPrefix},
        std::pair{"future_cues", Role::kFutureCue},
        std::pair{"past_cues", Role::kPastCue},
        std::pair{"not_future_words", Role::kNotFutureWord},
        std::pair{"not_weekday_after", Role::kNotWeekdayAfter},
        std::pair{"not_relative_after", Role::kNotRelativeAfter},
        std::pair{"not_relative_before", Role::kNotRelativeBefore},
        std::pair{"not_today_after", Role::kNotTodayAfter},
        std::pair{"day_number_prefixes", Role::kDayNumberPrefix},
        std::pair{"ordinal_day_links", Role::kOrdinalDayLink},
        std::pair{"month_nouns", Role::kMonthNoun},
        std::pair{"month_alone_needs_noun", Role::kMonthNeedingNoun},
        std::pair{"period_parts", Role::kPeriodPart},
        std::pair{"ordinal_day_after", Role::kOrdinalDayAfter},
        std::pair{"weekday_date_links", Role::kWeekdayDateLink},
        std::pair{"date_name_nouns", Role::kDateNameNoun},
        std::pair{"past_event_nouns", Role::kPastEventNoun},
        std::pair{"recurrence_words", Role::kRecurrence},
        std::pair{"date_list_joins", Role::kListJoin},
        std::pair{"ago_words", Role::kAgoWord},
        std::pair{"since_words", Role::kSinceWord},
        std::pair{"since_fillers", Role::kSinceFiller},
        std::pair{"ago_object_links", Role::kAgoObjectLink},
        std::pair{"ago_fillers", Role::kAgoFiller}}) {
    if (Status status = AddPhrases(file, root, key, tokenizer, WordWithRole(role), lexicon);
        !status.ok()) {
      return status;
    }
  }

  const YAML::Node eras = root["era_suffixes"];
  if (!eras || !eras.IsMap()) {
    return RuleErrorAt(file, eras ? eras : root,
                       "'era_suffixes' must map gregorian, hijri and before_common_era");
  }
  if (Status known = CheckKnownKeys(file, eras, {"gregorian", "hijri", "before_common_era"});
      !known.ok()) {
    return known;
  }
  for (const auto& [key, role] :
       {std::pair{"gregorian", Role::kGregorianEra}, std::pair{"hijri", Role::kHijriEra},
        std::pair{"before_common_era", Role::kBeforeCommonEra}}) {
    if (Status status = AddPhrases(file, eras, key, tokenizer, WordWithRole(role), lexicon);
        !status.ok()) {
      return status;
    }
  }

  StatusOr<std::vector<std::string>> counted_endings =
      ReadEndings(file, root, "counted_endings", tokenizer);
  if (!counted_endings.ok()) return counted_endings.status();
  for (const auto& [key, unit] : {std::pair{"bare_period_years", TimeUnit::kYear},
                                  std::pair{"bare_period_months", TimeUnit::kMonth}}) {
    DateWord period = WordWithRole(Role::kBarePeriod);
    period.unit = unit;
    if (Status status = AddPhrases(file, root, key, tokenizer, period, lexicon); !status.ok()) {
      return status;
    }
  }
  for (const auto& [key, role] : {std::pair{"counted_nouns", Role::kCountedNoun},
                                  std::pair{"duration_units", Role::kDurationUnit}}) {
    if (Status status =
            AddPhrases(file, root, key, tokenizer, WordWithRole(role), lexicon, *counted_endings);
        !status.ok()) {
      return status;
    }
  }
  for (const auto& [key, out] :
       {std::pair{"unit_like_era_suffixes", &rules.unit_like_era_suffixes_},
        std::pair{"not_counted_endings", &rules.not_counted_endings_},
        std::pair{"counted_word_endings", &rules.counted_word_endings_},
        std::pair{"future_verb_prefixes", &rules.future_verb_prefixes_},
        std::pair{"future_verb_proclitics", &rules.future_verb_proclitics_},
        std::pair{"not_future_endings", &rules.not_future_endings_}}) {
    StatusOr<std::vector<std::string>> endings = ReadEndings(file, root, key, tokenizer);
    if (!endings.ok()) return endings.status();
    *out = std::move(*endings);
  }
  StatusOr<YAML::Node> tanwin_marks = ReadSequence(file, root, "tanwin_marks");
  if (!tanwin_marks.ok()) return tanwin_marks.status();
  for (const YAML::Node& mark : *tanwin_marks) {
    StatusOr<char32_t> code_point = ReadCodePoint(file, mark);
    if (!code_point.ok()) return code_point.status();
    rules.tanwin_marks_.push_back(*code_point);
  }

  for (const auto& [key, role] : {std::pair{"relative", Role::kRelative},
                                   std::pair{"anaphoric", Role::kAnaphoric}}) {
    if (Status status = AddEntries(file, root, key, {"unit", "offset"}, "words", tokenizer,
                                   lexicon,
                                   [&, role = role](const YAML::Node& entry) {
                                     return ReadUnitOffset(file, entry, role);
                                   });
        !status.ok()) {
      return status;
    }
  }
  if (Status status = AddEntries(file, root, "ago_units", {"unit", "count"}, "words", tokenizer,
                                 lexicon,
                                 [&](const YAML::Node& entry) -> StatusOr<DateWord> {
                                   StatusOr<int> count = ReadInt(file, entry, "count", 0, 2);
                                   if (!count.ok()) return count.status();
                                   StatusOr<TimeUnit> unit = ReadUnit(file, entry);
                                   if (!unit.ok()) return unit.status();
                                   return DateWord{Role::kAgoUnit, *count, *unit, ""};
                                 });
      !status.ok()) {
    return status;
  }
  if (Status status = AddNumberedEntries(file, root, "cardinals", "value", "words", 1, 99,
                                         Role::kCardinal, tokenizer, lexicon, AsIs);
      !status.ok()) {
    return status;
  }
  if (Status status = AddEntries(
          file, root, "vague", {"value"}, "words", tokenizer, lexicon,
          [&](const YAML::Node& entry) -> StatusOr<DateWord> {
            const YAML::Node value = entry["value"];
            if (!value.IsScalar() || value.Scalar().empty()) {
              return RuleErrorAt(file, value, "'value' must be a TIMEX3 value such as PAST_REF");
            }
            return DateWord{Role::kVague, 0, TimeUnit::kDay, value.Scalar()};
          });
      !status.ok()) {
    return status;
  }
  if (Status status = AddNumberedEntries(
          file, root, "decades", "decade", "words", 0, 90, Role::kDecade, tokenizer, lexicon,
          [&](const YAML::Node& entry, DateWord word) -> StatusOr<DateWord> {
            if (word.value % 10 != 0) {
              return RuleErrorAt(file, entry["decade"], "'decade' must be 0, 10, ... 90");
            }
            return word;
          });
      !status.ok()) {
    return status;
  }
  if (Status status = AddNumberedEntries(file, root, "ordinal_days", "day", "words", 1, 31,
                                         Role::kOrdinalDay, tokenizer, lexicon, AsIs);
      !status.ok()) {
    return status;
  }
  if (Status status = AddNumberedEntries(file, root, "centuries", "century", "words", 1, 99,
                                         Role::kCentury, tokenizer, lexicon, AsIs);
      !status.ok()) {
    return status;
  }
  if (Status status = AddNumberedEntries(file, root, "relative_centuries", "offset", "words", -20,
                                         20, Role::kRelativeCentury, tokenizer, lexicon, AsIs);
      !status.ok()) {
    return status;
  }

  StatusOr<YAML::Node> ranges = ReadSequence(file, root, "ranges");
  if (!ranges.ok()) return ranges.status();
  int group = 0;
  for (const YAML::Node& range : *ranges) {
    if (!range.IsMap()) return RuleErrorAt(file, range, "expected a mapping");
    if (Status known = CheckKnownKeys(file, range, {"openers", "connectors"}); !known.ok()) {
      return known;
    }
    for (const auto& [key, role] : {std::pair{"openers", Role::kRangeOpener},
                                    std::pair{"connectors", Role::kRangeConnector}}) {
      if (Status status =
              AddPhrases(file, range, key, tokenizer, WordWithRole(role, group), lexicon);
          !status.ok()) {
        return status;
      }
    }
    std::vector<std::string>& connectors = rules.range_connectors_.emplace_back();
    for (const YAML::Node& item : range["connectors"]) {
      StatusOr<std::vector<std::string>> words = NormalizedPhrase(file, item, tokenizer);
      if (!words.ok()) return words.status();
      if (words->size() == 1) connectors.push_back(std::move(words->front()));
    }
    ++group;
  }

  StatusOr<YAML::Node> day_list_joins = ReadSequence(file, root, "day_list_joins");
  if (!day_list_joins.ok()) return day_list_joins.status();
  for (const YAML::Node& item : *day_list_joins) {
    StatusOr<std::vector<std::string>> words = NormalizedPhrase(file, item, tokenizer);
    if (!words.ok()) return words.status();
    if (words->size() != 1) return RuleErrorAt(file, item, "expected one word");
    rules.day_list_joins_.push_back(std::move(words->front()));
  }

  for (const auto& [key, out] :
       {std::pair{"month_pair_separators", &rules.month_pair_separators_},
        std::pair{"weekday_date_separators", &rules.weekday_date_separators_},
        std::pair{"range_dashes", &rules.range_dashes_},
        std::pair{"number_joiners", &rules.number_joiners_},
        std::pair{"amount_signs", &rules.amount_signs_},
        std::pair{"unit_powers", &rules.unit_powers_},
        std::pair{"numeric_date_separators", &rules.numeric_date_separators_}}) {
    StatusOr<std::vector<std::string>> separators = ReadSeparators(file, root, key);
    if (!separators.ok()) return separators.status();
    *out = std::move(*separators);
  }
  StatusOr<int> window = ReadInt(file, root, "future_cue_window", 0, 50);
  if (!window.ok()) return window.status();
  rules.future_cue_window_ = static_cast<uint32_t>(*window);
  StatusOr<int> opening = ReadInt(file, root, "written_date_sentences", 0, 1000);
  if (!opening.ok()) return opening.status();
  rules.written_date_sentences_ = static_cast<uint32_t>(*opening);
  StatusOr<int> months_ahead = ReadInt(file, root, "month_alone_months_ahead", 0, 11);
  if (!months_ahead.ok()) return months_ahead.status();
  rules.month_alone_months_ahead_ = static_cast<unsigned>(*months_ahead);
  StatusOr<int> months_ahead_in_future =
      ReadInt(file, root, "month_alone_months_ahead_in_future", 0, 11);
  if (!months_ahead_in_future.ok()) return months_ahead_in_future.status();
  rules.month_alone_months_ahead_in_future_ = static_cast<unsigned>(*months_ahead_in_future);
  if (const YAML::Node week_starts = root["week_starts"]) {
    const std::optional<unsigned> day = WeekdayNamed(week_starts);
    if (!day) return RuleErrorAt(file, week_starts, "'week_starts' must be an English day name");
    rules.week_start_ = *day;
  }
  return rules;
}

}  // namespace akhbar
