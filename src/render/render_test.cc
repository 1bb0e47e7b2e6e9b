// The pictures end to end, from the sample EntityGraph to files on disk.
#include "render/render.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <deque>
#include <memory>
#include <string>
#include <string_view>

#include "render/font_chain.h"
#include "render/graph_lookup.h"
#include "render/map_selection.h"
#include "tests/render_fixture.h"
#include "tests/test_support.h"
#include "tests/xml_test_support.h"

namespace akhbar {
namespace {

using testing::XmlDocument;

std::unique_ptr<XmlDocument> ParseFile(const std::filesystem::path& path) {
  std::string error;
  auto xml = XmlDocument::Parse(testing::ReadFileOrDie(path), &error);
  EXPECT_NE(xml, nullptr) << path << ": " << error;
  return xml;
}

double StrokeWidth(xmlNodePtr path) {
  const std::string width = XmlDocument::Attribute(path, "stroke-width");
  return width.empty() ? 1.0 : std::stod(width);  // Graphviz omits the default
}

bool Exists(const char* program) { return std::filesystem::exists(program); }

class RenderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    graph_ = testing::SampleGraph();
    dir_ = testing::MakeTempDir("render");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  EntityGraph graph_;
  std::filesystem::path dir_;
};

TEST_F(RenderTest, WritesAllPictures) {
  StatusOr<WrittenFiles> written = RenderAll(graph_, RenderOptions{}, dir_);
  ASSERT_TRUE(written.ok()) << written.status().message();
  std::vector<std::string> names;
  for (const auto& path : *written) names.push_back(path.filename().string());
  EXPECT_EQ(names,
            (std::vector<std::string>{"graph.dot", "graph.svg", "timeline.svg", "timeline.dot",
                                      "timeline.json", "timeline.vis.json"}));
  for (const auto& path : *written) EXPECT_GT(std::filesystem::file_size(path), 0u) << path;
}

TEST_F(RenderTest, TopEntitiesAppearWithArabicLabelAndEvidenceTooltip) {
  RenderOptions options;
  options.top = 5;
  ASSERT_TRUE(RenderGraph(graph_, options, dir_).ok());
  const auto svg = ParseFile(dir_ / "graph.svg");
  ASSERT_NE(svg, nullptr);
  const GraphLookup lookup(graph_);
  const MapSelection selection = SelectForMap(lookup, {options.top, 0, options.events});
  ASSERT_EQ(selection.entities.size(), 5u);
  for (const size_t index : selection.entities) {
    const EntityVertex& entity = graph_.entities[index];
    const auto nodes = svg->Find("//svg:g[@id='entity-" + entity.id + "']");
    ASSERT_EQ(nodes.size(), 1u) << entity.id;
    EXPECT_NE(XmlDocument::Attribute(nodes[0], "class").find("entity " + entity.type),
              std::string::npos);
    EXPECT_NE(XmlDocument::Text(nodes[0]).find("\u2067" + entity.label_ar + "\u2069"),
              std::string::npos)
        << entity.id;
    const auto anchors = svg->Find(".//svg:a", nodes[0]);
    ASSERT_FALSE(anchors.empty());
    const std::string tooltip = XmlDocument::Attribute(anchors[0], "xlink:title");
    EXPECT_NE(tooltip.find(entity.label_ar), std::string::npos) << tooltip;
    EXPECT_NE(tooltip.find("جملة تذكر"), std::string::npos) << tooltip;  // evidence
    EXPECT_NE(tooltip.find("000_3753c173918469ae, sentence"), std::string::npos) << tooltip;
  }
  // Entities beyond the top 5 are left out.
  EXPECT_TRUE(svg->Find("//svg:g[@id='entity-almaty']").empty());
}

TEST_F(RenderTest, EdgeWidthsGrowWithWeight) {
  ASSERT_TRUE(RenderGraph(graph_, RenderOptions{}, dir_).ok());
  const auto svg = ParseFile(dir_ / "graph.svg");
  ASSERT_NE(svg, nullptr);
  std::vector<std::pair<uint32_t, double>> widths;
  for (xmlNodePtr edge : svg->Find("//svg:g[contains(@class, 'co-mention')]")) {
    const std::string id = XmlDocument::Attribute(edge, "id");  // link-a--b
    const size_t dash = id.find("--");
    const uint32_t weight = testing::SampleWeight(id.substr(5, dash - 5), id.substr(dash + 2));
    ASSERT_GT(weight, 0u) << id;
    const auto paths = svg->Find(".//svg:path", edge);
    ASSERT_FALSE(paths.empty()) << id;
    widths.emplace_back(weight, StrokeWidth(paths[0]));
    // The count is the edge's label and in its tooltip.
    EXPECT_NE(XmlDocument::Text(edge).find(std::to_string(weight)), std::string::npos);
    const auto anchors = svg->Find(".//svg:a", edge);
    ASSERT_FALSE(anchors.empty());
    EXPECT_NE(XmlDocument::Attribute(anchors[0], "xlink:title")
                  .find(std::to_string(weight) + " shared sentence"),
              std::string::npos);
  }
  ASSERT_EQ(widths.size(), 8u);
  std::sort(widths.begin(), widths.end());
  for (size_t i = 1; i < widths.size(); ++i) {
    if (widths[i].first > widths[i - 1].first) {
      EXPECT_GT(widths[i].second, widths[i - 1].second) << widths[i].first;
    }
  }
}

TEST_F(RenderTest, GraphDotRendersWithGraphvizAsWritten) {
  ASSERT_TRUE(RenderGraph(graph_, RenderOptions{}, dir_).ok());
  if (!Exists("/usr/bin/neato")) GTEST_SKIP() << "no /usr/bin/neato";
  const std::string command = "/usr/bin/neato -Tsvg '" + (dir_ / "graph.dot").string() + "' -o '" +
                              (dir_ / "again.svg").string() + "' 2>/dev/null";
  ASSERT_EQ(std::system(command.c_str()), 0);
  EXPECT_NE(ParseFile(dir_ / "again.svg"), nullptr);
}

TEST_F(RenderTest, PngRenderingsHaveNoMissingGlyphs) {
  ASSERT_TRUE(RenderAll(graph_, RenderOptions{}, dir_).ok());
  StatusOr<FontChain> fonts = FontChain::ForFamily("Noto Sans Arabic");
  ASSERT_TRUE(fonts.ok()) << fonts.status().message();
  for (const char* name : {"graph.svg", "timeline.svg"}) {
    const auto svg = ParseFile(dir_ / name);
    ASSERT_NE(svg, nullptr);
    const auto texts = svg->Find("//svg:text");
    ASSERT_FALSE(texts.empty()) << name;
    for (xmlNodePtr text : texts) {
      const std::string content = XmlDocument::Text(text);
      EXPECT_TRUE(fonts->Uncovered(content).empty()) << name << ": " << content;
    }
    if (!Exists("/usr/bin/rsvg-convert")) continue;
    const auto png = dir_ / (std::string(name) + ".png");
    const std::string command = "/usr/bin/rsvg-convert '" + (dir_ / name).string() + "' -o '" +
                                png.string() + "' 2>/dev/null";
    ASSERT_EQ(std::system(command.c_str()), 0) << name;
    EXPECT_GT(std::filesystem::file_size(png), 1000u);
  }
}

TEST_F(RenderTest, ControlCharactersInTheTextLeaveEverySvgReadable) {
  // SaudiNewsNet's articles carry U+001A, which XML allows nowhere, not even
  // as a character reference.
  auto texts = std::make_shared<std::deque<std::string>>();
  graph_.texts.push_back(texts);
  const auto with_control = [&](std::string_view text) -> std::string_view {
    return texts->emplace_back("\x1a" + std::string(text));
  };
  for (auto [edge, end] = boost::edges(graph_.graph); edge != end; ++edge) {
    for (EvidenceRef& evidence : graph_.graph[*edge].evidence) {
      evidence.text = with_control(evidence.text);
    }
  }
  for (EventVertex& event : graph_.events) {
    event.evidence = with_control(event.evidence);
    for (EvidenceRef& source : event.sources) source.text = with_control(source.text);
  }
  ASSERT_TRUE(RenderAll(graph_, RenderOptions{}, dir_).ok());
  for (const char* name : {"graph.svg", "timeline.svg", "graph.dot"}) {
    EXPECT_EQ(testing::ReadFileOrDie(dir_ / name).find('\x1a'), std::string::npos) << name;
  }
  EXPECT_NE(ParseFile(dir_ / "graph.svg"), nullptr);
  EXPECT_NE(ParseFile(dir_ / "timeline.svg"), nullptr);
}

TEST_F(RenderTest, OutlinesTurnTextIntoGlyphs) {
  RenderOptions options;
  options.svg_text = SvgText::kOutlines;
  ASSERT_TRUE(RenderGraph(graph_, options, dir_).ok());
  const auto svg = ParseFile(dir_ / "graph.svg");
  ASSERT_NE(svg, nullptr);
  EXPECT_TRUE(svg->Find("//svg:text").empty());
  EXPECT_FALSE(svg->Find("//svg:symbol").empty());  // cairo's glyphs
}

TEST_F(RenderTest, AnEngineCanBeForcedAndMustExist) {
  RenderOptions options;
  options.engine = "dot";
  ASSERT_TRUE(RenderGraph(graph_, options, dir_).ok());
  EXPECT_NE(testing::ReadFileOrDie(dir_ / "graph.dot").find("rankdir=LR"), std::string::npos);
  options.engine = "no-such-engine";
  const StatusOr<WrittenFiles> bad = RenderGraph(graph_, options, dir_);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kUsage);
}

TEST_F(RenderTest, UnwritableDirectoryIsAnOutputError) {
  const StatusOr<WrittenFiles> result =
      RenderTimeline(graph_, RenderOptions{}, "/proc/akhbar-cannot-write-here");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), StatusCode::kOutputError);
}

TEST(RenderOptionsTest, ParsesCliSpellings) {
  EXPECT_EQ(*ParseLabelLanguage("ar"), LabelLanguage::kArabic);
  EXPECT_EQ(*ParseLabelLanguage("both"), LabelLanguage::kBoth);
  EXPECT_EQ(ParseLabelLanguage("fr").status().code(), StatusCode::kUsage);
  EXPECT_EQ(*ParseSvgText("outlines"), SvgText::kOutlines);
  EXPECT_EQ(ParseSvgText("png").status().code(), StatusCode::kUsage);
}

}  // namespace
}  // namespace akhbar
