#include "graph/near_duplicates.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cassert>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <span>
#include <tuple>
#include <utility>

#include <boost/sort/spreadsort/integer_sort.hpp>
#include <tbb/blocked_range.h>
#include <tbb/enumerable_thread_specific.h>
#include <tbb/parallel_for.h>
#include <tbb/parallel_pipeline.h>

#include "graph/stable_hash.h"
#include "graph/union_find.h"

namespace akhbar {
namespace {

// 32 bands of 3 hashes: pairs at Jaccard 0.8 share a band with
// probability 1 - (1 - 0.8^3)^32 > 0.9999, pairs at 0.6 (an extended
// agency sentence) still 0.999; pairs below 0.2 rarely become candidates.
constexpr size_t kBands = 32;
constexpr size_t kRows = 3;
constexpr size_t kHashes = kBands * kRows;

// Buckets up to this size compare all their pairs; larger ones compare each
// member with the first members of the clusters (leaders) found among the
// members naming the same actors or some of them: the last kLeadersCompared
// of each such group, so that a group of sentences that are no copies of
// one another costs a bounded number of comparisons per member.
constexpr size_t kAllPairsBucket = 64;
constexpr size_t kLeadersCompared = 64;

using Signature = std::array<uint64_t, kHashes>;

// The seed of each of the kHashes hash functions, mixed once.
const Signature& Seeds() {
  static const Signature seeds = [] {
    Signature mixed;
    for (size_t h = 0; h < kHashes; ++h) mixed[h] = MixBits(h + 1);
    return mixed;
  }();
  return seeds;
}

// Each shingle goes through kHashes independent multiply-xorshift lanes,
// which AVX-512 runs eight at a time: GCC builds a copy for x86-64-v4 and
// picks one at run time, so the build itself stays portable.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("arch=x86-64-v4", "default")))
#endif
Signature MinHash(std::span<const uint32_t> shingles) {
  const Signature& seeds = Seeds();
  Signature signature;
  signature.fill(std::numeric_limits<uint64_t>::max());
  for (const uint64_t shingle : shingles) {
    for (size_t h = 0; h < kHashes; ++h) {
      signature[h] = std::min(signature[h], MixBits(shingle ^ seeds[h]));
    }
  }
  return signature;
}

// Whether two sorted shingle sets share at least `needed` shingles. Most
// pairs a bucket offers are not copies, and a few shingles of the smaller
// set missing from the larger settle that: the walk stops as soon as the
// shingles left cannot make up the count.
bool SharesAtLeast(std::span<const uint32_t> a, std::span<const uint32_t> b,
                   size_t needed) {
  size_t shared = 0;
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (shared >= needed) return true;
    const size_t left = static_cast<size_t>(std::min(a.end() - i, b.end() - j));
    if (shared + left < needed) return false;
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++shared, ++i, ++j;
    }
  }
  return shared >= needed;
}

// Copies of one report name the same actors, or one names more of them
// (an outlet adds "Ablyazov" where the agency said "an opponent");
// "Tokayev met Putin" and "Nazarbayev met Putin" are two reports.
bool NamesOneAnother(const FingerprintView& a, const FingerprintView& b) {
  const auto& fewer = a.entities.size() <= b.entities.size() ? a.entities : b.entities;
  const auto& more = a.entities.size() <= b.entities.size() ? b.entities : a.entities;
  return std::includes(more.begin(), more.end(), fewer.begin(), fewer.end());
}

// Which actors a sentence names, as one number (its order is arbitrary).
uint32_t NamesKey(std::span<const uint64_t> entities) {
  uint64_t key = 0;
  for (const uint64_t entity : entities) key = MixBits(key ^ entity);
  return static_cast<uint32_t>(key >> 32);
}

// Members of a large bucket naming up to this many actors look up the
// members naming some of them by the keys of those 2^n sets.
constexpr size_t kMostNamesForSubsets = 8;

// A set of actors as the groups of a large bucket are looked up: the
// exclusive or of its actors' hashes, each mixed once (MixedActor). The key
// of a set with one more actor is one xor away, so the 2^n sets of a
// member's actors cost an xor apiece; mixing each set's hash with its last
// actor, as NamesKey does, was a fifth of deduplicating template-filled news.
uint64_t MixedActor(uint64_t entity) { return MixBits(entity); }

