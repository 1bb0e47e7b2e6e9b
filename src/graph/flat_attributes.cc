#include "graph/flat_attributes.h"

#include "extract/json_writer.h"
#include "graph/json_values.h"

namespace akhbar {
namespace {

void AddDate(FlatAttributes* attributes, std::string_view name,
             const std::optional<CivilDate>& date) {
  if (date) attributes->list.push_back({name, attributes->Keep(date->ToIso())});
}

}  // namespace

// A column of text: its example value only gives the column its type.
constexpr std::string_view kText;

const std::vector<FlatColumn>& NodeColumns() {
  static const std::vector<FlatColumn> columns = {
      {"kind", kText},                {"type", kText},
      {"label_en", kText},            {"label_ar", kText},
      {"mentions", int64_t{0}},       {"documents", StringList()},
      {"document_count", int64_t{0}}, {"first_seen", kText},
      {"last_seen", kText},
      {"degree", int64_t{0}},         {"weighted_degree", 0.0},
      {"betweenness", 0.0},           {"component", int64_t{0}},
      {"cameo", kText},               {"trigger", kText},
      {"date", kText},                {"date_source", kText},
      {"date_text", kText},           {"earliest", kText},
      {"latest", kText},              {"granularity", kText},
      {"vague", false},               {"evidence", kText},
      {"participants", StringList()}, {"sources", StringList()},
  };
  return columns;
}

const std::vector<FlatColumn>& EdgeColumns() {
  static const std::vector<FlatColumn> columns = {
      {"kind", kText},                {"weight", int64_t{0}},
      {"role", kText},                {"documents", StringList()},
      {"document_count", int64_t{0}}, {"first_date", kText},
      {"last_date", kText},
      {"evidence", StringList()},     {"evidence_refs", StringList()},
  };
  return columns;
}

std::string EvidenceLocation(const EvidenceRef& evidence) {
  std::string location(evidence.doc);
  location.append(1, '#').append(std::to_string(evidence.sentence));
  location.append(1, '@').append(std::to_string(evidence.start));
  location.append(1, '-').append(std::to_string(evidence.end));
  return location;
}

std::string JoinAsJsonArray(const StringList& list) {
  JsonWriter json;
  json.Strings(list);
  return json.Take();
}

FlatAttributes EntityAttributes(const EntityVertex& entity) {
  FlatAttributes attributes;
  attributes.list = {
      {"kind", std::string_view("entity")},
      {"type", std::string_view(entity.type)},
      {"label_en", std::string_view(entity.label_en)},
      {"label_ar", std::string_view(entity.label_ar)},
      {"mentions", int64_t{entity.mentions}},
      {"documents", entity.documents},
      {"document_count", int64_t{entity.document_count}},
  };
  AddDate(&attributes, "first_seen", entity.first_seen);
  AddDate(&attributes, "last_seen", entity.last_seen);
  attributes.list.push_back({"degree", int64_t{entity.degree}});
  attributes.list.push_back({"weighted_degree", entity.weighted_degree});
  attributes.list.push_back({"betweenness", entity.betweenness});
  attributes.list.push_back({"component", int64_t{entity.component}});
  return attributes;
}

FlatAttributes EventAttributes(const EventVertex& event) {
  FlatAttributes attributes;
  std::vector<FlatAttribute>& list = attributes.list;
  list = {
      {"kind", std::string_view("event")},
      {"type", std::string_view(event.type)},
      {"label_en", std::string_view(event.label_en)},
      {"label_ar", std::string_view(event.label_ar)},
  };
  if (!event.cameo.empty()) list.push_back({"cameo", std::string_view(event.cameo)});
  list.push_back({"trigger", std::string_view(event.trigger)});
  if (!event.date_value.empty()) list.push_back({"date", std::string_view(event.date_value)});
  list.push_back({"date_source", std::string_view(event.date_source)});
  if (!event.date_text.empty()) list.push_back({"date_text", std::string_view(event.date_text)});
  AddDate(&attributes, "earliest", event.earliest);
  AddDate(&attributes, "latest", event.latest);
  list.push_back({"granularity", GranularityName(event.granularity)});
  list.push_back({"vague", event.vague});
  list.push_back({"evidence", std::string_view(event.evidence)});
  StringList participants;
  for (const EventParticipant& participant : event.participants) {
    std::string entity_role(participant.entity);
    entity_role.append(":").append(participant.role);
    participants.push_back(attributes.Keep(std::move(entity_role)));
  }
  list.push_back({"participants", std::move(participants)});
  StringList sources;
  for (const EvidenceRef& source : event.sources) {
    sources.push_back(attributes.Keep(EvidenceLocation(source)));
  }
  list.push_back({"sources", std::move(sources)});
  return attributes;
}

FlatAttributes EdgeAttributes(const EdgeView& edge) {
  FlatAttributes attributes;
  std::vector<FlatAttribute>& list = attributes.list;
  list = {
      {"kind", EdgeKindName(edge.kind)},
      {"weight", int64_t{edge.weight}},
  };
  if (edge.kind == EdgeKind::kParticipation) list.push_back({"role", edge.role});
  list.push_back({"documents", StringList(edge.documents.begin(), edge.documents.end())});
  list.push_back({"document_count", int64_t{edge.document_count}});
  AddDate(&attributes, "first_date", edge.first_date);
  AddDate(&attributes, "last_date", edge.last_date);
  if (!edge.evidence.empty()) {
    StringList texts;
    StringList refs;
    for (const EvidenceRef& evidence : edge.evidence) {
      texts.push_back(evidence.text);
      refs.push_back(attributes.Keep(EvidenceLocation(evidence)));
    }
    list.push_back({"evidence", std::move(texts)});
    list.push_back({"evidence_refs", std::move(refs)});
  }
  return attributes;
}

}  // namespace akhbar
