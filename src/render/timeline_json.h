// The timeline as data for two web viewers: TimelineJS (timeline.json) and
// vis-timeline (timeline.vis.json).
#ifndef AKHBAR_RENDER_TIMELINE_JSON_H_
#define AKHBAR_RENDER_TIMELINE_JSON_H_

#include <string>

#include "render/render.h"
#include "render/timeline_model.h"

namespace akhbar {

// TimelineJS: {"title": …, "events": [{start_date {year, month, day},
// end_date for intervals, text {headline, text}, group, unique_id}]}.
// TimelineJS shows one slide per event, so an event appears once, in the
// group of its first lane (the participant in the most events).
std::string TimelineJsJson(const GraphLookup& lookup, const Timeline& timeline,
                           LabelLanguage language);

// vis-timeline: {"groups": [lanes], "items": [one per event and lane]},
// like the lanes of timeline.svg. Ranges have an exclusive ISO end.
std::string VisTimelineJson(const GraphLookup& lookup, const Timeline& timeline,
                            LabelLanguage language);

}  // namespace akhbar

#endif  // AKHBAR_RENDER_TIMELINE_JSON_H_