// The top half of a set's key, as the groups are looked up by.
uint32_t SetKeyOf(std::span<const uint64_t> entities) {
  uint64_t key = 0;
  for (const uint64_t entity : entities) key ^= MixedActor(entity);
  return static_cast<uint32_t>(key >> 32);
}

// The key of every set of the actors whose MixedActor values are `mixed`,
// indexed by the set's bits.
using SubsetKeys = std::array<uint64_t, size_t{1} << kMostNamesForSubsets>;
void KeySubsets(std::span<const uint64_t> mixed, SubsetKeys* keys) {
  assert(mixed.size() <= kMostNamesForSubsets);
  (*keys)[0] = 0;
  for (uint32_t chosen = 1; chosen < (uint32_t{1} << mixed.size()); ++chosen) {
    (*keys)[chosen] = (*keys)[chosen & (chosen - 1)] ^ mixed[std::countr_zero(chosen)];
  }
}

// How many actors each set of SubsetKeys holds: std::popcount is a call
// into the compiler's library on baseline x86-64.
constexpr std::array<uint8_t, size_t{1} << kMostNamesForSubsets> kSetSizes = [] {
  std::array<uint8_t, size_t{1} << kMostNamesForSubsets> sizes{};
  for (size_t set = 1; set < sizes.size(); ++set) {
    sizes[set] = static_cast<uint8_t>(sizes[set >> 1] + (set & 1));
  }
  return sizes;
}();

// The groups of one large bucket, found by the actors they name (their
// count and the top half of their set's key, as KeySubsets makes it): an
// open-addressed table, refilled for each bucket.
// Searching the sorted groups took a dozen unpredictable steps per set of
// a member's actors.
class GroupIndex {
 public:
  void Reset(size_t most_groups) {
    size_t slots = 16;
    while (slots < 2 * most_groups) slots *= 2;
    slots_.assign(slots, Slot{});
  }
  void Insert(uint32_t entities, uint32_t names, uint32_t group) {
    const uint64_t key = KeyOf(entities, names);
    size_t at = SlotOf(key);
    while (slots_[at].key != kEmpty) at = (at + 1) & (slots_.size() - 1);
    slots_[at] = Slot{key, group};
  }
  // The group naming these actors, if the bucket has one.
  std::optional<uint32_t> Find(uint32_t entities, uint32_t names) const {
    const uint64_t key = KeyOf(entities, names);
    for (size_t at = SlotOf(key); slots_[at].key != kEmpty; at = (at + 1) & (slots_.size() - 1)) {
      if (slots_[at].key == key) return slots_[at].group;
    }
    return std::nullopt;
  }

 private:
  static constexpr uint64_t kEmpty = ~uint64_t{0};  // no count of actors is 2^32 - 1
  struct Slot {
    uint64_t key = kEmpty;
    uint32_t group = 0;
  };
  static uint64_t KeyOf(uint32_t entities, uint32_t names) {
    return uint64_t{entities} << 32 | names;
  }
  // The set's key is a hash already; the count is mixed in so that keys that
  // differ only in it take different slots.
  size_t SlotOf(uint64_t key) const {
    return (key ^ (key >> 32) * 0x9e3779b9U) & (slots_.size() - 1);
  }
  std::vector<Slot> slots_;
};

// What NearDuplicates needs to hold for two different texts, side by side in
// one array: most pairs a bucket offers fail on it without reading their
// fingerprints, which lie all over the heap.
struct Outline {
  uint32_t shingles = 0;
  uint32_t entities = 0;
  uint64_t entity_bits = 0;  // a bit per entity named
  // How many shingles fall in each sixteenth of their range (saturating):
  // two sentences share at most the sum of the smaller counts.
  static constexpr size_t kShingleBins = 16;
  std::array<uint8_t, kShingleBins> shingle_bins{};
};

Outline OutlineOf(const FingerprintView& fingerprint) {
  Outline outline;
  outline.shingles = static_cast<uint32_t>(fingerprint.shingles.size());
  outline.entities = static_cast<uint32_t>(fingerprint.entities.size());
  for (const uint64_t entity : fingerprint.entities) {
    outline.entity_bits |= uint64_t{1} << (entity % 64);
  }
  for (const uint32_t shingle : fingerprint.shingles) {
    uint8_t& bin = outline.shingle_bins[shingle >> 28];
    if (bin != std::numeric_limits<uint8_t>::max()) ++bin;
  }
  return outline;
}

