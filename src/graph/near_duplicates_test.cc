#include "graph/near_duplicates.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <numeric>
#include <random>
#include <set>

#include "graph/deduplicated_corpus.h"
#include "tests/graph_samples.h"

namespace akhbar {
namespace {

// A fingerprint whose shingles are the numbers [first, first + count).
SentenceFingerprint Shingles(uint64_t exact, uint64_t first, size_t count) {
  SentenceFingerprint fingerprint;
  fingerprint.exact = exact;
  for (size_t i = 0; i < count; ++i) fingerprint.shingles.push_back(static_cast<uint32_t>(first + i));
  return fingerprint;
}

// ClusterNearDuplicates of the fingerprints, in a list as a document keeps them.
std::vector<size_t> Cluster(const std::vector<const SentenceFingerprint*>& fingerprints) {
  FingerprintList list;
  for (const SentenceFingerprint* fingerprint : fingerprints) list.Add(*fingerprint);
  std::vector<FingerprintRef> refs;
  for (size_t i = 0; i < list.size(); ++i) refs.push_back(FingerprintRef{&list, i});
  return ClusterNearDuplicates(refs, DedupOptions());
}

bool Together(const SentenceFingerprint& a, const SentenceFingerprint& b) {
  return Cluster({&a, &b})[1] == 0;
}

TEST(NearDuplicatesTest, ExactCopiesAreOneSentence) {
  EXPECT_TRUE(Together(Shingles(7, 0, 3), Shingles(7, 100, 3)));
}

TEST(NearDuplicatesTest, JaccardAtLeastPointEight) {
  EXPECT_TRUE(Together(Shingles(1, 0, 10), Shingles(2, 1, 10)));   // 9 of 11 = 0.82
  EXPECT_FALSE(Together(Shingles(1, 0, 10), Shingles(2, 2, 10)));  // 8 of 12 = 0.67
}

TEST(NearDuplicatesTest, AnAgencySentenceExtendedByAClause) {
  // All of a 12-word sentence inside an 18-word one: Jaccard 0.67.
  EXPECT_TRUE(Together(Shingles(1, 0, 12), Shingles(2, 0, 18)));
  // Too short to tell a quote from a coincidence.
  EXPECT_FALSE(Together(Shingles(1, 0, 5), Shingles(2, 0, 7)));
  // A heading inside a long sentence is not the same sentence.
  EXPECT_FALSE(Together(Shingles(1, 0, 10), Shingles(2, 0, 30)));
}

// The tests as the options state them, on the whole intersection.
bool NearDuplicatesByDefinition(const SentenceFingerprint& a, const SentenceFingerprint& b,
                                const DedupOptions& options) {
  if (a.exact == b.exact) return true;
  if (a.shingles.empty() || b.shingles.empty()) return false;
  std::vector<uint32_t> common;
  std::set_intersection(a.shingles.begin(), a.shingles.end(), b.shingles.begin(),
                        b.shingles.end(), std::back_inserter(common));
  const double shared = static_cast<double>(common.size());
  const double smaller = static_cast<double>(std::min(a.shingles.size(), b.shingles.size()));
  const double larger = static_cast<double>(std::max(a.shingles.size(), b.shingles.size()));
  return shared / (smaller + larger - shared) >= options.min_jaccard ||
         (smaller >= static_cast<double>(options.min_contained_shingles) &&
          smaller / larger >= options.min_size_ratio && shared / smaller >= options.min_containment);
}

TEST(NearDuplicatesTest, StoppingTheComparisonEarlyDecidesAsTheWholeIntersectionWould) {
  std::mt19937 random(7);
  const DedupOptions tighter{.min_jaccard = 0.75, .min_containment = 0.8,
                             .min_contained_shingles = 4, .min_size_ratio = 0.5};
  size_t copies = 0;
  for (int trial = 0; trial < 20000; ++trial) {
    // Two sets drawn from a small range overlap by every amount.
    const auto draw = [&](uint64_t exact) {
      SentenceFingerprint fingerprint;
      fingerprint.exact = exact;
      std::set<uint32_t> shingles;
      const size_t count = random() % 30;
      const uint32_t range = static_cast<uint32_t>(count + 1 + random() % 8);
      while (shingles.size() < count) shingles.insert(random() % range);
      fingerprint.shingles.assign(shingles.begin(), shingles.end());
      return fingerprint;
    };
    const SentenceFingerprint a = draw(1);
    const SentenceFingerprint b = draw(2);
    for (const DedupOptions& options : {DedupOptions(), tighter}) {
      const bool expected = NearDuplicatesByDefinition(a, b, options);
      copies += expected;
      ASSERT_EQ(NearDuplicates(a.View(), b.View(), options), expected)
          << a.shingles.size() << " and " << b.shingles.size() << " shingles, trial " << trial;
    }
  }
  // Both answers are common, so both are checked.
  EXPECT_GT(copies, 2000u);
  EXPECT_LT(copies, 38000u);
}

// Two sentences sharing `shared` shingles, each with `only` more of its own.
// The shingles of its own lie in bins (the top four bits) the other's never
// use, unless `one_bin`, when every shingle is in the first bin.
std::pair<SentenceFingerprint, SentenceFingerprint> Overlapping(uint32_t shared, uint32_t only_a,
                                                                uint32_t only_b, bool one_bin) {
  const auto shingle = [&](uint32_t bin, uint32_t index) {
    return one_bin ? index : bin << 28 | index;
  };
  SentenceFingerprint a;
  SentenceFingerprint b;
  a.exact = 1;
  b.exact = 2;
  for (uint32_t i = 0; i < shared; ++i) {
    a.shingles.push_back(shingle(i % 16, i));
    b.shingles.push_back(shingle(i % 16, i));
  }
  for (uint32_t i = 0; i < only_a; ++i) a.shingles.push_back(shingle(i % 8, 100000 + i));
  for (uint32_t i = 0; i < only_b; ++i) b.shingles.push_back(shingle(8 + i % 8, 200000 + i));
  std::sort(a.shingles.begin(), a.shingles.end());
  std::sort(b.shingles.begin(), b.shingles.end());
  return {std::move(a), std::move(b)};
}

TEST(NearDuplicatesTest, PairsAtTheThresholdFoldWhateverBinsTheirShinglesFallIn) {
  // Before their shingles are read, a bucket's pairs are ruled out by how
  // many shingles fall in each bin; copies just at a threshold, whose bins
  // allow exactly the shingles they share, must still fold, also when a bin
  // holds more than it can count.
  size_t folded = 0;
  for (const bool one_bin : {false, true}) {
    for (const uint32_t size : {8u, 12u, 20u, 33u, 60u, 300u}) {
      for (const uint32_t extra : {0u, size / 4, size / 2}) {
        for (uint32_t shared = size * 3 / 5; shared <= size; ++shared) {
          const auto [a, b] = Overlapping(shared, size - shared, size - shared + extra, one_bin);
          const bool expected = NearDuplicatesByDefinition(a, b, DedupOptions());
          folded += expected;
          EXPECT_EQ(Together(a, b), expected) << shared << " of " << a.shingles.size() << " and "
                                              << b.shingles.size() << ", one bin: " << one_bin;
        }
      }
    }
  }
  EXPECT_GT(folded, 100u);
}

SentenceFingerprint Naming(SentenceFingerprint fingerprint, std::vector<uint64_t> entities) {
  fingerprint.entities = std::move(entities);
  return fingerprint;
}

TEST(NearDuplicatesTest, CopiesNameTheSameActorsOrMoreOfThem) {
  // One long sentence, with one name in the other outlet's copy replaced.
  EXPECT_FALSE(Together(Naming(Shingles(1, 0, 20), {10, 11}), Naming(Shingles(2, 0, 20), {10, 12})));
  EXPECT_TRUE(Together(Naming(Shingles(1, 0, 20), {10, 11}), Naming(Shingles(2, 0, 20), {10, 11})));
  // The agency said "an opponent", the outlet names him.
  EXPECT_TRUE(Together(Naming(Shingles(1, 0, 20), {10}), Naming(Shingles(2, 0, 21), {10, 11})));
}

TEST(NearDuplicatesTest, ATemplateFilledThousandsOfTimesStillFoldsItsCopies) {
  // 3,000 sentences of one template, each naming one of 1,000 pairs of
  // actors: every pair's three copies fold, and nothing else does.
  std::vector<SentenceFingerprint> fingerprints;
  for (uint64_t i = 0; i < 3000; ++i) {
    fingerprints.push_back(Naming(Shingles(i, 0, 20), {100 + i % 1000, 5000 + i % 1000}));
  }
  std::vector<const SentenceFingerprint*> input;
  for (const SentenceFingerprint& fingerprint : fingerprints) input.push_back(&fingerprint);
  const std::vector<size_t> clusters = Cluster(input);
  for (size_t i = 0; i < clusters.size(); ++i) EXPECT_EQ(clusters[i], i % 1000) << i;
}

TEST(NearDuplicatesTest, ALargeBucketFoldsACopyNamingMoreActorsWithItsOriginal) {
  // One template filled with 1,000 single actors, none a copy of another,
  // and one outlet's copy of the 7th that names a second actor: it is
  // compared with the 7th, however many sentences name other actors.
  std::vector<SentenceFingerprint> fingerprints;
  for (uint64_t i = 0; i < 1000; ++i) fingerprints.push_back(Naming(Shingles(i, 0, 20), {1000 + i}));
  fingerprints.push_back(Naming(Shingles(5000, 0, 21), {1007, 9999}));
  std::vector<const SentenceFingerprint*> input;
  for (const SentenceFingerprint& fingerprint : fingerprints) input.push_back(&fingerprint);
  const std::vector<size_t> clusters = Cluster(input);
  for (size_t i = 0; i < 1000; ++i) EXPECT_EQ(clusters[i], i) << i;
  EXPECT_EQ(clusters[1000], 7u);
}

TEST(NearDuplicatesTest, ALargeBucketFindsTheOriginalByAnySetOfTheCopysActors) {
  // 1,000 sentences of a template naming two actors each, and a copy of the
  // 7th naming a third actor that sorts between its two: the original is
  // found by the set of the copy's first and last actors.
  std::vector<SentenceFingerprint> fingerprints;
  for (uint64_t i = 0; i < 1000; ++i) {
    fingerprints.push_back(Naming(Shingles(i, 0, 20), {1000 + i, 3000 + i}));
  }
  fingerprints.push_back(Naming(Shingles(5000, 0, 21), {1007, 2000, 3007}));
  std::vector<const SentenceFingerprint*> input;
  for (const SentenceFingerprint& fingerprint : fingerprints) input.push_back(&fingerprint);
  const std::vector<size_t> clusters = Cluster(input);
  for (size_t i = 0; i < 1000; ++i) EXPECT_EQ(clusters[i], i) << i;
  EXPECT_EQ(clusters[1000], 7u);
}

TEST(NearDuplicatesTest, SmallBucketsFindEveryPairOfCopies) {
  // Copies of a few sentences, each with words dropped or added and with
  // more, fewer or other actors: the clusters are those of comparing every
  // pair (the buckets are small, so all their pairs are compared).
  std::mt19937 random(11);
  std::vector<SentenceFingerprint> fingerprints;
  for (uint64_t i = 0; i < 240; ++i) {
    const uint64_t sentence = i % 12;
    SentenceFingerprint fingerprint;
    fingerprint.exact = i;
    for (uint64_t word = 0; word < 24; ++word) {
      if (random() % 10 != 0) fingerprint.shingles.push_back(static_cast<uint32_t>(sentence * 1000 + word));
    }
    for (uint64_t extra = 0; extra < random() % 4; ++extra) {
      fingerprint.shingles.push_back(static_cast<uint32_t>(sentence * 1000 + 500 + random() % 50));
    }
    std::sort(fingerprint.shingles.begin(), fingerprint.shingles.end());
    fingerprint.shingles.erase(std::unique(fingerprint.shingles.begin(), fingerprint.shingles.end()),
                               fingerprint.shingles.end());
    for (uint64_t actor = 0; actor < 4; ++actor) {
      if (random() % 3 != 0) fingerprint.entities.push_back(sentence * 10 + actor + random() % 2 * 64);
    }
    std::sort(fingerprint.entities.begin(), fingerprint.entities.end());
    fingerprint.entities.erase(std::unique(fingerprint.entities.begin(), fingerprint.entities.end()),
                               fingerprint.entities.end());
    fingerprints.push_back(std::move(fingerprint));
  }
  std::vector<const SentenceFingerprint*> input;
  for (const SentenceFingerprint& fingerprint : fingerprints) input.push_back(&fingerprint);
  std::vector<size_t> expected(fingerprints.size());
  std::iota(expected.begin(), expected.end(), 0);
  const auto root = [&](size_t i) {
    while (expected[i] != i) i = expected[i];
    return i;
  };
  size_t copies = 0;
  for (size_t a = 0; a < fingerprints.size(); ++a) {
    for (size_t b = a + 1; b < fingerprints.size(); ++b) {
      if (!NearDuplicates(fingerprints[a].View(), fingerprints[b].View(), DedupOptions())) continue;
      ++copies;
      const size_t root_a = root(a);
      const size_t root_b = root(b);
      expected[std::max(root_a, root_b)] = std::min(root_a, root_b);
    }
  }
  for (size_t i = 0; i < expected.size(); ++i) expected[i] = root(i);
  EXPECT_GT(copies, 200u);
  EXPECT_EQ(Cluster(input), expected);
}

TEST(NearDuplicatesTest, ClustersAreTransitiveAndRepresentedByTheirFirstMember) {
  const SentenceFingerprint a = Shingles(1, 0, 10);
  const SentenceFingerprint b = Shingles(2, 1, 10);
  const SentenceFingerprint c = Shingles(3, 2, 10);  // near b, not near a
  const SentenceFingerprint other = Shingles(4, 500, 10);
  EXPECT_EQ(Cluster({&other, &c, &a, &b}),
            (std::vector<size_t>{0, 1, 1, 1}));
}

TEST(NearDuplicatesTest, ThePartitionDoesNotDependOnTheOrder) {
  std::vector<SentenceFingerprint> fingerprints;
  for (uint64_t i = 0; i < 60; ++i) {
    // Families of near-copies drifting apart, plus unrelated sentences.
    fingerprints.push_back(Shingles(i, (i % 6) * 1000 + i / 6, 12));
  }
  const auto partition = [&](const std::vector<size_t>& order) {
    std::vector<const SentenceFingerprint*> input;
    for (const size_t i : order) input.push_back(&fingerprints[i]);
    const std::vector<size_t> clusters = Cluster(input);
    std::map<size_t, std::set<uint64_t>> members;
    for (size_t i = 0; i < clusters.size(); ++i) {
      members[clusters[i]].insert(input[i]->exact);
    }
    std::set<std::set<uint64_t>> result;
    for (auto& [representative, set] : members) result.insert(set);
    return result;
  };
  std::vector<size_t> order(fingerprints.size());
  std::iota(order.begin(), order.end(), size_t{0});
  const auto expected = partition(order);
  EXPECT_LT(expected.size(), fingerprints.size());  // something was folded
  std::mt19937 random(4);
  for (int round = 0; round < 5; ++round) {
    std::shuffle(order.begin(), order.end(), random);
    EXPECT_EQ(partition(order), expected);
  }
}

// The cluster holding the sentence of `doc` that starts with `prefix`.
std::set<std::string> ClusterOf(const DeduplicatedCorpus& corpus, std::string_view doc,
                                std::string_view prefix) {
  for (const CorpusSentence& sentence : corpus.sentences) {
    if (!sentence.doc->starts_with(doc) || !sentence.facts->text.starts_with(prefix)) {
      continue;
    }
    std::set<std::string> members;
    for (const size_t s : corpus.clusters[sentence.cluster]) {
      const CorpusSentence& member = corpus.sentences[s];
      members.insert(member.doc->substr(0, 3) + ":" + std::to_string(member.facts->index));
    }
    return members;
  }
  ADD_FAILURE() << "no sentence " << prefix << " in " << doc;
  return {};
}

TEST(NearDuplicatesTest, TheSamplesAgencySentencesFoldAcrossOutlets) {
  const PartialGraph partial = testing::PartialOfAllSamples();
  const DeduplicatedCorpus corpus = Deduplicate(partial, DedupOptions());
  // The AFP lead, carried by 000, 001 (extended by a clause) and 004 (which
  // names Ablyazov where the others say "an opponent").
  const std::set<std::string> lead = ClusterOf(corpus, "000", "رأى معارض كازاخستاني بارز");
  EXPECT_EQ(lead.size(), 3u);
  std::set<std::string> documents;
  for (const std::string& member : lead) documents.insert(member.substr(0, 3));
  EXPECT_EQ(documents, (std::set<std::string>{"000", "001", "004"}));
  // The paragraph 003 repeats.
  EXPECT_EQ(ClusterOf(corpus, "003", "واتّهمت سلطات كازاخستان").size(), 2u);
  // Spelling differences (ألبيازوف / أبليازوف) do not matter.
  EXPECT_EQ(ClusterOf(corpus, "000", "وأعلن ألبيازوف، الذي ترأس").size(), 2u);
  EXPECT_GE(corpus.folded(), 15u);
}

TEST(NearDuplicatesTest, OnlySentencesWithFactsAreKept) {
  const PartialGraph partial = testing::PartialOfAllSamples();
  uint32_t all_sentences = 0;
  size_t kept = 0;
  for (const auto& [doc, document] : partial.documents()) {
    for (const SentenceFacts& facts : document.kept) {
      EXPECT_FALSE(facts.mentions.count == 0 && facts.triggers.count == 0)
          << doc << ":" << facts.index << " " << facts.text;
    }
    all_sentences += document.sentences;
    kept += document.kept.size();
  }
  EXPECT_EQ(all_sentences, 176u);
  EXPECT_LT(kept, all_sentences);
}

}  // namespace
}  // namespace akhbar
