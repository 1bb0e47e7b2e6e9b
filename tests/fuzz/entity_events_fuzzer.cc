// libFuzzer target: any bytes as an entity file. Whatever the reading from
// parse events accepts, the node-tree reading must accept too, with the same
// entities field by field; anything else the events reading must decline.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "extract/entity_events.h"
#include "extract/rule_yaml.h"

namespace {

bool SameEntity(const akhbar::Entity& a, const akhbar::Entity& b) {
  return a.id == b.id && a.type == b.type && a.label_en == b.label_en &&
         a.label_ar == b.label_ar && a.names == b.names && a.adjectives == b.adjectives &&
         a.titles == b.titles && a.short_names == b.short_names && a.not_in == b.not_in &&
         a.defined_at == b.defined_at;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const std::filesystem::path path = "fuzz.yaml";
  const auto from_events = akhbar::ReadEntitiesFromEvents(path, text);
  if (!from_events) return 0;
  const auto file = akhbar::ParseYamlFile(path, text);
  if (!file.ok()) std::abort();
  const auto from_tree =
      akhbar::CatchYamlErrors<std::vector<akhbar::Entity>>(path, [&] { return akhbar::ReadEntities(*file); });
  if (!from_tree.ok() || from_tree->size() != from_events->size()) std::abort();
  for (size_t i = 0; i < from_events->size(); ++i) {
    if (!SameEntity((*from_events)[i], (*from_tree)[i])) std::abort();
  }
  return 0;
}
