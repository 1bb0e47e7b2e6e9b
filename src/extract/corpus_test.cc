#include "extract/corpus.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/atomic_file.h"
#include "tests/test_support.h"

namespace akhbar {
namespace {

struct Read {
  std::vector<std::string> ids;
  std::vector<std::string> texts;
  std::vector<CorpusProblem> problems;
};

Read ReadAll(const Corpus& corpus) {
  Read read;
  corpus.ForEachDocument(
      [&](Document&& document) {
        read.ids.push_back(document.id);
        read.texts.push_back(document.text);
      },
      &read.problems);
  return read;
}

void Write(const std::filesystem::path& path, const std::string& bytes) {
  std::filesystem::create_directories(path.parent_path());
  ASSERT_TRUE(WriteFileAtomically(path, bytes).ok());
}

TEST(CorpusTest, ReadsADirectoryTreeInSortedOrderWhateverTheDirectoriesInBetween) {
  // Sorted paths go from a directory's files into a subdirectory's and back:
  // a/b.txt, a/b/c.txt, a/d.txt.
  const auto dir = testing::MakeTempDir("corpus-tree");
  Write(dir / "a" / "d.txt", "دال");
  Write(dir / "a" / "b" / "c.txt", "جيم");
  Write(dir / "a" / "b.txt", "باء");
  Write(dir / "z.txt", std::string(100'000, 'z'));
  Write(dir / "a" / "skipped.md", "ليس نصا");
  const StatusOr<Corpus> corpus = Corpus::Open(CorpusOptions{.inputs = {dir.string()}});
  ASSERT_TRUE(corpus.ok()) << corpus.status().message();
  const Read read = ReadAll(*corpus);
  EXPECT_TRUE(read.problems.empty());
  EXPECT_EQ(read.ids, (std::vector<std::string>{"b", "c", "d", "z"}));
  EXPECT_EQ(read.texts, (std::vector<std::string>{"باء", "جيم", "دال", std::string(100'000, 'z')}));
}

TEST(CorpusTest, AListedFileGoneBeforeItIsReadIsAProblemNamedByItsPath) {
  const auto dir = testing::MakeTempDir("corpus-gone");
  Write(dir / "one.txt", "واحد");
  Write(dir / "two.txt", "اثنان");
  const StatusOr<Corpus> corpus = Corpus::Open(CorpusOptions{.inputs = {dir.string()}});
  ASSERT_TRUE(corpus.ok());
  std::filesystem::remove(dir / "one.txt");
  const Read read = ReadAll(*corpus);
  EXPECT_EQ(read.ids, std::vector<std::string>{"two"});
  ASSERT_EQ(read.problems.size(), 1u);
  EXPECT_EQ(read.problems[0].source, (dir / "one.txt").string());
  EXPECT_EQ(read.problems[0].status.message(),
            (dir / "one.txt").string() + ": cannot open for reading: No such file or directory");
}

TEST(CorpusTest, FilesOfADirectoryGoneBeforeTheyAreReadAreProblemsEach) {
  const auto dir = testing::MakeTempDir("corpus-gone-directory");
  Write(dir / "sub" / "one.txt", "واحد");
  Write(dir / "sub" / "two.txt", "اثنان");
  const StatusOr<Corpus> corpus = Corpus::Open(CorpusOptions{.inputs = {dir.string()}});
  ASSERT_TRUE(corpus.ok());
  std::filesystem::remove_all(dir / "sub");
  const Read read = ReadAll(*corpus);
  EXPECT_TRUE(read.ids.empty());
  ASSERT_EQ(read.problems.size(), 2u);
  EXPECT_EQ(read.problems[1].status.message(),
            (dir / "sub" / "two.txt").string() +
                ": cannot open for reading: No such file or directory");
}

TEST(CorpusTest, ReadsADirectoryOfMoreFilesThanABatchInOrder) {
  // Files are read in batches of a few dozen: batches end at a directory's
  // end and in the middle of one, and a problem stays in its place.
  const auto dir = testing::MakeTempDir("corpus-batches");
  std::vector<std::string> ids;
  std::vector<std::string> texts;
  for (int f = 0; f < 100; ++f) {
    const std::string id = (f < 10 ? "0" : "") + std::to_string(f);
    const std::string text = f == 57 ? std::string(70'000, 'x') : "خبر رقم " + id;
    Write(dir / (f < 80 ? "a" : "b") / (id + ".txt"), text);
    if (f == 41) continue;
    ids.push_back(id);
    texts.push_back(text);
  }
  const StatusOr<Corpus> corpus = Corpus::Open(CorpusOptions{.inputs = {dir.string()}});
  ASSERT_TRUE(corpus.ok());
  std::filesystem::remove(dir / "a" / "41.txt");
  const Read read = ReadAll(*corpus);
  EXPECT_EQ(read.ids, ids);
  EXPECT_EQ(read.texts, texts);
  ASSERT_EQ(read.problems.size(), 1u);
  EXPECT_EQ(read.problems[0].source, (dir / "a" / "41.txt").string());
}

}  // namespace
}  // namespace akhbar
