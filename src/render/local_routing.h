// Curved edges around nodes, at a cost that follows the edges in the way
// rather than the whole map.
//
// Graphviz's spline router (splines=true) builds one visibility graph over
// the corners of every node, which costs the cube of their number: 0.45 s of
// the samples' 0.64 s, and minutes for a map of 150 nodes. Most straight
// edges cross no node, and the others only need the nodes near them. So the
// map is laid out with straight edges, and each edge that crosses a node is
// routed by the same router in a small graph of its own: its two ends and the
// nodes around it, pinned where the layout put them.
#ifndef AKHBAR_RENDER_LOCAL_ROUTING_H_
#define AKHBAR_RENDER_LOCAL_ROUTING_H_

#include <string>
#include <string_view>

#include "base/status.h"
#include "render/gv_graph.h"

namespace akhbar {

// Lays `graph` out with `engine` and renders it in `format`. When the graph
// asks for splines=true with an additive edge margin (esep="+N"), its edges
// are routed locally as above; otherwise Graphviz does everything. The graph
// keeps the layout in its attributes (pos, lp, splines=line).
StatusOr<std::string> RenderWithLocalRouting(const GvContext& context, GvGraph& graph,
                                             std::string_view engine,
                                             std::string_view format);

}  // namespace akhbar

#endif  // AKHBAR_RENDER_LOCAL_ROUTING_H_
