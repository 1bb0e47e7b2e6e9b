#include "graph/deduplicated_corpus.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace akhbar {
namespace {

TEST(DeduplicatedCorpusTest, ListsTheFirstDocumentsInCorpusOrderWhateverTheOrderGiven) {
  const std::vector<std::string> ids = {"a", "b", "c", "d", "e"};
  DeduplicatedCorpus corpus;
  for (const std::string& id : ids) corpus.documents.push_back(id);

  const DocumentList first_two = ListDocuments(corpus, {3, 4, 1, 2, 0}, 2);
  EXPECT_EQ(first_two.count, 5u);
  EXPECT_EQ(first_two.ids, (std::vector<std::string_view>{"a", "b"}));

  const DocumentList all = ListDocuments(corpus, {3, 4, 1, 2, 0}, 0);
  EXPECT_EQ(all.count, 5u);
  EXPECT_EQ(all.ids, std::vector<std::string_view>(ids.begin(), ids.end()));

  const DocumentList fewer_than_the_limit = ListDocuments(corpus, {4, 2}, 3);
  EXPECT_EQ(fewer_than_the_limit.count, 2u);
  EXPECT_EQ(fewer_than_the_limit.ids, (std::vector<std::string_view>{"c", "e"}));
}

}  // namespace
}  // namespace akhbar
