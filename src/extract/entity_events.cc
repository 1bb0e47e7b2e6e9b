#include "extract/entity_events.h"

#include <yaml-cpp/mark.h>
#include <yaml.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <string_view>

#include "extract/rule_yaml.h"

namespace akhbar {
namespace {

// The keys of an entity, in the order of EntityKey.
constexpr std::array<std::string_view, 9> kEntityKeys = {
    "id", "type", "label", "names", "adjectives", "titles", "short_names", "not_in", "note"};
enum class EntityKey {
  kId, kType, kLabel, kNames, kAdjectives, kTitles, kShortNames, kNotIn, kNote
};
constexpr std::array<std::string_view, 2> kLabelKeys = {"en", "ar"};

template <size_t N>
std::optional<size_t> KeyIndex(const std::array<std::string_view, N>& keys, std::string_view key) {
  for (size_t i = 0; i < N; ++i) {
    if (keys[i] == key) return i;
  }
  return std::nullopt;
}

// Follows the events of a list of entity mappings, as yaml-cpp's parser
// would report them, and declines at the first that ReadEntities would not
// read the same way. Nodes with an anchor never arrive: the caller declines
// them, as it does aliases.
class EntityEvents {
 public:
  // The entities are built in place in a list sized for the items the text
  // seems to have: a list grown by doubling moved 100,000 entities, each
  // four strings and two lists, a tenth of loading them.
  EntityEvents(const std::filesystem::path& path, std::string_view text) : path_(path) {
    entities_.reserve(LikelyItemCount(text));
  }

  bool done() const { return state_ == State::kDone; }
  bool declined() const { return state_ == State::kDeclined; }
  std::vector<Entity> TakeEntities() { return std::move(entities_); }

  void Decline() { state_ = State::kDeclined; }

  void OnNull() {
    switch (state_) {
      case State::kTop: state_ = State::kDone; return;  // an empty list
      case State::kEntityValue:
        // A null list of names is an empty list, a null note nothing; a
        // null id, type or label is an error.
        if (IsListKey(key_) || key_ == EntityKey::kNote) {
          state_ = State::kEntityKey;
          return;
        }
        return Decline();
      case State::kLabelValue: state_ = State::kLabelKey; return;  // read as ""
      default: return Decline();
    }
  }

  // `tag` as yaml-cpp gives it: "?" for a plain scalar without one, "!" for
  // a quoted one.
  void OnScalar(std::string_view tag, std::string_view value) {
    switch (state_) {
      case State::kEntityKey: return TakeEntityKey(value);
      case State::kEntityValue: return TakeEntityValue(value);
      case State::kList:
        if (LooksLikeNonString(tag, value)) return Decline();
        List().emplace_back(value);
        return;
      case State::kLabelKey: {
        const std::optional<size_t> index = KeyIndex(kLabelKeys, value);
        if (!index || (label_keys_seen_ & (1u << *index)) != 0) return Decline();
        label_keys_seen_ |= 1u << *index;
        label_key_ = *index;
        state_ = State::kLabelValue;
        return;
      }
      case State::kLabelValue:
        (label_key_ == 0 ? entity().label_en : entity().label_ar).assign(value);
        state_ = State::kLabelKey;
        return;
      default: return Decline();
    }
  }

  // Lists and mappings come untagged; the caller declines a tagged one.
  void OnSequenceStart() {
    if (state_ == State::kTop) {
      state_ = State::kEntities;
    } else if (state_ == State::kEntityValue && IsListKey(key_)) {
      state_ = State::kList;
    } else {
      Decline();
    }
  }

  void OnSequenceEnd() {
    if (state_ == State::kEntities) {
      state_ = State::kDone;
    } else if (state_ == State::kList) {
      state_ = State::kEntityKey;
    } else {
      Decline();
    }
  }

  void OnMapStart(const YAML::Mark& mark) {
    if (state_ == State::kEntities) {
      entities_.emplace_back().defined_at = YamlPosition(path_, mark);
      entity_keys_seen_ = 0;
      state_ = State::kEntityKey;
    } else if (state_ == State::kEntityValue && key_ == EntityKey::kLabel) {
      label_keys_seen_ = 0;
      state_ = State::kLabelKey;
    } else {
      Decline();
    }
  }

