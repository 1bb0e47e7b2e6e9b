#include "extract/entity_catalog.h"

#include <algorithm>
#include <iterator>
#include <span>

#include "extract/entity_cache.h"
#include "extract/entity_events.h"
#include "extract/rule_yaml.h"

namespace akhbar {
namespace {

StatusOr<Entity> ReadEntity(const YamlFile& file, const YAML::Node& node) {
  if (!node.IsMap()) return RuleErrorAt(file, node, "an entity must be a mapping");
  if (Status known = CheckKnownKeys(
          file, node,
          {"id", "type", "label", "names", "adjectives", "titles", "short_names", "not_in",
           "note"});
      !known.ok()) {
    return known;
  }
  Entity entity;
  entity.defined_at = Where(file, node);
  StatusOr<std::string> id = ReadString(file, node, "id");
  if (!id.ok()) return id.status();
  if (!IsStableEntityId(*id)) {
    return RuleErrorAt(file, node["id"],
                       "id must be lowercase ASCII letters, digits, _ - or .");
  }
  entity.id = *id;
  StatusOr<std::string> type = ReadString(file, node, "type");
  if (!type.ok()) return type.status();
  const std::optional<EntityType> known_type = EntityTypeNamed(*type);
  if (!known_type) {
    return RuleErrorAt(file, node["type"], "type must be " + std::string(kEntityTypeNames));
  }
  entity.type = *known_type;
  if (const YAML::Node label = node["label"]) {
    if (!label.IsMap()) return RuleErrorAt(file, label, "label must be {en: ..., ar: ...}");
    if (Status known = CheckKnownKeys(file, label, {"en", "ar"}); !known.ok()) {
      return known;
    }
    // An empty label is no label (as<std::string> would read it "null").
    const auto text_of = [](const YAML::Node& value) {
      return value.IsDefined() && value.IsScalar() ? value.Scalar() : std::string();
    };
    entity.label_en = text_of(label["en"]);
    entity.label_ar = text_of(label["ar"]);
  }
  StatusOr<std::vector<std::string>> names = ReadStringList(file, node, "names");
  if (!names.ok()) return names.status();
  StatusOr<std::vector<std::string>> adjectives =
      ReadStringList(file, node, "adjectives");
  if (!adjectives.ok()) return adjectives.status();
  StatusOr<std::vector<std::string>> titles = ReadStringList(file, node, "titles");
  if (!titles.ok()) return titles.status();
  StatusOr<std::vector<std::string>> short_names = ReadStringList(file, node, "short_names");
  if (!short_names.ok()) return short_names.status();
  StatusOr<std::vector<std::string>> not_in = ReadStringList(file, node, "not_in");
  if (!not_in.ok()) return not_in.status();
  if (names->empty() && adjectives->empty() && titles->empty()) {
    return RuleErrorAt(file, node, "entity '" + entity.id + "' has no names");
  }
  entity.names = std::move(*names);
  entity.adjectives = std::move(*adjectives);
  entity.titles = std::move(*titles);
  entity.short_names = std::move(*short_names);
  entity.not_in = std::move(*not_in);
  FillDefaultLabels(&entity);
  return entity;
}

// From the parse events when the file is well formed, else through the node
// tree, which reports what is wrong.
StatusOr<std::vector<Entity>> ReadEntityFile(const std::filesystem::path& path,
                                             const std::string& text) {
  if (std::optional<std::vector<Entity>> entities = ReadEntitiesFromEvents(path, text)) {
    return std::move(*entities);
  }
  StatusOr<YamlFile> file = ParseYamlFile(path, text);
  if (!file.ok()) return file.status();
  return ReadEntities(*file);
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

bool IsStableEntityId(std::string_view id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
                  c == '-' || c == '.';
         });
}

void FillDefaultLabels(Entity* entity) {
  if (entity->label_ar.empty()) {
    if (!entity->names.empty()) {
      entity->label_ar = entity->names[0];
    } else if (!entity->titles.empty()) {
      entity->label_ar = entity->titles[0];
    }
  }
  if (entity->label_en.empty()) entity->label_en = entity->id;
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
  std::vector<UncachedFile> uncached;
  const Status added = catalog.AddFiles(files, cache_directory, &uncached);
  // Each file read without error is worth its copy, whatever a later one holds.
  catalog.StartWritingCachedCopies(cache_directory, std::move(uncached));
  if (!added.ok()) return added;
  return catalog;
}

Status EntityCatalog::AddFiles(const std::vector<std::filesystem::path>& files,
                               const std::filesystem::path& cache_directory,
                               std::vector<UncachedFile>* uncached) {
  for (const auto& path : files) {
    StatusOr<std::string> text = ReadRuleFile(path);
    if (!text.ok()) return text.status();
    std::optional<std::vector<Entity>> entities = ReadCachedEntities(cache_directory, path, *text);
    const size_t first_new = entities_.size();
    if (!entities) {
      StatusOr<std::vector<Entity>> read = ReadEntityFile(path, *text);
      if (!read.ok()) return read.status();
      if (!cache_directory.empty()) {
        uncached->push_back(UncachedFile{path, std::move(*text), first_new, read->size()});
      }
      entities = std::move(*read);
    }
    // The first file's entities are taken whole: moving them one by one
    // into a second array of the same size cost a tenth of loading 100,000.
    if (first_new == 0) {
      entities_ = std::move(*entities);
    } else {
      entities_.insert(entities_.end(), std::make_move_iterator(entities->begin()),
                       std::make_move_iterator(entities->end()));
    }
    index_.reserve(entities_.size());
    for (size_t i = first_new; i < entities_.size(); ++i) {
      const Entity& entity = entities_[i];
      const auto [at, added] = index_.try_emplace(entity.id, i);
      if (!added) return DuplicateIdError(path, entity, entities_[at->second]);
    }
  }
  return Status::Ok();
}

void EntityCatalog::StartWritingCachedCopies(const std::filesystem::path& cache_directory,
                                             std::vector<UncachedFile> files) {
  if (files.empty()) return;
  cached_copies_writer_ = std::jthread([cache_directory, files = std::move(files),
                                        entities = std::span<const Entity>(entities_)] {
    for (const UncachedFile& file : files) {
      CacheEntities(cache_directory, file.path, file.bytes,
                    entities.subspan(file.first_entity, file.entity_count));
    }
  });
}

void EntityCatalog::WaitForCachedCopies() {
  if (cached_copies_writer_.joinable()) cached_copies_writer_.join();
}

const Entity* EntityCatalog::Find(std::string_view id) const {
  const auto it = index_.find(id);
  return it == index_.end() ? nullptr : &entities_[it->second];
}

}  // namespace akhbar
