// Entities and their spellings, read from rules/entities/*.yaml.
#ifndef AKHBAR_EXTRACT_ENTITY_CATALOG_H_
#define AKHBAR_EXTRACT_ENTITY_CATALOG_H_

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "extract/word_table.h"

namespace akhbar {

enum class EntityType { kPerson, kOrganization, kPlace, kCountry, kOther };

std::string_view EntityTypeName(EntityType type);

struct Entity {
  std::string id;
  EntityType type = EntityType::kOther;
  std::string label_en;
  std::string label_ar;
  std::vector<std::string> names;
  std::vector<std::string> adjectives;
  std::string defined_at;  // file:line:column, for messages
};

// The *.yaml files of a directory, sorted by name so that ids and messages
// are deterministic.
StatusOr<std::vector<std::filesystem::path>> ListYamlFiles(
    const std::filesystem::path& directory);

class EntityCatalog {
 public:
  // With a cache directory, each file's entities are read from its cached
  // copy when the file has not changed (entity_cache.h).
  static StatusOr<EntityCatalog> LoadFiles(const std::vector<std::filesystem::path>& files,
                                           const std::filesystem::path& cache_directory = {});

  const std::vector<Entity>& entities() const { return entities_; }
  const Entity* Find(std::string_view id) const;

 private:
  std::vector<Entity> entities_;
  std::unordered_map<std::string, size_t, WordHash, std::equal_to<>> index_;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_ENTITY_CATALOG_H_
