#include "render/relationship_map.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "render/bidi_text.h"
#include "render/evidence_text.h"
#include "render/markup.h"
#include "render/text_shorten.h"
#include "render/visual_style.h"

namespace akhbar {
namespace {

constexpr double kMinEntityFont = 12;
constexpr double kMaxEntityFont = 22;
constexpr size_t kEventLabelCodePoints = 28;
constexpr const char* kSecondaryColor = "#4a5568";

std::string Number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return buffer;
}

// An HTML-like label line: escaped, right-to-left text isolated.
std::string HtmlText(std::string_view text) { return XmlEscape(IsolateRightToLeft(text)); }

std::string FontLine(std::string_view text, double points, std::string_view color = "") {
  std::string html = "<FONT POINT-SIZE=\"" + Number(points) + "\"";
  if (!color.empty()) html += " COLOR=\"" + std::string(color) + "\"";
  return html + ">" + HtmlText(text) + "</FONT>";
}

// Arabic above English, or one of them, in sizes that grow with mentions.
std::string EntityLabel(const EntityVertex& entity, LabelLanguage language, double points) {
  const std::string& ar = entity.label_ar.empty() ? entity.label_en : entity.label_ar;
  const std::string& en = entity.label_en.empty() ? entity.label_ar : entity.label_en;
  const std::string& fallback = entity.id;
  switch (language) {
    case LabelLanguage::kArabic:
      return FontLine(ar.empty() ? fallback : ar, points);
    case LabelLanguage::kEnglish:
      return FontLine(en.empty() ? fallback : en, points);
    case LabelLanguage::kBoth:
      if (ar.empty()) return FontLine(fallback, points);
      if (ar == en) return FontLine(ar, points);
      return FontLine(ar, points) + "<BR/>" +
             FontLine(en, std::max(9.0, points * 0.7), kSecondaryColor);
  }
  return FontLine(fallback, points);
}

std::string EventLabel(const EventVertex& event, LabelLanguage language) {
  const std::string ar =
      ShortenText(event.label_ar.empty() ? event.type : event.label_ar, kEventLabelCodePoints);
  const std::string en =
      ShortenText(event.label_en.empty() ? event.type : event.label_en, kEventLabelCodePoints);
  const std::string date = EventDateText(event);
  switch (language) {
    case LabelLanguage::kArabic:
      return FontLine(ar, 11) + "<BR/>" + FontLine(date, 9, kSecondaryColor);
    case LabelLanguage::kEnglish:
      return FontLine(en, 11) + "<BR/>" + FontLine(date, 9, kSecondaryColor);
    case LabelLanguage::kBoth:
      return FontLine(ar, 11) + "<BR/>" + FontLine(en + " · " + date, 9, kSecondaryColor);
  }
  return FontLine(ar, 11);
}

std::string LegendSwatch(const NodeStyle& style) {
  return "<TD BGCOLOR=\"" + std::string(style.fill) + "\" COLOR=\"" + std::string(style.stroke) +
         "\" BORDER=\"1\" WIDTH=\"18\" HEIGHT=\"12\" FIXEDSIZE=\"TRUE\"></TD>"
         "<TD ALIGN=\"LEFT\">" +
         FontLine(IsolateRightToLeft(style.name_ar) + " · " + std::string(style.name_en), 11) +
         "</TD><TD WIDTH=\"10\"></TD>";
}

// The legend, as the graph's label, so every layout engine places it.
std::string Legend(const GraphLookup& lookup, const MapSelection& selection) {
  std::set<std::string_view> types;
  for (const size_t entity : selection.entities) {
    types.insert(StyleForType(lookup.graph().entities[entity].type).type);
  }
  if (!selection.events.empty()) types.insert("event");
  std::string swatches;
  for (const NodeStyle& style : AllNodeStyles()) {
    if (types.count(style.type)) swatches += LegendSwatch(style);
  }
  std::string summary = std::to_string(selection.entities.size()) +
                        " entities (most mentioned and most connecting) · " +
                        std::to_string(selection.links.size()) + " links";
  if (!selection.links.empty()) {
    summary += " of at least " + std::to_string(selection.min_weight) +
               " shared sentences; line width and number = shared sentences (up to " +
               std::to_string(selection.max_weight) + ")";
  }
  if (!selection.events.empty()) {
    summary += " · " + std::to_string(selection.events.size()) + " best-attested events";
  }
  // The swatches sit in a table of their own so that the wider rows above
  // do not spread them apart.
  return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"2\">"
         "<TR><TD>" +
         FontLine(IsolateRightToLeft("خريطة العلاقات") + " · Relationship map", 16) +
         "</TD></TR><TR><TD>" + FontLine(summary, 10, kSecondaryColor) +
         "</TD></TR><TR><TD><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\"><TR>" +
         swatches + "</TR></TABLE></TD></TR></TABLE>";
}

void StyleGraph(GvGraph& map, const RenderOptions& options, const std::string& engine) {
  Agraph_t* root = map.root();
  map.Set(root, "fontname", options.font);
  map.Set(root, "fontsize", "12");
  map.Set(root, "bgcolor", "white");
  map.Set(root, "pad", "0.3");
  map.Set(root, "labelloc", "t");
  map.Set(root, "outputorder", "edgesfirst");  // edges under the nodes they join
  map.Set(root, "id", "relationship-map");
  if (engine == "sfdp") {
    map.Set(root, "splines", "false");
    map.Set(root, "overlap", "prism");
  } else if (engine == "dot") {
    map.Set(root, "rankdir", "LR");
    map.Set(root, "ranksep", "0.8");
  } else {
    map.Set(root, "overlap", "prism");
    map.Set(root, "splines", "true");
    map.Set(root, "sep", "+12");
    map.Set(root, "esep", "+6");
  }
  map.SetDefault(AGNODE, "fontname", options.font);
  map.SetDefault(AGNODE, "penwidth", "1.4");
  map.SetDefault(AGNODE, "margin", "0.14,0.06");
  map.SetDefault(AGEDGE, "fontname", options.font);
  map.SetDefault(AGEDGE, "fontsize", "9");
  map.SetDefault(AGEDGE, "fontcolor", kSecondaryColor);
}

void StyleNode(GvGraph& map, Agnode_t* node, const NodeStyle& style) {
  map.Set(node, "shape", style.shape);
  map.Set(node, "style", style.style);
  map.Set(node, "fillcolor", style.fill);
  map.Set(node, "color", style.stroke);
}

}  // namespace

