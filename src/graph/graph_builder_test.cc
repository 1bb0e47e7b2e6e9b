#include "graph/graph_builder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include <boost/range/iterator_range.hpp>

#include "extract/extractor.h"
#include "graph/deduplicated_corpus.h"
#include "graph/event_builder.h"
#include "graph/graph_assembly.h"
#include "tests/graph_samples.h"
#include "tests/test_support.h"

namespace akhbar {
namespace {

const EntityGraph& SamplesGraph() {
  static const EntityGraph graph =
      BuildGraph(testing::PartialOfAllSamples(), testing::RepoRules(), GraphOptions());
  return graph;
}

const EdgeData* CoMention(const EntityGraph& graph, const std::string& a, const std::string& b) {
  for (const auto edge : boost::make_iterator_range(boost::edges(graph.graph))) {
    const std::string& source = graph.entities[graph.graph[boost::source(edge, graph.graph)].index].id;
    const std::string& target = graph.entities[graph.graph[boost::target(edge, graph.graph)].index].id;
    if ((source == a && target == b) || (source == b && target == a)) return &graph.graph[edge];
  }
  return nullptr;
}

bool HasEvidence(const EdgeData& edge, std::string_view doc, std::string_view words) {
  for (const EvidenceRef& evidence : edge.evidence) {
    if (evidence.doc.starts_with(doc) && evidence.text.find(words) != std::string::npos) {
      return true;
    }
  }
  return false;
}

std::vector<const EventVertex*> EventsOfType(const EntityGraph& graph, const std::string& type) {
  std::vector<const EventVertex*> events;
  for (const EventVertex& event : graph.events) {
    if (event.type == type) events.push_back(&event);
  }
  return events;
}

std::set<std::string> SourceDocuments(const EventVertex& event) {
  std::set<std::string> documents;
  for (const EvidenceRef& source : event.sources) documents.insert(std::string(source.doc.substr(0, 3)));
  return documents;
}

TEST(GraphBuilderTest, TheSamplesKeyRelationsAreEdgesWithTheirEvidence) {
  const EntityGraph& graph = SamplesGraph();
  const EdgeData* csto = CoMention(graph, "tokayev", "csto");
  ASSERT_NE(csto, nullptr);
  EXPECT_TRUE(HasEvidence(*csto, "000", "طلب توكاييف مساعدة عسكرية من منظمة معاهدة الأمن الجماعي"));
  const EdgeData* putin = CoMention(graph, "ablyazov", "putin");
  ASSERT_NE(putin, nullptr);
  EXPECT_TRUE(HasEvidence(*putin, "000", "فلاديمير بوتين فرح بتقديم المساعدة"));
  const EdgeData* succession = CoMention(graph, "nazarbayev", "tokayev");
  ASSERT_NE(succession, nullptr);
  EXPECT_TRUE(HasEvidence(*succession, "000", "وسلم نزارباييف الرئاسة إلى توكاييف"));
  for (const EdgeData* edge : {csto, putin, succession}) {
    EXPECT_GE(edge->weight, 2u);
    EXPECT_TRUE(edge->first_date.has_value());
    for (const EvidenceRef& evidence : edge->evidence) {
      const std::string document = testing::ReadFileOrDie(
          testing::SamplesDir() / (std::string(evidence.doc) + ".txt"));
      EXPECT_EQ(document.substr(evidence.start, evidence.end - evidence.start), evidence.text);
    }
  }
}

TEST(GraphBuilderTest, DocumentsAreAllCountedAndTheFirstListed) {
  const EntityVertex* tokayev = nullptr;
  for (const EntityVertex& entity : SamplesGraph().entities) {
    if (entity.id == "tokayev") tokayev = &entity;
  }
  ASSERT_NE(tokayev, nullptr);
  EXPECT_EQ(tokayev->document_count, 5u);
  EXPECT_EQ(tokayev->documents.size(), 5u);

  GraphOptions options;
  options.max_documents = 2;
  const EntityGraph capped = BuildGraph(testing::PartialOfAllSamples(), testing::RepoRules(),
                                        options);
  for (const EntityVertex& entity : capped.entities) {
    if (entity.id != "tokayev") continue;
    EXPECT_EQ(entity.document_count, 5u);
    EXPECT_EQ(entity.documents,
              std::vector<std::string_view>(tokayev->documents.begin(),
                                            tokayev->documents.begin() + 2));
  }
  const EdgeData* full = CoMention(SamplesGraph(), "nazarbayev", "tokayev");
  ASSERT_NE(full, nullptr);
  const uint32_t full_count = full->document_count;
  EXPECT_EQ(full_count, full->documents.size());
  EXPECT_GT(full_count, 2u);
  const EdgeData* listed = CoMention(capped, "nazarbayev", "tokayev");
  ASSERT_NE(listed, nullptr);
  EXPECT_EQ(listed->document_count, full_count);
  EXPECT_EQ(listed->documents.size(), 2u);
}

TEST(GraphBuilderTest, TheAgencySentenceSharedByThreeOutletsCountsOnce) {
  const EntityGraph& graph = SamplesGraph();
  // France and the Soviet Union meet only in the AFP lead that 000, 001
  // and 004 all carry.
  const EdgeData* edge = CoMention(graph, "france", "soviet_union");
  ASSERT_NE(edge, nullptr);
  EXPECT_EQ(edge->weight, 1u);
  ASSERT_EQ(edge->documents.size(), 3u);
  EXPECT_TRUE(edge->documents[0].starts_with("000"));
  EXPECT_TRUE(edge->documents[1].starts_with("001"));
  EXPECT_TRUE(edge->documents[2].starts_with("004"));
  ASSERT_EQ(edge->evidence.size(), 1u);
  EXPECT_TRUE(edge->evidence[0].doc.starts_with("000"));
  EXPECT_GE(graph.stats.folded_sentences, 15u);
  EXPECT_EQ(graph.stats.documents, 5u);
}

TEST(GraphBuilderTest, TheCstoDeploymentIsOneEventWithAllItsSources) {
  const std::vector<const EventVertex*> deployments =
      EventsOfType(SamplesGraph(), "military_deployment");
  ASSERT_EQ(deployments.size(), 1u);
  const EventVertex& event = *deployments[0];
  EXPECT_EQ(event.date_value, "2022-01-06");
  EXPECT_EQ(event.cameo, "154");
  EXPECT_EQ(SourceDocuments(event), (std::set<std::string>{"000", "001", "002", "003", "004"}));
  bool csto = false;
  std::string russia;
  for (const EventParticipant& participant : event.participants) {
    csto = csto || participant.entity == "csto";
    if (participant.entity == "russia") russia = participant.role;
  }
  EXPECT_TRUE(csto);
  // Most of the reports that give Russia a side make it the one sending.
  EXPECT_EQ(russia, "actor");
}

TEST(GraphBuilderTest, TheGovernmentsResignationIsDatedByItsWeekday) {
  const EventVertex* resignation = nullptr;
  for (const EventVertex* event : EventsOfType(SamplesGraph(), "resignation")) {
    if (event->trigger == "استقالتها") {
      EXPECT_EQ(resignation, nullptr) << "reported twice";
      resignation = event;
    }
  }
  ASSERT_NE(resignation, nullptr);
  EXPECT_EQ(resignation->date_value, "2022-01-05");  // "الأربعاء" before 2022-01-08
  EXPECT_EQ(resignation->date_source, "sentence");
  EXPECT_EQ(resignation->date_text, "الأربعاء");
  ASSERT_EQ(resignation->sources.size(), 1u);
  EXPECT_TRUE(resignation->sources[0].doc.starts_with("004"));
}

TEST(GraphBuilderTest, TheShootingOrderIsOneEventFromTwoOutlets) {
  const std::vector<const EventVertex*> orders =
      EventsOfType(SamplesGraph(), "shooting_order");
  ASSERT_EQ(orders.size(), 1u);
  EXPECT_EQ(SourceDocuments(*orders[0]), (std::set<std::string>{"003", "004"}));
  EXPECT_EQ(orders[0]->date_value, "2022-01-07");  // "الجمعة" in 003
  bool tokayev_gave_it = false;
  for (const EventParticipant& participant : orders[0]->participants) {
    tokayev_gave_it = tokayev_gave_it ||
                      (participant.entity == "tokayev" && participant.role == "actor");
  }
  EXPECT_TRUE(tokayev_gave_it);
}

TEST(GraphBuilderTest, ParticipationEdgesJoinEntitiesToEvents) {
  const EntityGraph& graph = SamplesGraph();
  size_t participants = 0;
  for (const EventVertex& event : graph.events) participants += event.participants.size();
  EXPECT_EQ(graph.participations.size(), participants);
  for (const ParticipationRef& ref : graph.participations) {
    const EventParticipant& participant = graph.events[ref.event].participants[ref.participant];
    EXPECT_EQ(graph.entities[ref.entity].id, participant.entity);
    EXPECT_GE(participant.weight, 1u);
  }
  // By entity id, then event (whose ids are in order).
  EXPECT_TRUE(std::is_sorted(graph.participations.begin(), graph.participations.end(),
                             [&](const ParticipationRef& a, const ParticipationRef& b) {
                               return std::tie(graph.entities[a.entity].id, a.event) <
                                      std::tie(graph.entities[b.entity].id, b.event);
                             }));
}

// A one-document corpus made by hand, to see how events get their date.
Extraction Report(const std::string& text, std::optional<CivilDate> published) {
  Document document;
  document.id = "report";
  document.text = text;
  document.date = published;
  document.date_source = DateSource::kOption;
  return Extractor(testing::RepoRules()).Extract(document);
}

EntityGraph GraphOf(const Extraction& extraction) {
  PartialGraph partial;
  EXPECT_TRUE(partial.Add(extraction, testing::RepoFingerprinter()).ok());
  return BuildGraph(std::move(partial), testing::RepoRules(), GraphOptions());
}

// One report per document, published on `published`: reports of a type with
// same_event_within_days (military_deployment: 2) that name one actor and
// whose days meet are one event.
Extraction Dispatch(const std::string& id, const std::string& text, CivilDate published) {
  Extraction extraction = Report(text, published);
  extraction.doc = id;
  return extraction;
}

// The documents of each event of type `type`, in order.
std::vector<std::set<std::string>> EventSources(const std::vector<Extraction>& reports,
                                                const std::string& type) {
  PartialGraph partial;
  for (const Extraction& report : reports) {
    EXPECT_TRUE(partial.Add(report, testing::RepoFingerprinter()).ok());
  }
  const EntityGraph graph = BuildGraph(std::move(partial), testing::RepoRules(), GraphOptions());
  std::vector<std::set<std::string>> events;
  for (const EventVertex* event : EventsOfType(graph, type)) {
    std::set<std::string> documents;
    for (const EvidenceRef& source : event->sources) documents.insert(std::string(source.doc));
    events.push_back(std::move(documents));
  }
  std::sort(events.begin(), events.end());
  return events;
}

std::vector<std::set<std::string>> DeploymentSources(const std::vector<Extraction>& reports) {
  return EventSources(reports, "military_deployment");
}

TEST(GraphBuilderTest, ReportsWhoseDaysMeetThroughOthersAreOneEvent) {
  // b meets a and c, which do not meet each other; d is a week later; e
  // names no one of theirs.
  const std::vector<std::set<std::string>> events = DeploymentSources({
      Dispatch("a", "أرسلت روسيا قوات إلى ألماتي.", CivilDate{2022, 1, 10}),
      Dispatch("b", "وقالت وكالة الأنباء إن روسيا نشرت وحدات عسكرية لحماية المنشآت.",
               CivilDate{2022, 1, 12}),
      Dispatch("c", "وصلت طلائع قوات روسيا إلى المطار الرئيسي في العاصمة.",
               CivilDate{2022, 1, 14}),
      Dispatch("d", "أعلنت روسيا إرسال قوات جديدة بعد أسبوع من الهدوء.", CivilDate{2022, 1, 21}),
      Dispatch("e", "أرسلت الصين قوات إلى الحدود الشرقية.", CivilDate{2022, 1, 12}),
  });
  EXPECT_EQ(events, (std::vector<std::set<std::string>>{{"a", "b", "c"}, {"d"}, {"e"}}));
}

TEST(GraphBuilderTest, FlightsJoinThroughWhoFledNotThroughTheirCountry) {
  // events.yaml: flight is same_event_through [person]. Two reports of
  // Nazarbayev's flight are one; two flights that only happened in one
  // country are two.
  const std::vector<std::set<std::string>> events = EventSources(
      {
          Dispatch("a", "هرب نزارباييف من ألماتي إلى أبوظبي.", CivilDate{2022, 1, 6}),
          Dispatch("b", "وأكدت مصادر فرار نزارباييف من البلاد.", CivilDate{2022, 1, 6}),
          Dispatch("c", "هرب مئات السجناء من سجن في كازاخستان.", CivilDate{2022, 1, 6}),
          Dispatch("d", "وتحدثت التقارير عن هروب عشرات الجنود من كازاخستان.",
                   CivilDate{2022, 1, 7}),
      },
      "flight");
  EXPECT_EQ(events, (std::vector<std::set<std::string>>{{"a", "b"}, {"c"}, {"d"}}));
}

TEST(GraphBuilderTest, AReportOverAMonthDoesNotJoinReportsTwoWeeksApart) {
  // The month-long report meets both dispatches, but they are two weeks
  // apart: the month joins the first, and the second is an event of its own.
  const std::string text = "نشرت روسيا قوات في البلاد طوال يناير.";
  Extraction month = Dispatch("month", text, CivilDate{2022, 2, 1});
  DateExpression january;
  january.text = "يناير";
  january.sentence = 0;
  january.start = static_cast<uint32_t>(text.find(january.text));
  january.end = january.start + static_cast<uint32_t>(january.text.size());
  january.value = "2022-01";
  january.granularity = Granularity::kMonth;
  january.earliest = CivilDate{2022, 1, 1};
  january.latest = CivilDate{2022, 1, 31};
  month.dates = {january};
  const std::vector<std::set<std::string>> events = DeploymentSources({
      Dispatch("early", "أرسلت روسيا قوات إلى ألماتي.", CivilDate{2022, 1, 5}),
      std::move(month),
      Dispatch("late", "وصلت طلائع قوات روسيا إلى المطار الرئيسي في العاصمة.",
               CivilDate{2022, 1, 20}),
  });
  EXPECT_EQ(events, (std::vector<std::set<std::string>>{{"early", "month"}, {"late"}}));
}

TEST(GraphBuilderTest, DailyReportsDoNotChainIntoOneEventForWeeks) {
  // A different report a day for ten days, all naming Russia: each meets the
  // next, but an event's reports are at most two days apart
  // (same_event_within_days).
  const std::vector<std::string> texts = {
      "أرسلت روسيا قوات إلى ألماتي لحماية المطار.",
      "وقالت موسكو إن روسيا نشرت وحدات عسكرية قرب الحدود.",
      "وصلت طلائع قوات روسيا إلى العاصمة مساء أمس.",
      "أعلنت روسيا إرسال قوات إضافية بطائرات نقل.",
      "ذكرت مصادر أن روسيا سترسل قوات لتأمين المنشآت الحكومية.",
      "نشرت روسيا قوات في محيط المباني الرسمية.",
      "تواصل روسيا إرسال قوات وسط احتجاجات واسعة.",
      "قالت الخارجية إن روسيا أرسلت قوات بناء على طلب رسمي.",
      "أكد شهود وصول قوات روسيا إلى مدينة ثانية.",
      "نشرت روسيا وحدات جديدة رغم انتقادات غربية.",
  };
  std::vector<Extraction> reports;
  for (unsigned day = 1; day <= texts.size(); ++day) {
    reports.push_back(
        Dispatch("day" + std::to_string(day), texts[day - 1], CivilDate{2022, 1, day}));
  }
  // Each report covers the two days before it, so the first five meet the
  // first's days within the bound, and the sixth opens the next event.
  const std::vector<std::set<std::string>> events = DeploymentSources(reports);
  EXPECT_EQ(events.size(), 2u);
  size_t sources = 0;
  for (const std::set<std::string>& event : events) {
    sources += event.size();
    std::set<int> days;
    for (const std::string& doc : event) days.insert(std::stoi(doc.substr(3)));
    // Published at most four days apart: each covers the two days before it.
    EXPECT_LE(*days.rbegin() - *days.begin(), 4) << *days.begin();
  }
  EXPECT_EQ(sources, 10u);
}

TEST(GraphBuilderTest, AParticipantNamedInPassingDoesNotJoinTwoStories) {
  // Russia's deployment and China's, on the same day, each with one report
  // that also names Armenia: Armenia is named once in each story, and does
  // not make them one event.
  const CivilDate day{2022, 1, 12};
  const std::vector<std::set<std::string>> events = DeploymentSources({
      Dispatch("r1", "أرسلت روسيا قوات إلى كازاخستان.", day),
      Dispatch("r2", "وصلت طلائع قوات روسيا إلى المطار الرئيسي في العاصمة.", day),
      Dispatch("r3", "أعلنت روسيا وأرمينيا إرسال قوات إضافية بطائرات نقل.", day),
      Dispatch("c1", "أرسلت الصين قوات إلى الحدود الشرقية.", day),
      Dispatch("c2", "وقالت وكالة الأنباء إن الصين نشرت وحدات عسكرية قرب الحدود.", day),
      Dispatch("c3", "وصلت طلائع قوات الصين وأرمينيا إلى الحدود الشرقية.", day),
  });
  EXPECT_EQ(events,
            (std::vector<std::set<std::string>>{{"c1", "c2", "c3"}, {"r1", "r2", "r3"}}));
}

TEST(GraphBuilderTest, AParticipantNamedOnlyByAnAdjectiveDoesNotMakeOneEvent) {
  // "Russian forces" twice a day apart: Russia is an attribute of the forces
  // in both, as "the French coach" is of a man; only a name joins reports.
  const std::vector<std::set<std::string>> events = DeploymentSources({
      Dispatch("a", "نشرت القوات الروسية وحدات في الشمال.", CivilDate{2022, 1, 10}),
      Dispatch("b", "وصلت القوات الروسية إلى المطار الرئيسي.", CivilDate{2022, 1, 11}),
  });
  EXPECT_EQ(events, (std::vector<std::set<std::string>>{{"a"}, {"b"}}));
}

TEST(GraphBuilderTest, EventsAndParticipationsComeWholeAndInIdOrder) {
  const PartialGraph partial = testing::PartialOfAllSamples();
  const DeduplicatedCorpus corpus = Deduplicate(partial, DedupOptions());
  const RuleSet& rules = testing::RepoRules();
  EventSet set = CollectEvents(corpus, rules.events(), rules.entities(), 20);
  ASSERT_GT(set.events.size(), 50u);
  std::set<std::string> ids;
  for (const EventVertex& event : set.events) {
    EXPECT_FALSE(event.sources.empty()) << event.id;
    ids.insert(event.id);
  }
  EXPECT_EQ(ids.size(), set.events.size());
  EXPECT_TRUE(std::is_sorted(
      set.events.begin(), set.events.end(),
      [](const EventVertex& a, const EventVertex& b) { return a.id < b.id; }));
  for (const EventVertex& event : set.events) {
    for (const EventParticipant& participant : event.participants) {
      EXPECT_FALSE(participant.entity.empty()) << event.id;
      EXPECT_GT(participant.weight, 0u) << event.id;
      EXPECT_GT(participant.document_count, 0u) << event.id;
      EXPECT_FALSE(participant.documents.empty()) << event.id;
    }
  }
}

std::map<std::string, std::string> RolesIn(const EventVertex& event) {
  std::map<std::string, std::string> roles;
  for (const EventParticipant& participant : event.participants) {
    roles[std::string(participant.entity)] = std::string(participant.role);
  }
  return roles;
}

std::map<std::string, std::string> RolesOfTheOnlyEvent(const std::string& text) {
  const EntityGraph graph = GraphOf(Report(text, CivilDate{2022, 1, 8}));
  EXPECT_EQ(graph.events.size(), 1u);
  return graph.events.empty() ? std::map<std::string, std::string>() : RolesIn(graph.events[0]);
}

TEST(GraphBuilderTest, AnEntityOnBothSidesOfTheTriggerTakesPart) {
  const EntityGraph graph = GraphOf(Report(
      "شرطة ألماتي اعتقلت عشرات المحتجين أمام بلدية ألماتي ومكتب توكاييف.",
      CivilDate{2022, 1, 8}));
  ASSERT_EQ(graph.events.size(), 1u);
  std::map<std::string, std::string> roles;
  for (const EventParticipant& participant : graph.events[0].participants) {
    roles[std::string(participant.entity)] = std::string(participant.role);
    EXPECT_EQ(participant.weight, 1u) << participant.entity;
    EXPECT_EQ(participant.document_count, 1u) << participant.entity;
  }
  EXPECT_EQ(roles, (std::map<std::string, std::string>{{"almaty", "participant"},
                                                       {"tokayev", "target"}}));
}

TEST(GraphBuilderTest, ANounOfKillingHasOnlyTheActorTheSentenceStates) {
  // Who publishes the toll, and where the dead were, killed no one.
  EXPECT_EQ(RolesOfTheOnlyEvent("ونشرت روسيا حصيلة مقتل خمسة أشخاص في ألماتي."),
            (std::map<std::string, std::string>{{"almaty", "participant"},
                                                {"russia", "participant"}}));
  // An agent phrase after it, and a verb's subject, are stated.
  EXPECT_EQ(RolesOfTheOnlyEvent("وأفادت الشرطة بمقتل خمسة أشخاص على يد روسيا."),
            (std::map<std::string, std::string>{{"russia", "actor"}}));
  EXPECT_EQ(RolesOfTheOnlyEvent("وقتلت روسيا خمسة أشخاص."),
            (std::map<std::string, std::string>{{"russia", "actor"}}));
}

TEST(GraphBuilderTest, AnEntityTakesTheSideMostOfTheEventsReportsGiveIt) {
  // Russia sends troops in two reports and is sent along with in the third;
  // Kazakhstan receives them in one and speaks in another.
  const EntityGraph graph = GraphOf(Report(
      "وأرسلت روسيا قوات إلى كازاخستان. وقالت كازاخستان إن روسيا أرسلت قوات. "
      "وأرسلت بيلاروس قوات مع روسيا.",
      CivilDate{2022, 1, 8}));
  ASSERT_EQ(graph.events.size(), 1u);
  EXPECT_EQ(graph.events[0].sources.size(), 3u);
  EXPECT_EQ(RolesIn(graph.events[0]),
            (std::map<std::string, std::string>{
                {"belarus", "actor"}, {"kazakhstan", "participant"}, {"russia", "actor"}}));
}

TEST(GraphBuilderTest, AnAgentActsAndASourceSpeaks) {
  EXPECT_EQ(RolesOfTheOnlyEvent(
                "وتسببت العقوبات المفروضة من قبل أوروبا على روسيا في أزمة، بحسب فرنسا."),
            (std::map<std::string, std::string>{
                {"europe", "actor"}, {"france", "speaker"}, {"russia", "target"}}));
  // After an active verb the agent belongs to a noun between.
  EXPECT_EQ(RolesOfTheOnlyEvent("ودعت الصحف إلى رفض محاولات من جانب فرنسا."),
            (std::map<std::string, std::string>{{"france", "participant"}}));
}

TEST(GraphBuilderTest, WhoLiftsSanctionsActsAndWhomTheyAreLiftedFromIsTheTarget) {
  EXPECT_EQ(RolesOfTheOnlyEvent("ورفعت الولايات المتحدة العقوبات عن روسيا."),
            (std::map<std::string, std::string>{{"russia", "target"},
                                                {"united_states", "actor"}}));
}

TEST(GraphBuilderTest, WhoReportsANounSpeaks) {
  EXPECT_EQ(RolesOfTheOnlyEvent("وأفاد المرصد السوري لحقوق الإنسان بمقتل 12 شخصا في سوريا."),
            (std::map<std::string, std::string>{
                {"syria", "participant"}, {"syrian_observatory_for_human_rights", "speaker"}}));
}

TEST(GraphBuilderTest, WhoseTheTriggersNounIsActs) {
  EXPECT_EQ(RolesOfTheOnlyEvent("وتسببت العقوبات الأمريكية على روسيا في أزمة."),
            (std::map<std::string, std::string>{{"russia", "target"},
                                                {"united_states", "actor"}}));
  EXPECT_EQ(RolesOfTheOnlyEvent("وشددت العقوبات الأوروبية والأمريكية على روسيا."),
            (std::map<std::string, std::string>{
                {"europe", "actor"}, {"russia", "target"}, {"united_states", "actor"}}));
  // The victim, not the killer.
  EXPECT_EQ(RolesOfTheOnlyEvent("وأكدت الشرطة مقتل جندي أمريكي."),
            (std::map<std::string, std::string>{{"united_states", "participant"}}));
}

TEST(GraphBuilderTest, ANameTakesTheSideOfTheNearerTrigger) {
  // Russia accuses and Ablyazov is accused; neither is sanctioned.
  const EntityGraph graph = GraphOf(
      Report("وفرضت عقوبات على رجلين اتهمتهما روسيا بتمويل أبليازوف.", CivilDate{2022, 1, 8}));
  const std::vector<const EventVertex*> sanctions = EventsOfType(graph, "sanctions");
  ASSERT_EQ(sanctions.size(), 1u);
  EXPECT_EQ(RolesIn(*sanctions[0]), (std::map<std::string, std::string>{
                                        {"ablyazov", "participant"}, {"russia", "participant"}}));
  const std::vector<const EventVertex*> accusations = EventsOfType(graph, "accusation");
  ASSERT_EQ(accusations.size(), 1u);
  EXPECT_EQ(RolesIn(*accusations[0]),
            (std::map<std::string, std::string>{{"ablyazov", "target"}, {"russia", "actor"}}));
}

TEST(GraphBuilderTest, AFlightHasWhoFledAndNoTarget) {
  // events.yaml flight: sides [actor]; where to takes part, and who fled is
  // also the genitive of its noun.
  EXPECT_EQ(RolesOfTheOnlyEvent("وهرب نزارباييف إلى أبو ظبي."),
            (std::map<std::string, std::string>{{"abu_dhabi", "participant"},
                                                {"nazarbayev", "actor"}}));
  EXPECT_EQ(RolesOfTheOnlyEvent("وتحدثت الصحف عن فرار نزارباييف."),
            (std::map<std::string, std::string>{{"nazarbayev", "actor"}}));
}

TEST(GraphBuilderTest, WhoseStatementTheNounIsMadeIt) {
  // events.yaml owner_adjectives' genitive_types: the name after a
  // statement's noun made it; after an arrest's, it is arrested. Whom it
  // angered is no target: a statement's is what it is against or about.
  EXPECT_EQ(RolesOfTheOnlyEvent("وأثارت تصريحات توكاييف غضب روسيا."),
            (std::map<std::string, std::string>{{"russia", "participant"},
                                                {"tokayev", "actor"}}));
  EXPECT_EQ(RolesOfTheOnlyEvent("وجاء في بيان للاتحاد الأوروبي أن القوات وصلت."),
            (std::map<std::string, std::string>{{"european_union", "actor"}}));
  EXPECT_EQ(RolesOfTheOnlyEvent("وجاء اعتقال أبليازوف بعد أيام."),
            (std::map<std::string, std::string>{{"ablyazov", "target"}}));
  // actor_genitive_types: after an attack's noun an organization made it;
  // a country is where it befell.
  EXPECT_EQ(RolesOfTheOnlyEvent("وأدى هجوم منظمة معاهدة الأمن الجماعي إلى الفوضى."),
            (std::map<std::string, std::string>{{"csto", "actor"}}));
  EXPECT_EQ(RolesOfTheOnlyEvent("وأدت تفجيرات كازاخستان إلى الفوضى."),
            (std::map<std::string, std::string>{{"kazakhstan", "target"}}));
}

TEST(GraphBuilderTest, WhoJudgesOrWitnessesAnEventDoesNotDoIt) {
  // A verb of stance governs the noun: its subject condemns, asks or
  // witnesses.
  EXPECT_EQ(RolesOfTheOnlyEvent("أدانت فرنسا مقتل المتظاهرين."),
            (std::map<std::string, std::string>{{"france", "participant"}}));
  EXPECT_EQ(RolesOfTheOnlyEvent("وتشهد سوريا نزاعا داميا تسبب بمقتل 250 ألف شخص."),
            (std::map<std::string, std::string>{{"syria", "participant"}}));
  // Or is pleased or worried by it.
  EXPECT_EQ(RolesOfTheOnlyEvent("يسعد بوتين بالاضطرابات في أوروبا."),
            (std::map<std::string, std::string>{{"putin", "participant"},
                                                {"europe", "participant"}}));
  EXPECT_EQ(RolesOfTheOnlyEvent("وقلقت فرنسا من الاشتباكات."),
            (std::map<std::string, std::string>{{"france", "participant"}}));
  // Or speaks about it.
  EXPECT_EQ(
      RolesOfTheOnlyEvent("ذكر المرصد السوري لحقوق الإنسان في تقرير حول حصيلة قتلى الصراع."),
      (std::map<std::string, std::string>{
          {"syrian_observatory_for_human_rights", "participant"}}));
  // Or suffers it.
  EXPECT_EQ(RolesOfTheOnlyEvent("وترى موسكو التي تأثرت بقوة بالعقوبات في المصرف ملاذا."),
            (std::map<std::string, std::string>{{"moscow", "participant"}}));
  EXPECT_EQ(RolesOfTheOnlyEvent("وتعرضت ألماتي لهجوم واسع."),
            (std::map<std::string, std::string>{{"almaty", "participant"}}));
  // Or tries it.
  EXPECT_EQ(RolesOfTheOnlyEvent("وبدأت كازاخستان محاكمة المتهمين بتفجير المسجد."),
            (std::map<std::string, std::string>{{"kazakhstan", "participant"}}));
  // Or gives something in exchange for it.
  EXPECT_EQ(RolesOfTheOnlyEvent("ويحد الاتفاق من برنامج روسيا النووي مقابل رفع العقوبات."),
            (std::map<std::string, std::string>{{"russia", "participant"}}));
  // The subject before the verb too.
  EXPECT_EQ(RolesOfTheOnlyEvent("رئيس كازاخستان يعتبر الاضطرابات الأخيرة محاولة انقلاب."),
            (std::map<std::string, std::string>{{"kazakhstan", "participant"}}));
  // Verbs of stance for one type: who announces a killing does not kill,
  // who announces a state of emergency declares it.
  EXPECT_EQ(RolesOfTheOnlyEvent("أعلنت كازاخستان مقتل عشرات الأشخاص."),
            (std::map<std::string, std::string>{{"kazakhstan", "participant"}}));
  EXPECT_EQ(RolesOfTheOnlyEvent("واكتفت كازاخستان بإعلان مقتل عشرات الأشخاص."),
            (std::map<std::string, std::string>{{"kazakhstan", "participant"}}));
  EXPECT_EQ(RolesOfTheOnlyEvent("أعلن توكاييف حالة الطوارئ."),
            (std::map<std::string, std::string>{{"tokayev", "actor"}}));
  // A name between the verb's subject and the noun keeps its side.
  EXPECT_EQ(RolesOfTheOnlyEvent("أدانت فرنسا تدخل روسيا عسكريا في أوكرانيا."),
            (std::map<std::string, std::string>{
                {"france", "participant"}, {"russia", "actor"}, {"ukraine", "participant"}}));
}

TEST(GraphBuilderTest, ANounInAnAdjunctIsNotWhatTheNamesBeforeItDo) {
  EXPECT_EQ(RolesOfTheOnlyEvent("ولم يظهر نزارباييف علنا منذ بدء الاضطرابات."),
            (std::map<std::string, std::string>{{"nazarbayev", "participant"}}));
  EXPECT_EQ(RolesOfTheOnlyEvent("وانهار اقتصاد روسيا بسبب العقوبات."),
            (std::map<std::string, std::string>{{"russia", "participant"}}));
  // Nor does what stands against it: China and Tokayev do not protest.
  EXPECT_EQ(RolesOfTheOnlyEvent(
                "وانضمت الصين إلى الموقف الداعم للرئيس توكاييف في مواجهة الاحتجاجات."),
            (std::map<std::string, std::string>{{"china", "participant"},
                                                {"tokayev", "participant"}}));
  EXPECT_EQ(RolesOfTheOnlyEvent("وانضمت الصين إلى جهود التصدي للاحتجاجات."),
            (std::map<std::string, std::string>{{"china", "participant"}}));
  // The adjunct holds its first trigger: the leaving is Nazarbayev's.
  const EntityGraph graph =
      GraphOf(Report("ولم يظهر نزارباييف منذ بدء الاضطرابات وسط تكهنات تفيد بمغادرته البلاد.",
                     CivilDate{2022, 1, 8}));
  ASSERT_EQ(graph.events.size(), 2u);
  const auto flight = std::ranges::find(graph.events, "flight", &EventVertex::type);
  ASSERT_NE(flight, graph.events.end());
  EXPECT_EQ(RolesIn(*flight), (std::map<std::string, std::string>{{"nazarbayev", "actor"}}));
}

TEST(GraphBuilderTest, TheSubjectOfAClauseAfterTheTriggerIsNotItsTarget) {
  EXPECT_EQ(RolesOfTheOnlyEvent("وذكر البيان أن روسيا حريصة على إيجاد حل."),
            (std::map<std::string, std::string>{{"russia", "participant"}}));
  EXPECT_EQ(RolesOfTheOnlyEvent("وانتقد البيان روسيا."),
            (std::map<std::string, std::string>{{"russia", "target"}}));
}

TEST(GraphBuilderTest, TheNamesOfAnotherClauseAfterTheTriggerAreNotItsTargets) {
  EXPECT_EQ(
      RolesOfTheOnlyEvent("ووصلت القوات الروسية إلى كازاخستان بعدما طلب توكاييف مساعدة."),
      (std::map<std::string, std::string>{
          {"russia", "actor"}, {"kazakhstan", "target"}, {"tokayev", "participant"}}));
  EXPECT_EQ(RolesOfTheOnlyEvent("مول أبليازوف الاحتجاجات، مما أجبر نزارباييف على التأخير."),
            (std::map<std::string, std::string>{{"ablyazov", "actor"},
                                                {"nazarbayev", "participant"}}));
  EXPECT_EQ(RolesOfTheOnlyEvent("أرسلت روسيا قوات بناء على طلب توكاييف."),
            (std::map<std::string, std::string>{{"russia", "actor"}, {"tokayev", "participant"}}));
  // So are those of a clause a comma and و begin, but for a name glued to و.
  EXPECT_EQ(RolesOfTheOnlyEvent("فرضت الولايات المتحدة عقوبات على روسيا، ووعدت الصين بالرد."),
            (std::map<std::string, std::string>{
                {"united_states", "actor"}, {"russia", "target"}, {"china", "participant"}}));
  EXPECT_EQ(RolesOfTheOnlyEvent("فرضت الولايات المتحدة عقوبات على روسيا، والصين."),
            (std::map<std::string, std::string>{
                {"united_states", "actor"}, {"russia", "target"}, {"china", "target"}}));
  // An aside a pronoun opens is closed again before the target.
  EXPECT_EQ(RolesOfTheOnlyEvent("اعتقلت الشرطة، وهي قوة كبيرة، أبليازوف."),
            (std::map<std::string, std::string>{{"ablyazov", "target"}}));
  // Its date still dates the trigger.
  const EntityGraph dated =
      GraphOf(Report("جرى اعتقال أبليازوف عندما عاد إلى كازاخستان يوم الخميس.",
                     CivilDate{2022, 1, 8}));
  ASSERT_EQ(dated.events.size(), 1u);
  EXPECT_EQ(dated.events[0].date_value, "2022-01-06");
  EXPECT_EQ(RolesIn(dated.events[0]),
            (std::map<std::string, std::string>{{"ablyazov", "target"},
                                                {"kazakhstan", "participant"}}));
}

TEST(GraphBuilderTest, WhatHadHappenedBeforeTheNewsIsNotOfItsDay) {
  const EntityGraph background =
      GraphOf(Report("وكانت الشرطة قد اعتقلت أبليازوف.", CivilDate{2022, 1, 8}));
  ASSERT_EQ(background.events.size(), 1u);
  EXPECT_EQ(background.events[0].date_source, "none");
  // The subject stands before the verb: Ablyazov is arrested.
  EXPECT_EQ(RolesIn(background.events[0]),
            (std::map<std::string, std::string>{{"ablyazov", "target"}}));
  // Its sentence may still date it.
  const EntityGraph dated = GraphOf(
      Report("وكان ستة أشخاص قد قتلوا يوم الخميس في ألماتي.", CivilDate{2022, 1, 8}));
  ASSERT_EQ(dated.events.size(), 1u);
  EXPECT_EQ(dated.events[0].date_source, "sentence");
  EXPECT_EQ(dated.events[0].date_value, "2022-01-06");
}

TEST(GraphBuilderTest, TheNamesOfARelativeClauseClosedBeforeTheTriggerDoNotAct) {
  EXPECT_EQ(RolesOfTheOnlyEvent("المعارضة التي يقودها أبليازوف، نظمت احتجاجات."),
            (std::map<std::string, std::string>{{"ablyazov", "participant"}}));
  // Left open, the clause holds the trigger.
  EXPECT_EQ(RolesOfTheOnlyEvent("الحزب الذي يقوده أبليازوف نظم احتجاجات."),
            (std::map<std::string, std::string>{{"ablyazov", "actor"}}));
}

TEST(GraphBuilderTest, APlacesNameActsNotButIsWhatANounActsOn) {
  EXPECT_EQ(RolesOfTheOnlyEvent("وأصدر مدير منطقة الشرق الأوسط بيانا."),
            (std::map<std::string, std::string>{{"middle_east", "participant"}}));
  EXPECT_EQ(RolesOfTheOnlyEvent("وتواصل اقتحام مدينة ألماتي."),
            (std::map<std::string, std::string>{{"almaty", "target"}}));
}

TEST(GraphBuilderTest, WhoLeadsWhatANounReportsActsInIt) {
  EXPECT_EQ(RolesOfTheOnlyEvent("وأيدت بكين التدخل العسكري بقيادة روسيا في كازاخستان."),
            (std::map<std::string, std::string>{
                {"beijing", "participant"}, {"kazakhstan", "participant"}, {"russia", "actor"}}));
}

TEST(GraphBuilderTest, WhomSomeoneIsLoyalToTakesPartWithoutASide) {
  EXPECT_EQ(RolesOfTheOnlyEvent("واندلعت اشتباكات مع متمردين موالين لروسيا."),
            (std::map<std::string, std::string>{{"russia", "participant"}}));
}

TEST(GraphBuilderTest, AMediaOutletReportsAnEventAndTakesNoPartInIt) {
  const EntityGraph graph = GraphOf(
      Report("وقالت وكالة رويترز إن روسيا أرسلت قوات إلى ألماتي.", CivilDate{2022, 1, 8}));
  ASSERT_EQ(graph.events.size(), 1u);
  EXPECT_EQ(RolesIn(graph.events[0]),
            (std::map<std::string, std::string>{{"almaty", "target"}, {"russia", "actor"}}));
  // It is still named with the others: a node of its own type, and linked.
  const auto reuters = std::ranges::find(graph.entities, "reuters", &EntityVertex::id);
  ASSERT_NE(reuters, graph.entities.end());
  EXPECT_EQ(reuters->type, "media");
  EXPECT_NE(CoMention(graph, "reuters", "russia"), nullptr);
}

TEST(GraphBuilderTest, ReportsThatShareOnlyTheirSourceAreNotOneEvent) {
  const std::vector<std::set<std::string>> events = DeploymentSources({
      Dispatch("a", "وذكرت رويترز أن روسيا أرسلت قوات إلى الحدود.", CivilDate{2022, 1, 10}),
      Dispatch("b", "وذكرت رويترز أن الصين نشرت وحدات عسكرية قرب الحدود.",
               CivilDate{2022, 1, 11}),
  });
  EXPECT_EQ(events, (std::vector<std::set<std::string>>{{"a"}, {"b"}}));
}

TEST(GraphBuilderTest, WhoSpeaksOfAnEventIsItsSpeakerNotItsActor) {
  EXPECT_EQ(RolesOfTheOnlyEvent("قال أبليازوف إن نزارباييف وعائلته فروا إلى أبو ظبي."),
            (std::map<std::string, std::string>{
                {"ablyazov", "speaker"}, {"nazarbayev", "actor"}, {"abu_dhabi", "participant"}}));
  // Unless the speech is the speaker's own act.
  EXPECT_EQ(RolesOfTheOnlyEvent("وأعلنت روسيا أنها أرسلت قوات إلى ألماتي."),
            (std::map<std::string, std::string>{{"russia", "actor"}, {"almaty", "target"}}));
  EXPECT_EQ(RolesOfTheOnlyEvent("ورأى أبليازوف أن “النظام يقترب من نهايته”، وحض الغرب على التدخل."),
            (std::map<std::string, std::string>{{"ablyazov", "actor"}}));
}

TEST(GraphBuilderTest, TheCityWhereWhoSpeaksIsDoesNotSpeak) {
  EXPECT_EQ(RolesOfTheOnlyEvent(
                "وقال أبليازوف للصحافيين في باريس إن نزارباييف وعائلته فروا إلى أبو ظبي."),
            (std::map<std::string, std::string>{{"ablyazov", "speaker"},
                                                {"paris", "participant"},
                                                {"nazarbayev", "actor"},
                                                {"abu_dhabi", "participant"}}));
  // So does a country there (the Russian ambassador in Kazakhstan), and
  // one said otherwise speaks.
  EXPECT_EQ(RolesOfTheOnlyEvent(
                "وقال السفير الروسي في كازاخستان إن نزارباييف وعائلته فروا إلى أبو ظبي."),
            (std::map<std::string, std::string>{{"russia", "speaker"},
                                                {"kazakhstan", "participant"},
                                                {"nazarbayev", "actor"},
                                                {"abu_dhabi", "participant"}}));
}

TEST(GraphBuilderTest, WhoMadeWhatTheNounNamesInTheRelativeClauseAfterItIsItsActor) {
  EXPECT_EQ(RolesOfTheOnlyEvent("وقالت موسكو إن العقوبات التي فرضتها الولايات المتحدة على "
                                "روسيا تظهر أن واشنطن تريد التصعيد."),
            (std::map<std::string, std::string>{{"united_states", "actor"},
                                                {"russia", "target"},
                                                {"moscow", "speaker"},
                                                {"washington", "participant"}}));
}

TEST(GraphBuilderTest, AStatementsTargetIsWhatItIsAgainstOrAbout) {
  // Who made it acts, through a title; what it is against is its target.
  EXPECT_EQ(RolesOfTheOnlyEvent("وانتقدت الصين تصريحات الرئيس الروسي فلاديمير بوتين ضد أوكرانيا."),
            (std::map<std::string, std::string>{{"china", "participant"},
                                                {"russia", "participant"},
                                                {"putin", "actor"},
                                                {"ukraine", "target"}}));
  // Whom one spoke with is no target.
  EXPECT_EQ(RolesOfTheOnlyEvent("وقال توكاييف في مؤتمر صحفي مع الرئيس الروسي فلاديمير بوتين "
                                "إن البلاد آمنة."),
            (std::map<std::string, std::string>{
                {"tokayev", "actor"}, {"russia", "participant"}, {"putin", "participant"}}));
}

TEST(GraphBuilderTest, AVerbsSubjectAfterItIsItsActor) {
  EXPECT_EQ(RolesOfTheOnlyEvent("حثت فرنسا وألمانيا أوكرانيا على وقف العنف."),
            (std::map<std::string, std::string>{
                {"france", "actor"}, {"germany", "actor"}, {"ukraine", "target"}}));
  // The names before it then only take part.
  EXPECT_EQ(RolesOfTheOnlyEvent("وفيما انضمت الصين إلى الموقف الروسي، حثت ألمانيا على التهدئة."),
            (std::map<std::string, std::string>{
                {"china", "participant"}, {"russia", "participant"}, {"germany", "actor"}}));
  // A subject before the verb keeps its role, and the names after it are
  // objects.
  EXPECT_EQ(RolesOfTheOnlyEvent("روسيا اتهمت أوكرانيا بتأجيج التمرد."),
            (std::map<std::string, std::string>{{"russia", "actor"}, {"ukraine", "target"}}));
  // A noun has no subject after it: Ablyazov is whom the arrest is of.
  EXPECT_EQ(RolesOfTheOnlyEvent("واستمر اعتقال أبليازوف."),
            (std::map<std::string, std::string>{{"ablyazov", "target"}}));
}

TEST(GraphBuilderTest, ANameThatSaysWhereOrIsFarFromTheTriggerTakesPartWithoutASide) {
  EXPECT_EQ(RolesOfTheOnlyEvent("واقتحم المحتجون مقر الرئاسة في ألماتي."),
            (std::map<std::string, std::string>{{"almaty", "participant"}}));
  // Eight words away at most.
  EXPECT_EQ(RolesOfTheOnlyEvent("روسيا أرسلت قوات لحماية المنشآت الحكومية والمطارات والطرق "
                                "الرئيسية والجسور ومحطات الكهرباء التابعة لكازاخستان."),
            (std::map<std::string, std::string>{{"russia", "actor"}, {"kazakhstan", "participant"}}));
  // A side wins over none: Almaty is where the storming is, and then what
  // is stormed.
  EXPECT_EQ(RolesOfTheOnlyEvent("اقتحم المحتجون مبنى في ألماتي واقتحموا ألماتي."),
            (std::map<std::string, std::string>{{"almaty", "target"}}));
}

TEST(GraphBuilderTest, AGluedBaBeforeACityButNotBeforeACountrySaysWhere) {
  EXPECT_EQ(RolesOfTheOnlyEvent("واقتحم المحتجون مقر الرئاسة بألماتي."),
            (std::map<std::string, std::string>{{"almaty", "participant"}}));
  EXPECT_EQ(RolesOfTheOnlyEvent("روسيا أرسلت قوات بألماتي."),
            (std::map<std::string, std::string>{{"russia", "actor"}, {"almaty", "participant"}}));
  EXPECT_EQ(RolesOfTheOnlyEvent("روسيا أرسلت قوات بكازاخستان."),
            (std::map<std::string, std::string>{{"russia", "actor"}, {"kazakhstan", "target"}}));
}

TEST(GraphBuilderTest, ANameOfAnotherClauseTakesPartWithoutASide) {
  // Almaty is where Tokayev spoke, not who sent the troops.
  EXPECT_EQ(RolesOfTheOnlyEvent("وفي ألماتي، قال توكاييف إن روسيا أرسلت قوات إلى الحدود."),
            (std::map<std::string, std::string>{
                {"almaty", "participant"}, {"tokayev", "speaker"}, {"russia", "actor"}}));
  // Named in the clause as well, it keeps the clause's role.
  EXPECT_EQ(RolesOfTheOnlyEvent("وفي ألماتي، قال توكاييف إن روسيا أرسلت قوات إلى ألماتي."),
            (std::map<std::string, std::string>{
                {"almaty", "target"}, {"tokayev", "speaker"}, {"russia", "actor"}}));
}

TEST(GraphBuilderTest, TheSpeakerButNoNameOfAnotherClauseMakesReportsOneEvent) {
  EXPECT_EQ(DeploymentSources({
                Dispatch("a", "وفي ألماتي، قال مسؤول إن روسيا أرسلت قوات إلى الحدود.",
                         CivilDate{2022, 1, 10}),
                Dispatch("b", "وفي ألماتي، قال مسؤول إن الصين نشرت وحدات عسكرية قرب الحدود.",
                         CivilDate{2022, 1, 11}),
            }),
            (std::vector<std::set<std::string>>{{"a"}, {"b"}}));
  EXPECT_EQ(DeploymentSources({
                Dispatch("a", "وقال توكاييف إن قوات حفظ السلام وصلت.", CivilDate{2022, 1, 10}),
                Dispatch("b", "وأكد توكاييف أن قوات حفظ السلام انتشرت.", CivilDate{2022, 1, 11}),
            }),
            (std::vector<std::set<std::string>>{{"a", "b"}}));
}

TEST(GraphBuilderTest, AnEventTakesTheDateOfItsSentenceElseOfItsDocument) {
  Extraction extraction =
      Report("اعتقلت الشرطة عشرات المحتجين. واندلعت احتجاجات في ألماتي.", CivilDate{2022, 1, 8});
  // A date expression as the date finder reports it, in the first sentence.
  DateExpression date;
  date.text = "الأربعاء";
  date.start = 0;
  date.end = 1;
  date.sentence = 0;
  date.value = "2022-01-05";
  date.earliest = date.latest = CivilDate{2022, 1, 5};
  extraction.dates = {date};
  const EntityGraph graph = GraphOf(extraction);
  ASSERT_EQ(graph.events.size(), 2u);
  for (const EventVertex& event : graph.events) {
    if (event.type == "arrest") {
      EXPECT_EQ(event.date_value, "2022-01-05");
      EXPECT_EQ(event.date_source, "sentence");
    } else {
      EXPECT_EQ(event.type, "protest");
      EXPECT_EQ(event.date_value, "2022-01-08");
      EXPECT_EQ(event.date_source, "document");
      ASSERT_EQ(event.participants.size(), 1u);
      EXPECT_EQ(event.participants[0].entity, "almaty");
      EXPECT_EQ(event.participants[0].role, "participant");  // where the protests broke out
    }
  }
  // A since date is when a state began, not when what is reported happened.
  const EntityGraph since = GraphOf(
      Report("وأعلنت المنظمة في بيان التزامها بالحوار منذ 20 عاما.", CivilDate{2022, 1, 8}));
  ASSERT_EQ(since.events.size(), 1u);
  EXPECT_EQ(since.events[0].date_value, "2022-01-08");
  EXPECT_EQ(since.events[0].date_source, "document");
  // Published on Saturday 8 January, written on Friday the 7th as its
  // opening says: the event its sentence does not date happened then.
  const EntityGraph written = GraphOf(Report(
      "قال مسؤول اليوم (الجمعة) إن الشرطة هدأت المدينة. واندلعت احتجاجات.", CivilDate{2022, 1, 8}));
  ASSERT_EQ(written.events.size(), 1u);
  EXPECT_EQ(written.events[0].date_value, "2022-01-07");
  EXPECT_EQ(written.events[0].date_source, "document");
  // The Thursday is the quoted officers', not the statement's.
  const EntityGraph quoted = GraphOf(Report(
      "وأوضحت الجمارك في بيان أن «العناصر تنبهوا الخميس الماضي إلى محاولة تهريب».",
      CivilDate{2022, 1, 8}));
  ASSERT_EQ(quoted.events.size(), 1u);
  EXPECT_EQ(quoted.events[0].type, "statement");
  EXPECT_EQ(quoted.events[0].date_value, "2022-01-08");
  EXPECT_EQ(quoted.events[0].date_source, "document");
  const EntityGraph undated = GraphOf(Report("واندلعت احتجاجات.", std::nullopt));
  ASSERT_EQ(undated.events.size(), 1u);
  EXPECT_EQ(undated.events[0].date_source, "none");
  EXPECT_FALSE(undated.events[0].earliest.has_value());
}

TEST(GraphBuilderTest, ADateThatOpensTheSentenceDatesATriggerFarFromIt) {
  // The arrest is more than 15 words after the date: opening the sentence,
  // the date is the narrative's; in its middle, it is the bus's.
  const std::string narrative =
      " متجهة من تل أبيب إلى مدينة شفاعمرو العربية وأطلق النار على ركابها وأصاب آخرين، "
      "وتمكنت الحشود التي وصلت إلى المكان بعد دقائق من القبض عليه.";
  const EntityGraph opening = GraphOf(
      Report("وفي 4 أغسطس 2005، صعد رجل مسلح إلى حافلة ركاب" + narrative, CivilDate{2015, 8, 6}));
  const std::vector<const EventVertex*> opening_arrests = EventsOfType(opening, "arrest");
  ASSERT_EQ(opening_arrests.size(), 1u);
  EXPECT_EQ(opening_arrests[0]->date_value, "2005-08-04");
  EXPECT_EQ(opening_arrests[0]->date_source, "sentence");
  const EntityGraph inside = GraphOf(
      Report("صعد رجل مسلح إلى حافلة ركاب في 4 أغسطس 2005" + narrative, CivilDate{2015, 8, 6}));
  const std::vector<const EventVertex*> inside_arrests = EventsOfType(inside, "arrest");
  ASSERT_EQ(inside_arrests.size(), 1u);
  EXPECT_EQ(inside_arrests[0]->date_value, "2015-08-06");
  EXPECT_EQ(inside_arrests[0]->date_source, "document");
  // The shooting, within 15 words of the date, takes it either way.
  for (const EntityGraph* graph : {&opening, &inside}) {
    const std::vector<const EventVertex*> shootings = EventsOfType(*graph, "shooting");
    ASSERT_EQ(shootings.size(), 1u);
    EXPECT_EQ(shootings[0]->date_value, "2005-08-04");
  }
}

TEST(GraphBuilderTest, ADateOfWhatAClauseSaysOrOfTheNewsASourceGivesDatesNotTheTrigger) {
  // The twelfth of July is the summit's, not the statement's.
  const EntityGraph said = GraphOf(
      Report("ذكرت الناطقة في بيان رسمي أنه وفقا لقرار القمة في الثاني عشر من يوليو تقرر ذلك.",
             CivilDate{2022, 1, 8}));
  ASSERT_EQ(said.events.size(), 1u);
  EXPECT_EQ(said.events[0].type, "statement");
  EXPECT_EQ(said.events[0].date_value, "2022-01-08");
  EXPECT_EQ(said.events[0].date_source, "document");
  // Last year is when the price rose; the statement gives the news.
  const EntityGraph sourced = GraphOf(
      Report("وارتفع سعر الخبز خلال السنة الماضية، وفق البيان.", CivilDate{2022, 1, 8}));
  ASSERT_EQ(sourced.events.size(), 1u);
  EXPECT_EQ(sourced.events[0].date_value, "2022-01-08");
  EXPECT_EQ(sourced.events[0].date_source, "document");
  // A date after the source is the statement's own.
  const EntityGraph issued = GraphOf(
      Report("وارتفع سعر الخبز، وفق البيان الصادر أمس.", CivilDate{2022, 1, 8}));
  ASSERT_EQ(issued.events.size(), 1u);
  EXPECT_EQ(issued.events[0].date_value, "2022-01-07");
  EXPECT_EQ(issued.events[0].date_source, "sentence");
}

TEST(GraphBuilderTest, AnAsideAboutANameAfterTheTriggerNeitherDatesItNorActsInIt) {
  // 2014 is when Crimea was annexed, not when the sanctions were imposed;
  // Crimea is not what they are imposed on. Without the aside's words the
  // last week is within 15 words of the trigger.
  const EntityGraph graph = GraphOf(Report(
      "فرضت الولايات المتحدة عقوبات جديدة على روسيا، التي ضمت شبه جزيرة القرم الأوكرانية في "
      "عام 2014 بعد استفتاء لم تعترف به أي دولة غربية تقريبا، خلال الأسبوع الماضي.",
      CivilDate{2022, 1, 8}));
  const std::vector<const EventVertex*> sanctions = EventsOfType(graph, "sanctions");
  ASSERT_EQ(sanctions.size(), 1u);
  EXPECT_EQ(sanctions[0]->date_text, "الأسبوع الماضي");
  std::map<std::string, std::string> roles;
  for (const EventParticipant& participant : sanctions[0]->participants) {
    roles[std::string(participant.entity)] = participant.role;
  }
  EXPECT_EQ(roles["russia"], "target");
  EXPECT_EQ(roles["crimea"], "participant");
  // A bracket inside the date may end the aside: the date is still its.
  const EntityGraph stabbed = GraphOf(Report(
      "أعلنت الشرطة أمس أنها اعتقلت رجلا هدد السفير، الذي تعرض للطعن في مارس (آذار) الماضي.",
      CivilDate{2015, 7, 24}));
  const std::vector<const EventVertex*> arrests = EventsOfType(stabbed, "arrest");
  ASSERT_EQ(arrests.size(), 1u);
  EXPECT_EQ(arrests[0]->date_text, "أمس");
  // In the samples, Nazarbayev's resignation, garbled in 002, is of 2019
  // (not of "this week", the protests' in the aside), and apart from
  // Tokayev's dismissal of his government.
  const EventVertex* stepped_down = nullptr;
  for (const EventVertex* event : EventsOfType(SamplesGraph(), "resignation")) {
    if (event->trigger == "استقال") stepped_down = event;
  }
  ASSERT_NE(stepped_down, nullptr);
  EXPECT_EQ(stepped_down->date_value, "2019");
  ASSERT_EQ(stepped_down->sources.size(), 1u);
  EXPECT_TRUE(stepped_down->sources[0].doc.starts_with("002"));
}

TEST(GraphBuilderTest, ADateInTheTriggersClauseBeatsOneInTheWordsOfWhoSpeaks) {
  // Today is when the army speaks; the killing is of the eighth of July.
  const EntityGraph clause_dated = GraphOf(Report(
      "قال الجيش الأمريكي اليوم إنه تمكن من مقتل القيادي في ضربة جوية في 8 يوليو.",
      CivilDate{2015, 7, 21}));
  const std::vector<const EventVertex*> killings = EventsOfType(clause_dated, "killing");
  ASSERT_EQ(killings.size(), 1u);
  EXPECT_EQ(killings[0]->date_value, "2015-07-08");
  // Without a date of its own, the clause takes the speaking's.
  const EntityGraph frame_dated = GraphOf(Report(
      "قال الجيش الأمريكي أمس إنه تمكن من مقتل القيادي في ضربة جوية.", CivilDate{2015, 7, 21}));
  const std::vector<const EventVertex*> undated_killings = EventsOfType(frame_dated, "killing");
  ASSERT_EQ(undated_killings.size(), 1u);
  EXPECT_EQ(undated_killings[0]->date_value, "2015-07-20");
  EXPECT_EQ(undated_killings[0]->date_source, "sentence");
}

TEST(GraphBuilderTest, ADateOfWhatAnAppealAsksForDoesNotDateIt) {
  // Next Wednesday is the meeting's; the call is the document's.
  const EntityGraph meeting = GraphOf(Report(
      "ودعت مصر إلى عقد اجتماع للجنة المبادرة الأربعاء المقبل.", CivilDate{2015, 8, 2}));
  const std::vector<const EventVertex*> calls = EventsOfType(meeting, "appeal");
  ASSERT_EQ(calls.size(), 1u);
  EXPECT_EQ(calls[0]->date_source, "document");
  EXPECT_EQ(calls[0]->date_value, "2015-08-02");
  // A date before the link is the call's.
  const EntityGraph yesterday = GraphOf(Report(
      "ودعت مصر أمس إلى عقد اجتماع للجنة المبادرة الأربعاء المقبل.", CivilDate{2015, 8, 2}));
  const std::vector<const EventVertex*> made = EventsOfType(yesterday, "appeal");
  ASSERT_EQ(made.size(), 1u);
  EXPECT_EQ(made[0]->date_value, "2015-08-01");
  // The names of what is asked for take part; whom a title after the link
  // names is whom the call is to.
  EXPECT_EQ(RolesOfTheOnlyEvent("دعت فرنسا الولايات المتحدة إلى التعاون مع روسيا."),
            (std::map<std::string, std::string>{{"france", "actor"},
                                                {"united_states", "target"},
                                                {"russia", "participant"}}));
  EXPECT_EQ(RolesOfTheOnlyEvent("ووجه الرئيس دعوة إلى المبعوث الأممي لبحث الأزمة مع روسيا."),
            (std::map<std::string, std::string>{{"russia", "target"}}));
}

TEST(GraphBuilderTest, ASentenceCountsTheMentionsOfItsMostGenerousCopy) {
  // b is a's sentence extended by a clause that names Tokayev again: one
  // sentence, counted with b's two mentions; c is a sentence of its own.
  const std::vector<Extraction> reports = {
      Dispatch("a",
               "أعلن الرئيس توكاييف حالة الطوارئ في ألماتي بعد احتجاجات واسعة على "
               "أسعار الوقود في البلاد.",
               CivilDate{2022, 1, 5}),
      Dispatch("b",
               "أعلن الرئيس توكاييف حالة الطوارئ في ألماتي بعد احتجاجات واسعة على "
               "أسعار الوقود في البلاد، كما قال توكاييف.",
               CivilDate{2022, 1, 5}),
      Dispatch("c", "التقى توكاييف بوتين في موسكو.", CivilDate{2022, 1, 6}),
  };
  const auto tokayev_mentions = [](const Extraction& report) {
    return std::ranges::count(report.mentions, "tokayev", &Mention::entity);
  };
  ASSERT_EQ(tokayev_mentions(reports[0]), 1);
  ASSERT_EQ(tokayev_mentions(reports[1]), 2);
  ASSERT_EQ(tokayev_mentions(reports[2]), 1);
  PartialGraph partial;
  for (const Extraction& report : reports) {
    ASSERT_TRUE(partial.Add(report, testing::RepoFingerprinter()).ok());
  }
  const EntityGraph graph = BuildGraph(std::move(partial), testing::RepoRules(), GraphOptions());
  EXPECT_EQ(graph.stats.folded_sentences, 1u);
  const auto tokayev = std::ranges::find(graph.entities, "tokayev", &EntityVertex::id);
  ASSERT_NE(tokayev, graph.entities.end());
  EXPECT_EQ(tokayev->mentions, 3u);
  EXPECT_EQ(tokayev->document_count, 3u);
  const auto almaty = std::ranges::find(graph.entities, "almaty", &EntityVertex::id);
  ASSERT_NE(almaty, graph.entities.end());
  EXPECT_EQ(almaty->mentions, 1u);
  EXPECT_EQ(almaty->document_count, 2u);
}

}  // namespace
}  // namespace akhbar
