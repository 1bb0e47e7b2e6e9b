#include "graph/text_store.h"

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace akhbar {
namespace {

std::string_view Keep(TextStore& store, std::string_view text) {
  const std::span<char> room = store.Allocate(text.size());
  std::ranges::copy(text, room.begin());
  return std::string_view(room.data(), room.size());
}

TEST(TextStoreTest, KeepsEveryTextWhileMoreComes) {
  TextStore store;
  std::vector<std::string> texts;
  std::vector<std::string_view> kept;
  // Enough to fill several 2 MB blocks, in pieces of every size.
  for (size_t i = 0; i < 20000; ++i) {
    texts.push_back(std::string(1 + i % 700, static_cast<char>('a' + i % 26)) + "توكاييف");
    kept.push_back(Keep(store, texts.back()));
  }
  for (size_t i = 0; i < texts.size(); ++i) ASSERT_EQ(kept[i], texts[i]) << i;
}

TEST(TextStoreTest, FindsATextKeptBeforeByItsBytesUntilItForgets) {
  TextStore store;
  std::vector<std::string_view> kept;
  // Enough to grow the table several times.
  for (size_t i = 0; i < 5000; ++i) {
    kept.push_back(Keep(store, "قال توكاييف " + std::to_string(i)));
    store.RememberKept(kept.back(), TextStore::HashOf(kept.back()));
  }
  for (size_t i = 0; i < kept.size(); i += 499) {
    const std::string copy = "قال توكاييف " + std::to_string(i);
    EXPECT_EQ(store.FindKept(copy, TextStore::HashOf(copy)).data(), kept[i].data()) << i;
  }
  const std::string other = "قال نزارباييف 7";
  EXPECT_EQ(store.FindKept(other, TextStore::HashOf(other)).data(), nullptr);
  store.ForgetKept();
  EXPECT_EQ(store.FindKept(kept[0], TextStore::HashOf(kept[0])).data(), nullptr);
  EXPECT_EQ(kept[0], "قال توكاييف 0");  // the text itself stays
}

TEST(TextStoreTest, GivesRoomLargerThanABlock) {
  TextStore store;
  Keep(store, "قبل");
  const std::string large(5 << 20, 'x');
  EXPECT_EQ(Keep(store, large), large);
  EXPECT_EQ(Keep(store, "بعد"), "بعد");
}

TEST(TextStoreTest, GrownBlocksStartOnAHugePage) {
  TextStore store;
  constexpr size_t kHugePage = size_t{2} << 20;
  size_t aligned = 0;
  const char* block_end = nullptr;
  for (size_t i = 0; i < 6 * kHugePage / 1000; ++i) {
    const std::span<char> room = store.Allocate(1000);
    if (room.data() != block_end) {  // a new block
      aligned += reinterpret_cast<uintptr_t>(room.data()) % kHugePage == 0 ? 1 : 0;
    }
    block_end = room.data() + room.size();
  }
  EXPECT_GE(aligned, 2u);
}

TEST(TextStoreTest, EmptyRoomIsFine) {
  TextStore store;
  EXPECT_TRUE(store.Allocate(0).empty());
  EXPECT_EQ(Keep(store, "أخبار"), "أخبار");
}

}  // namespace
}  // namespace akhbar
