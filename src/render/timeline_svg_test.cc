#include "render/timeline_svg.h"

#include <gtest/gtest.h>

#include <map>

#include "tests/render_fixture.h"
#include "tests/xml_test_support.h"

namespace akhbar {
namespace {

using testing::XmlDocument;

class TimelineSvgTest : public ::testing::Test {
 protected:
  void SetUp() override {
    graph_ = testing::SampleGraph();
    StatusOr<FontChain> fonts = FontChain::ForFamily("Noto Sans Arabic");
    ASSERT_TRUE(fonts.ok()) << fonts.status().message();
    fonts_ = std::make_unique<FontChain>(std::move(*fonts));
    const TextMeasurer measure(*fonts_);
    const GraphLookup lookup(graph_);
    svg_text_ = DrawTimelineSvg(lookup, BuildTimeline(lookup, 8), RenderOptions{}, measure);
    std::string error;
    svg_ = XmlDocument::Parse(svg_text_, &error);
    ASSERT_NE(svg_, nullptr) << error;
  }

  // The x of each mark of `event`, by lane id.
  std::map<std::string, double> MarkX(const std::string& event) {
    std::map<std::string, double> xs;
    for (xmlNodePtr group : svg_->Find("//svg:g[@data-event='" + event + "']")) {
      const std::string id = XmlDocument::Attribute(group, "id");
      const std::string lane = id.substr(id.find("--") + 2);
      const auto circles = svg_->Find("svg:circle", group);
      if (!circles.empty()) {
        xs[lane] = std::stod(XmlDocument::Attribute(circles[0], "cx"));
      } else {
        const auto rects = svg_->Find("svg:rect", group);
        if (!rects.empty()) xs[lane] = std::stod(XmlDocument::Attribute(rects[0], "x"));
      }
    }
    return xs;
  }

  // The vertical extent of a lane's band.
  std::pair<double, double> LaneBand(const std::string& lane) {
    const auto rects = svg_->Find("//svg:g[@id='" + lane + "']/svg:rect");
    EXPECT_FALSE(rects.empty()) << lane;
    if (rects.empty()) return {0, 0};
    const double y = std::stod(XmlDocument::Attribute(rects[0], "y"));
    return {y, y + std::stod(XmlDocument::Attribute(rects[0], "height"))};
  }

  EntityGraph graph_;
  std::unique_ptr<FontChain> fonts_;
  std::string svg_text_;
  std::unique_ptr<XmlDocument> svg_;
};

TEST_F(TimelineSvgTest, EarlierDaysAreFurtherLeft) {
  const auto fifth = MarkX("ev-protest-almaty");
  const auto sixth = MarkX("ev-csto-request");
  const auto tenth = MarkX("ev-coup");
  ASSERT_FALSE(fifth.empty());
  ASSERT_FALSE(sixth.empty());
  ASSERT_FALSE(tenth.empty());
  EXPECT_LT(fifth.begin()->second + 40, sixth.begin()->second);  // legibly apart
  EXPECT_LT(sixth.begin()->second, tenth.begin()->second);
  EXPECT_LT(MarkX("ev-rule").begin()->second, fifth.begin()->second);
}

TEST_F(TimelineSvgTest, EachEventSitsInItsParticipantsLanes) {
  const std::map<std::string, std::vector<std::string>> expected = {
      {"ev-csto-request", {"lane-csto", "lane-tokayev"}},
      {"ev-troops", {"lane-csto", "lane-kazakhstan", "lane-russia"}},
      {"ev-protest-almaty", {"lane-almaty", "lane-kazakhstan"}},
  };
  for (const auto& [event, lanes] : expected) {
    std::vector<std::string> found;
    for (xmlNodePtr group : svg_->Find("//svg:g[@data-event='" + event + "']")) {
      const std::string id = XmlDocument::Attribute(group, "id");
      const std::string lane = id.substr(id.find("--") + 2);
      found.push_back(lane);
      const double y = std::stod(XmlDocument::Attribute(svg_->Find("svg:circle", group)[0], "cy"));
      const auto [top, bottom] = LaneBand(lane);
      EXPECT_GT(y, top) << event << " in " << lane;
      EXPECT_LT(y, bottom) << event << " in " << lane;
    }
    std::sort(found.begin(), found.end());
    EXPECT_EQ(found, lanes) << event;
  }
}

TEST_F(TimelineSvgTest, TooltipsCarryEvidenceDateAndSources) {
  const auto groups = svg_->Find("//svg:g[@data-event='ev-troops']");
  ASSERT_FALSE(groups.empty());
  const std::string title = XmlDocument::Text(svg_->Find("svg:title", groups[0])[0]);
  EXPECT_NE(title.find("وصلت قوات روسية ضمن بعثة المنظمة."), std::string::npos) << title;
  EXPECT_NE(title.find("date: 2022-01-06"), std::string::npos);
  EXPECT_NE(title.find("the article's publication date"), std::string::npos);
  EXPECT_NE(title.find("002_c81270ce0b9162ad, sentence 4"), std::string::npos);
  EXPECT_NE(title.find("004_4b41cdd2c373f765, sentence 8"), std::string::npos);
}

TEST_F(TimelineSvgTest, IntervalsAreBarsAndVagueDatesDashed) {
  const auto rule = svg_->Find("//svg:g[@data-event='ev-rule']");
  ASSERT_EQ(rule.size(), 2u);  // Nazarbayev and Kazakhstan
  EXPECT_NE(XmlDocument::Attribute(rule[0], "class").find("interval"), std::string::npos);
  const auto bar = svg_->Find("svg:rect", rule[0]);
  ASSERT_EQ(bar.size(), 1u);
  EXPECT_GT(std::stod(XmlDocument::Attribute(bar[0], "width")), 100);
  const auto appeal = svg_->Find("//svg:g[@data-event='ev-appeal']");
  ASSERT_EQ(appeal.size(), 1u);
  EXPECT_NE(XmlDocument::Attribute(appeal[0], "class").find("vague"), std::string::npos);
  EXPECT_FALSE(
      XmlDocument::Attribute(svg_->Find("svg:rect", appeal[0])[0], "stroke-dasharray").empty());
}

TEST_F(TimelineSvgTest, ArabicTextIsIsolatedAndInTheArabicFont) {
  EXPECT_NE(
      XmlDocument::Attribute(svg_->Find("/svg:svg")[0], "font-family").find("Noto Sans Arabic"),
      std::string::npos);
  bool found_lane_label = false;
  for (xmlNodePtr text : svg_->Find("//svg:g[@id='lane-csto']/svg:text")) {
    found_lane_label =
        found_lane_label || XmlDocument::Text(text) == "\u2067منظمة معاهدة الأمن الجماعي…\u2069";
  }
  EXPECT_TRUE(found_lane_label) << svg_text_;
}

TEST_F(TimelineSvgTest, AxisIsBrokenAroundTheOutliers) {
  EXPECT_EQ(svg_->Find("//svg:g[@class='axis-breaks']/svg:rect").size(), 2u);
  EXPECT_NE(svg_text_.find(">5 Jan<"), std::string::npos);
  EXPECT_NE(svg_text_.find(">1989<"), std::string::npos);
  EXPECT_NE(svg_text_.find(">2019<"), std::string::npos);
}

TEST_F(TimelineSvgTest, TheNotesCountTheUndatedEvents) {
  // The fixture has one undated event, and says so in the singular.
  EXPECT_NE(svg_text_.find("1 undated event is not shown."), std::string::npos);
}

}  // namespace
}  // namespace akhbar
