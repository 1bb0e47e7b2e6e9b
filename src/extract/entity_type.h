// What kind of thing an entity is: the rules' `type`, which the pictures
// draw by and the event rules choose participants by.
#ifndef AKHBAR_EXTRACT_ENTITY_TYPE_H_
#define AKHBAR_EXTRACT_ENTITY_TYPE_H_

#include <optional>
#include <string_view>

namespace akhbar {

// kMedia: a news agency, paper or channel, named in news mostly as the one
// reporting (قالت لوكالة الصحافة الفرنسية، نقلت صحيفة نيويورك تايمز), so it
// takes no role in the events its sentences report. Last, so that the
// numbers of the others in cached rules stay what they were.
enum class EntityType { kPerson, kOrganization, kPlace, kCountry, kOther, kMedia };

// The names rule files use, as a message lists them.
inline constexpr std::string_view kEntityTypeNames =
    "person, organization, media, place, country or other";

std::string_view EntityTypeName(EntityType type);
std::optional<EntityType> EntityTypeNamed(std::string_view name);

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_ENTITY_TYPE_H_
