#include "extract/word_table.h"

#include <gtest/gtest.h>

#include <string>

#include "extract/node_map.h"

namespace akhbar {
namespace {

TEST(WordTableTest, FindsEveryWordAndKeepsValuesInPlaceAsItGrows) {
  WordTable<uint32_t> table;
  uint32_t& first = table.Insert("توكاييف", 7);
  for (uint32_t i = 0; i < 50000; ++i) table.Insert("كلمة" + std::to_string(i), i);
  EXPECT_EQ(&first, &table.Insert("توكاييف", 99));  // present: not replaced, not moved
  EXPECT_EQ(first, 7u);
  EXPECT_EQ(table.size(), 50001u);
  for (uint32_t i = 0; i < 50000; i += 997) {
    const uint32_t* value = table.Find("كلمة" + std::to_string(i));
    ASSERT_NE(value, nullptr) << i;
    EXPECT_EQ(*value, i);
  }
  EXPECT_EQ(table.Find("نزارباييف"), nullptr);
  EXPECT_EQ(table.Find("كلمة50000"), nullptr);
  EXPECT_EQ(table.Find(""), nullptr);
}

TEST(WordTableTest, AnEmptyTableFindsNothing) {
  const WordTable<int> table;
  EXPECT_EQ(table.Find("بوتين"), nullptr);
}

TEST(NodeMapTest, ChildrenAreFoundByNodeAndWord) {
  NodeMap children;
  EXPECT_FALSE(children.Find(0, 0).has_value());
  for (uint32_t node = 0; node < 3000; ++node) {
    EXPECT_EQ(children.Insert(node, node % 7, node + 1), std::make_pair(node + 1, true));
  }
  EXPECT_EQ(children.Insert(5, 5, 42), std::make_pair(uint32_t{6}, false));
  for (uint32_t node = 0; node < 3000; ++node) {
    EXPECT_EQ(children.Find(node, node % 7), std::optional<uint32_t>(node + 1));
    EXPECT_FALSE(children.Find(node, node % 7 + 1).has_value());
  }
}

}  // namespace
}  // namespace akhbar