// The most shingles two sentences can share, by their bins. A bin
// saturates only in a set of hundreds of shingles, and then bounds nothing
// if the other's saturates too: such pairs are left to the shingles.
uint32_t MostSharedShingles(const Outline& a, const Outline& b) {
  constexpr uint32_t kSaturated = std::numeric_limits<uint8_t>::max();
  if (std::min(a.shingles, b.shingles) >= kSaturated) return std::min(a.shingles, b.shingles);
  uint32_t most = 0;
  for (size_t bin = 0; bin < Outline::kShingleBins; ++bin) {
    most += std::min(a.shingle_bins[bin], b.shingle_bins[bin]);
  }
  return most;
}

// The fewest shingles two sets of these sizes share when NearDuplicates
// folds them, less half a shingle for rounding: a lower bound of the count
// its bisection finds.
double FewestSharedByCopies(uint32_t a, uint32_t b, const DedupOptions& options) {
  const double smaller = std::min(a, b);
  const double larger = std::max(a, b);
  double fewest = options.min_jaccard * (smaller + larger) / (1 + options.min_jaccard);
  if (smaller >= static_cast<double>(options.min_contained_shingles) &&
      smaller / larger >= options.min_size_ratio) {
    fewest = std::min(fewest, options.min_containment * smaller);
  }
  return fewest - 0.5;
}

// False when the fewer actors of one are not all among the other's (as
// NamesOneAnother picks them), when the shingle counts are too far apart
// for either test, or when their bins leave too few shingles to share.
bool MayBeNearDuplicates(const Outline& a, const Outline& b, double min_ratio,
                         const DedupOptions& options) {
  const Outline& fewer = a.entities <= b.entities ? a : b;
  const Outline& more = a.entities <= b.entities ? b : a;
  if ((fewer.entity_bits & ~more.entity_bits) != 0) return false;
  if (std::min(a.shingles, b.shingles) < min_ratio * std::max(a.shingles, b.shingles)) {
    return false;
  }
  return MostSharedShingles(a, b) >= FewestSharedByCopies(a.shingles, b.shingles, options);
}

// Sorts (hash, index) pairs. The hashes are uniform: a radix sort groups
// them in a few passes.
void SortByHash(std::vector<std::pair<uint64_t, uint32_t>>* entries) {
  boost::sort::spreadsort::integer_sort(
      entries->begin(), entries->end(),
      [](const std::pair<uint64_t, uint32_t>& entry, unsigned shift) { return entry.first >> shift; },
      std::less<std::pair<uint64_t, uint32_t>>());
}

// A member of a large bucket, gathered again for the large buckets' turn.
struct LargeMember {
  uint32_t key = 0;  // the band key
  uint32_t band = 0;
  uint32_t position = 0;  // of the sentence in the hashed ones
};

// One stable counting pass: `items` ordered by digit(item), below
// `buckets`, those of one digit kept in their order.
template <typename Item, typename Digit>
void CountingPass(std::vector<Item>* items, std::vector<Item>* scratch, size_t buckets,
                  Digit digit) {
  std::vector<size_t> next(buckets + 1);
  for (const Item& item : *items) ++next[digit(item) + 1];
  for (size_t b = 1; b <= buckets; ++b) next[b] += next[b - 1];
  scratch->resize(items->size());
  for (const Item& item : *items) (*scratch)[next[digit(item)]++] = item;
  items->swap(*scratch);
}

// Orders a band's (key, position) pairs, made in the order of positions, by
// key, each key's in the order of positions: three counting passes over
// eleven bits of the key at a time, from the lowest. Sorted by comparison,
// the pairs were two fifths of bucketing the bands.
void SortByBandKey(std::vector<std::pair<uint32_t, uint32_t>>* entries,
                   std::vector<std::pair<uint32_t, uint32_t>>* scratch) {
  constexpr unsigned kDigitBits = 11;
  for (unsigned shift = 0; shift < 32; shift += kDigitBits) {
    CountingPass(entries, scratch, size_t{1} << kDigitBits,
                 [shift](const std::pair<uint32_t, uint32_t>& entry) {
                   return entry.first >> shift & ((uint32_t{1} << kDigitBits) - 1);
                 });
  }
}

