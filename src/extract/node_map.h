// The edges of a word trie (entity names, event triggers): (node, word id)
// -> child node, in one flat array probed linearly. A list of 100,000 n-gram names
// makes nearly every word of the text start a name, and a node-based hash
// map cost a cache miss per continuation looked up. Most continuations
// asked for are not there (four in five on SaudiNewsNet with 100,000
// names): a bit per hash value, in a bitmap a sixteenth of the table's
// size, answers them without touching the table.
#ifndef AKHBAR_EXTRACT_NODE_MAP_H_
#define AKHBAR_EXTRACT_NODE_MAP_H_

#include <bit>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace akhbar {

class NodeMap {
 public:
  // The child of `node` by `word`, made `child` if it is new; the second
  // member says whether it was.
  std::pair<uint32_t, bool> Insert(uint32_t node, uint32_t word, uint32_t child) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    Slot& slot = slots_[IndexOf(Key(node, word))];
    if (slot.key != kEmpty) return {slot.child, false};
    slot = Slot{Key(node, word), child};
    Mark(slot.key);
    ++size_;
    return {child, true};
  }

  // Starts loading the slot Find(node, word) reads first, so that a lookup
  // made a few words later does not wait for memory: with a large list of
  // names the table is far bigger than the cache.
  [[gnu::always_inline]] void Prefetch(uint32_t node, uint32_t word) const {
    if (slots_.empty()) return;
    __builtin_prefetch(&bits_[BitOf(Key(node, word)) / 64]);
    __builtin_prefetch(&slots_[HomeOf(Key(node, word))]);
  }

  // Whether the slots outgrow a typical per-core cache (1 MB), where
  // lookups become misses and prefetching them pays.
  bool LargerThanCache() const { return slots_.size() * sizeof(Slot) > (size_t{1} << 20); }

  std::optional<uint32_t> Find(uint32_t node, uint32_t word) const {
    const std::optional<Edge> edge = FindEdge(node, word);
    if (!edge) return std::nullopt;
    return edge->child;
  }

  // An edge carries a 32-bit value of its owner's (the slot has room for
  // it): what the child ends, read with the edge instead of from another
  // table, which cost a second cache miss per word.
  struct Edge {
    uint32_t child = 0;
    uint32_t value = 0;
  };
  std::optional<Edge> FindEdge(uint32_t node, uint32_t word) const {
    if (!MayHave(Key(node, word))) return std::nullopt;
    const Slot& slot = slots_[IndexOf(Key(node, word))];
    if (slot.key == kEmpty) return std::nullopt;
    return Edge{slot.child, slot.value};
  }
  // The value of an existing edge, to set; null if there is no such edge.
  uint32_t* ValueOf(uint32_t node, uint32_t word) {
    if (slots_.empty()) return nullptr;
    Slot& slot = slots_[IndexOf(Key(node, word))];
    return slot.key == kEmpty ? nullptr : &slot.value;
  }

 private:
  static constexpr uint64_t kEmpty = ~uint64_t{0};  // node and word ids stay below 2^32 - 1
  struct Slot {
    uint64_t key = kEmpty;
    uint32_t child = 0;
    uint32_t value = 0;
  };

  static uint64_t Key(uint32_t node, uint32_t word) { return uint64_t{node} << 32 | word; }

  // Where the probe for `key` starts.
  size_t HomeOf(uint64_t key) const {
    const uint64_t hash = key * 0x9e3779b97f4a7c15ULL;
    return static_cast<size_t>(hash ^ (hash >> 29)) & (slots_.size() - 1);
  }
  // The slot holding `key`, or the empty one where it would go.
  size_t IndexOf(uint64_t key) const {
    const size_t mask = slots_.size() - 1;
    size_t at = HomeOf(key);
    while (slots_[at].key != kEmpty && slots_[at].key != key) at = (at + 1) & mask;
    return at;
  }

  // The bitmap's bit for `key`: the top bits of a second hash, so that it
  // says nothing about where the key's probe starts.
  uint64_t BitOf(uint64_t key) const { return (key * 0xc2b2ae3d27d4eb4fULL) >> shift_; }
  bool MayHave(uint64_t key) const {
    if (bits_.empty()) return false;
    const uint64_t bit = BitOf(key);
    return (bits_[bit / 64] >> (bit % 64)) & 1;
  }
  void Mark(uint64_t key) {
    const uint64_t bit = BitOf(key);
    bits_[bit / 64] |= uint64_t{1} << (bit % 64);
  }

  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    // Eight bits per slot: at least sixteen per edge, as the table is at
    // most half full.
    bits_.assign(slots_.size() / 8, 0);
    shift_ = 64 - std::countr_zero(slots_.size() * 8);
    for (const Slot& slot : old) {
      if (slot.key == kEmpty) continue;
      slots_[IndexOf(slot.key)] = slot;
      Mark(slot.key);
    }
  }

  std::vector<Slot> slots_;
  std::vector<uint64_t> bits_;
  int shift_ = 64;
  size_t size_ = 0;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_NODE_MAP_H_
