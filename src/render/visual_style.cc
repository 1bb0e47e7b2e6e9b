#include "render/visual_style.h"

#include <algorithm>
#include <array>

namespace akhbar {

const std::vector<NodeStyle>& AllNodeStyles() {
  static const std::vector<NodeStyle> styles = {
      {"person", "ellipse", "filled", "#dcebf8", "#2b6cb0", "شخص", "person"},
      {"organization", "box", "filled,rounded", "#fde7d2", "#c05621", "منظمة", "organization"},
      {"media", "tab", "filled", "#d4f1f1", "#2c7a7b", "وسيلة إعلام", "media"},
      {"country", "hexagon", "filled", "#dff0da", "#2f855a", "دولة", "country"},
      {"place", "octagon", "filled", "#ece3fa", "#6b46c1", "مكان", "place"},
      {"event", "note", "filled", "#fff5cc", "#b7791f", "حدث", "event"},
      {"other", "ellipse", "filled,dashed", "#eeeeee", "#666666", "أخرى", "other"},
  };
  return styles;
}

const NodeStyle& StyleForType(std::string_view type) {
  const auto& styles = AllNodeStyles();
  const auto found = std::find_if(styles.begin(), styles.end(),
                                  [type](const NodeStyle& style) { return style.type == type; });
  return found != styles.end() ? *found : styles.back();
}

EventTypeColors::EventTypeColors(const EntityGraph& graph) {
  for (const EventVertex& event : graph.events) index_.emplace(event.type, 0);
  for (auto& [type, index] : index_) {
    index = types_.size();
    types_.push_back(type);
  }
}

std::string_view EventTypeColors::Color(std::string_view type) const {
  // Tableau 10, distinguishable and readable against white, then nine
  // darker or stronger hues from Paul Tol's and ColorBrewer's sets: the
  // samples alone have 17 types, and two alike read as one in the legend.
  static constexpr std::array<std::string_view, 19> kPalette = {
      "#e15759", "#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948",
      "#9c755f", "#ff9da7", "#bab0ac", "#332288", "#88ccee", "#117733", "#999933",
      "#882255", "#e7298a", "#6a3d9a", "#d55e00", "#a6761d"};
  const auto found = index_.find(type);
  return kPalette[(found == index_.end() ? 0 : found->second) % kPalette.size()];
}

}  // namespace akhbar