  void OnMapEnd() {
    if (state_ == State::kLabelKey) {
      state_ = State::kEntityKey;
    } else if (state_ == State::kEntityKey) {
      FinishEntity();
    } else {
      Decline();
    }
  }

 private:
  enum class State {
    kTop,
    kEntities,
    kEntityKey,
    kEntityValue,
    kList,
    kLabelKey,
    kLabelValue,
    kDone,
    kDeclined,
  };

  // The entity being read; a declined file's entities are all dropped.
  Entity& entity() { return entities_.back(); }

  static bool IsListKey(EntityKey key) {
    return key == EntityKey::kNames || key == EntityKey::kAdjectives ||
           key == EntityKey::kTitles || key == EntityKey::kShortNames ||
           key == EntityKey::kNotIn;
  }

  std::vector<std::string>& List() {
    switch (key_) {
      case EntityKey::kAdjectives: return entity().adjectives;
      case EntityKey::kTitles: return entity().titles;
      case EntityKey::kShortNames: return entity().short_names;
      case EntityKey::kNotIn: return entity().not_in;
      default: return entity().names;
    }
  }

  // Items of a list in block style start a line with "- "; an estimate
  // only, capped for a text that has many but is not one list of them.
  static size_t LikelyItemCount(std::string_view text) {
    size_t items = text.starts_with("- ") ? 1 : 0;
    for (size_t at = text.find("\n- "); at != std::string_view::npos;
         at = text.find("\n- ", at + 3)) {
      ++items;
    }
    constexpr size_t kShortestEntityBytes = 32;  // - {id: x, type: y, names: [z]}
    return std::min(items, text.size() / kShortestEntityBytes + 1);
  }

  void TakeEntityKey(std::string_view key) {
    const std::optional<size_t> index = KeyIndex(kEntityKeys, key);
    if (!index || (entity_keys_seen_ & (1u << *index)) != 0) return Decline();
    entity_keys_seen_ |= 1u << *index;
    key_ = static_cast<EntityKey>(*index);
    state_ = State::kEntityValue;
  }

  // A scalar value: the id or type, a single name or adjective, a note.
  void TakeEntityValue(std::string_view value) {
    switch (key_) {
      case EntityKey::kId: entity().id.assign(value); break;
      case EntityKey::kType: type_name_.assign(value); break;
      case EntityKey::kNames:
      case EntityKey::kAdjectives:
      case EntityKey::kTitles:
      case EntityKey::kShortNames:
      case EntityKey::kNotIn: List().emplace_back(value); break;
      case EntityKey::kNote: break;
      case EntityKey::kLabel: return Decline();
    }
    state_ = State::kEntityKey;
  }

  void FinishEntity() {
    const auto seen = [&](EntityKey key) {
      return (entity_keys_seen_ & (1u << static_cast<unsigned>(key))) != 0;
    };
    Entity& finished = entity();
    if (!seen(EntityKey::kId) || !IsStableEntityId(finished.id)) return Decline();
    const std::optional<EntityType> type =
        seen(EntityKey::kType) ? EntityTypeNamed(type_name_) : std::nullopt;
    if (!type) return Decline();
    finished.type = *type;
    if (finished.names.empty() && finished.adjectives.empty() && finished.titles.empty()) {
      return Decline();
    }
    FillDefaultLabels(&finished);
    state_ = State::kEntities;
  }

