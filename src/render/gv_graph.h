// A thin C++ owner of Graphviz objects: a cgraph graph (Agraph_t) built in
// memory, written as DOT without touching the file system, and a GVC context
// that lays it out and renders it with the installed plugins.
#ifndef AKHBAR_RENDER_GV_GRAPH_H_
#define AKHBAR_RENDER_GV_GRAPH_H_

#include <gvc.h>

#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"

namespace akhbar {

// Graphviz escString values (label, tooltip) treat a backslash as the start
// of an escape; this doubles them so text comes out as written. Graphviz
// copies these values into SVG as they are, so the control characters XML
// forbids are dropped (IsForbiddenInXml).
std::string EscapeGraphvizString(std::string_view text);

class GvGraph {
 public:
  enum class Kind { kUndirected, kDirected };
  GvGraph(std::string_view name, Kind kind);
  GvGraph(GvGraph&&) = default;
  GvGraph& operator=(GvGraph&&) = default;

  Agraph_t* root() const { return graph_.get(); }
  Agnode_t* Node(std::string_view name);
  Agedge_t* Edge(Agnode_t* tail, Agnode_t* head, std::string_view name = "");
  // Anonymous: cgraph orders named subgraphs by the address of their interned
  // name, which would make the written DOT differ from run to run; anonymous
  // ones keep their creation order.
  Agraph_t* Subgraph();

  // Sets an attribute on a graph, node or edge (agsafeset: declares it with
  // an empty default when new).
  void Set(void* object, std::string_view name, std::string_view value);
  // An attribute's value; empty when it was never declared.
  std::string Get(void* object, std::string_view name) const;
  // Sets an HTML-like label: `html` without the enclosing < >.
  void SetHtml(void* object, std::string_view name, std::string_view html);
  // Default attributes for all nodes / edges / the root graph.
  void SetDefault(int kind, std::string_view name, std::string_view value);

  // The graph in DOT, as agwrite writes it.
  StatusOr<std::string> ToDot() const;

 private:
  struct Closer {
    void operator()(Agraph_t* graph) const;
  };
  std::unique_ptr<Agraph_t, Closer> graph_;
};

class GvContext {
 public:
  // The process's Graphviz context, created on first use and never freed:
  // Graphviz 2.42's Pango plugin keeps a pointer to the last font name in
  // static storage, which a freed context leaves dangling (a second context
  // would read freed memory). Loads the installed plugins and checks that
  // Pango text layout, which shapes Arabic, is among them; `format` ("svg"
  // or "svg:cairo") must be renderable too.
  static StatusOr<GvContext> Create(std::string_view format);

  bool HasLayout(std::string_view engine) const;

  // Lays `graph` out with `engine` and renders it in `format`; frees the
  // layout afterwards so the graph can be laid out again.
  StatusOr<std::string> Render(GvGraph& graph, std::string_view engine,
                               std::string_view format) const;

  // The same in steps, for callers that read or change a layout before
  // rendering it. Layout also writes the positions into the graph's
  // attributes (pos, width, height, lp, bb), as Graphviz's DOT output has them.
  Status Layout(GvGraph& graph, std::string_view engine) const;
  StatusOr<std::string> RenderLayout(GvGraph& graph, std::string_view format) const;
  void FreeLayout(GvGraph& graph) const;

 private:
  GVC_t* context_ = nullptr;  // process-wide, see Create
};

}  // namespace akhbar

#endif  // AKHBAR_RENDER_GV_GRAPH_H_
