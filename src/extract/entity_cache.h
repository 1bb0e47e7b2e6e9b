// A binary copy of each entity file's entities, keyed by the file's path and
// bytes. A YAML file of 100,000 names takes seconds to parse and its copy a
// fraction of that to read, and users re-run after every edit of some other,
// smaller file. Only files that loaded without error are copied, so a copy
// never hides a rule error; a missing, stale or damaged copy is not used.
#ifndef AKHBAR_EXTRACT_ENTITY_CACHE_H_
#define AKHBAR_EXTRACT_ENTITY_CACHE_H_

#include <filesystem>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "extract/entity_catalog.h"

namespace akhbar {

std::optional<std::vector<Entity>> ReadCachedEntities(const std::filesystem::path& cache_directory,
                                                      const std::filesystem::path& file,
                                                      std::string_view bytes);

// Best effort: a cache that cannot be written is no error.
void CacheEntities(const std::filesystem::path& cache_directory, const std::filesystem::path& file,
                   std::string_view bytes, std::span<const Entity> entities);

// $AKHBAR_CACHE_DIR, else $XDG_CACHE_HOME/akhbar, else $HOME/.cache/akhbar;
// empty (no cache) when AKHBAR_CACHE_DIR is set but empty, or nothing is set.
std::filesystem::path DefaultCacheDirectory();

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_ENTITY_CACHE_H_