std::string ChooseEngine(size_t nodes, const std::string& requested) {
  if (!requested.empty()) return requested;
  return nodes > kLargeGraphNodes ? "sfdp" : "neato";
}

double PenWidth(uint32_t weight, uint32_t max_weight) {
  if (weight <= 1 || max_weight <= 1) return 1.0;
  return 1.0 + 6.0 * std::log(static_cast<double>(std::min(weight, max_weight))) /
                   std::log(static_cast<double>(max_weight));
}

std::string SafeId(std::string_view text) {
  std::string id;
  for (const char c : text) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_' || c == '.';
    id += keep ? c : '_';
  }
  return id;
}

GvGraph BuildRelationshipMap(const GraphLookup& lookup, const MapSelection& selection,
                             const RenderOptions& options, const std::string& engine) {
  const EntityGraph& graph = lookup.graph();
  GvGraph map("relationship_map", GvGraph::Kind::kUndirected);
  StyleGraph(map, options, engine);
  map.SetHtml(map.root(), "label", Legend(lookup, selection));

  std::map<size_t, Agnode_t*> entity_nodes;
  for (const size_t index : selection.entities) {
    const EntityVertex& entity = graph.entities[index];
    Agnode_t* node = map.Node(entity.id);
    entity_nodes[index] = node;
    const NodeStyle& style = StyleForType(entity.type);
    StyleNode(map, node, style);
    const double share = selection.max_mentions > 0
                             ? static_cast<double>(entity.mentions) / selection.max_mentions
                             : 0;
    const double points = kMinEntityFont + (kMaxEntityFont - kMinEntityFont) * std::sqrt(share);
    map.SetHtml(node, "label", EntityLabel(entity, options.label, points));
    map.Set(node, "tooltip", EscapeGraphvizString(EntityTooltip(lookup, index)));
    map.Set(node, "id", "entity-" + SafeId(entity.id));
    map.Set(node, "class", "entity " + std::string(style.type));
  }

  for (const MapLink& link : selection.links) {
    const std::string id =
        SafeId(graph.entities[link.a].id) + "--" + SafeId(graph.entities[link.b].id);
    Agedge_t* edge = map.Edge(entity_nodes[link.a], entity_nodes[link.b], id);
    const double width = PenWidth(link.edge->weight, selection.max_weight);
    const double opacity = 0.45 + 0.4 * (width - 1) / 6;
    char color[16];
    std::snprintf(color, sizeof color, "#4a5568%02x", static_cast<int>(opacity * 255));
    map.Set(edge, "penwidth", Number(width));
    map.Set(edge, "color", color);
    map.Set(edge, "label", std::to_string(link.edge->weight));
    const std::string tooltip =
        EscapeGraphvizString(CoMentionTooltip(lookup, *link.edge, link.a, link.b));
    map.Set(edge, "tooltip", tooltip);
    map.Set(edge, "labeltooltip", tooltip);
    map.Set(edge, "id", "link-" + id);
    map.Set(edge, "class", "link co-mention");
    map.Set(edge, "weight", std::to_string(link.edge->weight));  // dot: shorter, straighter
  }

  const EventTypeColors colors(graph);
  std::map<size_t, Agnode_t*> event_nodes;
  for (const size_t index : selection.events) {
    const EventVertex& event = graph.events[index];
    Agnode_t* node = map.Node("event:" + event.id);
    event_nodes[index] = node;
    StyleNode(map, node, StyleForType("event"));
    map.Set(node, "color", colors.Color(event.type));
    map.SetHtml(node, "label", EventLabel(event, options.label));
    map.Set(node, "tooltip", EscapeGraphvizString(EventTooltip(lookup, index)));
    map.Set(node, "id", "event-" + SafeId(event.id));
    map.Set(node, "class", "event " + SafeId(event.type));
  }
  for (const MapParticipation& participation : selection.participations) {
    const EventVertex& event = graph.events[participation.event];
    const EntityVertex& entity = graph.entities[participation.entity];
    const std::string id = SafeId(event.id) + "--" + SafeId(entity.id);
    Agedge_t* edge =
        map.Edge(event_nodes[participation.event], entity_nodes[participation.entity], id);
    map.Set(edge, "style", "dashed");
    map.Set(edge, "color", std::string(colors.Color(event.type)) + "aa");  // under the links
    map.Set(edge, "penwidth", "1.1");
    map.Set(edge, "tooltip",
            EscapeGraphvizString(IsolateRightToLeftLines(ArabicOrEnglishName(entity) + "\n" +
                                                         EnglishOrArabicName(entity) + " — " +
                                                         std::string(participation.role)) +
                                 "\n" + EventTooltip(lookup, participation.event)));
    map.Set(edge, "id", "takes-part-" + id);
    map.Set(edge, "class", "link participation " + SafeId(participation.role));
  }
  return map;
}

}  // namespace akhbar
