#include "graph/events_json.h"

#include <algorithm>
#include <tuple>

#include "graph/json_values.h"

namespace akhbar {

void WriteEventsJson(const EntityGraph& graph, std::ostream& out) {
  EntitiesById entities;
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

  JsonWriter json(kJsonIndent, &out);
  json.OpenObject();
  json.Key("events");
  json.OpenArray();
  for (const EventVertex* event : events) WriteListedEvent(*event, entities, &json);
  json.CloseArray();
  json.CloseObject();
  json.Finish();
}

}  // namespace akhbar
