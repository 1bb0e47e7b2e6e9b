#include "tests/render_fixture.h"

#include <deque>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "graph/graph_assembly.h"

namespace akhbar::testing {
namespace {

struct Link {
  const char* a;
  const char* b;
  uint32_t weight;
};

constexpr Link kLinks[] = {
    {"tokayev", "kazakhstan", 9},    {"csto", "russia", 6},         {"tokayev", "csto", 5},
    {"nazarbayev", "kazakhstan", 4}, {"ablyazov", "nazarbayev", 3}, {"almaty", "kazakhstan", 2},
    {"tokayev", "nazarbayev", 2},    {"ablyazov", "russia", 1},
};

CivilDate Day(int year, unsigned month, unsigned day) { return {year, month, day}; }

EvidenceRef Ref(const char* doc, uint32_t sentence, std::string_view text) {
  return {doc, sentence, 0, 0, text};
}

}  // namespace

uint32_t SampleWeight(const std::string& a, const std::string& b) {
  for (const Link& link : kLinks) {
    if ((a == link.a && b == link.b) || (a == link.b && b == link.a)) return link.weight;
  }
  return 0;
}

EntityGraph SampleGraph() {
  EntityGraph graph;
  // The evidence sentences made up below; the graph views them.
  auto sentences = std::make_shared<std::deque<std::string>>();
  graph.texts.push_back(sentences);
  const auto entity = [&](const char* id, const char* type, const char* ar, const char* en,
                          uint32_t mentions, double betweenness) {
    EntityVertex vertex;
    vertex.id = id;
    vertex.type = type;
    vertex.label_ar = ar;
    vertex.label_en = en;
    vertex.mentions = mentions;
    vertex.documents = {"000_3753c173918469ae", "002_c81270ce0b9162ad"};
    vertex.first_seen = Day(2022, 1, 6);
    vertex.last_seen = Day(2022, 1, 10);
    vertex.betweenness = betweenness;
    graph.entities.push_back(vertex);
  };
  entity("kazakhstan", "country", "كازاخستان", "Kazakhstan", 40, 0.5);
  entity("tokayev", "person", "قاسم جومرت توكاييف", "Kassym-Jomart Tokayev", 30, 0.3);
  entity("nazarbayev", "person", "نور سلطان نزارباييف", "Nursultan Nazarbayev", 18, 0.2);
  entity("csto", "organization", "منظمة معاهدة الأمن الجماعي (CSTO)",
         "Collective Security Treaty Organization", 14, 0.1);
  entity("ablyazov", "person", "مختار أبليازوف", "Mukhtar Ablyazov", 12, 0.05);
  entity("russia", "country", "روسيا", "Russia", 16, 0.1);
  entity("almaty", "place", "ألماتي", "Almaty", 8, 0);

  std::map<std::string, GraphStorage::vertex_descriptor> vertex_of;
  for (size_t i = 0; i < graph.entities.size(); ++i) {
    vertex_of[graph.entities[i].id] =
        boost::add_vertex(VertexData{i}, graph.graph);
  }
  for (const Link& link : kLinks) {
    EdgeData edge;
    edge.weight = link.weight;
    edge.documents = {"000_3753c173918469ae"};
    edge.first_date = Day(2022, 1, 6);
    edge.last_date = Day(2022, 1, 8);
    edge.evidence = {Ref("000_3753c173918469ae", link.weight,
                         sentences->emplace_back(std::string("جملة تذكر ") + link.a + " و" +
                                                 link.b + " معا."))};
    boost::add_edge(vertex_of[link.a], vertex_of[link.b], edge, graph.graph);
  }

  const auto event = [&](const char* id, const char* type, const char* ar, const char* en,
                         std::optional<CivilDate> earliest, std::optional<CivilDate> latest,
                         Granularity granularity, const char* value, const char* source, bool vague,
                         std::vector<std::pair<const char*, const char*>> participants,
                         const char* evidence) {
    EventVertex vertex;
    vertex.id = id;
    vertex.type = type;
    vertex.label_ar = ar;
    vertex.label_en = en;
    vertex.earliest = earliest;
    vertex.latest = latest;
    vertex.granularity = granularity;
    vertex.date_value = value;
    vertex.date_source = source;
    vertex.vague = vague;
    vertex.evidence = evidence;
    vertex.sources = {Ref("002_c81270ce0b9162ad", 3, evidence),
                      Ref("004_4b41cdd2c373f765", 7, evidence)};
    for (const auto& [entity, role] : participants) {
      EventParticipant& participant = vertex.participants.emplace_back();
      participant.entity = entity;
      participant.role = role;
      participant.weight = 1;
    }
    graph.events.push_back(vertex);
  };
  event("ev-protest-almaty", "protest", "احتجاج", "Protest", Day(2022, 1, 5), Day(2022, 1, 5),
        Granularity::kDay, "2022-01-05", "sentence", false,
        {{"almaty", "participant"}, {"kazakhstan", "participant"}},
        "خرج آلاف المحتجين إلى شوارع ألماتي يوم 5 يناير.");
  event("ev-csto-request", "appeal", "دعوة", "Appeal", Day(2022, 1, 6), Day(2022, 1, 6),
        Granularity::kDay, "2022-01-06", "sentence", false,
        {{"tokayev", "actor"}, {"csto", "target"}},
        "طلب توكاييف مساعدة منظمة معاهدة الأمن الجماعي (CSTO).");
  event("ev-troops", "military_deployment", "نشر قوات", "Military deployment", Day(2022, 1, 6),
        Day(2022, 1, 6), Granularity::kDay, "2022-01-06", "document", false,
        {{"csto", "actor"}, {"russia", "actor"}, {"kazakhstan", "target"}},
        "وصلت قوات روسية ضمن بعثة المنظمة.");
  event("ev-coup", "statement", "تصريح أو مقابلة", "Statement or interview", Day(2022, 1, 10),
        Day(2022, 1, 10), Granularity::kDay, "2022-01-10", "document", false,
        {{"tokayev", "actor"}}, "وصف توكاييف الاضطرابات بأنها محاولة انقلاب.");
  event("ev-rule", "rule", "حكم", "Rule", Day(1989, 1, 1), Day(2019, 12, 31), Granularity::kYear,
        "1989..2019", "sentence", false, {{"nazarbayev", "actor"}, {"kazakhstan", "target"}},
        "حكم نزارباييف كازاخستان من 1989 إلى 2019.");
  event("ev-appeal", "appeal", "دعوة", "Appeal", Day(2022, 1, 1), Day(2022, 1, 31),
        Granularity::kMonth, "2022-01", "sentence", true, {{"ablyazov", "actor"}},
        "دعا أبليازوف الغرب في مطلع يناير إلى التحرك.");
  event("ev-undated", "statement", "تصريح أو مقابلة", "Statement or interview", std::nullopt,
        std::nullopt, Granularity::kDay, "", "none", false, {{"russia", "actor"}},
        "قالت روسيا إنها ستساعد.");
  graph.participations = ParticipationsOf(graph.entities, graph.events);
  return graph;
}

}  // namespace akhbar::testing