  const std::filesystem::path& path_;
  State state_ = State::kTop;
  std::vector<Entity> entities_;
  std::string type_name_;
  unsigned entity_keys_seen_ = 0;
  EntityKey key_ = EntityKey::kId;
  unsigned label_keys_seen_ = 0;
  size_t label_key_ = 0;
};

// yaml-cpp's null spellings: a plain, untagged scalar that is one of these
// is a null to it, and an empty list, an empty note or an error to
// ReadEntities.
bool IsNullString(std::string_view text) {
  return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

// What libyaml reads or places otherwise than yaml-cpp, in a file left
// whole to the node tree: a NUL (from which yaml-cpp guesses UTF-16 or
// UTF-32); a "?" (a key indicator anywhere in a flow mapping to libyaml,
// only before a space to yaml-cpp); a byte order mark (left out of
// libyaml's marks, read by yaml-cpp in mid-file); the line breaks of YAML
// 1.1 other than \n and \r\n (a lone \r, NEL, LS, PS).
bool ReadsAlikeInBoth(std::string_view text) {
  if (text.find_first_of(std::string_view("\0?", 2)) != std::string_view::npos) return false;
  for (size_t at = text.find('\r'); at != std::string_view::npos; at = text.find('\r', at + 1)) {
    if (at + 1 == text.size() || text[at + 1] != '\n') return false;
  }
  return text.find("\xEF\xBB\xBF") == std::string_view::npos &&
         text.find("\xC2\x85") == std::string_view::npos &&
         text.find("\xE2\x80\xA8") == std::string_view::npos &&
         text.find("\xE2\x80\xA9") == std::string_view::npos;
}

// yaml-cpp's mark for a place libyaml gives in characters: yaml-cpp counts
// bytes, and a line is what follows a \n. Places are asked for in the
// order of the text, so one pass over it answers them all.
class ByteMarks {
 public:
  explicit ByteMarks(std::string_view text) : text_(text) {}

  // The bytes between two places, the first no earlier than any asked before.
  std::string_view Between(size_t first_characters, size_t end_characters) {
    const size_t first = static_cast<size_t>(At(first_characters).pos);
    return text_.substr(first, static_cast<size_t>(At(end_characters).pos) - first);
  }

  // The text before a place no earlier than any asked before.
  std::string_view Before(size_t characters) {
    return text_.substr(0, static_cast<size_t>(At(characters).pos));
  }

  YAML::Mark At(size_t characters) {
    for (; characters_ < characters && byte_ < text_.size(); ++characters_) {
      if (text_[byte_] == '\n') {
        ++line_;
        line_start_ = byte_ + 1;
      }
      ++byte_;
      while (byte_ < text_.size() && (static_cast<unsigned char>(text_[byte_]) & 0xC0) == 0x80) {
        ++byte_;
      }
    }
    YAML::Mark mark;
    mark.pos = static_cast<int>(byte_);
    mark.line = static_cast<int>(line_);
    mark.column = static_cast<int>(byte_ - line_start_);
    return mark;
  }

 private:
  std::string_view text_;
  size_t characters_ = 0;
  size_t byte_ = 0;
  size_t line_ = 0;
  size_t line_start_ = 0;
};

std::string_view Text(const yaml_char_t* text, size_t length) {
  return std::string_view(reinterpret_cast<const char*>(text), length);
}

// The characters of a plain scalar both libraries read alike: letters of
// any script, digits, spaces and a little punctuation. Scalars with YAML's
// indicators in them are left to the node tree (yaml-cpp rejects [<?],
// libyaml reads it as a list of "<?").
bool IsTamePlainScalar(std::string_view value) {
  if (value.starts_with('-')) return false;
  return std::all_of(value.begin(), value.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte >= 0x80 || std::isalnum(byte) != 0 || c == ' ' || c == '.' || c == '_' ||
           c == '-' || c == '(' || c == ')' || c == '/' || c == '\'' || c == '+';
  });
}

// Whether a scalar with nothing in it, after `before`, is a value left
// empty after its key's colon or an empty item after a dash. libyaml also
// gives one for a key with no colon in a flow mapping ({en}), which yaml-cpp
// reads only when the mapping does not go on to the next line.
bool IsEmptyValue(std::string_view before) {
  const size_t last = before.find_last_not_of(' ');
  return last != std::string_view::npos && (before[last] == ':' || before[last] == '-');
}

// A scalar whose value is its bytes in the file, between its quotes if it
// has them. Escapes, folded lines and tags, where a reading could go two
// ways, are left to the node tree.
bool IsVerbatimScalar(const yaml_event_t& event, ByteMarks* marks) {
  const auto& scalar = event.data.scalar;
  if (scalar.tag != nullptr) return false;
  const std::string_view value = Text(scalar.value, scalar.length);
  const std::string_view source = marks->Between(event.start_mark.index, event.end_mark.index);
  switch (scalar.style) {
    case YAML_PLAIN_SCALAR_STYLE:
      if (value.empty()) return IsEmptyValue(marks->Before(event.start_mark.index));
      return source == value && (IsNullString(value) || IsTamePlainScalar(value));
    case YAML_SINGLE_QUOTED_SCALAR_STYLE:
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
      return source.size() >= 2 && source.substr(1, source.size() - 2) == value;
    default: return false;  // a literal or folded block
  }
}

// Hands one libyaml event to `events` as yaml-cpp's parser would report it.
void Follow(const yaml_event_t& event, ByteMarks* marks, EntityEvents* events) {
  switch (event.type) {
    case YAML_SCALAR_EVENT: {
      const auto& scalar = event.data.scalar;
      if (scalar.anchor != nullptr || !IsVerbatimScalar(event, marks)) return events->Decline();
      const std::string_view value = Text(scalar.value, scalar.length);
      if (scalar.style != YAML_PLAIN_SCALAR_STYLE) return events->OnScalar("!", value);
      if (IsNullString(value)) return events->OnNull();
      return events->OnScalar("?", value);
    }
    case YAML_SEQUENCE_START_EVENT: {
      const auto& start = event.data.sequence_start;
      if (start.anchor != nullptr || start.tag != nullptr) return events->Decline();
      return events->OnSequenceStart();
    }
    case YAML_SEQUENCE_END_EVENT: return events->OnSequenceEnd();
    case YAML_MAPPING_START_EVENT: {
      const auto& start = event.data.mapping_start;
      if (start.anchor != nullptr || start.tag != nullptr) return events->Decline();
      return events->OnMapStart(marks->At(event.start_mark.index));
    }
    case YAML_MAPPING_END_EVENT: return events->OnMapEnd();
    default: return events->Decline();  // an alias
  }
}

bool ParsesToTheEnd(yaml_parser_t* parser) {
  while (true) {
    yaml_event_t event;
    if (yaml_parser_parse(parser, &event) == 0) return false;
    const bool end = event.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&event);
    if (end) return true;
  }
}

}  // namespace

