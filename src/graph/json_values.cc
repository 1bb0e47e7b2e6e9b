#include "graph/json_values.h"

namespace akhbar {

nlohmann::json DateJson(const std::optional<CivilDate>& date) {
  return date ? nlohmann::json(date->ToIso()) : nlohmann::json(nullptr);
}

nlohmann::json EvidenceJson(const EvidenceRef& evidence) {
  nlohmann::json out = {{"doc", evidence.doc},     {"sentence", evidence.sentence},
                        {"start", evidence.start}, {"end", evidence.end},
                        {"text", evidence.text}};
  if (!evidence.trigger.empty()) {
    out["trigger"] = {{"text", evidence.trigger},
                      {"start", evidence.trigger_start},
                      {"end", evidence.trigger_end}};
  }
  return out;
}

nlohmann::json StatsJson(const GraphStats& stats) {
  return {{"documents", stats.documents},
          {"sentences", stats.sentences},
          {"folded_sentences", stats.folded_sentences},
          {"mentions", stats.mentions},
          {"dates", stats.dates},
          {"event_mentions", stats.event_mentions},
          {"skipped_lines", stats.skipped_lines}};
}

nlohmann::json EntityJson(const EntityVertex& entity) {
  return {{"id", entity.id},
          {"kind", "entity"},
          {"type", entity.type},
          {"label_en", entity.label_en},
          {"label_ar", entity.label_ar},
          {"mentions", entity.mentions},
          {"documents", entity.documents},
          {"document_count", entity.document_count},
          {"first_seen", DateJson(entity.first_seen)},
          {"last_seen", DateJson(entity.last_seen)},
          {"degree", entity.degree},
          {"weighted_degree", entity.weighted_degree},
          {"betweenness", entity.betweenness},
          {"component", entity.component}};
}

nlohmann::json EventJson(const EventVertex& event) {
  nlohmann::json participants = nlohmann::json::array();
  for (const EventParticipant& participant : event.participants) {
    participants.push_back({{"entity", participant.entity}, {"role", participant.role}});
  }
  nlohmann::json sources = nlohmann::json::array();
  for (const EvidenceRef& source : event.sources) sources.push_back(EvidenceJson(source));
  return {{"id", event.id},
          {"kind", "event"},
          {"type", event.type},
          {"label_en", event.label_en},
          {"label_ar", event.label_ar},
          {"cameo", event.cameo.empty() ? nlohmann::json(nullptr) : nlohmann::json(event.cameo)},
          {"trigger", event.trigger},
          {"date", event.date_value.empty() ? nlohmann::json(nullptr)
                                            : nlohmann::json(event.date_value)},
          {"date_source", event.date_source},
          {"date_text", event.date_text},
          {"earliest", DateJson(event.earliest)},
          {"latest", DateJson(event.latest)},
          {"granularity", GranularityName(event.granularity)},
          {"vague", event.vague},
          {"evidence", event.evidence},
          {"participants", std::move(participants)},
          {"sources", std::move(sources)}};
}

std::string_view EdgeKindName(EdgeKind kind) {
  return kind == EdgeKind::kCoMention ? "co_mention" : "participation";
}

nlohmann::json EdgeJson(const EdgeData& edge) {
  nlohmann::json evidence = nlohmann::json::array();
  for (const EvidenceRef& ref : edge.evidence) evidence.push_back(EvidenceJson(ref));
  nlohmann::json out = {{"kind", EdgeKindName(edge.kind)},
                        {"weight", edge.weight},
                        {"documents", edge.documents},
                        {"document_count", edge.document_count},
                        {"first_date", DateJson(edge.first_date)},
                        {"last_date", DateJson(edge.last_date)},
                        {"evidence", std::move(evidence)}};
  if (edge.kind == EdgeKind::kParticipation) out["role"] = edge.role;
  return out;
}

std::string DumpJson(const nlohmann::json& value) {
  return value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace akhbar
