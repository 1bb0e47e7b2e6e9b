#include "graph/json_values.h"

namespace akhbar {
namespace {

void StringOrNull(std::string_view key, std::string_view text, JsonWriter* json) {
  json->Key(key);
  if (text.empty()) {
    json->Null();
  } else {
    json->String(text);
  }
}

void WriteEvidence(const EvidenceRef& evidence, JsonWriter* json) {
  json->OpenObject();
  json->Field("doc", evidence.doc);
  json->Field("end", evidence.end);
  json->Field("sentence", evidence.sentence);
  json->Field("start", evidence.start);
  json->Field("text", evidence.text);
  if (!evidence.trigger.empty()) {
    json->Key("trigger");
    json->OpenObject();
    json->Field("end", evidence.trigger_end);
    json->Field("start", evidence.trigger_start);
    json->Field("text", evidence.trigger);
    json->CloseObject();
  }
  json->CloseObject();
}

void WriteEvidenceList(std::string_view key, std::span<const EvidenceRef> list,
                       JsonWriter* json) {
  json->Key(key);
  json->OpenArray();
  for (const EvidenceRef& evidence : list) WriteEvidence(evidence, json);
  json->CloseArray();
}

// The fields of an event in byte order of their keys, "kind" only in the
// graph, participants enriched only in the event list.
void WriteEventFields(const EventVertex& event, bool with_kind, const EntitiesById* entities,
                      JsonWriter* json) {
  json->OpenObject();
  StringOrNull("cameo", event.cameo, json);
  StringOrNull("date", event.date_value, json);
  json->Field("date_source", event.date_source);
  json->Field("date_text", event.date_text);
  json->Field("earliest", event.earliest);
  json->Field("evidence", event.evidence);
  json->Field("granularity", GranularityName(event.granularity));
  json->Field("id", event.id);
  if (with_kind) json->Field("kind", "event");
  json->Field("label_ar", event.label_ar);
  json->Field("label_en", event.label_en);
  json->Field("latest", event.latest);
  json->Key("participants");
  json->OpenArray();
  for (const EventParticipant& participant : event.participants) {
    const EntityVertex* entity = nullptr;
    if (entities) {
      const auto it = entities->find(participant.entity);
      if (it != entities->end()) entity = it->second;  // else filtered out of the graph
    }
    json->OpenObject();
    json->Field("entity", participant.entity);
    if (entity) {
      json->Field("label_ar", entity->label_ar);
      json->Field("label_en", entity->label_en);
    }
    json->Field("role", participant.role);
    if (entity) json->Field("type", entity->type);
    json->CloseObject();
  }
  json->CloseArray();
  WriteEvidenceList("sources", event.sources, json);
  json->Field("trigger", event.trigger);
  json->Field("type", event.type);
  json->Field("vague", event.vague);
  json->CloseObject();
}

}  // namespace

void WriteStats(const GraphStats& stats, JsonWriter* json) {
  json->OpenObject();
  json->Field("dates", stats.dates);
  json->Field("documents", stats.documents);
  json->Field("event_mentions", stats.event_mentions);
  json->Field("folded_sentences", stats.folded_sentences);
  json->Field("mentions", stats.mentions);
  json->Field("sentences", stats.sentences);
  json->Field("skipped_lines", stats.skipped_lines);
  json->CloseObject();
}

void WriteEntity(const EntityVertex& entity, JsonWriter* json) {
  json->OpenObject();
  json->Field("betweenness", entity.betweenness);
  json->Field("component", entity.component);
  json->Field("degree", entity.degree);
  json->Field("document_count", entity.document_count);
  json->Field("documents", entity.documents);
  json->Field("first_seen", entity.first_seen);
  json->Field("id", entity.id);
  json->Field("kind", "entity");
  json->Field("label_ar", entity.label_ar);
  json->Field("label_en", entity.label_en);
  json->Field("last_seen", entity.last_seen);
  json->Field("mentions", entity.mentions);
  json->Field("type", entity.type);
  json->Field("weighted_degree", entity.weighted_degree);
  json->CloseObject();
}

void WriteEvent(const EventVertex& event, JsonWriter* json) {
  WriteEventFields(event, /*with_kind=*/true, nullptr, json);
}

void WriteListedEvent(const EventVertex& event, const EntitiesById& entities, JsonWriter* json) {
  WriteEventFields(event, /*with_kind=*/false, &entities, json);
}

void WriteEdge(const EdgeView& edge, std::string_view id, JsonWriter* json) {
  json->OpenObject();
  json->Field("document_count", edge.document_count);
  json->Key("documents");
  json->Strings(edge.documents);
  WriteEvidenceList("evidence", edge.evidence, json);
  json->Field("first_date", edge.first_date);
  json->Field("id", id);
  json->Field("kind", EdgeKindName(edge.kind));
  json->Field("last_date", edge.last_date);
  if (edge.kind == EdgeKind::kParticipation) json->Field("role", edge.role);
  json->Field("source", edge.source);
  json->Field("target", edge.target);
  json->Field("weight", edge.weight);
  json->CloseObject();
}

}  // namespace akhbar