std::optional<std::vector<Entity>> ReadEntitiesFromEvents(const std::filesystem::path& path,
                                                          const std::string& text) {
  // ParseYamlFile reports a tab with its own message, before parsing.
  if (text.find('\t') != std::string::npos || !ReadsAlikeInBoth(text)) return std::nullopt;
  yaml_parser_t parser;
  if (yaml_parser_initialize(&parser) == 0) return std::nullopt;
  const std::unique_ptr<yaml_parser_t, decltype(&yaml_parser_delete)> parser_owner(
      &parser, yaml_parser_delete);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()),
                               text.size());
  yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
  EntityEvents events(path, text);
  ByteMarks marks(text);
  while (!events.declined()) {
    yaml_event_t event;
    if (yaml_parser_parse(&parser, &event) == 0) return std::nullopt;
    const std::unique_ptr<yaml_event_t, decltype(&yaml_event_delete)> event_owner(
        &event, yaml_event_delete);
    switch (event.type) {
      case YAML_STREAM_START_EVENT:
      case YAML_DOCUMENT_START_EVENT: break;
      // As YAML::Load does, only the first document is read; but yaml-cpp
      // scans on past its end, and fails at a stray "]" where libyaml
      // would not look, so the rest must parse as well.
      case YAML_DOCUMENT_END_EVENT:
        if (!events.done() || !ParsesToTheEnd(&parser)) return std::nullopt;
        return events.TakeEntities();
      case YAML_STREAM_END_EVENT: return std::nullopt;  // no document at all
      default: Follow(event, &marks, &events);
    }
  }
  return std::nullopt;
}

}  // namespace akhbar
