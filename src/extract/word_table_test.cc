#include "extract/word_table.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/node_map.h"

namespace akhbar {
namespace {

TEST(WordTableTest, FindsEveryWordAsItGrows) {
  WordTable<uint32_t> table;
  table.Insert("توكاييف", 7);
  for (uint32_t i = 0; i < 50000; ++i) table.Insert("كلمة" + std::to_string(i), i);
  EXPECT_EQ(table.Insert("توكاييف", 99), 7u);  // present: not replaced
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

// The table keeps hashes, not words: below eight bytes no two words may
// share one, whatever their sizes.
TEST(WordTableTest, ShortWordsNeverShareAHash) {
  WordTable<std::string> table;
  std::vector<std::string> words = {"", "1", "11", "111", "1111", "01111", "11111", "011111",
                                    "0", "10", "110", "1110", "a", "`a", "aaaa", "`aaaa",
                                    "أمس", "يوم", "عام", "اليوم"};
  for (const std::string& word : words) table.Insert(word, word);
  EXPECT_EQ(table.size(), words.size());
  for (const std::string& word : words) {
    const std::string* found = table.Find(word);
    ASSERT_NE(found, nullptr) << word;
    EXPECT_EQ(*found, word);
  }
  EXPECT_EQ(table.Find("0111"), nullptr);
  EXPECT_EQ(table.Find("2"), nullptr);
}

TEST(WordTableTest, AnEmptyTableFindsNothing) {
  const WordTable<int> table;
  EXPECT_EQ(table.Find("بوتين"), nullptr);
  EXPECT_FALSE(table.MayContain(WordHash{}("بوتين")));
}

// The bit test may let an absent word through but never turns a present
// one away, whose lookups the matchers would then skip.
TEST(WordTableTest, EveryWordPassesTheBitTest) {
  WordTable<uint32_t> table;
  size_t absent_passing = 0;
  for (uint32_t i = 0; i < 5000; ++i) table.Insert("كلمة" + std::to_string(i), i);
  for (uint32_t i = 0; i < 5000; ++i) {
    EXPECT_TRUE(table.MayContain(WordHash{}("كلمة" + std::to_string(i)))) << i;
    absent_passing += table.MayContain(WordHash{}("غائبة" + std::to_string(i)));
  }
  EXPECT_LT(absent_passing, 5000u / 4);  // it filters, about one in sixteen passes
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
