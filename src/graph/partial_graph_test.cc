#include "graph/partial_graph.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "extract/extractor.h"
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
  // The last document again, found where documents after the last go; a
  // merge that fails adds nothing.
  PartialGraph two = testing::PartialOf({Sample(0), Sample(1)});
  EXPECT_FALSE(two.Merge(testing::PartialOf({Sample(2), Sample(1)})).ok());
  EXPECT_EQ(two.documents().size(), 2u);
}

TEST(PartialGraphTest, KeepsEachSentenceWithItsFacts) {
  const PartialGraph partial = testing::PartialOf({Sample(4)});
  ASSERT_EQ(partial.documents().size(), 1u);
  const DocumentFacts& document = partial.documents().begin()->second;
  EXPECT_EQ(document.sentences, Sample(4)->sentences.size());
  EXPECT_EQ(document.mentions, Sample(4)->mentions.size());
  EXPECT_EQ(partial.documents().begin()->first, Sample(4)->doc);
  size_t mentions = 0;
  ASSERT_EQ(document.fingerprints.size(), document.kept.size());
  for (size_t k = 0; k < document.kept.size(); ++k) {
    const SentenceFacts& facts = document.kept[k];
    EXPECT_FALSE(document.fingerprints[k].shingles.empty());
    const SentenceRecord& record = Sample(4)->sentences[facts.index];
    EXPECT_EQ(facts.text, record.text);
    for (const SentenceMention& mention : document.MentionsOf(facts)) {
      // The mention's bytes, read back from the sentence, are the mention.
      const auto original = std::find_if(
          Sample(4)->mentions.begin(), Sample(4)->mentions.end(),
          [&](const Mention& m) { return m.start == mention.start && m.end == mention.end; });
      ASSERT_NE(original, Sample(4)->mentions.end());
      EXPECT_EQ(original->sentence, facts.index);
      EXPECT_EQ(partial.names()[mention.entity], original->entity);
      EXPECT_EQ(facts.Bytes(mention.start, mention.end), original->text);
    }
    mentions += facts.mentions.count;
  }
  EXPECT_EQ(mentions, Sample(4)->mentions.size());
}

TEST(PartialGraphTest, KeepsTriggersAndResolvedDatesAsTheirBytes) {
  const PartialGraph partial = testing::PartialOfAllSamples();
  size_t triggers = 0;
  size_t dates = 0;
  for (const auto& [doc, document] : partial.documents()) {
    const auto extraction =
        std::find_if(testing::SampleExtractions().begin(), testing::SampleExtractions().end(),
                     [&](const Extraction& e) { return e.doc == doc; });
    ASSERT_NE(extraction, testing::SampleExtractions().end());
    for (const SentenceFacts& facts : document.kept) {
      for (const SentenceTrigger& trigger : document.TriggersOf(facts)) {
        const auto original = std::find_if(
            extraction->events.begin(), extraction->events.end(),
            [&](const EventMention& e) { return e.start == trigger.start; });
        ASSERT_NE(original, extraction->events.end());
        EXPECT_EQ(partial.names()[trigger.type], original->type);
        EXPECT_EQ(facts.Bytes(trigger.start, trigger.end), original->trigger);
        ++triggers;
      }
      for (const SentenceDate& date : document.DatesOf(facts)) {
        const auto original = std::find_if(
            extraction->dates.begin(), extraction->dates.end(),
            [&](const DateExpression& d) { return d.start == date.start; });
        ASSERT_NE(original, extraction->dates.end());
        EXPECT_EQ(facts.Bytes(date.start, date.end), original->text);
        EXPECT_EQ(date.days.first, *original->earliest);
        ++dates;
      }
    }
  }
  EXPECT_GT(triggers, 50u);
  EXPECT_GT(dates, 10u);
}

