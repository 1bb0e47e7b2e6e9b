// The tooltips: what each node, edge and timeline mark says about itself and
// the sentences it rests on. Plain text, one fact per line, each
// right-to-left line in Unicode isolates so that viewers lay it out right.
#ifndef AKHBAR_RENDER_EVIDENCE_TEXT_H_
#define AKHBAR_RENDER_EVIDENCE_TEXT_H_

#include <cstddef>
#include <string>

#include "graph/entity_graph.h"
#include "render/graph_lookup.h"

namespace akhbar {

// Sentences quoted per tooltip, strongest first.
inline constexpr size_t kTooltipSentences = 3;

std::string EntityTooltip(const GraphLookup& lookup, size_t entity);
std::string CoMentionTooltip(const GraphLookup& lookup, const EdgeData& edge, size_t entity_a,
                             size_t entity_b);
std::string EventTooltip(const GraphLookup& lookup, size_t event);

// "Tokayev" / "توكاييف", whichever exists, for running text.
std::string EnglishOrArabicName(const EntityVertex& entity);
std::string ArabicOrEnglishName(const EntityVertex& entity);

// "2022-01-05", "1989..2019", "week of 2022-01-02", or "undated".
std::string EventDateText(const EventVertex& event);

// A source for people: "003_a7abf8a6fc12b7f9, sentence 5" (sentences
// counted from 1).
std::string SourceText(const EvidenceRef& ref);

}  // namespace akhbar

#endif  // AKHBAR_RENDER_EVIDENCE_TEXT_H_
