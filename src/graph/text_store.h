// The text a graph views for as long as it lives: the kept sentences and the
// ids of their documents, copied into blocks that hold nothing else.
//
// A build frees several times this text's size around it (fingerprints once
// the copies are found, the documents' facts once the graph is assembled).
// Allocated document by document among those, the text was spread over the
// whole heap, and the writers read it in graph order, all over it; packed
// in blocks of its own it fills as few pages as its size (500 MB of
// synthetic news, 1 thread: writing 40-52 s, 25-39 s in blocks, peak RSS
// 4 % lower). The huge pages that the freeing split, first taken for the
// cause, are not it (bench/HISTORY.md). Blocks grow to 2 MB,
// each aligned to a huge page; a store that holds a single document's text
// stays as small as it.
#ifndef AKHBAR_GRAPH_TEXT_STORE_H_
#define AKHBAR_GRAPH_TEXT_STORE_H_

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace akhbar {

class TextStore {
 public:
  // Room for `bytes` bytes, valid as long as the store.
  std::span<char> Allocate(size_t bytes);

  // Copies of one sentence (an agency's report in every outlet that runs it,
  // a corpus read twice) are held once: a sentence kept before with the same
  // bytes, if the store remembers one (RememberKept), else an empty view.
  // `hash` is HashOf(text).
  static uint64_t HashOf(std::string_view text) { return std::hash<std::string_view>()(text); }
  std::string_view FindKept(std::string_view text, uint64_t hash) const;
  // Remembers `kept`, text of this store whose HashOf is `hash`, for FindKept.
  void RememberKept(std::string_view kept, uint64_t hash);
  // Frees what RememberKept remembered, once no more text comes: the table
  // would otherwise live through the graph stage's peak.
  void ForgetKept();

 private:
  // A remembered text in an open-addressed table, with its hash, which
  // rules out nearly every other text in a slot and places it again when
  // the table grows.
  struct KeptText {
    const char* data = nullptr;
    uint64_t hash = 0;
    uint32_t size = 0;
  };
  void Place(const KeptText& kept);

  struct FreeBlock {
    void operator()(char* block) const { std::free(block); }
  };

  std::vector<std::unique_ptr<char, FreeBlock>> blocks_;
  char* next_ = nullptr;
  size_t left_ = 0;
  size_t allocated_ = 0;  // the blocks' bytes
  std::vector<KeptText> kept_;  // a power of two slots, at most half of them used
  size_t kept_count_ = 0;
};

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_TEXT_STORE_H_
