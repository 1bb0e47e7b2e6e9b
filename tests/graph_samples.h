// The sample corpus for the graph stage's tests: its extractions (read once
// per test binary) and partial graphs made of any subset of them.
#ifndef AKHBAR_TESTS_GRAPH_SAMPLES_H_
#define AKHBAR_TESTS_GRAPH_SAMPLES_H_

#include <string_view>
#include <vector>

#include "extract/extraction.h"
#include "graph/partial_graph.h"
#include "graph/sentence_fingerprint.h"

namespace akhbar::testing {

// samples/*.txt with samples/manifest.json, in file order.
const std::vector<Extraction>& SampleExtractions();
const SentenceFingerprinter& RepoFingerprinter();

// The partial graph of these extractions, added in the order given.
PartialGraph PartialOf(const std::vector<const Extraction*>& extractions);
PartialGraph PartialOfAllSamples();

}  // namespace akhbar::testing

#endif  // AKHBAR_TESTS_GRAPH_SAMPLES_H_
