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
#include <string>
#include <string_view>
#include <utility>
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
    // Below eight bytes the loads hold every byte of the word, so words of
    // one size differ in the value mixed, and the size, mixed in after it,
    // keeps a word apart from the same bytes one longer ("1111", "01111").
    if (size >= 4) {
      return Mix(Mix(Load<uint32_t>(bytes) | uint64_t{Load<uint32_t>(bytes + size - 4)} << 32) ^
                 hash);
    }
    if (size == 0) return Mix(hash);
    // One to three bytes: the first, the middle and the last cover them all.
    return Mix(Mix(uint64_t{static_cast<uint8_t>(bytes[0])} |
                   uint64_t{static_cast<uint8_t>(bytes[size / 2])} << 8 |
                   uint64_t{static_cast<uint8_t>(bytes[size - 1])} << 16) ^
               hash);
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

// A word is known by its 64-bit WordHash, which the table keeps in place of
// the word, with the value beside it: a lookup that finds a word reads one
// slot. With 100,000 names the table is larger than the cache, and the
// entry holding the word's text, loaded to compare it, was two thirds of a
// lookup's time. Words below eight bytes hash without collisions (see
// WordHash); a longer text word that is not in the table is taken for one
// that is when the 64 bits of their hashes agree, about once in 10^19
// lookups, as in KenLM's probing tables of n-gram hashes.
template <typename Value>
class WordTable {
 public:
  // The value of `word`, which is inserted with `value` if it is new. The
  // reference is valid until the next Insert: values move as the table
  // grows.
  Value& Insert(std::string_view word, Value value = Value()) {
    const uint64_t key = KeyOf(WordHash{}(word));
    if (const size_t at = SlotOf(key); at != kAbsent) return slots_[at].value;
    if ((size_ + 1) * 2 > slots_.size() || (size_ + 1) * kBitsPerWord > bits_.size() * 64) {
      Resize();
    }
    ++size_;
    return Place(Slot{key, std::move(value)}).value;
  }

  const Value* Find(std::string_view word) const { return FindHash(WordHash{}(word)); }
  // The value of the word of this WordHash, known already.
  const Value* FindHash(uint64_t hash) const {
    if (!MayContain(hash)) return nullptr;
    const size_t at = SlotOf(KeyOf(hash));
    return at == kAbsent ? nullptr : &slots_[at].value;
  }

  // False when no word of this hash is in the table: one bit, without
  // touching the table. True may still be a word that is not there.
  bool MayContain(uint64_t hash) const { return !bits_.empty() && Marked(hash); }

  size_t size() const { return size_; }

 private:
  static constexpr size_t kBitsPerWord = 16;  // about one false hit in 16
  static constexpr size_t kAbsent = ~size_t{0};
  static constexpr uint64_t kEmptySlot = 0;  // no word's key

  struct Slot {
    uint64_t key = kEmptySlot;
    Value value{};
  };

  // A hash of 0 marks an empty slot; its word is keyed 1 instead.
  static uint64_t KeyOf(uint64_t hash) { return hash == kEmptySlot ? 1 : hash; }

  // Open addressing, probing the slots after the hash's own.
  size_t SlotOf(uint64_t key) const {
    if (slots_.empty()) return kAbsent;
    const size_t mask = slots_.size() - 1;
    for (size_t at = key & mask;; at = (at + 1) & mask) {
      if (slots_[at].key == key) return at;
      if (slots_[at].key == kEmptySlot) return kAbsent;
    }
  }

  Slot& Place(Slot slot) {
    const size_t mask = slots_.size() - 1;
    size_t at = slot.key & mask;
    while (slots_[at].key != kEmptySlot) at = (at + 1) & mask;
    Mark(slot.key);
    slots_[at] = std::move(slot);
    return slots_[at];
  }

  void Resize() {
    size_t slots = 64;
    while (slots < (size_ + 1) * 2) slots *= 2;
    std::vector<Slot> old = std::exchange(slots_, std::vector<Slot>(slots));
    size_t words = 64;
    while (words * 64 < (size_ + 1) * kBitsPerWord) words *= 2;
    bits_.assign(words, 0);
    shift_ = 64 - std::countr_zero(words * 64);
    for (Slot& slot : old) {
      if (slot.key != kEmptySlot) Place(std::move(slot));
    }
  }
  // The bitmap takes the hash's top bits, the slots its bottom ones. A key
  // of 1 standing for a hash of 0 is marked at bit 0, as that hash is.
  void Mark(uint64_t hash) {
    const uint64_t bit = hash >> shift_;
    bits_[bit / 64] |= uint64_t{1} << (bit % 64);
  }
  bool Marked(uint64_t hash) const {
    const uint64_t bit = hash >> shift_;
    return (bits_[bit / 64] >> (bit % 64)) & 1;
  }

  std::vector<Slot> slots_;
  size_t size_ = 0;
  std::vector<uint64_t> bits_;
  int shift_ = 64;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_WORD_TABLE_H_