TEST(PartialGraphTest, AFactOutsideItsSentenceIsAnError) {
  Extraction extraction = *Sample(0);
  ASSERT_FALSE(extraction.mentions.empty());
  Mention& mention = extraction.mentions.front();
  mention.end = extraction.sentences[mention.sentence].end + 1;
  PartialGraph partial;
  const Status status = partial.Add(extraction, testing::RepoFingerprinter());
  EXPECT_EQ(status.code(), StatusCode::kInvalidInput);
  EXPECT_NE(status.message().find("a mention at bytes"), std::string::npos) << status.message();
  EXPECT_TRUE(partial.documents().empty());

  Extraction shifted = *Sample(0);
  shifted.sentences.front().end += 1;
  EXPECT_NE(partial.Add(shifted, testing::RepoFingerprinter()).message().find("bytes of text"),
            std::string::npos);

  // A trigger's clause must hold it, inside its sentence.
  Extraction reported = *Sample(0);
  const auto speech = std::ranges::find_if(
      reported.events, [](const EventMention& event) { return event.speech.has_value(); });
  ASSERT_NE(speech, reported.events.end());
  speech->speech->clause_start = speech->end;
  EXPECT_NE(partial.Add(reported, testing::RepoFingerprinter()).message().find("has a clause"),
            std::string::npos);

  // What governs a trigger, and a relative clause aside, lie before it.
  Extraction governed = *Sample(0);
  ASSERT_FALSE(governed.events.empty());
  governed.events.front().governor_end = governed.events.front().end;
  EXPECT_NE(partial.Add(governed, testing::RepoFingerprinter()).message().find("verb of stance"),
            std::string::npos);
  Extraction relative = *Sample(0);
  EventMention& event = relative.events.front();
  event.relative_start = event.start;
  event.relative_end = event.end;
  EXPECT_NE(
      partial.Add(relative, testing::RepoFingerprinter()).message().find("has a relative clause"),
      std::string::npos);
  // Its aside lies after it.
  Extraction aside = *Sample(0);
  aside.events.front().aside_start = aside.events.front().start;
  aside.events.front().aside_end = aside.events.front().end;
  EXPECT_NE(partial.Add(aside, testing::RepoFingerprinter()).message().find("has an aside"),
            std::string::npos);
  // The bytes that may date a trigger hold it.
  Extraction dated = *Sample(0);
  dated.events.front().dating_start = dated.events.front().start;
  dated.events.front().dating_end = dated.events.front().start;
  EXPECT_NE(partial.Add(dated, testing::RepoFingerprinter()).message().find("may be dated by"),
            std::string::npos);
  // Its next clause opens after it.
  Extraction next_clause = *Sample(0);
  next_clause.events.front().next_clause_start = next_clause.events.front().start;
  EXPECT_NE(
      partial.Add(next_clause, testing::RepoFingerprinter()).message().find("its next clause"),
      std::string::npos);
  EXPECT_TRUE(partial.documents().empty());
}

TEST(PartialGraphTest, OnlyASentenceWithoutFactsMayComeWithoutItsText) {
  const std::vector<bool> with_facts = SentencesWithFacts(*Sample(0));
  const auto factless = std::find(with_facts.begin(), with_facts.end(), false);
  ASSERT_NE(factless, with_facts.end());
  Extraction without_text = *Sample(0);
  without_text.sentences[factless - with_facts.begin()].text.clear();
  PartialGraph partial;
  EXPECT_TRUE(partial.Add(without_text, testing::RepoFingerprinter()).ok());
  EXPECT_EQ(AllOutputs(partial, GraphOptions{}),
            AllOutputs(testing::PartialOf({Sample(0)}), GraphOptions{}));

  Extraction fact_without_text = *Sample(0);
  fact_without_text.sentences[fact_without_text.mentions.front().sentence].text.clear();
  PartialGraph refused;
  EXPECT_NE(refused.Add(fact_without_text, testing::RepoFingerprinter()).message().find(
                "bytes of text"),
            std::string::npos);
  EXPECT_TRUE(refused.documents().empty());
}

TEST(PartialGraphTest, MergingMapsNamesToTheMergedTable) {
  // Two shards meet the entities in different orders, so their name
  // indexes differ; merged, every mention still names its own entity.
  PartialGraph merged = testing::PartialOf({Sample(3)});
  ASSERT_TRUE(merged.Merge(testing::PartialOf({Sample(0)})).ok());
  const PartialGraph alone = testing::PartialOf({Sample(0)});
  const DocumentFacts& in_merged = merged.documents().at(Sample(0)->doc);
  const DocumentFacts& in_alone = alone.documents().at(Sample(0)->doc);
  ASSERT_EQ(in_merged.kept.size(), in_alone.kept.size());
  size_t differently_indexed = 0;
  for (size_t s = 0; s < in_alone.kept.size(); ++s) {
    const auto merged_mentions = in_merged.MentionsOf(in_merged.kept[s]);
    const auto alone_mentions = in_alone.MentionsOf(in_alone.kept[s]);
    ASSERT_EQ(merged_mentions.size(), alone_mentions.size());
    for (size_t m = 0; m < alone_mentions.size(); ++m) {
      const NameIndex a = merged_mentions[m].entity;
      const NameIndex b = alone_mentions[m].entity;
      EXPECT_EQ(merged.names()[a], alone.names()[b]);
      differently_indexed += a != b;
    }
  }
  EXPECT_GT(differently_indexed, 0u);
}

