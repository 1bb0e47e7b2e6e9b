// Entities and their spellings, read from rules/entities/*.yaml.
#ifndef AKHBAR_EXTRACT_ENTITY_CATALOG_H_
#define AKHBAR_EXTRACT_ENTITY_CATALOG_H_

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "extract/entity_type.h"
#include "extract/word_table.h"

namespace akhbar {

struct Entity {
  std::string id;
  EntityType type = EntityType::kOther;
  std::string label_en;
  std::string label_ar;
  std::vector<std::string> names;
  std::vector<std::string> adjectives;
  // Names that count only between quotation marks, where they win over the
  // same words as another entity's name: a newspaper named like a region
  // («الشرق الأوسط») or a word («الحياة»), a channel, a book.
  std::vector<std::string> titles;
  // Names that count only in a document that also names the entity
  // otherwise: a surname alone (هوفمان, شي) that other people share, or a
  // word ("أهم شي", "something" in the Gulf's Arabic).
  std::vector<std::string> short_names;
  // Phrases that hold one of its names and name something else, or nothing:
  // صلاة المغرب is the sunset prayer, not Morocco. They take their words as
  // a longer name would, and make no mention.
  std::vector<std::string> not_in;
  std::string defined_at;  // file:line:column, for messages
};

struct YamlFile;
// The entities of a parsed entity file, or the first rule error in it.
StatusOr<std::vector<Entity>> ReadEntities(const YamlFile& file);

// Lowercase ASCII letters, digits, _ - and .: ids name files and outputs.
bool IsStableEntityId(std::string_view id);
// An entity without labels shows its first name (or title) in Arabic and its id in
// English.
void FillDefaultLabels(Entity* entity);

// The *.yaml files of a directory, sorted by name so that ids and messages
// are deterministic.
StatusOr<std::vector<std::filesystem::path>> ListYamlFiles(
    const std::filesystem::path& directory);

class EntityCatalog {
 public:
  // With a cache directory, each file's entities are read from its cached
  // copy when the file has not changed (entity_cache.h). The copies of files
  // read from YAML are written on another thread while the caller goes on
  // (building the matchers from the entities took as long as writing them):
  // WaitForCachedCopies(), or the catalog's end, waits for them.
  static StatusOr<EntityCatalog> LoadFiles(const std::vector<std::filesystem::path>& files,
                                           const std::filesystem::path& cache_directory = {});

  const std::vector<Entity>& entities() const { return entities_; }
  const Entity* Find(std::string_view id) const;

  void WaitForCachedCopies();

 private:
  struct UncachedFile {
    std::filesystem::path path;
    std::string bytes;
    size_t first_entity = 0;
    size_t entity_count = 0;
  };
  // Appends the entities of `files`, noting in *uncached those read from YAML.
  Status AddFiles(const std::vector<std::filesystem::path>& files,
                  const std::filesystem::path& cache_directory,
                  std::vector<UncachedFile>* uncached);
  // Once started, entities_ does not change: the writer reads it.
  void StartWritingCachedCopies(const std::filesystem::path& cache_directory,
                                std::vector<UncachedFile> files);

  std::vector<Entity> entities_;
  std::unordered_map<std::string, size_t, WordHash, std::equal_to<>> index_;
  // Last, so that it is joined before the entities it reads are destroyed.
  std::jthread cached_copies_writer_;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_ENTITY_CATALOG_H_
