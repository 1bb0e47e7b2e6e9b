#include "graph/graph_json_reader.h"

#include <algorithm>
#include <deque>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>

#include "base/file_bytes.h"
#include "graph/graph_assembly.h"

namespace akhbar {
namespace {

using Json = nlohmann::json;

// nlohmann reports a missing key or wrong type as type_error/out_of_range;
// these are caught once, around the whole document.
std::optional<CivilDate> DateOf(const Json& value) {
  if (value.is_null()) return std::nullopt;
  std::optional<CivilDate> date = CivilDate::ParseIso(value.get<std::string>());
  if (!date) throw std::invalid_argument("not a YYYY-MM-DD date: " + value.get<std::string>());
  return date;
}

Granularity GranularityOf(const std::string& name) {
  for (const Granularity granularity :
       {Granularity::kDay, Granularity::kWeek, Granularity::kMonth, Granularity::kYear,
        Granularity::kDecade, Granularity::kCentury}) {
    if (GranularityName(granularity) == name) return granularity;
  }
  throw std::invalid_argument("unknown granularity \"" + name + "\"");
}

std::string StringOrEmpty(const Json& object, const char* key) {
  const auto found = object.find(key);
  return found == object.end() || found->is_null() ? "" : found->get<std::string>();
}

// The strings the graph views (EntityGraph::texts); a deque, so that
// adding one moves none of the others.
using TextStore = std::deque<std::string>;

std::string_view Kept(const Json& value, TextStore* store) {
  return store->emplace_back(value.get<std::string>());
}

EvidenceRef EvidenceOf(const Json& json, TextStore* store) {
  EvidenceRef ref;
  ref.doc = Kept(json.at("doc"), store);
  ref.sentence = json.at("sentence").get<uint32_t>();
  ref.start = json.at("start").get<uint32_t>();
  ref.end = json.at("end").get<uint32_t>();
  ref.text = Kept(json.at("text"), store);
  if (const auto trigger = json.find("trigger"); trigger != json.end()) {
    ref.trigger = Kept(trigger->at("text"), store);
    ref.trigger_start = trigger->at("start").get<uint32_t>();
    ref.trigger_end = trigger->at("end").get<uint32_t>();
  }
  return ref;
}

std::vector<std::string_view> KeptList(const Json& values, TextStore* store) {
  std::vector<std::string_view> views;
  for (const Json& value : values) views.push_back(Kept(value, store));
  return views;
}

EntityVertex EntityOf(const Json& json, TextStore* store) {
  EntityVertex entity;
  entity.id = json.at("id").get<std::string>();
  entity.type = json.at("type").get<std::string>();
  entity.label_en = json.at("label_en").get<std::string>();
  entity.label_ar = json.at("label_ar").get<std::string>();
  entity.mentions = json.at("mentions").get<uint32_t>();
  entity.documents = KeptList(json.at("documents"), store);
  entity.document_count = json.at("document_count").get<uint32_t>();
  entity.first_seen = DateOf(json.at("first_seen"));
  entity.last_seen = DateOf(json.at("last_seen"));
  entity.degree = json.at("degree").get<uint32_t>();
  entity.weighted_degree = json.at("weighted_degree").get<double>();
  entity.betweenness = json.at("betweenness").get<double>();
  entity.component = json.at("component").get<uint32_t>();
  return entity;
}

EventVertex EventOf(const Json& json, TextStore* store) {
  EventVertex event;
  event.id = json.at("id").get<std::string>();
  event.type = Kept(json.at("type"), store);
  event.label_en = Kept(json.at("label_en"), store);
  event.label_ar = Kept(json.at("label_ar"), store);
  event.cameo = store->emplace_back(StringOrEmpty(json, "cameo"));
  event.trigger = Kept(json.at("trigger"), store);
  event.date_value = StringOrEmpty(json, "date");
  event.date_source = Kept(json.at("date_source"), store);
  event.date_text = store->emplace_back(StringOrEmpty(json, "date_text"));
  event.earliest = DateOf(json.at("earliest"));
  event.latest = DateOf(json.at("latest"));
  event.granularity = GranularityOf(json.at("granularity").get<std::string>());
  event.vague = json.at("vague").get<bool>();
  event.evidence = Kept(json.at("evidence"), store);
  for (const Json& participant : json.at("participants")) {
    event.participants.emplace_back().entity = Kept(participant.at("entity"), store);
    event.participants.back().role = Kept(participant.at("role"), store);
  }
  for (const Json& source : json.at("sources")) event.sources.push_back(EvidenceOf(source, store));
  return event;
}

GraphEdge CoMentionOf(const Json& json, TextStore* store) {
  GraphEdge edge;
  edge.source = json.at("source").get<std::string>();
  edge.target = json.at("target").get<std::string>();
  edge.data.weight = json.at("weight").get<uint32_t>();
  edge.data.documents = KeptList(json.at("documents"), store);
  edge.data.document_count = json.at("document_count").get<uint32_t>();
  edge.data.first_date = DateOf(json.at("first_date"));
  edge.data.last_date = DateOf(json.at("last_date"));
  for (const Json& ref : json.at("evidence")) edge.data.evidence.push_back(EvidenceOf(ref, store));
  return edge;
}

// A participation edge's facts go to the participant of its event; its
// dates are the event's.
void ReadParticipation(const Json& json, EventVertex* event, TextStore* store) {
  const std::string entity = json.at("source").get<std::string>();
  const auto participant =
      std::find_if(event->participants.begin(), event->participants.end(),
                   [&](const EventParticipant& p) { return p.entity == entity; });
  if (participant == event->participants.end()) {
    throw std::invalid_argument("\"" + entity + "\" is not a participant of the event");
  }
  participant->weight = json.at("weight").get<uint32_t>();
  participant->documents = KeptList(json.at("documents"), store);
  participant->document_count = json.at("document_count").get<uint32_t>();
}

GraphStats StatsOf(const Json& json) {
  GraphStats stats;
  const auto count = [&](const char* key) {
    const auto found = json.find(key);
    return found == json.end() ? 0u : found->get<uint32_t>();
  };
  stats.documents = count("documents");
  stats.sentences = count("sentences");
  stats.folded_sentences = count("folded_sentences");
  stats.mentions = count("mentions");
  stats.dates = count("dates");
  stats.event_mentions = count("event_mentions");
  stats.skipped_lines = count("skipped_lines");
  return stats;
}

}  // namespace

StatusOr<EntityGraph> GraphFromNodeLinkJson(std::string_view text) {
  const Json document = Json::parse(text.begin(), text.end(), nullptr, false);
  if (document.is_discarded() || !document.is_object()) {
    return InvalidInputError("not a JSON object");
  }
  std::vector<EntityVertex> entities;
  std::vector<EventVertex> events;
  std::vector<GraphEdge> edges;
  std::set<std::string> ids;
  auto store = std::make_shared<TextStore>();
  std::string where = "graph";
  try {
    for (const Json& node : document.at("nodes")) {
      where = "node " + node.value("id", std::string("?"));
      const std::string kind = node.at("kind").get<std::string>();
      if (kind == "entity") {
        entities.push_back(EntityOf(node, store.get()));
      } else if (kind == "event") {
        events.push_back(EventOf(node, store.get()));
      } else {
        throw std::invalid_argument("unknown node kind \"" + kind + "\"");
      }
      if (!ids.insert(node.at("id").get<std::string>()).second) {
        throw std::invalid_argument("duplicate id");
      }
    }
    std::map<std::string, size_t> event_index;
    for (size_t i = 0; i < events.size(); ++i) event_index.emplace(events[i].id, i);
    std::set<std::string> entity_ids;
    for (const EntityVertex& entity : entities) entity_ids.insert(entity.id);
    for (const Json& link : document.at("links")) {
      where = "link " + link.value("id", std::string("?"));
      const std::string kind = link.at("kind").get<std::string>();
      if (kind == "co_mention") {
        edges.push_back(CoMentionOf(link, store.get()));
        if (!entity_ids.contains(edges.back().source) ||
            !entity_ids.contains(edges.back().target)) {
          throw std::invalid_argument("an endpoint is not an entity");
        }
      } else if (kind == "participation") {
        const auto event = event_index.find(link.at("target").get<std::string>());
        if (!entity_ids.contains(link.at("source").get<std::string>()) ||
            event == event_index.end()) {
          throw std::invalid_argument("a participation is not from an entity to an event");
        }
        ReadParticipation(link, &events[event->second], store.get());
      } else {
        throw std::invalid_argument("unknown edge kind \"" + kind + "\"");
      }
    }
    where = "graph.stats";
    const Json& graph = document.at("graph");
    const GraphStats stats = graph.contains("stats") ? StatsOf(graph.at("stats")) : GraphStats{};
    EntityGraph read =
        AssembleGraph(std::move(entities), std::move(events), std::move(edges), stats);
    read.texts.push_back(std::move(store));
    return read;
  } catch (const std::exception& error) {
    return InvalidInputError(where + ": " + error.what());
  }
}

StatusOr<EntityGraph> ReadGraphJsonFile(const std::filesystem::path& path) {
  StatusOr<std::string> text = ReadFileBytes(path);
  if (!text.ok()) return text.status();
  StatusOr<EntityGraph> graph = GraphFromNodeLinkJson(*text);
  if (!graph.ok()) return InvalidInputError(path.string() + ": " + graph.status().message());
  return graph;
}

}  // namespace akhbar
