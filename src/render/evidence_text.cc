#include "render/evidence_text.h"

#include <algorithm>
#include <boost/range/iterator_range.hpp>
#include <set>
#include <utility>
#include <vector>

#include "render/bidi_text.h"
#include "render/text_shorten.h"

namespace akhbar {
namespace {

// Long sentences are cut so that a tooltip stays a tooltip.
constexpr size_t kQuoteCodePoints = 280;

std::string Quote(std::string_view sentence) {
  return "«" + ShortenText(sentence, kQuoteCodePoints) + "»";
}

std::string DateRange(const std::optional<CivilDate>& first, const std::optional<CivilDate>& last) {
  if (!first) return "";
  if (!last || *last == *first) return first->ToIso();
  return first->ToIso() + " – " + last->ToIso();
}

std::string Plural(size_t count, const char* one, const char* many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

// Appends the quoted sentences, strongest first, without repeats.
void AppendEvidence(const std::vector<const EvidenceRef*>& refs, std::string* text) {
  std::set<std::pair<std::string_view, uint32_t>> seen;
  size_t quoted = 0;
  for (const EvidenceRef* ref : refs) {
    if (quoted == kTooltipSentences) break;
    if (!seen.emplace(ref->doc, ref->sentence).second) continue;
    text->append("\n").append(Quote(ref->text)).append("\n   — ").append(SourceText(*ref));
    ++quoted;
  }
}

std::string DateSourceText(std::string_view source) {
  if (source == "sentence") return "stated in the sentence";
  if (source == "document") return "the article's publication date";
  return "no date found";
}

}  // namespace

std::string EnglishOrArabicName(const EntityVertex& entity) {
  if (!entity.label_en.empty()) return entity.label_en;
  return entity.label_ar.empty() ? entity.id : entity.label_ar;
}

std::string ArabicOrEnglishName(const EntityVertex& entity) {
  return entity.label_ar.empty() ? EnglishOrArabicName(entity) : entity.label_ar;
}

std::string SourceText(const EvidenceRef& ref) {
  return std::string(ref.doc) + ", sentence " + std::to_string(ref.sentence + 1);
}

std::string EventDateText(const EventVertex& event) {
  // A week's value (2022-W01, 2022-01-02/P1W) is for programs: people read
  // the day it starts.
  if (event.granularity == Granularity::kWeek && event.earliest) {
    return "week of " + event.earliest->ToIso();
  }
  if (!event.date_value.empty()) return event.date_value;
  if (event.earliest) return DateRange(event.earliest, event.latest);
  return "undated";
}

std::string EntityTooltip(const GraphLookup& lookup, size_t entity_index) {
  const EntityGraph& graph = lookup.graph();
  const EntityVertex& entity = graph.entities[entity_index];
  std::string text = ArabicOrEnglishName(entity);
  if (!entity.label_en.empty() && entity.label_en != text) text += "\n" + entity.label_en;
  text += "\n" + entity.type + " · " + Plural(entity.mentions, "mention", "mentions") + " in " +
          Plural(entity.documents.size(), "document", "documents");
  if (const std::string dates = DateRange(entity.first_seen, entity.last_seen); !dates.empty()) {
    text += " · " + dates;
  }
  // The entity's strongest sentences are those of its heaviest links.
  std::vector<const EdgeData*> edges;
  if (const std::optional<Vertex> vertex = lookup.EntityVertex(entity_index)) {
    for (const Edge edge : boost::make_iterator_range(boost::out_edges(*vertex, graph.graph))) {
      edges.push_back(&graph.graph[edge]);
    }
  }
  std::stable_sort(edges.begin(), edges.end(),
                   [](const EdgeData* a, const EdgeData* b) { return a->weight > b->weight; });
  std::vector<const EvidenceRef*> refs;
  for (const EdgeData* edge : edges) {
    for (const EvidenceRef& ref : edge->evidence) refs.push_back(&ref);
  }
  AppendEvidence(refs, &text);
  return IsolateRightToLeftLines(text);
}

std::string CoMentionTooltip(const GraphLookup& lookup, const EdgeData& edge, size_t entity_a,
                             size_t entity_b) {
  const EntityVertex& a = lookup.graph().entities[entity_a];
  const EntityVertex& b = lookup.graph().entities[entity_b];
  std::string text = ArabicOrEnglishName(a) + " — " + ArabicOrEnglishName(b);
  text.append("\n")
      .append(EnglishOrArabicName(a))
      .append(" — ")
      .append(EnglishOrArabicName(b))
      .append(": ")
      .append(Plural(edge.weight, "shared sentence", "shared sentences"))
      .append(" in ")
      .append(Plural(edge.documents.size(), "document", "documents"));
  if (const std::string dates = DateRange(edge.first_date, edge.last_date); !dates.empty()) {
    text += " · " + dates;
  }
  std::vector<const EvidenceRef*> refs;
  for (const EvidenceRef& ref : edge.evidence) refs.push_back(&ref);
  AppendEvidence(refs, &text);
  return IsolateRightToLeftLines(text);
}

std::string EventTooltip(const GraphLookup& lookup, size_t event_index) {
  const EventVertex& event = lookup.graph().events[event_index];
  std::string text(event.label_ar.empty() ? event.type : event.label_ar);
  std::string kind(event.label_en.empty() ? event.type : event.label_en);
  if (!event.label_en.empty()) kind.append(" · ").append(event.type);
  if (!event.cameo.empty()) kind.append(" (CAMEO ").append(event.cameo).append(")");
  text += "\n" + kind;
  text += "\ndate: " + EventDateText(event) + " — " + DateSourceText(event.date_source);
  if (event.vague) text += " (approximate)";
  std::string participants;
  for (const EventParticipant& participant : event.participants) {
    const std::optional<size_t> index = lookup.EntityIndex(participant.entity);
    const std::string name =
        index ? EnglishOrArabicName(lookup.graph().entities[*index])
              : std::string(participant.entity);
    participants.append(participants.empty() ? "" : ", ")
        .append(name)
        .append(" (")
        .append(participant.role)
        .append(")");
  }
  if (!participants.empty()) text += "\nparticipants: " + participants;
  if (!event.evidence.empty()) text.append("\n").append(Quote(event.evidence));
  if (!event.sources.empty()) {
    text += "\nsources:";
    for (const EvidenceRef& ref : event.sources) text += "\n   " + SourceText(ref);
  }
  return IsolateRightToLeftLines(text);
}

}  // namespace akhbar