TEST(PartialGraphTest, MergingKeepsTheTextInItsStoreAndTheStoreAlive) {
  // As the corpus pipeline does: the documents of one thread share its store.
  auto shared = std::make_shared<TextStore>();
  PartialGraph merged;
  std::vector<const char*> added_at;
  for (const size_t sample : {size_t{0}, size_t{3}}) {
    PartialGraph alone(shared);
    ASSERT_TRUE(alone.Add(*Sample(sample), testing::RepoFingerprinter()).ok());
    added_at.push_back(alone.documents().begin()->second.text.data());
    ASSERT_TRUE(merged.Merge(std::move(alone)).ok());
  }
  shared.reset();
  EXPECT_EQ(merged.texts().size(), 2u);  // its own and the shared one, once
  EXPECT_EQ(merged.documents().at(Sample(0)->doc).text.data(), added_at[0]);
  EXPECT_EQ(merged.documents().at(Sample(3)->doc).text.data(), added_at[1]);
  // Read after the store's other owners are gone (AddressSanitizer would
  // catch text freed with them).
  EXPECT_EQ(AllOutputs(merged, GraphOptions{}),
            AllOutputs(testing::PartialOf({Sample(0), Sample(3)}), GraphOptions{}));
}

TEST(PartialGraphTest, ACopyOfADocumentViewsTheSentencesKeptBefore) {
  auto shared = std::make_shared<TextStore>();
  Extraction copy = *Sample(0);
  copy.doc = "copy";
  PartialGraph partial(shared);
  ASSERT_TRUE(partial.Add(*Sample(0), testing::RepoFingerprinter()).ok());
  ASSERT_TRUE(partial.Add(copy, testing::RepoFingerprinter()).ok());
  const DocumentFacts& first = partial.documents().at(Sample(0)->doc);
  const DocumentFacts& second = partial.documents().at("copy");
  EXPECT_TRUE(second.text.empty());  // only the id was copied
  ASSERT_EQ(second.kept.size(), first.kept.size());
  ASSERT_FALSE(first.kept.empty());
  for (size_t s = 0; s < first.kept.size(); ++s) {
    EXPECT_EQ(second.kept[s].text.data(), first.kept[s].text.data()) << s;
  }
  // Once the table is freed, a copy is held again.
  partial.ForgetKeptText();
  copy.doc = "late copy";
  ASSERT_TRUE(partial.Add(copy, testing::RepoFingerprinter()).ok());
  EXPECT_EQ(partial.documents().at("late copy").text.size(), first.text.size());
}

TEST(PartialGraphTest, DroppingFingerprintsKeepsEveryOtherFact) {
  PartialGraph partial = testing::PartialOf({Sample(4)});
  const PartialGraph before = partial;
  partial.DropFingerprints();
  const DocumentFacts& after = partial.documents().begin()->second;
  const DocumentFacts& kept = before.documents().begin()->second;
  EXPECT_FALSE(kept.fingerprints.empty());
  EXPECT_TRUE(after.fingerprints.empty());
  ASSERT_EQ(after.kept.size(), kept.kept.size());
  for (size_t s = 0; s < kept.kept.size(); ++s) {
    EXPECT_EQ(after.kept[s].index, kept.kept[s].index);
    EXPECT_EQ(after.kept[s].text, kept.kept[s].text);
    EXPECT_EQ(after.MentionsOf(after.kept[s]).size(), kept.MentionsOf(kept.kept[s]).size());
    EXPECT_EQ(after.TriggersOf(after.kept[s]).size(), kept.TriggersOf(kept.kept[s]).size());
    EXPECT_EQ(after.DatesOf(after.kept[s]).size(), kept.DatesOf(kept.kept[s]).size());
  }
}

}  // namespace
}  // namespace akhbar