// Orders members gathered by position by their bucket, (key, band), keeping
// each bucket's in the order of positions: counting passes over the band and
// then the key's bytes from the lowest.
void SortByKeyThenBand(std::vector<LargeMember>* members, std::vector<LargeMember>* scratch) {
  CountingPass(members, scratch, kBands, [](const LargeMember& member) { return member.band; });
  for (unsigned shift = 0; shift < 32; shift += 8) {
    CountingPass(members, scratch, 256,
                 [shift](const LargeMember& member) { return member.key >> shift & 0xFF; });
  }
}

}  // namespace

bool NearDuplicates(const FingerprintView& a, const FingerprintView& b,
                    const DedupOptions& options) {
  if (a.exact == b.exact) return true;
  if (a.shingles.empty() || b.shingles.empty()) return false;
  if (!NamesOneAnother(a, b)) return false;
  const size_t fewer = std::min(a.shingles.size(), b.shingles.size());
  const double smaller = static_cast<double>(fewer);
  const double larger = static_cast<double>(std::max(a.shingles.size(), b.shingles.size()));
  const auto copies_sharing = [&](size_t count) {
    const double shared = static_cast<double>(count);
    if (shared / (smaller + larger - shared) >= options.min_jaccard) return true;
    return smaller >= static_cast<double>(options.min_contained_shingles) &&
           smaller / larger >= options.min_size_ratio &&
           shared / smaller >= options.min_containment;
  };
  // Both tests grow with the shingles shared: the fewest that pass is found
  // by bisection with the tests themselves, so that no rounding differs.
  size_t low = 0;
  size_t high = fewer + 1;
  while (low < high) {
    const size_t middle = low + (high - low) / 2;
    if (copies_sharing(middle)) {
      high = middle;
    } else {
      low = middle + 1;
    }
  }
  return low <= fewer && SharesAtLeast(a.shingles, b.shingles, low);
}

