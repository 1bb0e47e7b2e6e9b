#include "render/spline_geometry.h"

#include <algorithm>
#include <charconv>

namespace akhbar {
namespace {

// Bernstein form of one cubic piece at t.
Point CubicAt(const Point* p, double t) {
  const double s = 1 - t;
  const double a = s * s * s, b = 3 * s * s * t, c = 3 * s * t * t, d = t * t * t;
  return Point{a * p[0].x + b * p[1].x + c * p[2].x + d * p[3].x,
               a * p[0].y + b * p[1].y + c * p[2].y + d * p[3].y};
}

}  // namespace

std::optional<double> ParseNumber(std::string_view text) {
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

Box Box::Around(Point center, double half_width, double half_height) {
  return Box{center.x - half_width, center.y - half_height, center.x + half_width,
             center.y + half_height};
}

Box Box::Grown(double margin) const {
  return Box{left - margin, bottom - margin, right + margin, top + margin};
}

bool SegmentCrossesBox(Point a, Point b, const Box& box) {
  // Liang–Barsky: clip the parameter range [0, 1] against each side.
  double enter = 0, leave = 1;
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double directions[4] = {-dx, dx, -dy, dy};
  const double distances[4] = {a.x - box.left, box.right - a.x, a.y - box.bottom, box.top - a.y};
  for (int side = 0; side < 4; ++side) {
    if (directions[side] == 0) {
      if (distances[side] < 0) return false;
      continue;
    }
    const double t = distances[side] / directions[side];
    if (directions[side] < 0) {
      enter = std::max(enter, t);
    } else {
      leave = std::min(leave, t);
    }
    if (enter > leave) return false;
  }
  return true;
}

std::optional<Point> ParsePoint(std::string_view text) {
  if (!text.empty() && text.back() == '!') text.remove_suffix(1);
  const size_t comma = text.find(',');
  if (comma == std::string_view::npos) return std::nullopt;
  const std::optional<double> x = ParseNumber(text.substr(0, comma));
  const std::optional<double> y = ParseNumber(text.substr(comma + 1));
  if (!x || !y) return std::nullopt;
  return Point{*x, *y};
}

std::vector<std::vector<Point>> ParseSplines(std::string_view pos) {
  std::vector<std::vector<Point>> splines;
  while (!pos.empty()) {
    const size_t semicolon = pos.find(';');
    std::string_view spline_text = pos.substr(0, semicolon);
    pos = semicolon == std::string_view::npos ? std::string_view() : pos.substr(semicolon + 1);
    std::vector<Point> controls;
    while (!spline_text.empty()) {
      const size_t space = spline_text.find(' ');
      const std::string_view item = spline_text.substr(0, space);
      spline_text = space == std::string_view::npos ? std::string_view()
                                                    : spline_text.substr(space + 1);
      if (item.empty() || item.starts_with("s,") || item.starts_with("e,")) continue;
      const std::optional<Point> point = ParsePoint(item);
      if (!point) return {};
      controls.push_back(*point);
    }
    if (controls.size() < 4 || (controls.size() - 1) % 3 != 0) return {};
    splines.push_back(std::move(controls));
  }
  return splines;
}

std::vector<Point> Flatten(const std::vector<Point>& controls, int steps) {
  std::vector<Point> points;
  if (controls.empty()) return points;
  points.push_back(controls.front());
  for (size_t piece = 0; piece + 3 < controls.size(); piece += 3) {
    for (int step = 1; step <= steps; ++step) {
      points.push_back(CubicAt(&controls[piece], static_cast<double>(step) / steps));
    }
  }
  return points;
}

}  // namespace akhbar
