#include "extract/entity_events.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <array>
#include <sstream>
#include <string_view>

#include "extract/rule_yaml.h"

namespace akhbar {
namespace {

// The keys of an entity, in the order of EntityKey.
constexpr std::array<std::string_view, 6> kEntityKeys = {"id",    "type",       "label",
                                                          "names", "adjectives", "note"};
enum class EntityKey { kId, kType, kLabel, kNames, kAdjectives, kNote };
constexpr std::array<std::string_view, 2> kLabelKeys = {"en", "ar"};

template <size_t N>
std::optional<size_t> KeyIndex(const std::array<std::string_view, N>& keys, std::string_view key) {
  for (size_t i = 0; i < N; ++i) {
    if (keys[i] == key) return i;
  }
  return std::nullopt;
}

// Follows the events of a list of entity mappings and declines at the first
// that ReadEntities would not read the same way.
class EntityEvents : public YAML::EventHandler {
 public:
  explicit EntityEvents(const std::filesystem::path& path) : path_(path) {}

  bool declined() const { return state_ != State::kDone; }
  std::vector<Entity> TakeEntities() { return std::move(entities_); }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark&, YAML::anchor_t anchor) override {
    if (anchor != YAML::NullAnchor) return Decline();
    switch (state_) {
      case State::kTop: state_ = State::kDone; return;  // an empty list
      case State::kEntityValue:
        // A null names or adjectives is an empty list, a null note nothing;
        // a null id, type or label is an error.
        if (key_ == EntityKey::kNames || key_ == EntityKey::kAdjectives ||
            key_ == EntityKey::kNote) {
          state_ = State::kEntityKey;
          return;
        }
        return Decline();
      case State::kLabelValue: state_ = State::kLabelKey; return;  // read as ""
      default: return Decline();
    }
  }

  void OnAlias(const YAML::Mark&, YAML::anchor_t) override { Decline(); }

  void OnScalar(const YAML::Mark&, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    if (anchor != YAML::NullAnchor) return Decline();
    switch (state_) {
      case State::kEntityKey: return TakeEntityKey(value);
      case State::kEntityValue: return TakeEntityValue(value);
      case State::kList:
        if (LooksLikeNonString(tag, value)) return Decline();
        List().push_back(value);
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
        (label_key_ == 0 ? entity_.label_en : entity_.label_ar) = value;
        state_ = State::kLabelKey;
        return;
      default: return Decline();
    }
  }

  void OnSequenceStart(const YAML::Mark&, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    if (anchor != YAML::NullAnchor || tag != "?") return Decline();
    if (state_ == State::kTop) {
      state_ = State::kEntities;
    } else if (state_ == State::kEntityValue &&
               (key_ == EntityKey::kNames || key_ == EntityKey::kAdjectives)) {
      state_ = State::kList;
    } else {
      Decline();
    }
  }

  void OnSequenceEnd() override {
    if (state_ == State::kEntities) {
      state_ = State::kDone;
    } else if (state_ == State::kList) {
      state_ = State::kEntityKey;
    } else {
      Decline();
    }
  }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    if (anchor != YAML::NullAnchor || tag != "?") return Decline();
    if (state_ == State::kEntities) {
      entity_ = Entity{};
      entity_.defined_at = YamlPosition(path_, mark);
      entity_keys_seen_ = 0;
      state_ = State::kEntityKey;
    } else if (state_ == State::kEntityValue && key_ == EntityKey::kLabel) {
      label_keys_seen_ = 0;
      state_ = State::kLabelKey;
    } else {
      Decline();
    }
  }

  void OnMapEnd() override {
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

  void Decline() { state_ = State::kDeclined; }

  std::vector<std::string>& List() {
    return key_ == EntityKey::kNames ? entity_.names : entity_.adjectives;
  }

  void TakeEntityKey(const std::string& key) {
    const std::optional<size_t> index = KeyIndex(kEntityKeys, key);
    if (!index || (entity_keys_seen_ & (1u << *index)) != 0) return Decline();
    entity_keys_seen_ |= 1u << *index;
    key_ = static_cast<EntityKey>(*index);
    state_ = State::kEntityValue;
  }

  // A scalar value: the id or type, a single name or adjective, a note.
  void TakeEntityValue(const std::string& value) {
    switch (key_) {
      case EntityKey::kId: entity_.id = value; break;
      case EntityKey::kType: type_name_ = value; break;
      case EntityKey::kNames:
      case EntityKey::kAdjectives: List().push_back(value); break;
      case EntityKey::kNote: break;
      case EntityKey::kLabel: return Decline();
    }
    state_ = State::kEntityKey;
  }

  void FinishEntity() {
    const auto seen = [&](EntityKey key) {
      return (entity_keys_seen_ & (1u << static_cast<unsigned>(key))) != 0;
    };
    if (!seen(EntityKey::kId) || !IsStableEntityId(entity_.id)) return Decline();
    const std::optional<EntityType> type =
        seen(EntityKey::kType) ? EntityTypeNamed(type_name_) : std::nullopt;
    if (!type) return Decline();
    entity_.type = *type;
    if (entity_.names.empty() && entity_.adjectives.empty()) return Decline();
    FillDefaultLabels(&entity_);
    entities_.push_back(std::move(entity_));
    state_ = State::kEntities;
  }

  const std::filesystem::path& path_;
  State state_ = State::kTop;
  std::vector<Entity> entities_;
  Entity entity_;
  std::string type_name_;
  unsigned entity_keys_seen_ = 0;
  EntityKey key_ = EntityKey::kId;
  unsigned label_keys_seen_ = 0;
  size_t label_key_ = 0;
};

}  // namespace

std::optional<std::vector<Entity>> ReadEntitiesFromEvents(const std::filesystem::path& path,
                                                          const std::string& text) {
  // ParseYamlFile reports a tab with its own message, before parsing.
  if (text.find('\t') != std::string::npos) return std::nullopt;
  EntityEvents events(path);
  try {
    std::istringstream stream(text);
    YAML::Parser parser(stream);
    if (!parser.HandleNextDocument(events)) return std::nullopt;
  } catch (const YAML::Exception&) {
    return std::nullopt;
  }
  if (events.declined()) return std::nullopt;
  return events.TakeEntities();
}

}  // namespace akhbar
