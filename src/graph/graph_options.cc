#include "graph/graph_options.h"

namespace akhbar {

std::string_view WindowName(CoMentionWindow window) {
  switch (window) {
    case CoMentionWindow::kSentence: return "sentence";
    case CoMentionWindow::kParagraph: return "paragraph";
    case CoMentionWindow::kDocument: return "document";
  }
  return "sentence";
}

std::optional<CoMentionWindow> ParseWindow(std::string_view name) {
  for (const CoMentionWindow window :
       {CoMentionWindow::kSentence, CoMentionWindow::kParagraph, CoMentionWindow::kDocument}) {
    if (WindowName(window) == name) return window;
  }
  return std::nullopt;
}

}  // namespace akhbar
