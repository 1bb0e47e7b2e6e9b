#include "render/timeline_svg.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "render/bidi_text.h"
#include "render/calendar_units.h"
#include "render/evidence_text.h"
#include "render/relationship_map.h"
#include "render/svg_writer.h"
#include "render/text_shorten.h"
#include "render/time_axis.h"
#include "render/timeline_rows.h"
#include "render/visual_style.h"

namespace akhbar {
namespace {

constexpr double kMargin = 24;
constexpr double kTitleHeight = 70;
constexpr double kCaptionHeight = 26;
constexpr double kRowHeight = 26;
constexpr double kLanePadding = 7;
constexpr size_t kMaxRows = 8;        // per lane; marks beyond share rows, unlabelled
constexpr size_t kTooltipEvents = 4;  // quoted in full in a merged mark's tooltip
constexpr double kAxisHeight = 44;
constexpr double kLegendRowHeight = 24;
constexpr double kLabelPx = 12;
constexpr double kLaneNamePx = 14;
constexpr double kLaneSubPx = 11;
constexpr double kMarkRadius = 6;
constexpr double kMaxAxisWidth = 1500;
constexpr size_t kEventLabelCodePoints = 24;
constexpr size_t kLaneLabelCodePoints = 28;
constexpr const char* kInk = "#1a202c";
constexpr const char* kMuted = "#4a5568";

struct LaneText {
  std::string id;
  std::string primary;    // Arabic unless --label en
  std::string secondary;  // English beneath, with --label both
  std::string tooltip;
  std::string_view stroke;
};

std::string LaneLabel(const std::string& text) { return ShortenText(text, kLaneLabelCodePoints); }

LaneText DescribeLane(const GraphLookup& lookup, const TimelineLane& lane, LabelLanguage language) {
  LaneText text;
  if (!lane.entity) {
    text.id = "lane-others";
    text.primary = language == LabelLanguage::kEnglish ? "Others" : "أخرى";
    if (language == LabelLanguage::kBoth) text.secondary = "Others";
    text.tooltip = "Events none of whose participants has a lane of their own";
    text.stroke = StyleForType("other").stroke;
    return text;
  }
  const EntityVertex& entity = lookup.graph().entities[*lane.entity];
  text.id = "lane-" + SafeId(entity.id);
  text.primary = LaneLabel(language == LabelLanguage::kEnglish ? EnglishOrArabicName(entity)
                                                               : ArabicOrEnglishName(entity));
  if (language == LabelLanguage::kBoth && !entity.label_en.empty() &&
      entity.label_en != text.primary) {
    text.secondary = LaneLabel(entity.label_en);
  }
  text.tooltip =
      EntityTooltip(lookup, *lane.entity) + "\n" + std::to_string(lane.events) + " dated events";
  text.stroke = StyleForType(entity.type).stroke;
  return text;
}

std::string EventLabel(const EventVertex& event, LabelLanguage language) {
  const std::string_view text = language == LabelLanguage::kEnglish
                                    ? (event.label_en.empty() ? event.label_ar : event.label_en)
                                    : (event.label_ar.empty() ? event.label_en : event.label_ar);
  return ShortenText(text.empty() ? event.type : text, kEventLabelCodePoints);
}

std::vector<DayRange> AllAnchors(const Timeline& timeline) {
  std::vector<DayRange> anchors;
  for (const TimelineMark& mark : timeline.marks) {
    anchors.insert(anchors.end(), mark.anchors.begin(), mark.anchors.end());
  }
  return anchors;
}

void DrawMark(SvgWriter& svg, const PlacedMark& item, double y, std::string_view color) {
  const std::string fill(color);
  switch (item.mark->shape) {
    case MarkShape::kDay:
      if (item.mark->vague) {
        svg.Empty("circle", {{"cx", SvgNumber((item.x0 + item.x1) / 2)},
                             {"cy", SvgNumber(y)},
                             {"r", SvgNumber(kMarkRadius - 1)},
                             {"fill", "white"},
                             {"stroke", fill},
                             {"stroke-width", "2"},
                             {"stroke-dasharray", "3 2"}});
      } else {
        svg.Empty("circle", {{"cx", SvgNumber((item.x0 + item.x1) / 2)},
                             {"cy", SvgNumber(y)},
                             {"r", SvgNumber(kMarkRadius)},
                             {"fill", fill},
                             {"stroke", "white"},
                             {"stroke-width", "1.5"}});
      }
      return;
    case MarkShape::kUncertain:
      svg.Empty("rect", {{"x", SvgNumber(item.x0)},
                         {"y", SvgNumber(y - 7)},
                         {"width", SvgNumber(item.x1 - item.x0)},
                         {"height", "14"},
                         {"rx", "7"},
                         {"fill", item.mark->vague ? "none" : fill},
                         {"fill-opacity", "0.22"},
                         {"stroke", fill},
                         {"stroke-width", "1.5"},
                         {"stroke-dasharray", "4 3"}});
      return;
    case MarkShape::kInterval: {
      SvgAttributes bar = {{"x", SvgNumber(item.x0)},
                           {"y", SvgNumber(y - 6)},
                           {"width", SvgNumber(item.x1 - item.x0)},
                           {"height", "12"},
                           {"rx", "3"},
                           {"fill", fill},
                           {"fill-opacity", "0.45"},
                           {"stroke", fill},
                           {"stroke-width", "1.2"}};
      if (item.mark->vague) bar.push_back({"stroke-dasharray", "4 3"});
      svg.Empty("rect", bar);
      return;
    }
  }
}

// Text whose right-to-left content is isolated, anchored in the
// left-to-right coordinates of the picture.
void DrawText(SvgWriter& svg, double x, double y, double px, std::string_view anchor,
              std::string_view fill, std::string_view text, std::string_view weight = "") {
  SvgAttributes attributes = {{"x", SvgNumber(x)},
                              {"y", SvgNumber(y)},
                              {"font-size", SvgNumber(px)},
                              {"fill", std::string(fill)}};
  if (anchor != "start") attributes.push_back({"text-anchor", std::string(anchor)});
  if (!weight.empty()) attributes.push_back({"font-weight", std::string(weight)});
  svg.Text("text", attributes, IsolateRightToLeft(text));
}

struct LegendEntry {
  std::string text;
  std::string color;
  MarkShape shape = MarkShape::kDay;
  bool vague = false;
};

std::vector<LegendEntry> LegendEntries(const EntityGraph& graph, const Timeline& timeline,
                                       const EventTypeColors& colors) {
  std::map<std::string_view, std::set<std::string_view>> names;  // type -> Arabic labels seen
  std::set<MarkShape> shapes;
  bool vague = false;
  for (const TimelineMark& mark : timeline.marks) {
    const EventVertex& event = graph.events[mark.event];
    names[event.type].insert(event.label_ar);
    shapes.insert(mark.shape);
    vague = vague || mark.vague;
  }
  std::vector<LegendEntry> entries;
  for (const auto& [type, labels] : names) {
    // The type's Arabic name when all its events carry the same one.
    const std::string text = labels.size() == 1 && !labels.begin()->empty()
                                 ? IsolateRightToLeft(*labels.begin()) + " · " + std::string(type)
                                 : std::string(type);
    entries.push_back({text, std::string(colors.Color(type)), MarkShape::kDay, false});
  }
  const std::string gray = kMuted;
  if (shapes.count(MarkShape::kDay)) {
    entries.push_back({IsolateRightToLeft("يوم") + " · one day", gray, MarkShape::kDay, false});
  }
  if (shapes.count(MarkShape::kUncertain)) {
    entries.push_back({IsolateRightToLeft("شهر أو سنة فقط") + " · month or year only", gray,
                       MarkShape::kUncertain, false});
  }
  if (shapes.count(MarkShape::kInterval)) {
    entries.push_back(
        {IsolateRightToLeft("فترة") + " · period", gray, MarkShape::kInterval, false});
  }
  if (vague) {
    entries.push_back(
        {IsolateRightToLeft("تاريخ تقريبي") + " · approximate", gray, MarkShape::kDay, true});
  }
  return entries;
}

}  // namespace

std::string DrawTimelineSvg(const GraphLookup& lookup, const Timeline& timeline,
                            const RenderOptions& options, const TextMeasurer& measure) {
  const EntityGraph& graph = lookup.graph();
  const EventTypeColors colors(graph);

  std::vector<LaneText> lanes;
  double column = 120;
  for (const TimelineLane& lane : timeline.lanes) {
    lanes.push_back(DescribeLane(lookup, lane, options.label));
    column = std::max({column, measure.Width(lanes.back().primary, kLaneNamePx) + 34,
                       measure.Width(lanes.back().secondary, kLaneSubPx) + 34});
  }

  AxisGeometry geometry;
  geometry.left = kMargin + column;
  geometry.max_width = kMaxAxisWidth;
  const TimeAxis axis = TimeAxis::Build(AllAnchors(timeline), geometry);

  std::vector<PlacedMark> placed;
  std::map<std::tuple<size_t, int64_t, int64_t, MarkShape, bool, std::string_view>, size_t> merged;
  for (const TimelineMark& mark : timeline.marks) {
    for (const size_t lane : mark.lanes) {
      const auto key = std::make_tuple(lane, mark.span.first, mark.span.last, mark.shape,
                                       mark.vague, graph.events[mark.event].type);
      const auto [found, added] = merged.try_emplace(key, placed.size());
      if (added) {
        PlacedMark item;
        item.mark = &mark;
        item.lane = lane;
        placed.push_back(item);
      }
      placed[found->second].events.push_back(mark.event);
    }
  }
  for (PlacedMark& item : placed) {
    const TimelineMark& mark = *item.mark;
    if (mark.shape == MarkShape::kDay) {
      const double middle = axis.X(static_cast<double>(mark.span.first) + 0.5);
      item.x0 = middle - kMarkRadius;
      item.x1 = middle + kMarkRadius;
    } else {
      item.x0 = axis.X(static_cast<double>(mark.span.first));
      item.x1 = std::max(axis.X(static_cast<double>(mark.span.last + 1)), item.x0 + 12);
    }
    item.label = EventLabel(graph.events[mark.event], options.label);
    if (item.events.size() > 1) item.label += " ×" + std::to_string(item.events.size());
    item.label_width = measure.Width(item.label, kLabelPx);
    item.label_x = mark.shape == MarkShape::kInterval ? item.x0 + 6 : item.x1 + 5;
  }
  const std::vector<size_t> rows = AssignRows(&placed, lanes.size(), kMaxRows);

  // Vertical layout.
  const double lanes_top = kMargin + kTitleHeight + kCaptionHeight;
  std::vector<double> lane_top;
  double y = lanes_top;
  for (size_t lane = 0; lane < lanes.size(); ++lane) {
    lane_top.push_back(y);
    y += static_cast<double>(rows[lane]) * kRowHeight + 2 * kLanePadding;
  }
  const double lanes_bottom = y;
  const double axis_y = lanes_bottom;

  double right = axis.right();
  for (const PlacedMark& item : placed) {
    right = std::max(right, item.labelled ? item.label_x + item.label_width : item.x1);
  }
  const std::string title = IsolateRightToLeft("الخط الزمني للأحداث") + " · Event timeline";
  std::string subtitle = std::to_string(timeline.marks.size()) + " dated events";
  if (!timeline.marks.empty()) {
    int64_t last = timeline.marks.front().span.last;
    for (const TimelineMark& mark : timeline.marks) last = std::max(last, mark.span.last);
    subtitle += ", " + DateOfDay(timeline.marks.front().span.first).ToIso() + " – " +
                DateOfDay(last).ToIso();
  }
  subtitle += " · lanes: the " + std::to_string(timeline.lanes.size()) +
              " actors in the most events; an event shows in the lane of each participant";
  const double width = std::max({right + kMargin, 2 * kMargin + measure.Width(title, 20),
                                 2 * kMargin + measure.Width(subtitle, 12)});

  // The legend flows in rows across the width.
  const std::vector<LegendEntry> legend = LegendEntries(graph, timeline, colors);
  std::vector<std::pair<double, double>> legend_at;  // x, y of each entry
  double legend_x = kMargin;
  double legend_y = axis_y + kAxisHeight + 12;
  for (const LegendEntry& entry : legend) {
    const double entry_width = 28 + measure.Width(entry.text, kLabelPx) + 22;
    if (legend_x + entry_width > width - kMargin && legend_x > kMargin) {
      legend_x = kMargin;
      legend_y += kLegendRowHeight;
    }
    legend_at.emplace_back(legend_x, legend_y);
    legend_x += entry_width;
  }
  const double notes_y = legend_y + kLegendRowHeight + 6;
  const double height = notes_y + 10 + kMargin;

  SvgWriter svg;
  svg.Empty("rect", {{"width", "100%"}, {"height", "100%"}, {"fill", "white"}});

  svg.Open("g", {{"class", "title"}});
  svg.Text("text",
           {{"x", SvgNumber(kMargin)},
            {"y", SvgNumber(kMargin + 22)},
            {"font-size", "20"},
            {"font-weight", "bold"},
            {"fill", kInk}},
           title);
  DrawText(svg, kMargin, kMargin + 46, 12, "start", kMuted, subtitle);
  svg.Close();

  // Lanes.
  svg.Open("g", {{"class", "lanes"}});
  for (size_t lane = 0; lane < lanes.size(); ++lane) {
    const double top = lane_top[lane];
    const double bottom = lane + 1 < lanes.size() ? lane_top[lane + 1] : lanes_bottom;
    svg.Open("g", {{"class", "lane"}, {"id", lanes[lane].id}});
    svg.Text("title", {}, lanes[lane].tooltip);
    svg.Empty("rect", {{"x", SvgNumber(kMargin)},
                       {"y", SvgNumber(top)},
                       {"width", SvgNumber(width - 2 * kMargin)},
                       {"height", SvgNumber(bottom - top)},
                       {"fill", lane % 2 == 0 ? "#f4f6f9" : "#ffffff"}});
    svg.Empty("rect", {{"x", SvgNumber(geometry.left - 8)},
                       {"y", SvgNumber(top + 4)},
                       {"width", "4"},
                       {"height", SvgNumber(bottom - top - 8)},
                       {"rx", "2"},
                       {"fill", std::string(lanes[lane].stroke)}});
    const double middle = (top + bottom) / 2;
    const bool two_lines = !lanes[lane].secondary.empty();
    DrawText(svg, geometry.left - 16, two_lines ? middle - 2 : middle + 5, kLaneNamePx, "end", kInk,
             lanes[lane].primary, "bold");
    if (two_lines) {
      DrawText(svg, geometry.left - 16, middle + 13, kLaneSubPx, "end", kMuted,
               lanes[lane].secondary);
    }
    svg.Close();
  }
  svg.Close();

  // Grid, segment captions and the axis.
  svg.Open("g", {{"class", "axis"}});
  for (const AxisSegment& segment : axis.segments()) {
    for (const double x : axis.Gridlines(segment)) {
      svg.Empty("line", {{"x1", SvgNumber(x)},
                         {"y1", SvgNumber(lanes_top)},
                         {"x2", SvgNumber(x)},
                         {"y2", SvgNumber(axis_y)},
                         {"stroke", "#e2e8f0"},
                         {"stroke-width", "1"}});
    }
    std::string caption = axis.Caption(segment, false);
    if (measure.Width(caption, 12) > segment.width - 8) caption = axis.Caption(segment, true);
    DrawText(svg, segment.x + segment.width / 2, lanes_top - 9, 12, "middle", kMuted, caption,
             "bold");
    svg.Empty("line", {{"x1", SvgNumber(segment.x)},
                       {"y1", SvgNumber(axis_y)},
                       {"x2", SvgNumber(segment.x + segment.width)},
                       {"y2", SvgNumber(axis_y)},
                       {"stroke", kMuted},
                       {"stroke-width", "1.2"}});
    for (const AxisTick& tick : axis.Ticks(segment)) {
      svg.Empty("line", {{"x1", SvgNumber(tick.x)},
                         {"y1", SvgNumber(axis_y)},
                         {"x2", SvgNumber(tick.x)},
                         {"y2", SvgNumber(axis_y + 5)},
                         {"stroke", kMuted}});
      DrawText(svg, tick.x, axis_y + 19, 11, "middle", kMuted, tick.label);
    }
  }
  svg.Close();

  // Breaks: a pale band across the lanes, under the marks (a period bar
  // runs on through it), and a double slash on the axis.
  svg.Open("g", {{"class", "axis-breaks"}});
  for (const AxisBreak& gap : axis.Breaks()) {
    const double middle = gap.x + gap.width / 2;
    svg.Empty("rect", {{"x", SvgNumber(gap.x + 6)},
                       {"y", SvgNumber(lanes_top)},
                       {"width", SvgNumber(gap.width - 12)},
                       {"height", SvgNumber(axis_y - lanes_top)},
                       {"fill", "white"},
                       {"fill-opacity", "0.75"}});
    for (const double dx : {-4.0, 4.0}) {
      svg.Empty("line", {{"x1", SvgNumber(middle + dx - 4)},
                         {"y1", SvgNumber(axis_y + 7)},
                         {"x2", SvgNumber(middle + dx + 4)},
                         {"y2", SvgNumber(axis_y - 7)},
                         {"stroke", kMuted},
                         {"stroke-width", "1.5"}});
    }
    DrawText(svg, middle, axis_y + 33, 10, "middle", kMuted, "+" + DurationText(gap.hidden_days));
  }
  svg.Close();

  // Marks, in their lanes and rows.
  svg.Open("g", {{"class", "events"}});
  for (const PlacedMark& item : placed) {
    const EventVertex& event = graph.events[item.mark->event];
    const double row_y =
        lane_top[item.lane] + kLanePadding + (static_cast<double>(item.row) + 0.5) * kRowHeight;
    std::string classes = "event " + SafeId(event.type);
    classes += item.mark->shape == MarkShape::kDay         ? " day"
               : item.mark->shape == MarkShape::kUncertain ? " uncertain"
                                                           : " interval";
    if (item.mark->vague) classes += " vague";
    std::string ids;
    std::string tooltip;
    for (size_t i = 0; i < item.events.size(); ++i) {
      ids += (i == 0 ? "" : " ") + graph.events[item.events[i]].id;
      if (i == kTooltipEvents) {
        tooltip += "\n\n… " + std::to_string(item.events.size() - i) + " more";
      } else if (i < kTooltipEvents) {
        tooltip += (i == 0 ? "" : "\n\n") + EventTooltip(lookup, item.events[i]);
      }
    }
    svg.Open("g", {{"class", classes},
                   {"id", "event-" + SafeId(event.id) + "--" + lanes[item.lane].id},
                   {"data-event", ids},
                   {"data-date", EventDateText(event)}});
    svg.Text("title", {}, tooltip);
    DrawMark(svg, item, row_y, colors.Color(event.type));
    if (item.labelled) {
      DrawText(svg, item.label_x, row_y + 4.5, kLabelPx, "start", kInk, item.label);
    }
    svg.Close();
  }
  svg.Close();

  // Legend.
  svg.Open("g", {{"class", "legend"}});
  for (size_t i = 0; i < legend.size(); ++i) {
    const LegendEntry& entry = legend[i];
    const auto [x, entry_y] = legend_at[i];
    TimelineMark sample;
    sample.shape = entry.shape;
    sample.vague = entry.vague;
    PlacedMark swatch;
    swatch.mark = &sample;
    swatch.x0 = x + (entry.shape == MarkShape::kDay ? 6 : 0);
    swatch.x1 = x + (entry.shape == MarkShape::kDay ? 18 : 22);
    DrawMark(svg, swatch, entry_y, entry.color);
    DrawText(svg, x + 28, entry_y + 4.5, kLabelPx, "start", kInk, entry.text);
  }
  std::string notes;
  if (!axis.Breaks().empty()) notes = "Breaks in the axis (//) skip periods with no event. ";
  if (timeline.undated > 0) {
    notes += timeline.undated == 1 ? std::string("1 undated event is not shown. ")
                                   : std::to_string(timeline.undated) +
                                         " undated events are not shown. ";
  }
  notes += "Hover a mark for its evidence and sources.";
  DrawText(svg, kMargin, notes_y + 4, 11, "start", kMuted, notes);
  svg.Close();

  return svg.Finish(
      width, height,
      {{"font-family", "'" + options.font + "', 'Noto Sans', sans-serif"}, {"id", "timeline"}});
}

}  // namespace akhbar
