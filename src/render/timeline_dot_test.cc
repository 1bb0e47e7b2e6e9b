#include "render/timeline_dot.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "tests/render_fixture.h"
#include "tests/test_support.h"
#include "tests/xml_test_support.h"

namespace akhbar {
namespace {

using testing::XmlDocument;

std::string TimelineDot() {
  const EntityGraph graph = testing::SampleGraph();
  const GraphLookup lookup(graph);
  StatusOr<std::string> dot =
      BuildTimelineDot(lookup, BuildTimeline(lookup, 8), RenderOptions{}).ToDot();
  EXPECT_TRUE(dot.ok());
  return dot.ok() ? *dot : "";
}

TEST(TimelineDotTest, OneRankPerDateInTimeOrder) {
  const std::string dot = TimelineDot();
  // 1989..2019, the month of January 2022, then the 5th, 6th and 10th.
  const size_t rule = dot.find("label=\"1989..2019\"");
  const size_t month = dot.find("label=\"2022-01\"");
  const size_t fifth = dot.find("label=\"2022-01-05\"");
  const size_t sixth = dot.find("label=\"2022-01-06\"");
  const size_t tenth = dot.find("label=\"2022-01-10\"");
  ASSERT_NE(tenth, std::string::npos) << dot;
  EXPECT_LT(rule, month);
  EXPECT_LT(month, fifth);
  EXPECT_LT(fifth, sixth);
  EXPECT_LT(sixth, tenth);
  EXPECT_NE(dot.find("rank=same"), std::string::npos);
  EXPECT_NE(dot.find("fontname=\"Noto Sans Arabic\""), std::string::npos);
}

TEST(TimelineDotTest, RendersWithTheDotProgramUnedited) {
  if (!std::filesystem::exists("/usr/bin/dot")) GTEST_SKIP() << "no /usr/bin/dot";
  const auto dir = testing::MakeTempDir("timeline-dot");
  std::ofstream(dir / "timeline.dot") << TimelineDot();
  const std::string command = "/usr/bin/dot -Tsvg '" + (dir / "timeline.dot").string() + "' -o '" +
                              (dir / "timeline.svg").string() + "' 2>'" +
                              (dir / "errors").string() + "'";
  ASSERT_EQ(std::system(command.c_str()), 0) << testing::ReadFileOrDie(dir / "errors");
  EXPECT_EQ(testing::ReadFileOrDie(dir / "errors"), "");
  std::string error;
  const auto svg = XmlDocument::Parse(testing::ReadFileOrDie(dir / "timeline.svg"), &error);
  ASSERT_NE(svg, nullptr) << error;
  // Time runs down the page: each date below the one before.
  std::vector<double> ys;
  for (const char* id : {"date-0", "date-1", "date-2", "date-3", "date-4"}) {
    const auto texts = svg->Find("//svg:g[@id='" + std::string(id) + "']//svg:text");
    ASSERT_EQ(texts.size(), 1u) << id;
    ys.push_back(std::stod(XmlDocument::Attribute(texts[0], "y")));
  }
  for (size_t i = 1; i < ys.size(); ++i) EXPECT_GT(ys[i], ys[i - 1]);
  // The event with two participants is linked to both.
  EXPECT_EQ(svg->Find("//svg:g[@class='edge participation']/svg:title[contains(., "
                      "'event:ev-csto-request')]")
                .size(),
            2u);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace akhbar
