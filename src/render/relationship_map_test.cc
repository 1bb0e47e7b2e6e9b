#include "render/relationship_map.h"

#include <gtest/gtest.h>

#include <regex>

#include "tests/render_fixture.h"

namespace akhbar {
namespace {

TEST(RelationshipMapTest, PenWidthGrowsWithWeight) {
  double previous = 0;
  for (uint32_t weight = 1; weight <= 50; ++weight) {
    const double width = PenWidth(weight, 50);
    EXPECT_GT(width, previous) << weight;
    previous = width;
  }
  EXPECT_DOUBLE_EQ(PenWidth(1, 50), 1.0);
  EXPECT_DOUBLE_EQ(PenWidth(50, 50), 7.0);
  EXPECT_DOUBLE_EQ(PenWidth(1, 1), 1.0);
}

TEST(RelationshipMapTest, EngineBySizeUnlessAsked) {
  EXPECT_EQ(ChooseEngine(40, ""), "neato");
  EXPECT_EQ(ChooseEngine(kLargeGraphNodes, ""), "neato");
  EXPECT_EQ(ChooseEngine(kLargeGraphNodes + 1, ""), "sfdp");
  EXPECT_EQ(ChooseEngine(3000, "dot"), "dot");
}

TEST(RelationshipMapTest, SafeIdsKeepOnlyPlainCharacters) {
  EXPECT_EQ(SafeId("soviet_union"), "soviet_union");
  EXPECT_EQ(SafeId("ev:12 a/b"), "ev_12_a_b");
}

class BuiltMapTest : public ::testing::Test {
 protected:
  BuiltMapTest()
      : graph_(testing::SampleGraph()),
        lookup_(graph_),
        selection_(SelectForMap(lookup_, {40, 0, 12})) {}

  std::string Dot(const RenderOptions& options) {
    GvGraph map = BuildRelationshipMap(lookup_, selection_, options, "neato");
    StatusOr<std::string> dot = map.ToDot();
    EXPECT_TRUE(dot.ok());
    return dot.ok() ? *dot : "";
  }

  EntityGraph graph_;
  GraphLookup lookup_;
  MapSelection selection_;
};

TEST_F(BuiltMapTest, ArabicFontOnGraphNodesAndEdges) {
  const std::string dot = Dot(RenderOptions{});
  for (const char* kind : {"graph", "node", "edge"}) {
    const std::regex defaults(std::string(kind) + " \\[[^\\]]*fontname=\"Noto Sans Arabic\"");
    EXPECT_TRUE(std::regex_search(dot, defaults)) << kind << "\n" << dot;
  }
}

TEST_F(BuiltMapTest, LabelsAreIsolatedArabicAboveEnglish) {
  const std::string dot = Dot(RenderOptions{});
  // The mixed label keeps its runs in order only inside an isolate.
  EXPECT_NE(dot.find("\u2067منظمة معاهدة الأمن الجماعي (CSTO)\u2069</FONT><BR/>"),
            std::string::npos);
  EXPECT_NE(dot.find(">Collective Security Treaty Organization</FONT>"), std::string::npos);

  RenderOptions arabic;
  arabic.label = LabelLanguage::kArabic;
  EXPECT_EQ(Dot(arabic).find(">Collective Security Treaty Organization</FONT>"), std::string::npos);
  RenderOptions english;
  english.label = LabelLanguage::kEnglish;
  const std::string english_dot = Dot(english);
  EXPECT_EQ(english_dot.find("منظمة معاهدة الأمن الجماعي (CSTO)\u2069</FONT>"), std::string::npos);
  EXPECT_NE(english_dot.find(">Collective Security Treaty Organization</FONT>"), std::string::npos);
}

TEST_F(BuiltMapTest, EveryNodeAndEdgeHasTooltipIdAndClass) {
  GvGraph map = BuildRelationshipMap(lookup_, selection_, RenderOptions{}, "neato");
  size_t nodes = 0;
  size_t edges = 0;
  for (Agnode_t* node = agfstnode(map.root()); node != nullptr;
       node = agnxtnode(map.root(), node)) {
    ++nodes;
    EXPECT_NE(std::string(agget(node, const_cast<char*>("tooltip"))), "") << agnameof(node);
    EXPECT_NE(std::string(agget(node, const_cast<char*>("id"))), "");
    EXPECT_NE(std::string(agget(node, const_cast<char*>("class"))), "");
    for (Agedge_t* edge = agfstout(map.root(), node); edge != nullptr;
         edge = agnxtout(map.root(), edge)) {
      ++edges;
      EXPECT_NE(std::string(agget(edge, const_cast<char*>("tooltip"))), "");
      EXPECT_NE(std::string(agget(edge, const_cast<char*>("id"))), "");
      EXPECT_NE(std::string(agget(edge, const_cast<char*>("class"))), "");
    }
  }
  EXPECT_EQ(nodes, selection_.entities.size() + selection_.events.size());
  EXPECT_EQ(edges, selection_.links.size() + selection_.participations.size());
}

}  // namespace
}  // namespace akhbar
