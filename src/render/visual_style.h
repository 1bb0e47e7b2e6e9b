// How kinds of things look, shared by the relationship map and the timeline
// so that a country is the same green hexagon in both pictures.
#ifndef AKHBAR_RENDER_VISUAL_STYLE_H_
#define AKHBAR_RENDER_VISUAL_STYLE_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "graph/entity_graph.h"

namespace akhbar {

struct NodeStyle {
  std::string_view type;   // the entity type it is for, or "event"
  std::string_view shape;  // Graphviz node shape
  std::string_view style;  // Graphviz node style
  std::string_view fill;
  std::string_view stroke;
  std::string_view name_ar;  // for legends
  std::string_view name_en;
};

// person, organization, media, country, place, event; anything else gets
// "other".
const NodeStyle& StyleForType(std::string_view type);

// The styles in legend order.
const std::vector<NodeStyle>& AllNodeStyles();

// Colours for the event types of one graph, given in sorted order of the
// type ids so that both pictures agree: distinct for up to 19 types, then
// repeating.
class EventTypeColors {
 public:
  explicit EventTypeColors(const EntityGraph& graph);
  std::string_view Color(std::string_view type) const;
  const std::vector<std::string>& types() const { return types_; }

 private:
  std::vector<std::string> types_;  // sorted
  std::map<std::string, size_t, std::less<>> index_;
};

}  // namespace akhbar

#endif  // AKHBAR_RENDER_VISUAL_STYLE_H_
