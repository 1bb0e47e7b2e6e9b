// Hash tables keyed by normalized words and looked up with views into the
// text. The matchers look up several readings of every token, and nearly
// all of them are not rule words: a bit per hash value, in a bitmap small
// enough to stay in cache, answers most lookups without touching the table,
// and the hash is inline, reading eight bytes at a time.
#ifndef AKHBAR_EXTRACT_WORD_TABLE_H_
#define AKHBAR_EXTRACT_WORD_TABLE_H_

#include <bit>
#include <cstdint>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace akhbar {

struct WordHash {
  using is_transparent = void;
  // The bytes after the last whole eight are read as loads that overlap
  // what was read before: with the size mixed in, they still tell words
  // apart, and most Arabic words (four to fifteen bytes) take two or three
  // loads and no loop over bytes.
  size_t operator()(std::string_view word) const noexcept {
    const char* bytes = word.data();
    const size_t size = word.size();
    uint64_t hash = 0x9e3779b97f4a7c15ULL ^ size;
    if (size >= 8) {
      for (size_t i = 0; i + 8 <= size; i += 8) hash = Mix(hash ^ Load<uint64_t>(bytes + i));
      return Mix(hash ^ Load<uint64_t>(bytes + size - 8));
    }
    if (size >= 4) {
      return Mix(hash ^ (Load<uint32_t>(bytes) | uint64_t{Load<uint32_t>(bytes + size - 4)} << 32));
    }
    if (size == 0) return Mix(hash);
    // One to three bytes: the first, the middle and the last cover them all.
    return Mix(hash ^ (uint64_t{static_cast<uint8_t>(bytes[0])} |
                       uint64_t{static_cast<uint8_t>(bytes[size / 2])} << 8 |
                       uint64_t{static_cast<uint8_t>(bytes[size - 1])} << 16));
  }

 private:
  template <typename Unsigned>
  static Unsigned Load(const char* bytes) {
    Unsigned value;
    std::memcpy(&value, bytes, sizeof value);
    return value;
  }
  static uint64_t Mix(uint64_t value) {
    value = (value ^ (value >> 31)) * 0xbf58476d1ce4e5b9ULL;
    return value ^ (value >> 29);
  }
};

template <typename Value>
class WordTable {
 public:
  // The value of `word`, which is inserted with `value` if it is new. The
  // reference stays valid as more words are inserted.
  Value& Insert(std::string_view word, Value value = Value()) {
    const uint64_t hash = WordHash{}(word);
    if (const uint32_t index = IndexOf(word, hash); index != kNoEntry) {
      return entries_[index].value;
    }
    entries_.push_back(Entry{std::string(word), hash, std::move(value)});
    if (entries_.size() * 2 > slots_.size() || entries_.size() * kBitsPerWord > bits_.size() * 64) {
      Resize();
    } else {
      Place(entries_.size() - 1);
    }
    return entries_.back().value;
  }

  const Value* Find(std::string_view word) const { return Find(word, WordHash{}(word)); }
  // With the word's WordHash already known.
  const Value* Find(std::string_view word, uint64_t hash) const {
    if (!MayContain(hash)) return nullptr;
    const uint32_t index = IndexOf(word, hash);
    return index == kNoEntry ? nullptr : &entries_[index].value;
  }

  // False when no word of this hash is in the table: one bit, without
  // touching the table. True may still be a word that is not there.
  bool MayContain(uint64_t hash) const { return !bits_.empty() && Marked(hash); }

  size_t size() const { return entries_.size(); }

 private:
  static constexpr size_t kBitsPerWord = 16;  // about one false hit in 16
  static constexpr uint32_t kNoEntry = ~uint32_t{0};
  // No word's slot: entry indexes stay below 2^32 - 1.
  static constexpr uint64_t kEmptySlot = ~uint64_t{0};

  struct Entry {
    std::string word;
    uint64_t hash;
    Value value;
  };

  // Open addressing over entry indexes: one probe of a flat array, then the
  // entry, rather than a chain of nodes. A slot holds the top half of its
  // word's hash beside the index, so that a probe passes over the other
  // words' slots without loading their entries: with 100,000 names the
  // entries are far larger than the cache, and those loads were a fifth of
  // the lookups' time.
  uint32_t IndexOf(std::string_view word, uint64_t hash) const {
    if (slots_.empty()) return kNoEntry;
    const size_t mask = slots_.size() - 1;
    for (size_t at = hash & mask;; at = (at + 1) & mask) {
      const uint64_t slot = slots_[at];
      if (slot == kEmptySlot) return kNoEntry;
      if (TagOf(slot) != TagOf(hash)) continue;
      const auto index = static_cast<uint32_t>(slot);
      const Entry& entry = entries_[index];
      if (entry.hash == hash && entry.word == word) return index;
    }
  }

  static uint32_t TagOf(uint64_t hash_or_slot) { return static_cast<uint32_t>(hash_or_slot >> 32); }

  void Place(size_t index) {
    const uint64_t hash = entries_[index].hash;
    const size_t mask = slots_.size() - 1;
    size_t at = hash & mask;
    while (slots_[at] != kEmptySlot) at = (at + 1) & mask;
    slots_[at] = uint64_t{TagOf(hash)} << 32 | index;
    Mark(hash);
  }

  void Resize() {
    size_t slots = 64;
    while (slots < entries_.size() * 2) slots *= 2;
    slots_.assign(slots, kEmptySlot);
    size_t words = 64;
    while (words * 64 < entries_.size() * kBitsPerWord) words *= 2;
    bits_.assign(words, 0);
    shift_ = 64 - std::countr_zero(words * 64);
    for (size_t index = 0; index < entries_.size(); ++index) Place(index);
  }
  void Mark(uint64_t hash) {
    const uint64_t bit = hash >> shift_;
    bits_[bit / 64] |= uint64_t{1} << (bit % 64);
  }
  bool Marked(uint64_t hash) const {
    const uint64_t bit = hash >> shift_;
    return (bits_[bit / 64] >> (bit % 64)) & 1;
  }

  std::deque<Entry> entries_;  // a deque: values keep their addresses
  std::vector<uint64_t> slots_;  // tag << 32 | entry index
  std::vector<uint64_t> bits_;
  int shift_ = 64;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_WORD_TABLE_H_
