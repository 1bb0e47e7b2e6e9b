#include "graph/flat_attributes.h"

#include "extract/json_writer.h"
#include "graph/json_values.h"

namespace akhbar {
namespace {

void AddDate(std::vector<FlatAttribute>* attributes, const char* name,
             const std::optional<CivilDate>& date) {
  if (date) attributes->push_back({name, date->ToIso()});
}

}  // namespace

const std::vector<FlatColumn>& NodeColumns() {
  static const std::vector<FlatColumn> columns = {
      {"kind", std::string()},        {"type", std::string()},
      {"label_en", std::string()},    {"label_ar", std::string()},
      {"mentions", int64_t{0}},       {"documents", StringList()},
      {"document_count", int64_t{0}}, {"first_seen", std::string()},
      {"last_seen", std::string()},
      {"degree", int64_t{0}},         {"weighted_degree", 0.0},
      {"betweenness", 0.0},           {"component", int64_t{0}},
      {"cameo", std::string()},       {"trigger", std::string()},
      {"date", std::string()},        {"date_source", std::string()},
      {"date_text", std::string()},   {"earliest", std::string()},
      {"latest", std::string()},      {"granularity", std::string()},
      {"vague", false},               {"evidence", std::string()},
      {"participants", StringList()}, {"sources", StringList()},
  };
  return columns;
}

const std::vector<FlatColumn>& EdgeColumns() {
  static const std::vector<FlatColumn> columns = {
      {"kind", std::string()},       {"weight", int64_t{0}},
      {"role", std::string()},       {"documents", StringList()},
      {"document_count", int64_t{0}}, {"first_date", std::string()},
      {"last_date", std::string()},
      {"evidence", StringList()},    {"evidence_refs", StringList()},
  };
  return columns;
}

std::string EvidenceLocation(const EvidenceRef& evidence) {
  return evidence.doc + "#" + std::to_string(evidence.sentence) + "@" +
         std::to_string(evidence.start) + "-" + std::to_string(evidence.end);
}

std::string JoinAsJsonArray(const StringList& list) {
  JsonWriter json;
  json.Strings(list);
  return json.Take();
}

std::vector<FlatAttribute> EntityAttributes(const EntityVertex& entity) {
  std::vector<FlatAttribute> attributes = {
      {"kind", std::string("entity")},
      {"type", entity.type},
      {"label_en", entity.label_en},
      {"label_ar", entity.label_ar},
      {"mentions", int64_t{entity.mentions}},
      {"documents", entity.documents},
      {"document_count", int64_t{entity.document_count}},
  };
  AddDate(&attributes, "first_seen", entity.first_seen);
  AddDate(&attributes, "last_seen", entity.last_seen);
  attributes.push_back({"degree", int64_t{entity.degree}});
  attributes.push_back({"weighted_degree", entity.weighted_degree});
  attributes.push_back({"betweenness", entity.betweenness});
  attributes.push_back({"component", int64_t{entity.component}});
  return attributes;
}

std::vector<FlatAttribute> EventAttributes(const EventVertex& event) {
  std::vector<FlatAttribute> attributes = {
      {"kind", std::string("event")},
      {"type", event.type},
      {"label_en", event.label_en},
      {"label_ar", event.label_ar},
  };
  if (!event.cameo.empty()) attributes.push_back({"cameo", event.cameo});
  attributes.push_back({"trigger", event.trigger});
  if (!event.date_value.empty()) attributes.push_back({"date", event.date_value});
  attributes.push_back({"date_source", event.date_source});
  if (!event.date_text.empty()) attributes.push_back({"date_text", event.date_text});
  AddDate(&attributes, "earliest", event.earliest);
  AddDate(&attributes, "latest", event.latest);
  attributes.push_back({"granularity", std::string(GranularityName(event.granularity))});
  attributes.push_back({"vague", event.vague});
  attributes.push_back({"evidence", event.evidence});
  StringList participants;
  for (const EventParticipant& participant : event.participants) {
    participants.push_back(participant.entity + ":" + participant.role);
  }
  attributes.push_back({"participants", std::move(participants)});
  StringList sources;
  for (const EvidenceRef& source : event.sources) sources.push_back(EvidenceLocation(source));
  attributes.push_back({"sources", std::move(sources)});
  return attributes;
}

std::vector<FlatAttribute> EdgeAttributes(const EdgeData& edge) {
  std::vector<FlatAttribute> attributes = {
      {"kind", std::string(EdgeKindName(edge.kind))},
      {"weight", int64_t{edge.weight}},
  };
  if (edge.kind == EdgeKind::kParticipation) attributes.push_back({"role", edge.role});
  attributes.push_back({"documents", edge.documents});
  attributes.push_back({"document_count", int64_t{edge.document_count}});
  AddDate(&attributes, "first_date", edge.first_date);
  AddDate(&attributes, "last_date", edge.last_date);
  if (!edge.evidence.empty()) {
    StringList texts;
    StringList refs;
    for (const EvidenceRef& evidence : edge.evidence) {
      texts.push_back(evidence.text);
      refs.push_back(EvidenceLocation(evidence));
    }
    attributes.push_back({"evidence", std::move(texts)});
    attributes.push_back({"evidence_refs", std::move(refs)});
  }
  return attributes;
}

}  // namespace akhbar