std::vector<size_t> ClusterNearDuplicates(
    const std::vector<FingerprintRef>& fingerprints, const DedupOptions& options) {
  const size_t count = fingerprints.size();
  assert(count <= std::numeric_limits<uint32_t>::max() && "sentence indexes are 32-bit");
  UnionFind clusters(count);

  // Exact copies first: only the first of each text needs a signature, and
  // only if it has shingles (a sentence without any has exact copies only).
  // The texts are grouped by sorting (hash, sentence) pairs, which are freed
  // before the band keys are made: a hash map of them cost three times as
  // much and lived through the peak.
  // The sentences to hash are marked, then listed in their order: sorting
  // the list, in the order of the texts' hashes, cost as much as grouping.
  std::vector<uint32_t> hashed;
  {
    std::vector<std::pair<uint64_t, uint32_t>> by_text(count);
    for (size_t i = 0; i < count; ++i) {
      by_text[i] = {fingerprints[i].View().exact, static_cast<uint32_t>(i)};
    }
    SortByHash(&by_text);
    std::vector<bool> to_hash(count, false);
    size_t hashed_count = 0;
    for (size_t begin = 0; begin < by_text.size();) {
      const uint32_t first = by_text[begin].second;
      size_t end = begin + 1;
      for (; end < by_text.size() && by_text[end].first == by_text[begin].first; ++end) {
        clusters.Unite(first, by_text[end].second);
      }
      if (!fingerprints[first].View().shingles.empty()) {
        to_hash[first] = true;
        ++hashed_count;
      }
      begin = end;
    }
    hashed.reserve(hashed_count);
    for (size_t i = 0; i < count; ++i) {
      if (to_hash[i]) hashed.push_back(static_cast<uint32_t>(i));
    }
  }

  // From here on a sentence is its position in `hashed`: the arrays below
  // hold the hashed sentences only, not their exact copies.
  //
  // Each sentence's bucket in each band. A band key is the high half of a
  // 64-bit hash: the keys of all bands are the largest array of
  // deduplication, and a sentence in the wrong bucket once in four billion
  // pairs costs a comparison, not a wrong copy (the shingles decide).
  using BandKey = uint32_t;
  std::vector<BandKey> band_keys(hashed.size() * kBands);
  // Signatures are the costly part and each is its own: they are computed
  // in parallel, each into its own slots, so the result does not depend on
  // the threads. The outlines are made in the same pass, which reads each
  // fingerprint once.
  std::vector<Outline> outlines(hashed.size());
  // Which actors each sentence names: NamesKey orders a large bucket's
  // members, SetKeyOf finds their groups.
  struct ActorKeys {
    uint32_t names = 0;
    uint32_t set = 0;
  };
  std::vector<ActorKeys> actor_keys(hashed.size());
  tbb::parallel_for(tbb::blocked_range<size_t>(0, hashed.size(), 256),
                    [&](const tbb::blocked_range<size_t>& range) {
                      for (size_t d = range.begin(); d != range.end(); ++d) {
                        const FingerprintView fingerprint = fingerprints[hashed[d]].View();
                        outlines[d] = OutlineOf(fingerprint);
                        actor_keys[d] = {NamesKey(fingerprint.entities),
                                         SetKeyOf(fingerprint.entities)};
                        const Signature signature = MinHash(fingerprint.shingles);
                        for (size_t band = 0; band < kBands; ++band) {
                          uint64_t key = MixBits(band);
                          for (size_t row = 0; row < kRows; ++row) {
                            key = MixBits(key ^ signature[band * kRows + row]);
                          }
                          band_keys[d * kBands + band] = static_cast<BandKey>(key >> 32);
                        }
                      }
                    });
  // Both tests need the sets' sizes within min_size_ratio (Jaccard j needs
  // a ratio of j or more): with a small bucket's members sorted by size,
  // each row of comparisons stops at the first member too large.
  const double min_ratio = std::min(options.min_jaccard, options.min_size_ratio);
  // Only the first sentence of each text is bucketed, so no pair compared
  // below is an exact copy, and a pair the outlines rule out is not a copy.
  const auto may_be_copies = [&](size_t first, size_t second) {
    return MayBeNearDuplicates(outlines[first], outlines[second], min_ratio, options);
  };
  // Which sentences lie in a bucket of more than kAllPairsBucket, a bitmap
  // per band, set as the band is bucketed. On template-filled news nearly
  // every sentence is in a large bucket of every band, and a set of the large
  // keys cost a hash lookup per sentence and band where a bit costs a load.
  std::vector<std::vector<uint64_t>> in_large_bucket(
      kBands, std::vector<uint64_t>((hashed.size() + 63) / 64));
  const auto in_large = [&](size_t band, size_t d) {
    return (in_large_bucket[band][d / 64] >> (d % 64) & 1) != 0;
  };
  // A pair that shares several bands is compared in the first of them whose
  // bucket compares all its pairs. Bands are bucketed in order, so the large
  // keys of the bands before the pair's are known when it is met.
  const auto compared_before = [&](size_t first, size_t second, size_t current_band) {
    const BandKey* a = &band_keys[first * kBands];
    const BandKey* b = &band_keys[second * kBands];
    for (size_t band = 0; band < current_band; ++band) {
      if (a[band] == b[band] && !in_large(band, first)) return true;
    }
    return false;
  };
  // The buckets of one band, as a sorted array of (band key, position): far
  // kinder to the cache than a hash map of vectors on a corpus of millions,
  // and a 32nd of the memory of all bands at once.
  struct Band {
    size_t index = 0;
    std::vector<std::pair<BandKey, uint32_t>> bucketed;
    // Each small bucket as a range [first, second) of `bucketed`.
    std::vector<std::pair<size_t, size_t>> small_buckets;
  };
  // Members of the large buckets of all bands, counted here and gathered
  // again after the last band (see below).
  size_t large_members = 0;
  size_t next_band = 0;
  std::vector<std::pair<BandKey, uint32_t>> band_scratch;
  const auto bucket_band = [&](tbb::flow_control& control) -> std::unique_ptr<Band> {
    if (next_band == kBands) {
      control.stop();
      return nullptr;
    }
    auto band = std::make_unique<Band>();
    band->index = next_band++;
    std::vector<std::pair<BandKey, uint32_t>>& bucketed = band->bucketed;
    bucketed.reserve(hashed.size());
    for (size_t d = 0; d < hashed.size(); ++d) {
      bucketed.emplace_back(band_keys[d * kBands + band->index], static_cast<uint32_t>(d));
    }
    SortByBandKey(&bucketed, &band_scratch);
    for (size_t begin = 0; begin < bucketed.size();) {
      size_t end = begin + 1;
      while (end < bucketed.size() && bucketed[end].first == bucketed[begin].first) ++end;
      // Most buckets hold one sentence and no pair.
      if (end - begin == 1) {
        begin = end;
        continue;
      }
      if (end - begin <= kAllPairsBucket) {
        band->small_buckets.emplace_back(begin, end);
      } else {
        for (size_t m = begin; m < end; ++m) {
          const uint32_t d = bucketed[m].second;
          in_large_bucket[band->index][d / 64] |= uint64_t{1} << (d % 64);
        }
        large_members += end - begin;
      }
      begin = end;
    }
    return band;
  };
  // Small buckets compare all their pairs, side by side; the copies found
  // are united afterwards, and the partition does not depend on the order
  // of the unions.
  tbb::enumerable_thread_specific<std::vector<std::pair<size_t, size_t>>> copies;
  const auto compare_small_buckets = [&](std::unique_ptr<Band> band) {
    tbb::parallel_for(
        tbb::blocked_range<size_t>(0, band->small_buckets.size(), 64),
        [&](const tbb::blocked_range<size_t>& range) {
          std::vector<std::pair<size_t, size_t>>& found = copies.local();
          std::vector<std::pair<uint32_t, size_t>> members;
          for (size_t b = range.begin(); b != range.end(); ++b) {
            const auto [begin, end] = band->small_buckets[b];
            members.clear();
            for (size_t m = begin; m < end; ++m) {
              const uint32_t d = band->bucketed[m].second;
              members.emplace_back(outlines[d].shingles, d);
            }
            std::sort(members.begin(), members.end());
            for (size_t x = 0; x < members.size(); ++x) {
              for (size_t y = x + 1; y < members.size(); ++y) {
                if (members[x].first < min_ratio * members[y].first) break;
                const size_t first = members[x].second;
                const size_t second = members[y].second;
                if (!may_be_copies(first, second) || compared_before(first, second, band->index)) {
                  continue;
                }
                if (NearDuplicates(fingerprints[hashed[first]].View(),
                                   fingerprints[hashed[second]].View(), options)) {
                  found.emplace_back(hashed[first], hashed[second]);
                }
              }
            }
          }
        });
  };
  // The next band is sorted while this one's buckets are compared: two
  // bands in flight, no more, since each holds a pair per sentence.
  constexpr size_t kBandsInFlight = 2;
  tbb::parallel_pipeline(
      kBandsInFlight,
      tbb::make_filter<void, std::unique_ptr<Band>>(tbb::filter_mode::serial_in_order,
                                                    bucket_band) &
          tbb::make_filter<std::unique_ptr<Band>, void>(tbb::filter_mode::parallel,
                                                        compare_small_buckets));
  for (const auto& found : copies) {
    for (const auto& [first, second] : found) clusters.Unite(first, second);
  }
  // The actors of each sentence in a large bucket naming at most
  // kMostNamesForSubsets, as MixedActor values side by side in the order of
  // positions: read and mixed once here, not from the fingerprints (three
  // loads apart on the heap) for every band whose large bucket holds the
  // sentence.
  std::vector<uint32_t> entities_at(hashed.size(), 0);
  std::vector<uint64_t> mixed_actors;
  {
    std::vector<uint64_t> in_some_large((hashed.size() + 63) / 64);
    for (const std::vector<uint64_t>& band : in_large_bucket) {
      for (size_t word = 0; word < band.size(); ++word) in_some_large[word] |= band[word];
    }
    const auto listed = [&](size_t d) {
      return outlines[d].entities <= kMostNamesForSubsets &&
             (in_some_large[d / 64] >> (d % 64) & 1) != 0;
    };
    size_t total = 0;
    for (size_t d = 0; d < hashed.size(); ++d) {
      entities_at[d] = static_cast<uint32_t>(total);
      if (listed(d)) total += outlines[d].entities;
    }
    assert(total <= std::numeric_limits<uint32_t>::max() && "at most eight per sentence");
    mixed_actors.resize(total);
    tbb::parallel_for(tbb::blocked_range<size_t>(0, hashed.size(), 1024),
                      [&](const tbb::blocked_range<size_t>& range) {
                        for (size_t d = range.begin(); d != range.end(); ++d) {
                          if (!listed(d)) continue;
                          const std::span<const uint64_t> entities =
                              fingerprints[hashed[d]].View().entities;
                          std::transform(entities.begin(), entities.end(),
                                         mixed_actors.begin() + entities_at[d], MixedActor);
                        }
                      });
  }
  // A bucket of more than kAllPairsBucket is one template filled with names and
  // numbers (a sports table, a market report), and comparing all its pairs
  // costs the square of its size. Two members can be copies only if one
  // names all the actors the other does, so members are taken in groups
  // naming the same actors, the groups naming fewer first, and each member
  // is compared with the members that started a cluster (its leaders) in
  // its own group and in the groups naming some of its actors, found by
  // their keys. Comparing with the last few leaders whatever they named
  // missed a tenth of the copies of a 100 MB corpus of filled templates.
  // This depends on the clusters found so far, so these buckets are done
  // one after the other, in key order.
  //
  // On template-filled news most sentences are in a large bucket of every
  // band: their members, held all at once, were the peak of deduplication.
  // They are gathered from the band keys instead, a range of keys at a time,
  // each range holding about as many members as there are sentences.
  constexpr uint64_t kKeys = uint64_t{1} << 32;
  const uint64_t members_per_round = std::max<uint64_t>(hashed.size(), 1);
  const uint64_t rounds = (large_members + members_per_round - 1) / members_per_round;
  std::vector<LargeMember> gathered;
  std::vector<LargeMember> scratch;
  if (rounds > 0) gathered.reserve(large_members / rounds + large_members / rounds / 8);
  // A large bucket's members carry what their comparisons read: gathered in
  // the order of their positions, those reads run forward through memory,
  // where the comparisons, in the order of the actors named, jump about it.
  struct Member {
    uint32_t names = 0;     // NamesKey
    uint32_t set_key = 0;   // SetKeyOf
    uint32_t position = 0;  // in `hashed`
    uint32_t sentence = 0;  // hashed[position]
    // Where the actors of a member naming at most kMostNamesForSubsets
    // begin in mixed_actors.
    uint32_t entities_at = 0;
    Outline outline;
    bool operator<(const Member& other) const {
      return std::tie(outline.entities, names, position) <
             std::tie(other.outline.entities, other.names, other.position);
    }
  };
  // The members of a bucket naming the same actors; its leaders are
  // leaders[first_leader, end_leader).
  struct Group {
    uint32_t entities = 0;
    uint32_t names = 0;
    size_t first_leader = 0;
    size_t end_leader = 0;
    uint64_t entity_bits = 0;  // as in Outline
  };
  const auto actors_of = [&](const Member& member) {
    return std::span(mixed_actors).subspan(member.entities_at, member.outline.entities);
  };
  std::vector<Member> members;
  std::vector<const Member*> leaders;
  std::vector<Group> groups;
  GroupIndex group_index;
  SubsetKeys subset_keys;
  for (uint64_t round = 0; round < rounds; ++round) {
    const uint64_t low = kKeys * round / rounds;
    const uint64_t high = kKeys * (round + 1) / rounds;
    // A key is in [low, high) when its distance above low, wrapping at 2^32,
    // is at most the range's last offset: one compare per key, and a loop
    // without branches that the compiler runs several keys at a time. A
    // round keeps a few keys of every sentence, so this scan, repeated each
    // round, costs more than anything done with the keys it keeps.
    const auto first_key = static_cast<BandKey>(low);
    const auto last_offset = static_cast<BandKey>(high - low - 1);
    gathered.clear();
    for (size_t d = 0; d < hashed.size(); ++d) {
      const BandKey* keys = &band_keys[d * kBands];
      static_assert(kBands <= 32, "a bit of in_range per band");
      uint32_t in_range = 0;
      for (uint32_t band = 0; band < kBands; ++band) {
        in_range |= uint32_t{static_cast<BandKey>(keys[band] - first_key) <= last_offset} << band;
      }
      for (; in_range != 0; in_range &= in_range - 1) {
        const auto band = static_cast<uint32_t>(std::countr_zero(in_range));
        if (in_large(band, d)) gathered.push_back({keys[band], band, static_cast<uint32_t>(d)});
      }
    }
    SortByKeyThenBand(&gathered, &scratch);
    for (size_t begin = 0; begin < gathered.size();) {
      size_t end = begin + 1;
      while (end < gathered.size() && gathered[end].key == gathered[begin].key &&
             gathered[end].band == gathered[begin].band) {
        ++end;
      }
      members.clear();
      for (size_t m = begin; m < end; ++m) {
        const uint32_t d = gathered[m].position;
        members.push_back(Member{actor_keys[d].names, actor_keys[d].set, d, hashed[d],
                                 entities_at[d], outlines[d]});
      }
      std::sort(members.begin(), members.end());
      leaders.clear();
      groups.clear();
      group_index.Reset(members.size());
      size_t naming_fewer = 0;  // groups naming fewer actors than the current one
      uint64_t counts_naming_fewer = 0;  // bit n: one of those names n actors
      constexpr size_t kPrefetchMembers = 8;
      for (size_t m = 0; m < members.size(); ++m) {
        if (m + kPrefetchMembers < members.size()) {
          clusters.Prefetch(members[m + kPrefetchMembers].sentence);
          __builtin_prefetch(mixed_actors.data() + members[m + kPrefetchMembers].entities_at);
        }
        const Member& member = members[m];
        if (groups.empty() || groups.back().names != member.names ||
            groups.back().entities != member.outline.entities) {
          if (!groups.empty() && groups.back().entities != member.outline.entities) {
            naming_fewer = groups.size();
            counts_naming_fewer |= uint64_t{1} << std::min<uint32_t>(groups.back().entities, 63);
          }
          // Only sets of fewer than kMostNamesForSubsets actors are looked up.
          if (member.outline.entities < kMostNamesForSubsets) {
            group_index.Insert(member.outline.entities, member.set_key,
                               static_cast<uint32_t>(groups.size()));
          }
          groups.push_back(Group{member.outline.entities, member.names, leaders.size(),
                                 leaders.size(), member.outline.entity_bits});
        }
        bool joined = false;
        // Only a union here moves the member's root: it is found once and
        // again after each, not once per leader.
        size_t root = clusters.Find(member.sentence);
        const auto compare_with_leaders = [&](const Group& group) {
          const size_t first = std::max(group.first_leader,
                                        group.end_leader - std::min(group.end_leader, kLeadersCompared));
          for (size_t l = group.end_leader; l-- > first;) {
            const Member& leader = *leaders[l];
            if (clusters.Find(leader.sentence) == root ||
                (MayBeNearDuplicates(leader.outline, member.outline, min_ratio, options) &&
                 NearDuplicates(fingerprints[leader.sentence].View(),
                                fingerprints[member.sentence].View(), options))) {
              clusters.Unite(leader.sentence, member.sentence);
              root = clusters.Find(member.sentence);
              joined = true;
            }
          }
        };
        compare_with_leaders(groups.back());
        // The groups naming some of this member's actors are found by
        // looking up the keys of those sets, or by testing the actors' bits
        // of every group naming fewer, whichever is fewer steps. Most
        // buckets are one template, whose members all name as many actors.
        const size_t entities = member.outline.entities;
        if (entities <= kMostNamesForSubsets && (size_t{1} << entities) < naming_fewer) {
          KeySubsets(actors_of(member), &subset_keys);
          // Every proper subset names fewer actors: its group, if any, is
          // one of those before naming_fewer.
          const auto all = static_cast<uint32_t>((uint32_t{1} << entities) - 1);
          for (uint32_t chosen = 0; chosen < all; ++chosen) {
            const uint32_t chosen_count = kSetSizes[chosen];
            if ((counts_naming_fewer >> chosen_count & 1) == 0) continue;
            if (const std::optional<uint32_t> group = group_index.Find(
                    chosen_count, static_cast<uint32_t>(subset_keys[chosen] >> 32))) {
              compare_with_leaders(groups[*group]);
            }
          }
        } else {
          for (size_t g = 0; g < naming_fewer; ++g) {
            if ((groups[g].entity_bits & ~member.outline.entity_bits) == 0) {
              compare_with_leaders(groups[g]);
            }
          }
        }
        if (!joined) {
          leaders.push_back(&member);
          groups.back().end_leader = leaders.size();
        }
      }
      begin = end;
    }
  }

  std::vector<size_t> representative(count);
  for (size_t i = 0; i < count; ++i) representative[i] = clusters.Find(i);
  return representative;
}

}  // namespace akhbar
