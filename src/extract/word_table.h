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
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace akhbar {

struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view word) const noexcept {
    uint64_t hash = 0x9e3779b97f4a7c15ULL ^ word.size();
    size_t i = 0;
    for (; i + 8 <= word.size(); i += 8) {
      uint64_t chunk;
      std::memcpy(&chunk, word.data() + i, 8);
      hash = Mix(hash ^ chunk);
    }
    uint64_t tail = 0;
    for (size_t shift = 0; i < word.size(); ++i, shift += 8) {
      tail |= uint64_t{static_cast<uint8_t>(word[i])} << shift;
    }
    return Mix(hash ^ tail);
  }

 private:
  static uint64_t Mix(uint64_t value) {
    value = (value ^ (value >> 31)) * 0xbf58476d1ce4e5b9ULL;
    return value ^ (value >> 29);
  }
};

template <typename Value>
class WordTable {
 public:
  // The value of `word`, which is inserted with `value` if it is new.
  Value& Insert(std::string_view word, Value value = Value()) {
    const auto [it, inserted] = table_.try_emplace(std::string(word), std::move(value));
    if (inserted) {
      if (table_.size() * kBitsPerWord > bits_.size() * 64) {
        Resize();
      } else {
        Mark(WordHash{}(word));
      }
    }
    return it->second;
  }

  const Value* Find(std::string_view word) const {
    if (bits_.empty() || !Marked(WordHash{}(word))) return nullptr;
    const auto it = table_.find(word);
    return it == table_.end() ? nullptr : &it->second;
  }

  size_t size() const { return table_.size(); }

 private:
  static constexpr size_t kBitsPerWord = 16;  // about one false hit in 16

  void Resize() {
    size_t words = 64;
    while (words * 64 < table_.size() * kBitsPerWord) words *= 2;
    bits_.assign(words, 0);
    shift_ = 64 - std::countr_zero(words * 64);
    for (const auto& [word, value] : table_) Mark(WordHash{}(word));
  }
  void Mark(uint64_t hash) {
    const uint64_t bit = hash >> shift_;
    bits_[bit / 64] |= uint64_t{1} << (bit % 64);
  }
  bool Marked(uint64_t hash) const {
    const uint64_t bit = hash >> shift_;
    return (bits_[bit / 64] >> (bit % 64)) & 1;
  }

  std::unordered_map<std::string, Value, WordHash, std::equal_to<>> table_;
  std::vector<uint64_t> bits_;
  int shift_ = 64;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_WORD_TABLE_H_
