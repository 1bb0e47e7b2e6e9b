#include "render/spline_geometry.h"

#include <gtest/gtest.h>

namespace akhbar {
namespace {

TEST(SplineGeometryTest, SegmentsCrossBoxesTheyPassThrough) {
  const Box box = Box::Around({10, 10}, 2, 1);  // [8, 12] x [9, 11]
  EXPECT_TRUE(SegmentCrossesBox({0, 10}, {20, 10}, box));   // straight through
  EXPECT_TRUE(SegmentCrossesBox({0, 0}, {20, 20}, box));    // diagonally
  EXPECT_TRUE(SegmentCrossesBox({9, 10}, {11, 10}, box));   // wholly inside
  EXPECT_TRUE(SegmentCrossesBox({0, 11}, {20, 11}, box));   // along the top edge
  EXPECT_FALSE(SegmentCrossesBox({0, 12}, {20, 12}, box));  // above
  EXPECT_FALSE(SegmentCrossesBox({0, 10}, {7, 10}, box));   // stops short
  EXPECT_FALSE(SegmentCrossesBox({0, 2}, {14, 20}, box));   // passes the corner
  EXPECT_FALSE(SegmentCrossesBox({13, 0}, {13, 20}, box));  // vertical, beside
}

TEST(SplineGeometryTest, GrownBoxesKeepTheirCenter) {
  const Box box = Box::Around({10, 10}, 2, 1).Grown(3);
  EXPECT_DOUBLE_EQ(box.left, 5);
  EXPECT_DOUBLE_EQ(box.bottom, 6);
  EXPECT_DOUBLE_EQ(box.right, 15);
  EXPECT_DOUBLE_EQ(box.top, 14);
}

TEST(SplineGeometryTest, ParsesGraphvizPositions) {
  const std::optional<Point> pinned = ParsePoint("12.5,-3!");
  ASSERT_TRUE(pinned);
  EXPECT_DOUBLE_EQ(pinned->x, 12.5);
  EXPECT_DOUBLE_EQ(pinned->y, -3);
  EXPECT_FALSE(ParsePoint("12.5"));
  EXPECT_FALSE(ParsePoint("a,b"));

  const auto splines = ParseSplines("e,9,9 0,0 1,1 2,2 3,3 4,4 5,5 6,6;7,7 8,8 9,9 10,10");
  ASSERT_EQ(splines.size(), 2u);
  EXPECT_EQ(splines[0].size(), 7u);  // the arrow tip is not a control point
  EXPECT_DOUBLE_EQ(splines[1][3].x, 10);
  EXPECT_TRUE(ParseSplines("0,0 1,1 2,2").empty());  // not 1 + 3n points
  EXPECT_TRUE(ParseSplines("0,0 1,1 2,2 x").empty());
}

TEST(SplineGeometryTest, FlatteningFollowsTheCurveFromEndToEnd) {
  // One piece whose control points lie on a line: the curve is that segment.
  const std::vector<Point> controls = {{0, 0}, {1, 0}, {2, 0}, {3, 0}};
  const std::vector<Point> polyline = Flatten(controls, 4);
  ASSERT_EQ(polyline.size(), 5u);
  EXPECT_DOUBLE_EQ(polyline.front().x, 0);
  EXPECT_DOUBLE_EQ(polyline[2].x, 1.5);
  EXPECT_DOUBLE_EQ(polyline.back().x, 3);
  // An arch stays between its ends and bulges towards its control points.
  const std::vector<Point> arch = Flatten({{0, 0}, {0, 4}, {4, 4}, {4, 0}}, 2);
  ASSERT_EQ(arch.size(), 3u);
  EXPECT_DOUBLE_EQ(arch[1].x, 2);
  EXPECT_DOUBLE_EQ(arch[1].y, 3);
}

}  // namespace
}  // namespace akhbar
