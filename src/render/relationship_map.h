// The relationship map as a Graphviz graph: entities and events as styled
// nodes, co-mentions and participations as edges, each with its evidence as
// tooltip and an id and class for styling and scripting, and a legend as the
// graph's label.
#ifndef AKHBAR_RENDER_RELATIONSHIP_MAP_H_
#define AKHBAR_RENDER_RELATIONSHIP_MAP_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "render/gv_graph.h"
#include "render/map_selection.h"
#include "render/render.h"

namespace akhbar {

// Above this many nodes the map is laid out with sfdp and straight edges:
// measured, sfdp lays out 1,000 nodes in 0.4 s and 3,000 in 1.5 s, while dot
// does not finish 1,000 in five minutes, and routing curved splines around
// nodes costs minutes at 3,000. Below it neato gives the tidier picture in
// well under a second.
inline constexpr size_t kLargeGraphNodes = 150;

// `requested` when given, else neato or sfdp by node count.
std::string ChooseEngine(size_t nodes, const std::string& requested);

// Edge pen width for a co-mention edge: 1 for a single shared sentence,
// growing with the logarithm of the weight to 7 for the heaviest edge shown.
double PenWidth(uint32_t weight, uint32_t max_weight);

// A DOT/SVG-safe identifier: letters, digits, '-', '_' and '.' kept, other
// bytes replaced by '_'.
std::string SafeId(std::string_view text);

GvGraph BuildRelationshipMap(const GraphLookup& lookup, const MapSelection& selection,
                             const RenderOptions& options, const std::string& engine);

}  // namespace akhbar

#endif  // AKHBAR_RENDER_RELATIONSHIP_MAP_H_
