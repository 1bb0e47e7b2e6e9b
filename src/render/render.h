// The pictures: the relationship map (graph.dot, graph.svg) and the event
// timeline (timeline.svg, timeline.dot, timeline.json, timeline.vis.json),
// drawn from the graph stage's EntityGraph.
#ifndef AKHBAR_RENDER_RENDER_H_
#define AKHBAR_RENDER_RENDER_H_

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "base/status.h"
#include "graph/entity_graph.h"

namespace akhbar {

enum class LabelLanguage { kArabic, kEnglish, kBoth };
// Native SVG keeps the text as text (searchable, with tooltips and ids);
// outlines turns glyphs into paths (Graphviz's svg:cairo) so every viewer
// shows the same shapes, at the cost of the tooltips and ids.
enum class SvgText { kNative, kOutlines };

struct RenderOptions {
  // Entities on the relationship map, ranked by mentions and betweenness
  // (those of them left without an edge are not drawn).
  size_t top = 40;
  // Co-mention edges lighter than this are left out. 0 = automatic: the
  // smallest weight that keeps at most kMaxEdgesPerNode edges per node.
  uint32_t min_weight = 0;
  // Event nodes on the map (those with the most sources); 0 = none.
  size_t events = 10;
  // Graphviz layout engine; empty = neato up to kLargeGraphNodes nodes,
  // sfdp above (see relationship_map.h).
  std::string engine;
  LabelLanguage label = LabelLanguage::kBoth;
  SvgText svg_text = SvgText::kNative;
  // Timeline lanes: the actors taking part in the most dated events.
  size_t lanes = 8;
  // Must cover Arabic; Latin falls back through fontconfig.
  std::string font = "Noto Sans Arabic";
};

using WrittenFiles = std::vector<std::filesystem::path>;

// The names of the files RenderAll writes.
const std::vector<std::string>& PictureFileNames();

// graph.dot and graph.svg in `out_dir` (created if missing).
StatusOr<WrittenFiles> RenderGraph(const EntityGraph& graph, const RenderOptions& options,
                                   const std::filesystem::path& out_dir);

// timeline.svg, timeline.dot, timeline.json and timeline.vis.json.
StatusOr<WrittenFiles> RenderTimeline(const EntityGraph& graph, const RenderOptions& options,
                                      const std::filesystem::path& out_dir);

// Both of the above.
StatusOr<WrittenFiles> RenderAll(const EntityGraph& graph, const RenderOptions& options,
                                 const std::filesystem::path& out_dir);

// Parses the CLI spellings: "ar" | "en" | "both", "native" | "outlines".
StatusOr<LabelLanguage> ParseLabelLanguage(const std::string& text);
StatusOr<SvgText> ParseSvgText(const std::string& text);

}  // namespace akhbar

#endif  // AKHBAR_RENDER_RENDER_H_
