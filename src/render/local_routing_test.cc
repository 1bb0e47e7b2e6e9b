#include "render/local_routing.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "render/graph_lookup.h"
#include "render/map_selection.h"
#include "render/relationship_map.h"
#include "render/spline_geometry.h"
#include "tests/render_fixture.h"
#include "tests/xml_test_support.h"

namespace akhbar {
namespace {

using testing::XmlDocument;

// The points of an SVG path as Graphviz writes edges: "Mx,yCx,y x,y x,y ...".
std::vector<Point> PathPoints(std::string d) {
  std::replace(d.begin(), d.end(), 'M', ' ');
  std::replace(d.begin(), d.end(), 'C', ' ');
  std::vector<Point> points;
  size_t pos = 0;
  while ((pos = d.find_first_not_of(' ', pos)) != std::string::npos) {
    const size_t end = d.find(' ', pos);
    const std::optional<Point> point = ParsePoint(d.substr(pos, end - pos));
    EXPECT_TRUE(point) << d;
    if (point) points.push_back(*point);
    pos = end;
  }
  return points;
}

// Edge id -> its curve, flattened, from a rendered SVG.
std::map<std::string, std::vector<Point>> EdgeCurves(const std::string& svg) {
  std::string error;
  const auto xml = XmlDocument::Parse(svg, &error);
  EXPECT_NE(xml, nullptr) << error;
  std::map<std::string, std::vector<Point>> curves;
  if (xml == nullptr) return curves;
  for (xmlNodePtr edge : xml->Find("//svg:g[contains(@class, 'edge')]")) {
    const auto paths = xml->Find(".//svg:path", edge);
    if (paths.empty()) continue;
    curves[XmlDocument::Attribute(edge, "id")] =
        Flatten(PathPoints(XmlDocument::Attribute(paths[0], "d")), 16);
  }
  return curves;
}

Box PolygonBox(const std::string& points) {
  Box box{1e9, 1e9, -1e9, -1e9};
  size_t pos = 0;
  while (pos < points.size()) {
    const size_t end = std::min(points.find(' ', pos), points.size());
    const std::optional<Point> point = ParsePoint(points.substr(pos, end - pos));
    if (point) {
      box = Box{std::min(box.left, point->x), std::min(box.bottom, point->y),
                std::max(box.right, point->x), std::max(box.top, point->y)};
    }
    pos = end + 1;
  }
  return box;
}

class LocalRoutingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    StatusOr<GvContext> context = GvContext::Create("svg");
    ASSERT_TRUE(context.ok()) << context.status().message();
    context_ = *context;
  }
  GvContext context_;
};

TEST_F(LocalRoutingTest, AnEdgeGoesAroundTheNodeInItsWay) {
  GvGraph graph("row", GvGraph::Kind::kUndirected);
  graph.Set(graph.root(), "splines", "true");
  graph.Set(graph.root(), "esep", "+6");
  graph.SetDefault(AGNODE, "shape", "box");
  Agnode_t* nodes[3];
  for (int i = 0; i < 3; ++i) {
    nodes[i] = graph.Node(std::string(1, static_cast<char>('a' + i)));
    graph.Set(nodes[i], "id", std::string(1, static_cast<char>('a' + i)));
    graph.Set(nodes[i], "pos", std::to_string(2 * i) + ",0!");
  }
  graph.Set(graph.Edge(nodes[0], nodes[1]), "id", "near");
  graph.Set(graph.Edge(nodes[0], nodes[2]), "id", "far");
  StatusOr<std::string> svg = RenderWithLocalRouting(context_, graph, "neato", "svg");
  ASSERT_TRUE(svg.ok()) << svg.status().message();

  std::string error;
  const auto xml = XmlDocument::Parse(*svg, &error);
  ASSERT_NE(xml, nullptr) << error;
  const auto middle = xml->Find("//svg:g[@id='b']/svg:polygon");
  ASSERT_EQ(middle.size(), 1u);
  const Box in_the_way = PolygonBox(XmlDocument::Attribute(middle[0], "points"));
  const auto curves = EdgeCurves(*svg);
  ASSERT_EQ(curves.size(), 2u);
  const std::vector<Point>& far = curves.at("far");
  for (size_t i = 0; i + 1 < far.size(); ++i) {
    EXPECT_FALSE(SegmentCrossesBox(far[i], far[i + 1], in_the_way)) << i;
  }
  // Its neighbour is joined by a straight line, as Graphviz would draw it.
  const std::vector<Point>& near = curves.at("near");
  for (const Point& point : near) EXPECT_NEAR(point.y, near.front().y, 0.01);
}

TEST_F(LocalRoutingTest, DrawsTheSameEdgesAsGraphvizsRouter) {
  const EntityGraph sample = testing::SampleGraph();
  const GraphLookup lookup(sample);
  const MapSelection selection = SelectForMap(lookup, {40, 0, 10});
  GvGraph global = BuildRelationshipMap(lookup, selection, RenderOptions{}, "neato");
  GvGraph local = BuildRelationshipMap(lookup, selection, RenderOptions{}, "neato");
  StatusOr<std::string> by_graphviz = context_.Render(global, "neato", "svg");
  StatusOr<std::string> by_parts = RenderWithLocalRouting(context_, local, "neato", "svg");
  ASSERT_TRUE(by_graphviz.ok()) << by_graphviz.status().message();
  ASSERT_TRUE(by_parts.ok()) << by_parts.status().message();

  const auto expected = EdgeCurves(*by_graphviz);
  const auto actual = EdgeCurves(*by_parts);
  ASSERT_FALSE(expected.empty());
  ASSERT_EQ(actual.size(), expected.size());
  for (const auto& [id, curve] : expected) {
    ASSERT_TRUE(actual.contains(id)) << id;
    const std::vector<Point>& other = actual.at(id);
    ASSERT_EQ(other.size(), curve.size()) << id;
    for (size_t i = 0; i < curve.size(); ++i) {
      // Positions pass through Graphviz's attributes, rounded to 0.01 pt.
      EXPECT_LT(std::hypot(other[i].x - curve[i].x, other[i].y - curve[i].y), 1.0) << id;
    }
  }
}

}  // namespace
}  // namespace akhbar
