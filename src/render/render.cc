#include "render/render.h"

#include <system_error>

#include "base/atomic_file.h"
#include "render/font_chain.h"
#include "render/graph_lookup.h"
#include "render/gv_graph.h"
#include "render/local_routing.h"
#include "render/map_selection.h"
#include "render/relationship_map.h"
#include "render/text_measure.h"
#include "render/timeline_dot.h"
#include "render/timeline_json.h"
#include "render/timeline_model.h"
#include "render/timeline_svg.h"

namespace akhbar {
namespace {

Status MakeDirectory(const std::filesystem::path& dir) {
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) return OutputError(dir.string() + ": cannot create directory: " + error.message());
  return Status::Ok();
}

// Writes `content` to dir/name and records the path.
Status Write(const std::filesystem::path& dir, const char* name, std::string_view content,
             WrittenFiles* written) {
  const std::filesystem::path path = dir / name;
  if (Status status = WriteFileAtomically(path, content); !status.ok()) return status;
  written->push_back(path);
  return Status::Ok();
}

}  // namespace

const std::vector<std::string>& PictureFileNames() {
  static const std::vector<std::string> names = {"graph.dot",     "graph.svg",
                                                 "timeline.svg",  "timeline.dot",
                                                 "timeline.json", "timeline.vis.json"};
  return names;
}

StatusOr<LabelLanguage> ParseLabelLanguage(const std::string& text) {
  if (text == "ar") return LabelLanguage::kArabic;
  if (text == "en") return LabelLanguage::kEnglish;
  if (text == "both") return LabelLanguage::kBoth;
  return UsageError("--label must be ar, en or both, not \"" + text + "\"");
}

StatusOr<SvgText> ParseSvgText(const std::string& text) {
  if (text == "native") return SvgText::kNative;
  if (text == "outlines") return SvgText::kOutlines;
  return UsageError("--svg-text must be native or outlines, not \"" + text + "\"");
}

StatusOr<WrittenFiles> RenderGraph(const EntityGraph& graph, const RenderOptions& options,
                                   const std::filesystem::path& out_dir) {
  // Graphviz falls back silently to a font without Arabic; refuse instead.
  if (StatusOr<FontChain> fonts = FontChain::ForFamily(options.font); !fonts.ok()) {
    return fonts.status();
  }
  const char* format = options.svg_text == SvgText::kOutlines ? "svg:cairo" : "svg";
  StatusOr<GvContext> context = GvContext::Create(format);
  if (!context.ok()) return context.status();

  const GraphLookup lookup(graph);
  const MapSelection selection =
      SelectForMap(lookup, {options.top, options.min_weight, options.events});
  const std::string engine =
      ChooseEngine(selection.entities.size() + selection.events.size(), options.engine);
  if (!context->HasLayout(engine)) {
    return UsageError("unknown Graphviz layout engine \"" + engine +
                      "\" (try dot, neato, fdp, sfdp, circo or twopi)");
  }
  GvGraph map = BuildRelationshipMap(lookup, selection, options, engine);

  if (Status status = MakeDirectory(out_dir); !status.ok()) return status;
  WrittenFiles written;
  StatusOr<std::string> dot = map.ToDot();
  if (!dot.ok()) return dot.status();
  if (Status status = Write(out_dir, "graph.dot", *dot, &written); !status.ok()) return status;
  StatusOr<std::string> svg = RenderWithLocalRouting(*context, map, engine, format);
  if (!svg.ok()) return svg.status();
  if (Status status = Write(out_dir, "graph.svg", *svg, &written); !status.ok()) return status;
  return written;
}

StatusOr<WrittenFiles> RenderTimeline(const EntityGraph& graph, const RenderOptions& options,
                                      const std::filesystem::path& out_dir) {
  StatusOr<FontChain> fonts = FontChain::ForFamily(options.font);
  if (!fonts.ok()) return fonts.status();
  const TextMeasurer measure(*fonts);
  const GraphLookup lookup(graph);
  const Timeline timeline = BuildTimeline(lookup, options.lanes);
  StatusOr<std::string> dot = BuildTimelineDot(lookup, timeline, options).ToDot();
  if (!dot.ok()) return dot.status();

  if (Status status = MakeDirectory(out_dir); !status.ok()) return status;
  WrittenFiles written;
  const std::pair<const char*, std::string> files[] = {
      {"timeline.svg", DrawTimelineSvg(lookup, timeline, options, measure)},
      {"timeline.dot", std::move(*dot)},
      {"timeline.json", TimelineJsJson(lookup, timeline, options.label)},
      {"timeline.vis.json", VisTimelineJson(lookup, timeline, options.label)},
  };
  for (const auto& [name, content] : files) {
    if (Status status = Write(out_dir, name, content, &written); !status.ok()) return status;
  }
  return written;
}

StatusOr<WrittenFiles> RenderAll(const EntityGraph& graph, const RenderOptions& options,
                                 const std::filesystem::path& out_dir) {
  StatusOr<WrittenFiles> written = RenderGraph(graph, options, out_dir);
  if (!written.ok()) return written;
  StatusOr<WrittenFiles> timeline = RenderTimeline(graph, options, out_dir);
  if (!timeline.ok()) return timeline;
  written->insert(written->end(), timeline->begin(), timeline->end());
  return written;
}

}  // namespace akhbar
