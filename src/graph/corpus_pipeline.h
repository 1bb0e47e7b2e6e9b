// The corpus on many threads: records are read in order, decoded, extracted,
// serialized and turned into partial graphs in parallel, and handed back one
// at a time in corpus order, so that every output is the same whatever the
// thread count. Work is split by document.
#ifndef AKHBAR_GRAPH_CORPUS_PIPELINE_H_
#define AKHBAR_GRAPH_CORPUS_PIPELINE_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "extract/corpus.h"
#include "extract/extraction.h"
#include "extract/extractor.h"
#include "graph/partial_graph.h"
#include "graph/sentence_fingerprint.h"

namespace akhbar {

struct PipelineOptions {
  unsigned threads = 0;  // 0: every core
  bool json_lines = true;       // fill ProcessedDocument::json_line (else ExtractionScope::kGraphFacts)
  bool partial_graphs = true;   // fill ProcessedDocument::partial
};

// What the sink learns of a document's extraction. The extraction itself is
// serialized and folded into the partial graph on the thread that made it,
// and freed there: freed on the sink's thread, its many small blocks went
// back to the other thread's heap, and the two fought over its lock.
struct ExtractionSummary {
  std::string doc;
  size_t bytes = 0;  // of the document's text
  size_t sentences = 0;
  size_t mentions = 0;
  size_t dates = 0;  // found: without json_lines, in the sentences with facts only
  size_t events = 0;
  size_t skipped_lines = 0;
  std::vector<std::string> warnings;
};

struct ProcessedDocument {
  ExtractionSummary summary;
  std::string json_line;  // ExtractionToJsonLine, with its newline
  PartialGraph partial;   // this document alone
};

// `sink` runs on one thread at a time, in corpus order. A document that
// cannot be read goes to `problems`, in order; without keep-going the first
// problem ends the run and nothing after it reaches `sink`.
void RunCorpusPipeline(const Corpus& corpus, const Extractor& extractor,
                       const SentenceFingerprinter& fingerprinter,
                       const PipelineOptions& options,
                       const std::function<void(ProcessedDocument&&)>& sink,
                       std::vector<CorpusProblem>* problems);

// The thread count `threads` stands for (0 = every core).
unsigned EffectiveThreads(unsigned threads);

// Runs `work` with the parallel parts of the library (building the graph,
// writing its files) on at most `threads` threads (0 = every core).
void RunWithThreads(unsigned threads, const std::function<void()>& work);

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_CORPUS_PIPELINE_H_
