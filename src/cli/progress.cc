#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace akhbar::cli {

Progress::Progress(bool quiet)
    : quiet_(quiet),
      terminal_(isatty(STDERR_FILENO) == 1),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

void Progress::Add(const ExtractionSummary& summary) {
  ++documents_;
  bytes_ += summary.bytes;
  sentences_ += summary.sentences;
  mentions_ += summary.mentions;
  dates_ += summary.dates;
  events_ += summary.events;
  skipped_ += summary.skipped_lines;
  if (quiet_ || !terminal_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - start_ < std::chrono::seconds(1) ||
      now - last_draw_ < std::chrono::milliseconds(200)) {
    return;
  }
  last_draw_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  std::fprintf(stderr, "\r%zu documents, %.1f MB, %.1f MB/s   ", documents_, bytes_ / 1e6,
               bytes_ / 1e6 / seconds);
  drawn_ = true;
}

void Progress::Finish(const std::vector<CorpusProblem>& problems,
                      const std::map<std::string, size_t>& extra) {
  if (drawn_) std::fprintf(stderr, "\r\033[K");
  for (const CorpusProblem& problem : problems) {
    std::cerr << "akhbar: " << problem.status.message() << "\n";
  }
  if (quiet_) return;
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  std::cerr << "akhbar: " << documents_ << " documents, " << sentences_ << " sentences, "
            << mentions_ << " mentions, " << dates_ << " dates, " << events_ << " events, "
            << skipped_ << " skipped lines";
  for (const auto& [name, count] : extra) std::cerr << ", " << count << " " << name;
  std::fprintf(stderr, ", %zu failed, %.2f s\n", problems.size(), seconds);
  for (const CorpusProblem& problem : problems) {
    std::cerr << "akhbar:   failed: " << problem.source << "\n";
  }
}

}  // namespace akhbar::cli
