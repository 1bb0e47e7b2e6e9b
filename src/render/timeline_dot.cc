#include "render/timeline_dot.h"

#include <map>
#include <string>
#include <utility>

#include "render/bidi_text.h"
#include "render/evidence_text.h"
#include "render/relationship_map.h"
#include "render/text_shorten.h"
#include "render/visual_style.h"

namespace akhbar {
namespace {

constexpr size_t kEventLabelCodePoints = 28;

std::string Name(const EntityVertex& entity, LabelLanguage language) {
  switch (language) {
    case LabelLanguage::kArabic:
      return ArabicOrEnglishName(entity);
    case LabelLanguage::kEnglish:
      return EnglishOrArabicName(entity);
    case LabelLanguage::kBoth: {
      const std::string ar = ArabicOrEnglishName(entity);
      const std::string en = EnglishOrArabicName(entity);
      return ar == en ? ar : IsolateRightToLeft(ar) + "\n" + en;
    }
  }
  return entity.id;
}

std::string EventText(const EventVertex& event, LabelLanguage language) {
  const std::string_view text = language == LabelLanguage::kEnglish && !event.label_en.empty()
                                ? event.label_en
                            : event.label_ar.empty() ? event.label_en
                                                     : event.label_ar;
  return IsolateRightToLeft(ShortenText(text.empty() ? event.type : text, kEventLabelCodePoints));
}

}  // namespace

GvGraph BuildTimelineDot(const GraphLookup& lookup, const Timeline& timeline,
                         const RenderOptions& options) {
  const EntityGraph& graph = lookup.graph();
  const EventTypeColors colors(graph);
  GvGraph dot("timeline", GvGraph::Kind::kDirected);
  Agraph_t* root = dot.root();
  dot.Set(root, "rankdir", "TB");
  dot.Set(root, "newrank", "true");
  dot.Set(root, "ranksep", "0.35");
  dot.Set(root, "nodesep", "0.25");
  dot.Set(root, "fontname", options.font);
  dot.Set(root, "label", IsolateRightToLeft("الخط الزمني للأحداث") + " · Event timeline");
  dot.Set(root, "labelloc", "t");
  dot.Set(root, "id", "timeline");
  dot.SetDefault(AGNODE, "fontname", options.font);
  dot.SetDefault(AGNODE, "fontsize", "11");
  dot.SetDefault(AGEDGE, "fontname", options.font);
  dot.SetDefault(AGEDGE, "arrowhead", "none");

  // The actors' row, headed by the start of the date chain.
  Agraph_t* actors = dot.Subgraph();
  dot.Set(actors, "rank", "min");
  Agnode_t* head = agnode(actors, const_cast<char*>("time:start"), 1);
  dot.Set(head, "label", IsolateRightToLeft("الزمن") + "\ntime");
  dot.Set(head, "shape", "plaintext");
  dot.Set(head, "id", "time");
  std::map<size_t, Agnode_t*> actor_nodes;  // lane -> node
  for (size_t lane = 0; lane < timeline.lanes.size(); ++lane) {
    if (!timeline.lanes[lane].entity) continue;
    const size_t index = *timeline.lanes[lane].entity;
    const EntityVertex& entity = graph.entities[index];
    Agnode_t* node = agnode(actors, const_cast<char*>(entity.id.c_str()), 1);
    actor_nodes[lane] = node;
    const NodeStyle& style = StyleForType(entity.type);
    dot.Set(node, "label", EscapeGraphvizString(Name(entity, options.label)));
    dot.Set(node, "shape", style.shape);
    dot.Set(node, "style", style.style);
    dot.Set(node, "fillcolor", style.fill);
    dot.Set(node, "color", style.stroke);
    dot.Set(node, "tooltip", EscapeGraphvizString(EntityTooltip(lookup, index)));
    dot.Set(node, "id", "entity-" + SafeId(entity.id));
    dot.Set(node, "class", "entity " + std::string(style.type));
  }

  // One rank per distinct date span, in time order (marks are sorted).
  Agnode_t* previous = head;
  std::pair<int64_t, int64_t> previous_span = {0, -1};
  Agraph_t* rank = nullptr;
  size_t ranks = 0;
  for (const TimelineMark& mark : timeline.marks) {
    const EventVertex& event = graph.events[mark.event];
    const std::pair<int64_t, int64_t> span = {mark.span.first, mark.span.last};
    if (rank == nullptr || span != previous_span) {
      const std::string number = std::to_string(ranks++);
      rank = dot.Subgraph();
      dot.Set(rank, "rank", "same");
      Agnode_t* date_node = agnode(rank, const_cast<char*>(("date:" + number).c_str()), 1);
      dot.Set(date_node, "label", EventDateText(event));
      dot.Set(date_node, "shape", "plaintext");
      dot.Set(date_node, "fontcolor", "#4a5568");
      dot.Set(date_node, "id", "date-" + number);
      Agedge_t* step = dot.Edge(previous, date_node);
      dot.Set(step, "color", "#a0aec0");
      dot.Set(step, "arrowhead", "normal");
      previous = date_node;
      previous_span = span;
    }
    Agnode_t* node = agnode(rank, const_cast<char*>(("event:" + event.id).c_str()), 1);
    const std::string color(colors.Color(event.type));
    dot.Set(node, "label", EscapeGraphvizString(EventText(event, options.label)));
    dot.Set(node, "shape", "box");
    dot.Set(node, "style", mark.vague ? "rounded,dashed" : "rounded,filled");
    dot.Set(node, "fillcolor", color + "33");
    dot.Set(node, "color", color);
    dot.Set(node, "tooltip", EscapeGraphvizString(EventTooltip(lookup, mark.event)));
    dot.Set(node, "id", "event-" + SafeId(event.id));
    dot.Set(node, "class", "event " + SafeId(event.type));
    for (const size_t lane : mark.lanes) {
      const auto actor = actor_nodes.find(lane);
      if (actor == actor_nodes.end()) continue;
      Agedge_t* edge = dot.Edge(actor->second, node);
      dot.Set(edge, "color", color + "99");
      dot.Set(edge, "class", "participation");
    }
  }
  return dot;
}

}  // namespace akhbar
