// Reads a well-formed entity file straight from parse events. The first
// load of a file of 100,000 names, which a user waits for after every edit
// of it, was mostly YAML::Load's node tree (made, searched key by key,
// freed) and then yaml-cpp's scanner alone; libyaml's parser gives the same
// events six times faster. yaml-cpp still reads every file that is not
// plain, and reports its errors: the events are taken as yaml-cpp would give
// them, and any doubt declines.
#ifndef AKHBAR_EXTRACT_ENTITY_EVENTS_H_
#define AKHBAR_EXTRACT_ENTITY_EVENTS_H_

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "extract/entity_catalog.h"

namespace akhbar {

// The entities the node-tree reading would give, or nothing when the file
// is anything but plain: empty, a syntax or rule error, a tab, an anchor or
// alias, a tag on a mapping or list, a repeated key, a note that is not a
// scalar. The caller then reads it through the node tree, which reports an
// error with its place and the offending entry. As YAML::Load does, only the
// first document is read.
std::optional<std::vector<Entity>> ReadEntitiesFromEvents(const std::filesystem::path& path,
                                                          const std::string& text);

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_ENTITY_EVENTS_H_
