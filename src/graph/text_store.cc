#include "graph/text_store.h"

#include <algorithm>
#include <new>
#include <utility>

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

std::string_view TextStore::FindKept(std::string_view text, uint64_t hash) const {
  if (kept_.empty()) return {};
  const size_t mask = kept_.size() - 1;
  for (size_t slot = hash & mask; kept_[slot].data != nullptr; slot = (slot + 1) & mask) {
    const KeptText& kept = kept_[slot];
    if (kept.hash == hash && std::string_view(kept.data, kept.size) == text) {
      return std::string_view(kept.data, kept.size);
    }
  }
  return {};
}

void TextStore::RememberKept(std::string_view kept, uint64_t hash) {
  if (kept.empty() || kept.size() > UINT32_MAX) return;
  if (2 * (kept_count_ + 1) > kept_.size()) {
    std::vector<KeptText> old = std::exchange(
        kept_, std::vector<KeptText>(std::max<size_t>(1024, 2 * kept_.size())));
    for (const KeptText& text : old) {
      if (text.data != nullptr) Place(text);
    }
  }
  Place(KeptText{kept.data(), hash, static_cast<uint32_t>(kept.size())});
  ++kept_count_;
}

void TextStore::Place(const KeptText& kept) {
  const size_t mask = kept_.size() - 1;
  size_t slot = kept.hash & mask;
  while (kept_[slot].data != nullptr) slot = (slot + 1) & mask;
  kept_[slot] = kept;
}

void TextStore::ForgetKept() {
  kept_ = std::vector<KeptText>();
  kept_count_ = 0;
}

}  // namespace akhbar
