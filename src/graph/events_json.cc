#include "graph/events_json.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "graph/json_values.h"

namespace akhbar {

std::string EventsToJson(const EntityGraph& graph) {
  std::map<std::string, const EntityVertex*> entities;
  for (const EntityVertex& entity : graph.entities) entities[entity.id] = &entity;

  std::vector<const EventVertex*> events;
  for (const EventVertex& event : graph.events) events.push_back(&event);
  std::sort(events.begin(), events.end(), [](const EventVertex* a, const EventVertex* b) {
    // std::nullopt sorts first among optionals; undated events go last.
    const bool a_undated = !a->earliest;
    const bool b_undated = !b->earliest;
    return std::tie(a_undated, a->earliest, a->latest, a->id) <
           std::tie(b_undated, b->earliest, b->latest, b->id);
  });

  nlohmann::json list = nlohmann::json::array();
  for (const EventVertex* event : events) {
    nlohmann::json item = EventJson(*event);
    item.erase("kind");
    for (nlohmann::json& participant : item["participants"]) {
      const auto it = entities.find(participant["entity"].get<std::string>());
      if (it == entities.end()) continue;  // filtered out of the graph
      participant["label_en"] = it->second->label_en;
      participant["label_ar"] = it->second->label_ar;
      participant["type"] = it->second->type;
    }
    list.push_back(std::move(item));
  }
  return DumpJson(nlohmann::json{{"events", std::move(list)}});
}

}  // namespace akhbar
