#include "graph/sentence_fingerprint.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "extract/corpus.h"
#include "extract/extractor.h"
#include "graph/partial_graph.h"
#include "tests/graph_samples.h"
#include "tests/test_support.h"

namespace akhbar {
namespace {

// Fingerprints every sentence of `document` both ways, from its own text
// (as merge does) and from the layout extraction made (as build does), and
// returns how many sentences were compared.
size_t ExpectBothWaysEqual(const Document& document) {
  const Extractor extractor(testing::RepoRules());
  TextLayout layout;
  const Extraction extraction = extractor.Extract(document, &layout);
  EXPECT_EQ(layout.sentences.size(), extraction.sentences.size());
  std::vector<std::vector<const Mention*>> mentions(extraction.sentences.size());
  for (const Mention& mention : extraction.mentions) {
    mentions[mention.sentence].push_back(&mention);
  }
  const SentenceFingerprinter& fingerprinter = testing::RepoFingerprinter();
  for (size_t s = 0; s < extraction.sentences.size(); ++s) {
    const SentenceRecord& record = extraction.sentences[s];
    EXPECT_EQ(fingerprinter.Fingerprint(record, layout, layout.sentences[s], mentions[s]),
              fingerprinter.Fingerprint(record, mentions[s]))
        << document.id << " sentence " << s << ": " << record.text;
  }
  return extraction.sentences.size();
}

TEST(SentenceFingerprintTest, LayoutAndTextGiveTheSameFingerprintOnTheSamples) {
  CorpusOptions options;
  options.inputs = {testing::SamplesDir().string()};
  options.manifest = testing::SamplesDir() / "manifest.json";
  StatusOr<Corpus> corpus = Corpus::Open(options);
  ASSERT_TRUE(corpus.ok()) << corpus.status().message();
  std::vector<CorpusProblem> problems;
  size_t sentences = 0;
  corpus->ForEachDocument([&](Document&& document) { sentences += ExpectBothWaysEqual(document); },
                          &problems);
  EXPECT_TRUE(problems.empty());
  EXPECT_GT(sentences, 100u);
}

TEST(SentenceFingerprintTest, FormatCharacterAfterTheLastWordOfALine) {
  // A soft hyphen is a format character that normalization keeps: in the
  // document's layout it belongs to the word before it, though the
  // sentence (and its text) ends with that word.
  Document document;
  document.id = "soft-hyphen";
  document.text = "التقى توكاييف الوزير\u00AD\nوقال الرئيس إن الوضع مستقر.";
  const Extractor extractor(testing::RepoRules());
  TextLayout layout;
  const Extraction extraction = extractor.Extract(document, &layout);
  ASSERT_EQ(layout.sentences.size(), 2u);
  const Token& last = layout.tokens[layout.sentences[0].end_token - 1];
  ASSERT_TRUE(layout.Normalized(last).ends_with("\u00AD"));
  ASSERT_EQ(extraction.sentences[0].text.size(), last.end);
  EXPECT_EQ(ExpectBothWaysEqual(document), 2u);
}

TEST(SentenceFingerprintTest, ProcliticsAndMentionsShapeTheShingles) {
  Document with_proclitic{"a", "وقال توكاييف إن الوضع مستقر.", {}, DateSource::kNone, {}};
  Document without{"b", "قال توكاييف إن الوضع مستقر.", {}, DateSource::kNone, {}};
  Document other_name{"c", "قال نزارباييف إن الوضع مستقر.", {}, DateSource::kNone, {}};
  const Extractor extractor(testing::RepoRules());
  const auto fingerprint = [&](const Document& document) {
    TextLayout layout;
    const Extraction extraction = extractor.Extract(document, &layout);
    std::vector<const Mention*> mentions;
    for (const Mention& mention : extraction.mentions) mentions.push_back(&mention);
    return testing::RepoFingerprinter().Fingerprint(extraction.sentences[0], layout,
                                                    layout.sentences[0], mentions);
  };
  EXPECT_EQ(fingerprint(with_proclitic).shingles, fingerprint(without).shingles);
  EXPECT_NE(fingerprint(with_proclitic).exact, fingerprint(without).exact);
  EXPECT_NE(fingerprint(without).shingles, fingerprint(other_name).shingles);
  EXPECT_NE(fingerprint(without).entities, fingerprint(other_name).entities);
}

TEST(SentenceFingerprintTest, AListGivesBackEachFingerprintAsAdded) {
  const std::vector<SentenceFingerprint> fingerprints = {
      {1, {3, 5, 8}, {40}}, {2, {}, {}}, {3, {7}, {41, 42}}, {4, {1, 2}, {}}};
  FingerprintList list;
  EXPECT_TRUE(list.empty());
  for (const SentenceFingerprint& fingerprint : fingerprints) list.Add(fingerprint);
  list.ShrinkToFit();
  ASSERT_EQ(list.size(), fingerprints.size());
  for (size_t i = 0; i < fingerprints.size(); ++i) {
    const FingerprintView view = list[i];
    EXPECT_EQ(view.exact, fingerprints[i].exact);
    EXPECT_TRUE(std::ranges::equal(view.shingles, fingerprints[i].shingles)) << i;
    EXPECT_TRUE(std::ranges::equal(view.entities, fingerprints[i].entities)) << i;
    EXPECT_EQ(FingerprintRef({&list, i}).View().shingles.data(), view.shingles.data());
  }
}

}  // namespace
}  // namespace akhbar
