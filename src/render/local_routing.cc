#include "render/local_routing.h"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <vector>

#include "render/spline_geometry.h"

namespace akhbar {
namespace {

constexpr double kPointsPerInch = 72;
// Bézier pieces are checked as this many straight steps each.
constexpr int kStepsPerPiece = 8;
// A route that still crosses a node after this many widenings of its local
// graph is kept as it is (each widening adds the nodes the route crossed).
constexpr int kMaxWidenings = 4;

struct PlacedNode {
  Agnode_t* node = nullptr;
  Point center;
  Box obstacle;  // the node's box grown by the edge margin
};

struct Route {
  std::string pos;
  std::string label_pos;
};

std::optional<double> AdditiveMargin(std::string_view esep) {
  if (!esep.starts_with('+')) return std::nullopt;
  return ParseNumber(esep.substr(1));
}

// Every node where the layout put it, from the attributes Layout wrote.
std::optional<std::vector<PlacedNode>> PlaceNodes(const GvGraph& graph, double margin) {
  std::vector<PlacedNode> placed;
  for (Agnode_t* node = agfstnode(graph.root()); node; node = agnxtnode(graph.root(), node)) {
    const std::optional<Point> center = ParsePoint(graph.Get(node, "pos"));
    const std::optional<double> width = ParseNumber(graph.Get(node, "width"));
    const std::optional<double> height = ParseNumber(graph.Get(node, "height"));
    if (!center || !width || !height) return std::nullopt;
    const Box box = Box::Around(*center, *width * kPointsPerInch / 2,
                                *height * kPointsPerInch / 2);
    placed.push_back(PlacedNode{node, *center, box.Grown(margin)});
  }
  return placed;
}

bool Contains(const std::vector<size_t>& indexes, size_t index) {
  return std::find(indexes.begin(), indexes.end(), index) != indexes.end();
}

// The nodes, other than those in `skip`, that the polyline passes through.
std::vector<size_t> NodesCrossed(const std::vector<Point>& polyline,
                                 const std::vector<PlacedNode>& nodes,
                                 const std::vector<size_t>& skip) {
  std::vector<size_t> crossed;
  for (size_t index = 0; index < nodes.size(); ++index) {
    if (Contains(skip, index)) continue;
    for (size_t i = 0; i + 1 < polyline.size(); ++i) {
      if (SegmentCrossesBox(polyline[i], polyline[i + 1], nodes[index].obstacle)) {
        crossed.push_back(index);
        break;
      }
    }
  }
  return crossed;
}

std::vector<Point> RoutePolyline(const std::string& pos) {
  std::vector<Point> polyline;
  for (const std::vector<Point>& spline : ParseSplines(pos)) {
    const std::vector<Point> flat = Flatten(spline, kStepsPerPiece);
    polyline.insert(polyline.end(), flat.begin(), flat.end());
  }
  return polyline;
}

// Routes `edge` with Graphviz's router in a graph of its two ends and
// `obstacles` (indexes into `nodes`), pinned in place; the shapes keep their
// laid-out size without their labels, which do not change the outline.
StatusOr<Route> RouteAmong(const GvContext& context, const GvGraph& map, Agedge_t* edge,
                           const std::vector<PlacedNode>& nodes,
                           const std::vector<size_t>& ends_and_obstacles) {
  GvGraph local("route", GvGraph::Kind::kUndirected);
  local.Set(local.root(), "splines", "true");
  local.Set(local.root(), "esep", map.Get(map.root(), "esep"));
  local.Set(local.root(), "notranslate", "true");  // keep the map's coordinates
  std::vector<Agnode_t*> copies;
  for (const size_t index : ends_and_obstacles) {
    Agnode_t* original = nodes[index].node;
    Agnode_t* copy = local.Node(agnameof(original));
    for (const char* name : {"shape", "style", "peripheries", "width", "height", "pos"}) {
      local.Set(copy, name, map.Get(original, name));
    }
    local.Set(copy, "fixedsize", "true");
    local.Set(copy, "label", "");
    copies.push_back(copy);
  }
  Agedge_t* copy = local.Edge(copies[0], copies[1]);
  for (const char* name : {"label", "fontname", "fontsize"}) {
    local.Set(copy, name, map.Get(edge, name));
  }
  if (Status laid_out = context.Layout(local, "nop2"); !laid_out.ok()) return laid_out;
  Route route{local.Get(copy, "pos"), local.Get(copy, "lp")};
  context.FreeLayout(local);
  return route;
}

// Routes an edge whose straight line crosses `crossed`, widening the local
// graph with whatever node the route itself runs into.
StatusOr<Route> RouteAround(const GvContext& context, const GvGraph& map, Agedge_t* edge,
                            const std::vector<PlacedNode>& nodes, size_t tail, size_t head,
                            std::vector<size_t> crossed) {
  std::vector<size_t> local = {tail, head};
  for (int widening = 0;; ++widening) {
    local.insert(local.end(), crossed.begin(), crossed.end());
    StatusOr<Route> route = RouteAmong(context, map, edge, nodes, local);
    if (!route.ok() || widening == kMaxWidenings) return route;
    crossed = NodesCrossed(RoutePolyline(route->pos), nodes, local);
    if (crossed.empty()) return route;
  }
}

}  // namespace

StatusOr<std::string> RenderWithLocalRouting(const GvContext& context, GvGraph& graph,
                                             std::string_view engine,
                                             std::string_view format) {
  Agraph_t* root = graph.root();
  const std::string splines = graph.Get(root, "splines");
  const std::optional<double> margin = AdditiveMargin(graph.Get(root, "esep"));
  if (splines != "true" || !margin) return context.Render(graph, engine, format);

  graph.Set(root, "splines", "line");
  if (Status laid_out = context.Layout(graph, engine); !laid_out.ok()) return laid_out;
  const std::optional<std::vector<PlacedNode>> nodes = PlaceNodes(graph, *margin);
  context.FreeLayout(graph);
  if (!nodes) return OutputError("Graphviz left a node of the map without a position");

  std::unordered_map<Agnode_t*, size_t> index_of;
  for (size_t i = 0; i < nodes->size(); ++i) index_of[(*nodes)[i].node] = i;
  for (Agnode_t* node = agfstnode(root); node; node = agnxtnode(root, node)) {
    for (Agedge_t* edge = agfstout(root, node); edge; edge = agnxtout(root, edge)) {
      const size_t tail = index_of.at(agtail(edge));
      const size_t head = index_of.at(aghead(edge));
      const std::vector<Point> straight = {(*nodes)[tail].center, (*nodes)[head].center};
      std::vector<size_t> crossed = NodesCrossed(straight, *nodes, {tail, head});
      if (crossed.empty()) continue;
      StatusOr<Route> route = RouteAround(context, graph, edge, *nodes, tail, head, crossed);
      if (!route.ok()) return route.status();
      graph.Set(edge, "pos", route->pos);
      graph.Set(edge, "lp", route->label_pos);
    }
  }
  // Every edge now has its pos, so neato's -n2 mode draws them as they are.
  return context.Render(graph, "nop2", format);
}

}  // namespace akhbar
