#include "extract/corpus.h"

#include <fnmatch.h>

#include <algorithm>
#include <iostream>
#include <iterator>

namespace akhbar {

StatusOr<Corpus> Corpus::Open(const CorpusOptions& options) {
  Corpus corpus;
  corpus.options_ = options;
  if (options.manifest) {
    StatusOr<Manifest> manifest = Manifest::Load(*options.manifest);
    if (!manifest.ok()) return manifest.status();
    corpus.manifest_ = std::move(*manifest);
  }
  if (options.inputs.empty()) return UsageError("no input files or directories given");
  for (const std::string& input : options.inputs) {
    if (input == "-") {
      corpus.sources_.push_back(input);
      continue;
    }
    std::error_code error;
    const std::filesystem::path path(input);
    if (!std::filesystem::exists(path, error)) {
      return InvalidInputError(input + ": no such file or directory");
    }
    if (!std::filesystem::is_directory(path, error)) {
      corpus.sources_.push_back(input);
      continue;
    }
    std::vector<std::string> found;
    for (auto it = std::filesystem::recursive_directory_iterator(path, error);
         it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
      if (error) break;
      if (!it->is_regular_file(error)) continue;
      const std::string name = it->path().filename().string();
      if (fnmatch(options.glob.c_str(), name.c_str(), 0) == 0) {
        found.push_back(it->path().string());
      }
    }
    if (error) return InvalidInputError(input + ": " + error.message());
    if (found.empty()) {
      return InvalidInputError(input + ": no files matching '" + options.glob + "'");
    }
    std::sort(found.begin(), found.end());
    corpus.sources_.insert(corpus.sources_.end(), found.begin(), found.end());
  }
  return corpus;
}

void Corpus::AssignDate(Document* document, const std::string& source) const {
  if (manifest_) {
    if (const ManifestEntry* entry = manifest_->Find(source)) {
      document->date = entry->date;
      document->date_source = DateSource::kManifest;
      return;
    }
  }
  if (options_.doc_date) {
    document->date = options_.doc_date;
    document->date_source = DateSource::kOption;
  }
}

void Corpus::ForEachDocument(const std::function<void(Document&&)>& sink,
                             std::vector<CorpusProblem>* problems) const {
  for (const std::string& source : sources_) {
    StatusOr<Document> document =
        source == "-"
            ? DocumentFromBytes("stdin",
                                std::string(std::istreambuf_iterator<char>(std::cin),
                                            std::istreambuf_iterator<char>()),
                                "<stdin>", options_.read)
            : ReadDocumentFile(source, options_.read);
    if (!document.ok()) {
      problems->push_back(CorpusProblem{source, document.status()});
      continue;
    }
    AssignDate(&*document, source);
    sink(std::move(*document));
  }
}

}  // namespace akhbar
