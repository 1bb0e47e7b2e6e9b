// timeline.svg, drawn directly: a broken time axis (time_axis.h) left to
// right, one lane per leading actor, each event a mark in the lanes of its
// participants with a short label, coloured by event type, with a <title>
// tooltip giving its evidence, date, date source and sources; a legend.
#ifndef AKHBAR_RENDER_TIMELINE_SVG_H_
#define AKHBAR_RENDER_TIMELINE_SVG_H_

#include <string>

#include "render/graph_lookup.h"
#include "render/render.h"
#include "render/text_measure.h"
#include "render/timeline_model.h"

namespace akhbar {

std::string DrawTimelineSvg(const GraphLookup& lookup, const Timeline& timeline,
                            const RenderOptions& options, const TextMeasurer& measure);

}  // namespace akhbar

#endif  // AKHBAR_RENDER_TIMELINE_SVG_H_
