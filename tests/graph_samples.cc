#include "tests/graph_samples.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "extract/corpus.h"
#include "extract/extractor.h"
#include "tests/test_support.h"

namespace akhbar::testing {

const std::vector<Extraction>& SampleExtractions() {
  static const std::vector<Extraction>* extractions = [] {
    CorpusOptions options;
    options.inputs = {SamplesDir().string()};
    options.manifest = SamplesDir() / "manifest.json";
    StatusOr<Corpus> corpus = Corpus::Open(options);
    if (!corpus.ok()) {
      ADD_FAILURE() << corpus.status().message();
      std::abort();
    }
    const Extractor extractor(RepoRules());
    auto* all = new std::vector<Extraction>();
    std::vector<CorpusProblem> problems;
    corpus->ForEachDocument(
        [&](Document&& document) { all->push_back(extractor.Extract(document)); }, &problems);
    if (!problems.empty() || all->size() != 5) {
      ADD_FAILURE() << "cannot read the samples";
      std::abort();
    }
    return all;
  }();
  return *extractions;
}

const SentenceFingerprinter& RepoFingerprinter() {
  static const SentenceFingerprinter fingerprinter(RepoRules().tokenizer(),
                                                   RepoRules().morphology());
  return fingerprinter;
}

PartialGraph PartialOf(const std::vector<const Extraction*>& extractions) {
  PartialGraph partial;
  for (const Extraction* extraction : extractions) {
    const Status status = partial.Add(*extraction, RepoFingerprinter());
    EXPECT_TRUE(status.ok()) << status.message();
  }
  return partial;
}

PartialGraph PartialOfAllSamples() {
  std::vector<const Extraction*> all;
  for (const Extraction& extraction : SampleExtractions()) all.push_back(&extraction);
  return PartialOf(all);
}

}  // namespace akhbar::testing
