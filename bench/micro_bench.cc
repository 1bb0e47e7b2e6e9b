// Google Benchmark micro-benchmarks of the extraction stages, in MB/s of
// original text: normalization, tokenization (layout), entity matching, date
// finding, event matching, the whole Extractor, and writing its result as a
// JSON line. The text is the five samples; run from the repository root
// (make bench does).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "extract/document_layout.h"
#include "extract/extraction_json.h"
#include "extract/extractor.h"
#include "extract/rule_set.h"
#include "extract/utf8.h"

namespace akhbar {
namespace {

const std::string& SampleText() {
  static const std::string text = [] {
    std::string all;
    for (const auto& entry : std::filesystem::directory_iterator("samples")) {
      if (entry.path().extension() != ".txt") continue;
      std::ifstream file(entry.path(), std::ios::binary);
      std::ostringstream bytes;
      bytes << file.rdbuf();
      all += bytes.str() + "\n\n";
    }
    return all;
  }();
  return text;
}

const RuleSet& Rules() {
  static const std::unique_ptr<RuleSet> rules = [] {
    StatusOr<std::unique_ptr<RuleSet>> loaded = RuleSet::Load("rules");
    if (!loaded.ok()) {
      std::cerr << loaded.status().message() << "\n";
      std::exit(1);
    }
    return std::move(*loaded);
  }();
  return *rules;
}

const TextLayout& SampleLayout() {
  static const TextLayout layout =
      LayOutDocument(SampleText(), Rules().tokenizer(), Rules().boilerplate(),
                     Rules().morphology());
  return layout;
}

void CountBytes(benchmark::State& state) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * SampleText().size()));
}

void BM_Normalize(benchmark::State& state) {
  const ArabicNormalizer& normalizer = Rules().normalizer();
  std::string out;
  for (auto _ : state) {
    out.clear();
    const std::string& text = SampleText();
    for (size_t pos = 0; pos < text.size();) {
      char32_t code_point = 0;
      const int length = DecodeUtf8(text, pos, &code_point);
      if (length > 0) normalizer.AppendNormalized(code_point, &out);
      pos += length > 0 ? static_cast<size_t>(length) : 1;
    }
    benchmark::DoNotOptimize(out.data());
  }
  CountBytes(state);
}
BENCHMARK(BM_Normalize);

// The layout's arrays are reused from one document to the next, as each
// thread of the corpus pipeline reuses them: a new layout per run measured
// the page faults of its first use (a third of the time on a VM), not the
// tokenizer.
void BM_Tokenize(benchmark::State& state) {
  TextLayout layout;
  for (auto _ : state) {
    LayOutDocument(SampleText(), Rules().tokenizer(), Rules().boilerplate(),
                   Rules().morphology(), &layout);
    benchmark::DoNotOptimize(layout.tokens.data());
  }
  CountBytes(state);
}
BENCHMARK(BM_Tokenize);

void BM_MatchEntities(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(Rules().entity_matcher().FindMentions(SampleText(), SampleLayout()));
  }
  CountBytes(state);
}
BENCHMARK(BM_MatchEntities);

void BM_FindDates(benchmark::State& state) {
  const std::optional<CivilDate> anchor = CivilDate::ParseIso("2022-01-08");
  for (auto _ : state) {
    benchmark::DoNotOptimize(Rules().date_finder().Find(SampleText(), SampleLayout(), anchor));
  }
  CountBytes(state);
}
BENCHMARK(BM_FindDates);

void BM_MatchEvents(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(Rules().event_matcher().FindEvents(SampleText(), SampleLayout()));
  }
  CountBytes(state);
}
BENCHMARK(BM_MatchEvents);

void BM_ExtractDocument(benchmark::State& state) {
  const Extractor extractor(Rules());
  Document document{"samples", SampleText(), CivilDate::ParseIso("2022-01-08"),
                    DateSource::kOption, {}};
  TextLayout layout;
  for (auto _ : state) {
    benchmark::DoNotOptimize(extractor.Extract(document, &layout, ExtractionScope::kWhole));
  }
  CountBytes(state);
}
BENCHMARK(BM_ExtractDocument);

// akhbar extract and a build that keeps extractions write one line per
// document, and with a large list of names the mentions are most of it.
void BM_WriteExtraction(benchmark::State& state) {
  const Extractor extractor(Rules());
  const Document document{"samples", SampleText(), CivilDate::ParseIso("2022-01-08"),
                          DateSource::kOption, {}};
  const Extraction extraction = extractor.Extract(document);
  for (auto _ : state) {
    benchmark::DoNotOptimize(ExtractionToJsonLine(extraction));
  }
  CountBytes(state);
}
BENCHMARK(BM_WriteExtraction);

}  // namespace
}  // namespace akhbar

BENCHMARK_MAIN();
