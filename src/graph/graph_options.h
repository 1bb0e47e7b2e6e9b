// How the graph is built and what of it is kept.
#ifndef AKHBAR_GRAPH_GRAPH_OPTIONS_H_
#define AKHBAR_GRAPH_GRAPH_OPTIONS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/near_duplicates.h"

namespace akhbar {

// Two entities are linked when they are named in the same sentence, the
// same paragraph, or the same document.
enum class CoMentionWindow { kSentence, kParagraph, kDocument };
std::string_view WindowName(CoMentionWindow window);
std::optional<CoMentionWindow> ParseWindow(std::string_view name);

struct GraphFilters {
  uint32_t min_weight = 1;  // co-mention edges lighter than this are dropped
  size_t top = 0;           // keep the N most central entities; 0 = all
  // Node types to keep: entity types (person, organization, media, place,
  // country, other) and "event"; empty = all.
  std::vector<std::string> types;
};

struct GraphOptions {
  CoMentionWindow window = CoMentionWindow::kSentence;
  size_t max_evidence = 5;  // evidence references per co-mention edge
  // Document ids listed per entity and edge (all are counted); 0 = all.
  size_t max_documents = 20;
  DedupOptions dedup;
  GraphFilters filters;
};

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_GRAPH_OPTIONS_H_
