// timeline.dot: the timeline as a Graphviz graph for people who restyle or
// re-lay it with Graphviz tools. The actors form the top row; below it, one
// rank per date in time order (a chain of date nodes down the left keeps the
// order), each event in its date's rank, linked to its participants.
#ifndef AKHBAR_RENDER_TIMELINE_DOT_H_
#define AKHBAR_RENDER_TIMELINE_DOT_H_

#include "render/gv_graph.h"
#include "render/render.h"
#include "render/timeline_model.h"

namespace akhbar {

GvGraph BuildTimelineDot(const GraphLookup& lookup, const Timeline& timeline,
                         const RenderOptions& options);

}  // namespace akhbar

#endif  // AKHBAR_RENDER_TIMELINE_DOT_H_
