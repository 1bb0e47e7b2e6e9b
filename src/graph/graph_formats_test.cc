// The exchange formats parse back, with the graph's nodes and edges.
#include <gtest/gtest.h>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>

#include <nlohmann/json.hpp>
#include <filesystem>
#include <set>
#include <sstream>

#include "graph/events_json.h"
#include "graph/graph_assembly.h"
#include "graph/graph_builder.h"
#include "graph/graph_cyjs.h"
#include "graph/graph_gexf.h"
#include "graph/graph_graphml.h"
#include "graph/graph_json.h"
#include "graph/graph_outputs.h"
#include "tests/graph_samples.h"
#include "tests/test_support.h"

namespace akhbar {
namespace {

const EntityGraph& SamplesGraph() {
  static const EntityGraph graph =
      BuildGraph(testing::PartialOfAllSamples(), testing::RepoRules(), GraphOptions());
  return graph;
}

size_t NodeCount(const EntityGraph& graph) { return graph.entities.size() + graph.events.size(); }
// Co-mentions and participations.
size_t EdgeCount(const EntityGraph& graph) {
  return boost::num_edges(graph.graph) + graph.participations.size();
}

// Names that XML and JSON must escape, and a control character XML forbids.
EntityGraph AwkwardGraph() {
  EntityVertex a;
  a.id = "a&b";
  a.type = "other";
  a.label_en = "\"Quotes\" <and> 'apostrophes'";
  a.label_ar = "أ & ب";
  a.first_seen = a.last_seen = CivilDate{2022, 1, 6};
  EntityVertex b;
  b.id = "c<d";
  b.type = "other";
  b.label_en = "bell\x07";
  GraphEdge edge{"a&b", "c<d", {}};
  edge.data.weight = 1;
  edge.data.evidence.push_back(EvidenceRef{"doc", 0, 0, 5, "x < y & z", "", 0, 0});
  return AssembleGraph({a, b}, {}, {edge}, {});
}

TEST(GraphFormatsTest, NodeLinkJsonHasNetworkxShape) {
  const nlohmann::json json = nlohmann::json::parse(GraphToString(WriteNodeLinkJson, SamplesGraph()));
  EXPECT_EQ(json["directed"], false);
  EXPECT_EQ(json["multigraph"], false);
  EXPECT_EQ(json["graph"]["stats"]["documents"], 5);
  ASSERT_EQ(json["nodes"].size(), NodeCount(SamplesGraph()));
  std::set<std::string> ids;
  for (const auto& node : json["nodes"]) ids.insert(node["id"].get<std::string>());
  EXPECT_EQ(ids.size(), json["nodes"].size());
  EXPECT_EQ(json["links"].size(), EdgeCount(SamplesGraph()));
  for (const auto& link : json["links"]) {
    EXPECT_TRUE(ids.contains(link["source"].get<std::string>()));
    EXPECT_TRUE(ids.contains(link["target"].get<std::string>()));
  }
}

TEST(GraphFormatsTest, CytoscapeElementsReferToTheirNodes) {
  const nlohmann::json json = nlohmann::json::parse(GraphToString(WriteCytoscapeJson, SamplesGraph()));
  const auto& nodes = json["elements"]["nodes"];
  const auto& edges = json["elements"]["edges"];
  ASSERT_EQ(nodes.size(), NodeCount(SamplesGraph()));
  ASSERT_EQ(edges.size(), EdgeCount(SamplesGraph()));
  std::set<std::string> ids;
  for (const auto& node : nodes) ids.insert(node["data"]["id"].get<std::string>());
  for (const auto& edge : edges) {
    EXPECT_TRUE(ids.contains(edge["data"]["source"].get<std::string>()));
    EXPECT_TRUE(ids.contains(edge["data"]["target"].get<std::string>()));
    EXPECT_TRUE(ids.insert(edge["data"]["id"].get<std::string>()).second) << "ids are unique";
  }
}

TEST(GraphFormatsTest, GexfIsDynamicWithDatedNodesAndEdges) {
  std::istringstream in(GraphToString(WriteGexf, SamplesGraph()));
  boost::property_tree::ptree tree;
  ASSERT_NO_THROW(boost::property_tree::read_xml(in, tree));
  const auto& gexf = tree.get_child("gexf");
  EXPECT_EQ(gexf.get<std::string>("<xmlattr>.version"), "1.3");
  EXPECT_EQ(gexf.get<std::string>("<xmlattr>.xmlns"), "http://gexf.net/1.3");
  const auto& graph = gexf.get_child("graph");
  EXPECT_EQ(graph.get<std::string>("<xmlattr>.mode"), "dynamic");
  EXPECT_EQ(graph.get<std::string>("<xmlattr>.timeformat"), "date");
  size_t nodes = 0;
  size_t dated = 0;
  for (const auto& [name, node] : graph.get_child("nodes")) {
    if (name != "node") continue;
    ++nodes;
    const auto start = node.get_optional<std::string>("<xmlattr>.start");
    const auto end = node.get_optional<std::string>("<xmlattr>.end");
    EXPECT_EQ(start.has_value(), end.has_value());
    if (!start) continue;
    ++dated;
    EXPECT_TRUE(CivilDate::ParseIso(*start).has_value()) << *start;
    EXPECT_LE(*start, *end);
  }
  EXPECT_EQ(nodes, NodeCount(SamplesGraph()));
  EXPECT_GT(dated, nodes / 2);
  size_t edges = 0;
  for (const auto& [name, edge] : graph.get_child("edges")) edges += name == "edge";
  EXPECT_EQ(edges, EdgeCount(SamplesGraph()));
}

TEST(GraphFormatsTest, GraphmlReadsBackWithBoost) {
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS,
                                      boost::property<boost::vertex_name_t, std::string>>;
  Graph read;
  boost::dynamic_properties properties(boost::ignore_other_properties);
  properties.property("node_id", boost::get(boost::vertex_name, read));
  std::istringstream in(GraphToString(WriteGraphml, SamplesGraph()));
  ASSERT_NO_THROW(boost::read_graphml(in, read, properties));
  EXPECT_EQ(boost::num_vertices(read), NodeCount(SamplesGraph()));
  EXPECT_EQ(boost::num_edges(read), EdgeCount(SamplesGraph()));
  EXPECT_EQ(boost::get(boost::vertex_name, read, 0), SamplesGraph().entities[0].id);
}

TEST(GraphFormatsTest, SpecialCharactersSurviveEveryFormat) {
  const EntityGraph graph = AwkwardGraph();
  const nlohmann::json json = nlohmann::json::parse(GraphToString(WriteNodeLinkJson, graph));
  EXPECT_EQ(json["nodes"][0]["label_en"], "\"Quotes\" <and> 'apostrophes'");
  EXPECT_NO_THROW(nlohmann::json::parse(GraphToString(WriteCytoscapeJson, graph)));

  std::istringstream gexf(GraphToString(WriteGexf, graph));
  boost::property_tree::ptree tree;
  ASSERT_NO_THROW(boost::property_tree::read_xml(gexf, tree));
  const auto& first = tree.get_child("gexf.graph.nodes").front().second;
  EXPECT_EQ(first.get<std::string>("<xmlattr>.id"), "a&b");
  EXPECT_EQ(first.get<std::string>("<xmlattr>.label"), "\"Quotes\" <and> 'apostrophes'");

  std::istringstream graphml(GraphToString(WriteGraphml, graph));
  boost::property_tree::ptree graphml_tree;
  EXPECT_NO_THROW(boost::property_tree::read_xml(graphml, graphml_tree));
}

TEST(GraphFormatsTest, EventsAreInTimeOrderWithTheirSources) {
  const nlohmann::json json = nlohmann::json::parse(GraphToString(WriteEventsJson, SamplesGraph()));
  const auto& events = json["events"];
  ASSERT_EQ(events.size(), SamplesGraph().events.size());
  std::string previous;
  for (const auto& event : events) {
    ASSERT_FALSE(event["sources"].empty());
    for (const auto& source : event["sources"]) {
      EXPECT_TRUE(source.contains("doc"));
      EXPECT_TRUE(source.contains("sentence"));
      EXPECT_LT(source["start"].get<uint32_t>(), source["end"].get<uint32_t>());
      EXPECT_FALSE(source["trigger"]["text"].get<std::string>().empty());
    }
    if (event["earliest"].is_null()) continue;
    const std::string earliest = event["earliest"];
    EXPECT_LE(previous, earliest);
    previous = earliest;
  }
}

TEST(GraphFormatsTest, OnlyTheChosenFormatsAreWrittenEachAsItsWriterMakesIt) {
  const std::filesystem::path dir = testing::MakeTempDir("formats") / "out";
  const StatusOr<std::vector<std::filesystem::path>> written =
      WriteGraphOutputs(SamplesGraph(), dir, {"events", "json"});
  ASSERT_TRUE(written.ok()) << written.status().message();
  // In the formats' own order, whatever the order asked.
  EXPECT_EQ(*written, (std::vector<std::filesystem::path>{dir / "graph.json", dir / "events.json"}));
  EXPECT_EQ(testing::ReadFileOrDie(dir / "graph.json"),
            GraphToString(WriteNodeLinkJson, SamplesGraph()));
  EXPECT_EQ(testing::ReadFileOrDie(dir / "events.json"),
            GraphToString(WriteEventsJson, SamplesGraph()));
  for (const char* left_out : {"graph.cyjs", "graph.gexf", "graph.graphml"}) {
    EXPECT_FALSE(std::filesystem::exists(dir / left_out)) << left_out;
  }
}

TEST(GraphFormatsTest, EveryFormatIsWrittenWhenNoneIsNamed) {
  const std::filesystem::path dir = testing::MakeTempDir("all-formats");
  const StatusOr<std::vector<std::filesystem::path>> written = WriteGraphOutputs(SamplesGraph(), dir);
  ASSERT_TRUE(written.ok()) << written.status().message();
  ASSERT_EQ(written->size(), GraphFormats().size());
  for (size_t f = 0; f < GraphFormats().size(); ++f) {
    EXPECT_EQ((*written)[f], dir / GraphFormats()[f].file_name);
    EXPECT_EQ(testing::ReadFileOrDie((*written)[f]),
              GraphToString(GraphFormats()[f].write, SamplesGraph()));
  }
}

TEST(GraphFormatsTest, AnUnknownFormatIsAUsageErrorAndNothingIsWritten) {
  const std::filesystem::path dir = testing::MakeTempDir("unknown-format") / "out";
  const StatusOr<std::vector<std::filesystem::path>> written =
      WriteGraphOutputs(SamplesGraph(), dir, {"json", "svg"});
  ASSERT_FALSE(written.ok());
  EXPECT_EQ(written.status().code(), StatusCode::kUsage);
  EXPECT_NE(written.status().message().find("'svg'"), std::string::npos)
      << written.status().message();
  EXPECT_FALSE(std::filesystem::exists(dir));
}

}  // namespace
}  // namespace akhbar
