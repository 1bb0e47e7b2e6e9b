#include "graph/corpus_pipeline.h"

#include <tbb/enumerable_thread_specific.h>
#include <tbb/global_control.h>
#include <tbb/parallel_pipeline.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <optional>
#include <thread>
#include <utility>

#include "extract/extraction_json.h"

namespace akhbar {
namespace {

// What travels down the pipeline: a record, then its result or problem.
struct WorkItem {
  std::string source;
  std::optional<CorpusRecord> record;
  Status problem = Status::Ok();
  ProcessedDocument document;
};

}  // namespace

unsigned EffectiveThreads(unsigned threads) {
  if (threads > 0) return threads;
  return std::max(1u, std::thread::hardware_concurrency());
}

void RunWithThreads(unsigned threads, const std::function<void()>& work) {
  const unsigned effective = EffectiveThreads(threads);
  // The limit lets a user ask for more threads than cores (TBB would
  // otherwise cap the workers and warn).
  const tbb::global_control limit(tbb::global_control::max_allowed_parallelism, effective);
  tbb::task_arena arena(static_cast<int>(effective));
  arena.execute(work);
}

void RunCorpusPipeline(const Corpus& corpus, const Extractor& extractor,
                       const SentenceFingerprinter& fingerprinter,
                       const PipelineOptions& options,
                       const std::function<void(ProcessedDocument&&)>& sink,
                       std::vector<CorpusProblem>* problems) {
  const unsigned threads = EffectiveThreads(options.threads);
  CorpusReader reader(corpus);
  bool stopped = false;  // read by the input stage, set by the output stage
  std::atomic<bool> stop{false};

  // A layout per thread, its arrays reused from one document to the next.
  // Safe while nothing the process stage calls runs TBB work of its own: a
  // thread waiting on that could take up a second document mid-layout.
  tbb::enumerable_thread_specific<TextLayout> layouts;
  // A text store per thread, which the documents' partial graphs share, so
  // that the sink takes their text in without copying it.
  tbb::enumerable_thread_specific<std::shared_ptr<TextStore>> text_stores(
      [] { return std::make_shared<TextStore>(); });
  using Item = std::unique_ptr<WorkItem>;
  const auto read = [&](tbb::flow_control& control) -> Item {
    if (stop.load()) {
      control.stop();
      return nullptr;
    }
    std::optional<StatusOr<CorpusRecord>> record = reader.Next();
    if (!record) {
      control.stop();
      return nullptr;
    }
    auto item = std::make_unique<WorkItem>();
    item->source = reader.source();
    if (record->ok()) {
      item->record = std::move(**record);
    } else {
      item->problem = record->status();
    }
    return item;
  };
  const auto process = [&](Item item) -> Item {
    if (!item->record) return item;
    StatusOr<Document> document = corpus.Decode(std::move(*item->record));
    item->record.reset();
    if (!document.ok()) {
      item->problem = document.status();
      return item;
    }
    ProcessedDocument& processed = item->document;
    TextLayout& layout = layouts.local();
    // Without the extraction file, only the graph reads the sentences.
    Extraction extraction = extractor.Extract(
        *document, &layout,
        options.json_lines ? ExtractionScope::kWhole : ExtractionScope::kGraphFacts);
    if (options.json_lines) {
      processed.json_line = ExtractionToJsonLine(extraction);
      processed.json_line.push_back('\n');
    }
    if (options.partial_graphs) {
      processed.partial = PartialGraph(text_stores.local());
      if (Status status = processed.partial.Add(extraction, fingerprinter, layout); !status.ok()) {
        item->problem = status;
      }
    }
    processed.summary = ExtractionSummary{.doc = std::move(extraction.doc),
                                          .bytes = document->text.size(),
                                          .sentences = extraction.sentences.size(),
                                          .mentions = extraction.mentions.size(),
                                          .dates = extraction.dates.size(),
                                          .events = extraction.events.size(),
                                          .skipped_lines = extraction.skipped.size(),
                                          .warnings = std::move(extraction.warnings)};
    return item;
  };
  const auto deliver = [&](Item item) {
    if (stopped) return;
    if (!item->problem.ok()) {
      problems->push_back({item->source, item->problem});
      if (!corpus.keep_going()) {
        stopped = true;
        stop.store(true);
      }
      return;
    }
    sink(std::move(item->document));
  };

  // A few documents in flight per thread keep every thread busy while the
  // in-order output waits for a slow one.
  const size_t in_flight = 4 * threads;
  RunWithThreads(threads, [&] {
    tbb::parallel_pipeline(
        in_flight,
        tbb::make_filter<void, Item>(tbb::filter_mode::serial_in_order, read) &
            tbb::make_filter<Item, Item>(tbb::filter_mode::parallel, process) &
            tbb::make_filter<Item, void>(tbb::filter_mode::serial_in_order, deliver));
  });
  for (const std::shared_ptr<TextStore>& store : text_stores) store->ForgetKept();
}

}  // namespace akhbar
