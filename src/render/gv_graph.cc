#include "render/gv_graph.h"

#include <cstdlib>

#include "render/markup.h"

namespace akhbar {
namespace {

// Graphviz reports problems through one process-wide callback; they are
// collected here and returned in the Status instead of going to stderr.
std::string& GraphvizMessages() {
  static std::string messages;
  return messages;
}

int CollectMessage(char* message) {
  GraphvizMessages() += message;
  return 0;
}

void CaptureGraphvizMessages() {
  agseterrf(CollectMessage);
  agseterr(AGWARN);
  agreseterrors();
  GraphvizMessages().clear();
}

std::string TakeGraphvizMessages() {
  std::string messages = std::move(GraphvizMessages());
  GraphvizMessages().clear();
  while (!messages.empty() && (messages.back() == '\n' || messages.back() == ' ')) {
    messages.pop_back();
  }
  return messages.empty() ? "no details" : messages;
}

int PutString(void* chan, const char* text) {
  static_cast<std::string*>(chan)->append(text);
  return 0;
}

int FlushNothing(void*) { return 0; }

// Writing into a std::string passed as agwrite's channel.
Agdisc_t* StringDiscipline() {
  static Agiodisc_t io = {AgIoDisc.afread, PutString, FlushNothing};
  static Agdisc_t discipline = {&AgMemDisc, &AgIdDisc, &io};
  return &discipline;
}

// cgraph predates const: its char* parameters are not written through.
char* C(const std::string& text) { return const_cast<char*>(text.c_str()); }

bool HasPlugin(GVC_t* context, const char* kind, std::string_view name) {
  int count = 0;
  char** plugins = gvPluginList(context, kind, &count, nullptr);
  bool found = false;
  for (int i = 0; i < count; ++i) {
    found = found || name == plugins[i];
    std::free(plugins[i]);
  }
  std::free(plugins);
  return found;
}

}  // namespace

std::string EscapeGraphvizString(std::string_view text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (const char c : text) {
    if (IsForbiddenInXml(c)) continue;
    if (c == '\\') escaped += '\\';
    escaped += c;
  }
  return escaped;
}

void GvGraph::Closer::operator()(Agraph_t* graph) const { agclose(graph); }

GvGraph::GvGraph(std::string_view name, Kind kind) {
  const std::string owned(name);
  graph_.reset(
      agopen(C(owned), kind == Kind::kDirected ? Agdirected : Agundirected, StringDiscipline()));
}

Agnode_t* GvGraph::Node(std::string_view name) {
  return agnode(graph_.get(), C(std::string(name)), 1);
}

Agedge_t* GvGraph::Edge(Agnode_t* tail, Agnode_t* head, std::string_view name) {
  const std::string owned(name);
  return agedge(graph_.get(), tail, head, owned.empty() ? nullptr : C(owned), 1);
}

Agraph_t* GvGraph::Subgraph() {
  return agsubg(graph_.get(), nullptr, 1);
}

void GvGraph::Set(void* object, std::string_view name, std::string_view value) {
  const std::string owned_name(name);
  const std::string owned_value(value);
  agsafeset(object, C(owned_name), C(owned_value), C(""));
}

std::string GvGraph::Get(void* object, std::string_view name) const {
  const std::string owned_name(name);
  const char* value = agget(object, C(owned_name));
  return value != nullptr ? value : "";
}

void GvGraph::SetHtml(void* object, std::string_view name, std::string_view html) {
  const std::string owned_name(name);
  const std::string owned_html(html);
  agsafeset(object, C(owned_name), C(""), C(""));
  Agraph_t* graph = agraphof(object);
  // agxset finds the HTML-flagged copy by its text and keeps its own reference.
  char* value = agstrdup_html(graph, C(owned_html));
  agxset(object, agattrsym(object, C(owned_name)), value);
  agstrfree(graph, value);
}

void GvGraph::SetDefault(int kind, std::string_view name, std::string_view value) {
  const std::string owned_name(name);
  const std::string owned_value(value);
  agattr(graph_.get(), kind, C(owned_name), C(owned_value));
}

StatusOr<std::string> GvGraph::ToDot() const {
  std::string dot;
  if (agwrite(graph_.get(), &dot) != 0) return OutputError("Graphviz could not write DOT");
  return dot;
}

StatusOr<GvContext> GvContext::Create(std::string_view format) {
  CaptureGraphvizMessages();
  static GVC_t* const shared = gvContext();
  GvContext context;
  context.context_ = shared;
  if (context.context_ == nullptr) {
    return OutputError("Graphviz could not start: " + TakeGraphvizMessages());
  }
  if (!HasPlugin(context.context_, "textlayout", "textlayout")) {
    return OutputError(
        "Graphviz has no text layout plugin (Pango), so it cannot shape Arabic labels; "
        "install the graphviz package and run `dot -c` as root");
  }
  const bool outlines = format == "svg:cairo";
  if (!HasPlugin(context.context_, "render", outlines ? "cairo" : "svg")) {
    return OutputError("Graphviz cannot render " + std::string(format) +
                       "; install the graphviz package and run `dot -c` as root");
  }
  return context;
}

bool GvContext::HasLayout(std::string_view engine) const {
  return HasPlugin(context_, "layout", engine);
}

StatusOr<std::string> GvContext::Render(GvGraph& graph, std::string_view engine,
                                        std::string_view format) const {
  if (Status laid_out = Layout(graph, engine); !laid_out.ok()) return laid_out;
  StatusOr<std::string> output = RenderLayout(graph, format);
  FreeLayout(graph);
  return output;
}

Status GvContext::Layout(GvGraph& graph, std::string_view engine) const {
  CaptureGraphvizMessages();
  const std::string owned_engine(engine);
  if (gvLayout(context_, graph.root(), owned_engine.c_str()) != 0) {
    return OutputError("Graphviz " + owned_engine + " layout failed: " + TakeGraphvizMessages());
  }
  attach_attrs(graph.root());
  return Status::Ok();
}

StatusOr<std::string> GvContext::RenderLayout(GvGraph& graph, std::string_view format) const {
  CaptureGraphvizMessages();
  const std::string owned_format(format);
  char* data = nullptr;
  unsigned int length = 0;
  const int rendered =
      gvRenderData(context_, graph.root(), owned_format.c_str(), &data, &length);
  std::string output = rendered == 0 && data != nullptr ? std::string(data, length) : "";
  gvFreeRenderData(data);
  if (rendered != 0) {
    return OutputError("Graphviz could not render " + owned_format + ": " + TakeGraphvizMessages());
  }
  TakeGraphvizMessages();  // warnings of a successful run are not errors
  return output;
}

void GvContext::FreeLayout(GvGraph& graph) const { gvFreeLayout(context_, graph.root()); }

}  // namespace akhbar
