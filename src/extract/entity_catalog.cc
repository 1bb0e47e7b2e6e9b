#include "extract/entity_catalog.h"

#include <algorithm>
#include <iterator>

#include "extract/entity_cache.h"
#include "extract/rule_yaml.h"

namespace akhbar {
namespace {

constexpr std::pair<std::string_view, EntityType> kTypes[] = {
    {"person", EntityType::kPerson},   {"organization", EntityType::kOrganization},
    {"place", EntityType::kPlace},     {"country", EntityType::kCountry},
    {"other", EntityType::kOther},
};

bool IsStableId(const std::string& id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
                  c == '-' || c == '.';
         });
}

StatusOr<Entity> ReadEntity(const YamlFile& file, const YAML::Node& node) {
  if (!node.IsMap()) return RuleErrorAt(file, node, "an entity must be a mapping");
  if (Status known = CheckKnownKeys(
          file, node, {"id", "type", "label", "names", "adjectives", "note"});
      !known.ok()) {
    return known;
  }
  Entity entity;
  entity.defined_at = Where(file, node);
  StatusOr<std::string> id = ReadString(file, node, "id");
  if (!id.ok()) return id.status();
  if (!IsStableId(*id)) {
    return RuleErrorAt(file, node["id"],
                       "id must be lowercase ASCII letters, digits, _ - or .");
  }
  entity.id = *id;
  StatusOr<std::string> type = ReadString(file, node, "type");
  if (!type.ok()) return type.status();
  const auto known_type = std::find_if(std::begin(kTypes), std::end(kTypes),
                                       [&](const auto& t) { return t.first == *type; });
  if (known_type == std::end(kTypes)) {
    return RuleErrorAt(file, node["type"],
                       "type must be person, organization, place, country or other");
  }
  entity.type = known_type->second;
  if (const YAML::Node label = node["label"]) {
    if (!label.IsMap()) return RuleErrorAt(file, label, "label must be {en: ..., ar: ...}");
    if (Status known = CheckKnownKeys(file, label, {"en", "ar"}); !known.ok()) {
      return known;
    }
    entity.label_en = label["en"] ? label["en"].as<std::string>("") : "";
    entity.label_ar = label["ar"] ? label["ar"].as<std::string>("") : "";
  }
  StatusOr<std::vector<std::string>> names = ReadStringList(file, node, "names");
  if (!names.ok()) return names.status();
  StatusOr<std::vector<std::string>> adjectives =
      ReadStringList(file, node, "adjectives");
  if (!adjectives.ok()) return adjectives.status();
  if (names->empty() && adjectives->empty()) {
    return RuleErrorAt(file, node, "entity '" + entity.id + "' has no names");
  }
  entity.names = std::move(*names);
  entity.adjectives = std::move(*adjectives);
  if (entity.label_ar.empty() && !entity.names.empty()) entity.label_ar = entity.names[0];
  if (entity.label_en.empty()) entity.label_en = entity.id;
  return entity;
}

StatusOr<std::vector<Entity>> ReadEntities(const YamlFile& file) {
  std::vector<Entity> entities;
  if (file.root.IsNull()) return entities;
  if (!file.root.IsSequence()) {
    return RuleErrorAt(file, file.root, "an entity file must be a YAML list");
  }
  for (const YAML::Node& node : file.root) {
    StatusOr<Entity> entity =
        CatchYamlErrors<Entity>(file.path, [&] { return ReadEntity(file, node); });
    if (!entity.ok()) return entity.status();
    entities.push_back(std::move(*entity));
  }
  return entities;
}

// The error for an id defined twice, at the second definition's id.
Status DuplicateIdError(const std::filesystem::path& path, const Entity& entity,
                        const Entity& first) {
  const std::string message =
      "duplicate id '" + entity.id + "' (first defined at " + first.defined_at + ")";
  StatusOr<YamlFile> file = LoadYamlFile(path);
  if (file.ok() && file->root.IsSequence()) {
    for (const YAML::Node& node : file->root) {
      if (node.IsMap() && node["id"] && node["id"].Scalar() == entity.id &&
          Where(*file, node) == entity.defined_at) {
        return RuleErrorAt(*file, node["id"], message);
      }
    }
  }
  return RuleError(entity.defined_at + ": " + message);
}

}  // namespace

std::string_view EntityTypeName(EntityType type) {
  for (const auto& [name, value] : kTypes) {
    if (value == type) return name;
  }
  return "other";
}

StatusOr<std::vector<std::filesystem::path>> ListYamlFiles(
    const std::filesystem::path& directory) {
  std::error_code error;
  if (!std::filesystem::is_directory(directory, error)) {
    return RuleError(directory.string() + ": entity rule directory not found");
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(directory, error)) {
    const auto extension = entry.path().extension();
    if (entry.is_regular_file() && (extension == ".yaml" || extension == ".yml")) {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

StatusOr<EntityCatalog> EntityCatalog::LoadFiles(const std::vector<std::filesystem::path>& files,
                                                 const std::filesystem::path& cache_directory) {
  EntityCatalog catalog;
  for (const auto& path : files) {
    StatusOr<std::string> text = ReadRuleFile(path);
    if (!text.ok()) return text.status();
    std::optional<std::vector<Entity>> entities = ReadCachedEntities(cache_directory, path, *text);
    if (!entities) {
      StatusOr<YamlFile> file = ParseYamlFile(path, *text);
      if (!file.ok()) return file.status();
      StatusOr<std::vector<Entity>> read = ReadEntities(*file);
      if (!read.ok()) return read.status();
      CacheEntities(cache_directory, path, *text, *read);
      entities = std::move(*read);
    }
    // The first file's entities are taken whole: moving them one by one
    // into a second array of the same size cost a tenth of loading 100,000.
    const size_t first_new = catalog.entities_.size();
    if (first_new == 0) {
      catalog.entities_ = std::move(*entities);
    } else {
      catalog.entities_.insert(catalog.entities_.end(), std::make_move_iterator(entities->begin()),
                               std::make_move_iterator(entities->end()));
    }
    catalog.index_.reserve(catalog.entities_.size());
    for (size_t i = first_new; i < catalog.entities_.size(); ++i) {
      const Entity& entity = catalog.entities_[i];
      const auto [at, added] = catalog.index_.try_emplace(entity.id, i);
      if (!added) return DuplicateIdError(path, entity, catalog.entities_[at->second]);
    }
  }
  return catalog;
}

const Entity* EntityCatalog::Find(std::string_view id) const {
  const auto it = index_.find(id);
  return it == index_.end() ? nullptr : &entities_[it->second];
}

}  // namespace akhbar
