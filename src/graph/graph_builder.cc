#include "graph/graph_builder.h"

#include <memory>
#include <utility>
#include <vector>

#include <tbb/task_group.h>

#include "graph/co_mentions.h"
#include "graph/deduplicated_corpus.h"
#include "graph/entity_collector.h"
#include "graph/event_builder.h"
#include "graph/graph_assembly.h"
#include "graph/graph_filter.h"

namespace akhbar {
namespace {

GraphStats StatsOf(const PartialGraph& partial, const DeduplicatedCorpus& corpus) {
  GraphStats stats;
  stats.documents = static_cast<uint32_t>(partial.documents().size());
  stats.folded_sentences = static_cast<uint32_t>(corpus.folded());
  for (const auto& [doc, document] : partial.documents()) {
    stats.sentences += document.sentences;
    stats.mentions += document.mentions;
    stats.dates += document.dates;
    stats.event_mentions += document.events;
    stats.skipped_lines += document.skipped_lines;
  }
  return stats;
}

}  // namespace

EntityGraph BuildGraph(PartialGraph partial, const RuleSet& rules, const GraphOptions& options) {
  std::vector<GraphEdge> edges;
  EventSet events;
  std::vector<EntityVertex> entities;
  GraphStats stats;
  std::vector<std::shared_ptr<const void>> texts(partial.texts().begin(), partial.texts().end());
  partial.ForgetKeptText();
  {
    const DeduplicatedCorpus corpus = Deduplicate(partial, options.dedup);
    stats = StatsOf(partial, corpus);
    // The three collections read the corpus and nothing else: they run side
    // by side, while this thread frees the fingerprints (which the corpus
    // does not view). Events and co-mentions take longest, which of them
    // depends on the news: queued first and last, events are the task an
    // idle thread takes first and co-mentions the one this thread takes
    // first, from the back, once it has freed; entities go to whichever is
    // free first. With one thread the fingerprints are gone before the
    // collections grow.
    tbb::task_group collections;
    collections.run(
        [&] {
          events = CollectEvents(corpus, rules.events(), rules.entities(), options.max_documents);
        });
    collections.run(
        [&] { entities = CollectEntities(corpus, rules.entities(), options.max_documents); });
    collections.run([&] {
      edges = CollectCoMentions(corpus, options.window, options.max_evidence,
                                options.max_documents);
    });
    partial.DropFingerprints();
    collections.wait();
  }
  // The graph views the sentences' text and copies the rest: free the rest
  // before the graph is assembled, so that the two never share the peak.
  partial = PartialGraph();
  texts.push_back(std::move(events.strings));
  EntityGraph whole =
      AssembleGraph(std::move(entities), std::move(events.events), std::move(edges), stats);
  whole.texts = std::move(texts);
  return FilterGraph(std::move(whole), options.filters);
}

}  // namespace akhbar
