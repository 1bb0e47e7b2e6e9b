// akhbar render: graph.json -> the pictures (relationship map and timeline).
#include <iostream>

#include "cli/cli_common.h"
#include "graph/graph_json_reader.h"
#include "render/render.h"

namespace akhbar::cli {
namespace {

class RenderCommand : public Command {
 public:
  CLI::App* Register(CLI::App& app) override {
    CLI::App* command = app.add_subcommand(
        "render", "Draw the relationship map and the event timeline from a graph.json");
    command->add_option("graph", graph_, "graph.json written by akhbar build")
        ->required()
        ->check(CLI::ExistingFile);
    command->add_option("--out", out_, "Output directory")->required();
    command->add_option("--top", options_.top, "Entities on the map, by mentions and betweenness")
        ->capture_default_str();
    command
        ->add_option("--min-weight", options_.min_weight,
                     "Hide co-mention edges of fewer shared sentences (0 = automatic: at "
                     "most 3 edges per entity)")
        ->capture_default_str();
    command->add_option("--events", options_.events, "Event nodes on the map (0 = none)")
        ->capture_default_str();
    command->add_option("--engine", options_.engine,
                        "Graphviz layout engine (default: neato up to 150 nodes, sfdp above)");
    command->add_option("--label", label_, "Node labels: ar, en or both")
        ->check(CLI::IsMember({"ar", "en", "both"}))
        ->capture_default_str();
    command->add_option("--lanes", options_.lanes, "Timeline lanes: the actors in the most events")
        ->capture_default_str();
    command
        ->add_option("--svg-text", svg_text_,
                     "native: SVG text with tooltips; outlines: glyphs as paths, identical "
                     "in every viewer (no tooltips)")
        ->check(CLI::IsMember({"native", "outlines"}))
        ->capture_default_str();
    command->add_option("--font", options_.font, "Font family; must cover Arabic")
        ->capture_default_str();
    command->add_flag("-q,--quiet", quiet_, "Do not list the files written");
    command->footer(
        "Writes graph.dot, graph.svg, timeline.svg, timeline.dot, timeline.json (TimelineJS)\n"
        "and timeline.vis.json (vis-timeline).\n"
        "Example:\n  akhbar render out/graph.json --out out --top 30 --label ar");
    return command;
  }

  int Run() override {
    StatusOr<LabelLanguage> label = ParseLabelLanguage(label_);
    if (!label.ok()) return Fail(label.status());
    options_.label = *label;
    StatusOr<SvgText> svg_text = ParseSvgText(svg_text_);
    if (!svg_text.ok()) return Fail(svg_text.status());
    options_.svg_text = *svg_text;
    StatusOr<EntityGraph> graph = ReadGraphJsonFile(graph_);
    if (!graph.ok()) return Fail(graph.status());
    StatusOr<WrittenFiles> written = RenderAll(*graph, options_, out_);
    if (!written.ok()) return Fail(written.status());
    if (!quiet_) {
      for (const std::filesystem::path& path : *written) {
        std::cerr << "akhbar: wrote " << path.string() << "\n";
      }
    }
    return 0;
  }

 private:
  std::string graph_;
  std::string out_;
  std::string label_ = "both";
  std::string svg_text_ = "native";
  bool quiet_ = false;
  RenderOptions options_;
};

}  // namespace

std::unique_ptr<Command> MakeRenderCommand() { return std::make_unique<RenderCommand>(); }

}  // namespace akhbar::cli
