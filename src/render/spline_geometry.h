// The plane geometry of a laid-out map: node boxes, straight segments, and
// the cubic Bézier splines Graphviz writes in an edge's "pos" attribute.
#ifndef AKHBAR_RENDER_SPLINE_GEOMETRY_H_
#define AKHBAR_RENDER_SPLINE_GEOMETRY_H_

#include <optional>
#include <string_view>
#include <vector>

namespace akhbar {

struct Point {
  double x = 0;
  double y = 0;
};

struct Box {
  double left = 0;
  double bottom = 0;
  double right = 0;
  double top = 0;

  static Box Around(Point center, double half_width, double half_height);
  Box Grown(double margin) const;
};

// Whether the segment from `a` to `b` passes through the box (touching its
// outline counts).
bool SegmentCrossesBox(Point a, Point b, const Box& box);

// A whole number or decimal, as Graphviz writes coordinates and sizes.
std::optional<double> ParseNumber(std::string_view text);

// "x,y", as Graphviz writes a node position (a trailing '!' pins it).
std::optional<Point> ParsePoint(std::string_view text);

// An edge's "pos": splines separated by ';', each 1 + 3n control points
// separated by spaces; the arrow tips ("s,x,y", "e,x,y") are left out.
// Empty when the text is not of that form.
std::vector<std::vector<Point>> ParseSplines(std::string_view pos);

// A spline as a polyline of `steps` segments per Bézier piece.
std::vector<Point> Flatten(const std::vector<Point>& controls, int steps);

}  // namespace akhbar

#endif  // AKHBAR_RENDER_SPLINE_GEOMETRY_H_
