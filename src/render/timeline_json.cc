#include "render/timeline_json.h"

#include <nlohmann/json.hpp>

#include "render/calendar_units.h"
#include "render/evidence_text.h"
#include "render/markup.h"
#include "render/relationship_map.h"

namespace akhbar {
namespace {

using Json = nlohmann::ordered_json;

// A tooltip's lines as HTML, which both viewers display.
std::string HtmlLines(const std::string& text) {
  std::string html;
  for (const char c : XmlEscape(text)) {
    if (c == '\n') {
      html += "<br>";
    } else {
      html += c;
    }
  }
  return html;
}

Json DateObject(const CivilDate& date, Granularity granularity, const std::string& display) {
  Json object = {{"year", date.year}};
  if (granularity == Granularity::kDay || granularity == Granularity::kMonth) {
    object["month"] = date.month;
  }
  if (granularity == Granularity::kDay) object["day"] = date.day;
  if (!display.empty()) object["display_date"] = display;
  return object;
}

std::string Headline(const EventVertex& event, LabelLanguage language) {
  const std::string_view preferred =
      language == LabelLanguage::kEnglish ? event.label_en : event.label_ar;
  if (!preferred.empty()) return std::string(preferred);
  if (!event.label_ar.empty()) return std::string(event.label_ar);
  return std::string(event.label_en.empty() ? event.type : event.label_en);
}

std::string LaneId(const GraphLookup& lookup, const TimelineLane& lane) {
  return lane.entity ? lookup.graph().entities[*lane.entity].id : "_others";
}

std::string LaneName(const GraphLookup& lookup, const TimelineLane& lane, LabelLanguage language) {
  if (!lane.entity) return language == LabelLanguage::kEnglish ? "Others" : "أخرى";
  const EntityVertex& entity = lookup.graph().entities[*lane.entity];
  switch (language) {
    case LabelLanguage::kArabic:
      return ArabicOrEnglishName(entity);
    case LabelLanguage::kEnglish:
      return EnglishOrArabicName(entity);
    case LabelLanguage::kBoth: {
      const std::string ar = ArabicOrEnglishName(entity);
      const std::string en = EnglishOrArabicName(entity);
      return ar == en ? ar : ar + " (" + en + ")";
    }
  }
  return entity.id;
}

std::string IsoDay(int64_t day) { return DateOfDay(day).ToIso(); }

}  // namespace

std::string TimelineJsJson(const GraphLookup& lookup, const Timeline& timeline,
                           LabelLanguage language) {
  const EntityGraph& graph = lookup.graph();
  Json events = Json::array();
  for (const TimelineMark& mark : timeline.marks) {
    const EventVertex& event = graph.events[mark.event];
    const std::string date = EventDateText(event);
    Json entry;
    entry["unique_id"] = SafeId(event.id);
    if (mark.shape == MarkShape::kInterval) {
      entry["start_date"] = DateObject(DateOfDay(mark.span.first), event.granularity, "");
      entry["end_date"] = DateObject(DateOfDay(mark.span.last), event.granularity, "");
      entry["display_date"] = date;
    } else {
      entry["start_date"] =
          DateObject(DateOfDay(mark.span.first), event.granularity,
                     mark.vague || mark.shape == MarkShape::kUncertain ? date : "");
    }
    entry["text"] = {{"headline", Headline(event, language)},
                     {"text", HtmlLines(EventTooltip(lookup, mark.event))}};
    entry["group"] = LaneName(lookup, timeline.lanes[mark.lanes.front()], language);
    events.push_back(std::move(entry));
  }
  Json document;
  document["title"] = {{"text",
                        {{"headline", "الخط الزمني للأحداث · Event timeline"},
                         {"text", std::to_string(timeline.marks.size()) + " dated events"}}}};
  document["events"] = std::move(events);
  return document.dump(2) + "\n";
}

std::string VisTimelineJson(const GraphLookup& lookup, const Timeline& timeline,
                            LabelLanguage language) {
  const EntityGraph& graph = lookup.graph();
  Json groups = Json::array();
  for (size_t lane = 0; lane < timeline.lanes.size(); ++lane) {
    const TimelineLane& group = timeline.lanes[lane];
    Json entry = {{"id", LaneId(lookup, group)},
                  {"content", LaneName(lookup, group, language)},
                  {"order", lane}};
    if (group.entity) entry["title"] = HtmlLines(EntityTooltip(lookup, *group.entity));
    groups.push_back(std::move(entry));
  }
  Json items = Json::array();
  for (const TimelineMark& mark : timeline.marks) {
    const EventVertex& event = graph.events[mark.event];
    std::string classes = SafeId(event.type);
    if (mark.shape == MarkShape::kUncertain) classes += " uncertain";
    if (mark.vague) classes += " vague";
    for (const size_t lane : mark.lanes) {
      const std::string group = LaneId(lookup, timeline.lanes[lane]);
      Json item = {{"id", SafeId(event.id) + "@" + group},
                   {"group", group},
                   {"content", Headline(event, language)},
                   {"start", IsoDay(mark.span.first)}};
      if (mark.shape == MarkShape::kDay) {
        item["type"] = "point";
      } else {
        item["end"] = IsoDay(mark.span.last + 1);
        item["type"] = "range";
      }
      item["title"] = HtmlLines(EventTooltip(lookup, mark.event));
      item["className"] = classes;
      items.push_back(std::move(item));
    }
  }
  Json document;
  document["groups"] = std::move(groups);
  document["items"] = std::move(items);
  return document.dump(2) + "\n";
}

}  // namespace akhbar
