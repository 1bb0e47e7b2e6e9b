#include "extract/entity_type.h"

#include <utility>

namespace akhbar {
namespace {

constexpr std::pair<std::string_view, EntityType> kTypes[] = {
    {"person", EntityType::kPerson},   {"organization", EntityType::kOrganization},
    {"place", EntityType::kPlace},     {"country", EntityType::kCountry},
    {"media", EntityType::kMedia},     {"other", EntityType::kOther},
};

}  // namespace

std::string_view EntityTypeName(EntityType type) {
  for (const auto& [name, value] : kTypes) {
    if (value == type) return name;
  }
  return "other";
}

std::optional<EntityType> EntityTypeNamed(std::string_view name) {
  for (const auto& [type_name, value] : kTypes) {
    if (type_name == name) return value;
  }
  return std::nullopt;
}

}  // namespace akhbar
