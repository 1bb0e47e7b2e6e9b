#include "base/file_ring.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/atomic_file.h"
#include "tests/test_support.h"

namespace akhbar {
namespace {

// Each file as DirectoryHandle::ReadListedFile reads it: its bytes, or the
// message of its error.
std::vector<std::string> OneByOne(const DirectoryHandle& directory,
                                  const std::vector<std::string>& names) {
  std::vector<std::string> files;
  for (const std::string& name : names) {
    const StatusOr<std::string> file = directory.ReadListedFile(name);
    files.push_back(file.ok() ? *file : "error: " + file.status().message());
  }
  return files;
}

std::vector<std::string> InBatch(FileRing* ring, const DirectoryHandle& directory,
                                 const std::vector<std::string>& names) {
  std::vector<std::string> files;
  for (const StatusOr<std::string>& file : ring->ReadListedFiles(directory, names)) {
    files.push_back(file.ok() ? *file : "error: " + file.status().message());
  }
  return files;
}

class FileRingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::MakeTempDir("file-ring");
    std::string large;
    for (int i = 0; large.size() < 200'000; ++i) large += "سطر " + std::to_string(i) + '\n';
    // 65,536 bytes fill the ring's buffer exactly: the file may go on.
    const std::vector<size_t> sizes = {0, 1, 700, 65'535, 65'536, 65'537, large.size()};
    for (size_t f = 0; f < sizes.size(); ++f) {
      names_.push_back("f" + std::to_string(f) + ".txt");
      ASSERT_TRUE(WriteFileAtomically(dir_ / names_.back(), large.substr(0, sizes[f])).ok());
    }
    std::filesystem::create_directory(dir_ / "sub.txt");
    names_.push_back("sub.txt");
    names_.push_back("gone.txt");
  }

  std::filesystem::path dir_;
  std::vector<std::string> names_;
};

TEST_F(FileRingTest, ReadsABatchAsFilesReadOneByOne) {
  const std::unique_ptr<FileRing> ring = FileRing::Open(names_.size());
  if (ring == nullptr) GTEST_SKIP() << "this kernel offers no io_uring";
  const StatusOr<DirectoryHandle> directory = DirectoryHandle::Open(dir_);
  ASSERT_TRUE(directory.ok());
  const std::vector<std::string> expected = OneByOne(*directory, names_);
  EXPECT_EQ(expected[4].size(), 65'536u);
  EXPECT_EQ(expected[7], "error: " + (dir_ / "sub.txt").string() + ": read error: Is a directory");
  EXPECT_EQ(expected[8], "error: " + (dir_ / "gone.txt").string() +
                             ": cannot open for reading: No such file or directory");
  // Twice: the ring's slots are used again.
  EXPECT_EQ(InBatch(ring.get(), *directory, names_), expected);
  EXPECT_EQ(InBatch(ring.get(), *directory, names_), expected);
  // A batch smaller than the ring, then one larger (read one by one).
  const std::vector<std::string> two(names_.begin() + 2, names_.begin() + 4);
  EXPECT_EQ(InBatch(ring.get(), *directory, two), OneByOne(*directory, two));
  std::vector<std::string> more = names_;
  more.push_back(names_[2]);
  EXPECT_EQ(InBatch(ring.get(), *directory, more), OneByOne(*directory, more));
}

}  // namespace
}  // namespace akhbar
