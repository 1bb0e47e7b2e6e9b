#include "graph/partial_graph.h"

#include <gtest/gtest.h>

#include "graph/events_json.h"
#include "graph/graph_builder.h"
#include "graph/graph_cyjs.h"
#include "graph/graph_gexf.h"
#include "graph/graph_graphml.h"
#include "graph/graph_json.h"
#include "graph/graph_outputs.h"
#include "tests/graph_samples.h"
#include "tests/test_support.h"

namespace akhbar {
namespace {

// Every output file of the graph, concatenated: equal strings mean equal
// bytes in every format.
std::string AllOutputs(const PartialGraph& partial, const GraphOptions& options) {
  const EntityGraph graph = BuildGraph(partial, testing::RepoRules(), options);
  return GraphToString(WriteNodeLinkJson, graph) + GraphToString(WriteCytoscapeJson, graph) + GraphToString(WriteGexf, graph) +
         GraphToString(WriteGraphml, graph) + GraphToString(WriteEventsJson, graph);
}

const Extraction* Sample(size_t index) { return &testing::SampleExtractions()[index]; }

PartialGraph Merged(std::vector<PartialGraph> parts) {
  PartialGraph merged;
  for (PartialGraph& part : parts) {
    const Status status = merged.Merge(std::move(part));
    EXPECT_TRUE(status.ok()) << status.message();
  }
  return merged;
}

// Shards that split the shared agency sentences apart: (000, 003) and
// (004, 001, 002), merged second shard first.
PartialGraph ShardedSamples() {
  std::vector<PartialGraph> shards;
  shards.push_back(testing::PartialOf({Sample(4), Sample(1), Sample(2)}));
  shards.push_back(testing::PartialOf({Sample(3), Sample(0)}));
  return Merged(std::move(shards));
}

TEST(MergeEquivalenceTest, WholeEqualsAnySplitIntoShards) {
  const GraphOptions options;
  const std::string whole = AllOutputs(testing::PartialOfAllSamples(), options);

  // Added in another order.
  EXPECT_EQ(AllOutputs(testing::PartialOf({Sample(4), Sample(2), Sample(0), Sample(3),
                                           Sample(1)}),
                       options),
            whole);
  // One partial graph per document, merged in reverse order.
  std::vector<PartialGraph> documents;
  for (size_t i = 5; i-- > 0;) documents.push_back(testing::PartialOf({Sample(i)}));
  EXPECT_EQ(AllOutputs(Merged(std::move(documents)), options), whole);
  EXPECT_EQ(AllOutputs(ShardedSamples(), options), whole);
  // Associativity: (a + b) + c and a + (b + c).
  std::vector<PartialGraph> left;
  left.push_back(Merged([] {
    std::vector<PartialGraph> ab;
    ab.push_back(testing::PartialOf({Sample(0)}));
    ab.push_back(testing::PartialOf({Sample(1), Sample(2)}));
    return ab;
  }()));
  left.push_back(testing::PartialOf({Sample(3), Sample(4)}));
  std::vector<PartialGraph> right;
  right.push_back(testing::PartialOf({Sample(0)}));
  right.push_back(Merged([] {
    std::vector<PartialGraph> bc;
    bc.push_back(testing::PartialOf({Sample(1), Sample(2)}));
    bc.push_back(testing::PartialOf({Sample(3), Sample(4)}));
    return bc;
  }()));
  EXPECT_EQ(AllOutputs(Merged(std::move(left)), options), whole);
  EXPECT_EQ(AllOutputs(Merged(std::move(right)), options), whole);
}

TEST(MergeEquivalenceTest, WiderWindowsAndFiltersToo) {
  for (const CoMentionWindow window : {CoMentionWindow::kParagraph, CoMentionWindow::kDocument}) {
    GraphOptions options;
    options.window = window;
    options.filters.min_weight = 2;
    options.filters.top = 20;
    EXPECT_EQ(AllOutputs(ShardedSamples(), options),
              AllOutputs(testing::PartialOfAllSamples(), options))
        << WindowName(window);
  }
}

TEST(PartialGraphTest, ADocumentCannotBeCountedTwice) {
  PartialGraph partial = testing::PartialOf({Sample(0)});
  EXPECT_EQ(partial.Add(*Sample(0), testing::RepoFingerprinter()).code(),
            StatusCode::kInvalidInput);
  const Status merged = partial.Merge(testing::PartialOf({Sample(1), Sample(0)}));
  EXPECT_FALSE(merged.ok());
  EXPECT_NE(merged.message().find(Sample(0)->doc), std::string::npos);
}

TEST(PartialGraphTest, KeepsEachSentenceWithItsFacts) {
  const PartialGraph partial = testing::PartialOf({Sample(4)});
  ASSERT_EQ(partial.documents().size(), 1u);
  const DocumentFacts& document = partial.documents().begin()->second;
  EXPECT_EQ(document.sentences, Sample(4)->sentences.size());
  EXPECT_EQ(document.mentions, Sample(4)->mentions.size());
  size_t mentions = 0;
  for (const auto& [key, facts] : partial.sentences()) {
    EXPECT_EQ(key.doc, Sample(4)->doc);
    EXPECT_FALSE(facts.fingerprint.shingles.empty());
    for (const Mention& mention : facts.mentions) EXPECT_EQ(mention.sentence, key.sentence);
    mentions += facts.mentions.size();
  }
  EXPECT_EQ(mentions, Sample(4)->mentions.size());
}

TEST(PartialGraphTest, DroppingFingerprintsKeepsEveryOtherFact) {
  PartialGraph partial = testing::PartialOf({Sample(4)});
  const PartialGraph before = partial;
  partial.DropFingerprints();
  ASSERT_EQ(partial.sentences().size(), before.sentences().size());
  auto kept = before.sentences().begin();
  for (const auto& [key, facts] : partial.sentences()) {
    EXPECT_EQ(key, kept->first);
    EXPECT_TRUE(facts.fingerprint.shingles.empty());
    EXPECT_TRUE(facts.fingerprint.entities.empty());
    EXPECT_EQ(facts.text, kept->second.text);
    EXPECT_EQ(facts.mentions.size(), kept->second.mentions.size());
    EXPECT_EQ(facts.events.size(), kept->second.events.size());
    EXPECT_EQ(facts.dates.size(), kept->second.dates.size());
    ++kept;
  }
}

}  // namespace
}  // namespace akhbar
