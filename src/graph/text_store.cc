#include "graph/text_store.h"

#include <algorithm>
#include <new>

namespace akhbar {
namespace {

constexpr size_t kHugePage = size_t{2} << 20;
constexpr size_t kSmallestBlock = 1024;

size_t RoundUp(size_t bytes, size_t multiple) { return (bytes + multiple - 1) / multiple * multiple; }

}  // namespace

std::span<char> TextStore::Allocate(size_t bytes) {
  if (bytes > left_) {
    // Each block as large as all before it: a store fed document by
    // document reaches whole huge pages after a few dozen.
    const size_t wanted = std::max({bytes, kSmallestBlock, std::min(allocated_, kHugePage)});
    const size_t alignment = wanted >= kHugePage ? kHugePage : alignof(std::max_align_t);
    const size_t size = RoundUp(wanted, alignment);
    char* block = static_cast<char*>(std::aligned_alloc(alignment, size));
    if (block == nullptr) throw std::bad_alloc();
    blocks_.emplace_back(block);
    next_ = block;
    left_ = size;
    allocated_ += size;
  }
  const std::span<char> room(next_, bytes);
  next_ += bytes;
  left_ -= bytes;
  return room;
}

}  // namespace akhbar
