// libFuzzer target: any bytes -> up to four documents -> the graph in every
// format, built the two ways the tool builds it, which must agree byte for
// byte: as `akhbar build --no-extractions` does (each document extracted for
// the graph only, its partial graph made from the extraction's own tokens,
// the partial graphs merged in document order) and as `akhbar merge` does
// (whole extractions written as JSON lines, read back, and added to one
// partial graph in reverse order). Every JSON format must parse.
//
// The first byte chooses the documents' publication date and the co-mention
// window; the rest is split into documents at each 0x1E (record separator),
// so that one input can hold copies of a sentence in several documents.
#include <cstddef>
#include <cstdio>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "extract/document_reader.h"
#include "extract/extraction_json.h"
#include "extract/extractor.h"
#include "extract/rule_set.h"
#include "tests/fuzz/repository_rules.h"
#include "extract/text_layout.h"
#include "graph/graph_builder.h"
#include "graph/graph_outputs.h"
#include "graph/partial_graph.h"
#include "graph/sentence_fingerprint.h"

namespace {

constexpr size_t kMaxDocuments = 4;
constexpr char kDocumentSeparator = '\x1e';

std::vector<std::string_view> SplitDocuments(std::string_view bytes) {
  std::vector<std::string_view> parts;
  while (parts.size() + 1 < kMaxDocuments) {
    const size_t separator = bytes.find(kDocumentSeparator);
    if (separator == std::string_view::npos) break;
    parts.push_back(bytes.substr(0, separator));
    bytes.remove_prefix(separator + 1);
  }
  parts.push_back(bytes);
  return parts;
}

// Names the failed check: the checks share one frame in a crash report.
[[noreturn]] void Fail(int line, const std::string& what) {
  std::fprintf(stderr, "graph_fuzzer: line %d: %s\n", line, what.c_str());
  std::abort();
}

#define CHECK(condition) \
  if (!(condition)) Fail(__LINE__, #condition)

#define CHECK_OK(status_expression)                                  \
  if (const akhbar::Status status = (status_expression); !status.ok()) \
  Fail(__LINE__, status.message())

std::vector<std::string> AllFormats(akhbar::PartialGraph partial,
                                    const akhbar::GraphOptions& options) {
  const akhbar::EntityGraph graph = akhbar::BuildGraph(std::move(partial), RepositoryRules(), options);
  std::vector<std::string> files;
  for (const akhbar::GraphFormat& format : akhbar::GraphFormats()) {
    files.push_back(akhbar::GraphToString(format.write, graph));
  }
  return files;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t choices = data[0];
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);

  akhbar::GraphOptions options;
  options.window = static_cast<akhbar::CoMentionWindow>((choices >> 1) % 3);
  std::vector<akhbar::Document> documents;
  for (const std::string_view part : SplitDocuments(bytes)) {
    auto document = akhbar::DocumentFromBytes("d" + std::to_string(documents.size()),
                                              std::string(part), "fuzz", {.lenient = true});
    if (!document.ok()) continue;
    if (choices & 1) {
      document->date = akhbar::CivilDate{2022, 1, 6};
      document->date_source = akhbar::DateSource::kOption;
    }
    documents.push_back(std::move(*document));
  }
  if (documents.empty()) return 0;

  const akhbar::Extractor extractor(RepositoryRules());
  const akhbar::SentenceFingerprinter fingerprinter(RepositoryRules().tokenizer(), RepositoryRules().morphology());
  akhbar::TextLayout layout;
  akhbar::PartialGraph built;
  std::vector<std::string> lines;
  for (const akhbar::Document& document : documents) {
    const akhbar::Extraction facts =
        extractor.Extract(document, &layout, akhbar::ExtractionScope::kGraphFacts);
    akhbar::PartialGraph partial;
    CHECK_OK(partial.Add(facts, fingerprinter, layout));
    CHECK_OK(built.Merge(std::move(partial)));
    lines.push_back(akhbar::ExtractionToJsonLine(extractor.Extract(document)));
  }

  akhbar::PartialGraph merged;
  for (auto line = lines.rbegin(); line != lines.rend(); ++line) {
    CHECK(nlohmann::json::accept(*line));
    auto extraction = akhbar::ExtractionFromJsonLine(*line);
    CHECK_OK(extraction.status());
    CHECK_OK(merged.Add(*extraction, fingerprinter));
  }

  const std::vector<std::string> from_build = AllFormats(std::move(built), options);
  const std::vector<std::string> from_merge = AllFormats(std::move(merged), options);
  CHECK(from_build == from_merge);
  for (size_t i = 0; i < from_build.size(); ++i) {
    const std::string& name = akhbar::GraphFormats()[i].name;
    if (name == "json" || name == "cyjs" || name == "events") {
      CHECK(nlohmann::json::accept(from_build[i]));
    }
  }
  return 0;
}
