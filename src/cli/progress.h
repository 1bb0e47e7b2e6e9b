// Progress on standard error while a long run reads its corpus, and the
// closing summary.
#ifndef AKHBAR_CLI_PROGRESS_H_
#define AKHBAR_CLI_PROGRESS_H_

#include <chrono>
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "extract/corpus.h"
#include "graph/corpus_pipeline.h"

namespace akhbar::cli {

class Progress {
 public:
  // Draws only when stderr is a terminal, not quiet, and the run has
  // already taken more than a second.
  explicit Progress(bool quiet);

  void Add(const ExtractionSummary& summary);
  // Ends the progress line and prints the summary (unless quiet).
  void Finish(const std::vector<CorpusProblem>& problems,
              const std::map<std::string, size_t>& extra = {});

  size_t documents() const { return documents_; }

 private:
  bool quiet_;
  bool terminal_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
  size_t documents_ = 0, bytes_ = 0, sentences_ = 0, mentions_ = 0, dates_ = 0,
         events_ = 0, skipped_ = 0;
};

}  // namespace akhbar::cli

#endif  // AKHBAR_CLI_PROGRESS_H_
