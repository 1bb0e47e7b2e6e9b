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
#include <cstdlib>
#include <memory>
#include <span>
#include <vector>

namespace akhbar {

class TextStore {
 public:
  // Room for `bytes` bytes, valid as long as the store.
  std::span<char> Allocate(size_t bytes);

 private:
  struct FreeBlock {
    void operator()(char* block) const { std::free(block); }
  };

  std::vector<std::unique_ptr<char, FreeBlock>> blocks_;
  char* next_ = nullptr;
  size_t left_ = 0;
  size_t allocated_ = 0;  // the blocks' bytes
};

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_TEXT_STORE_H_
