#include "base/file_bytes.h"

#include <gtest/gtest.h>

#include <string>

#include "base/atomic_file.h"
#include "tests/test_support.h"

namespace akhbar {
namespace {

TEST(FileBytesTest, ReadsEveryByteOfFilesSmallAndLarge) {
  const auto dir = testing::MakeTempDir("file-bytes");
  std::string large;
  for (int i = 0; large.size() < 3'000'000; ++i) large += "سطر " + std::to_string(i) + '\0' + '\n';
  for (const std::string& bytes : {std::string(), std::string("x"), large}) {
    ASSERT_TRUE(WriteFileAtomically(dir / "f", bytes).ok());
    const StatusOr<std::string> read = ReadFileBytes(dir / "f");
    ASSERT_TRUE(read.ok()) << read.status().message();
    EXPECT_EQ(*read, bytes);
  }
}

TEST(FileBytesTest, ReadsFilesWhoseSizeIsNotKnownAhead) {
  // /proc files report size 0 and are read until the end like pipes.
  const StatusOr<std::string> read = ReadFileBytes("/proc/self/status");
  ASSERT_TRUE(read.ok()) << read.status().message();
  EXPECT_NE(read->find("Name:"), std::string::npos);
}

TEST(FileBytesTest, SaysWhichFileAndWhyWhenItCannotRead) {
  const auto dir = testing::MakeTempDir("file-bytes-errors");
  const StatusOr<std::string> missing = ReadFileBytes(dir / "missing.txt");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(missing.status().message(),
            (dir / "missing.txt").string() + ": cannot open for reading: No such file or directory");
  const StatusOr<std::string> directory = ReadFileBytes(dir);
  ASSERT_FALSE(directory.ok());
  EXPECT_EQ(directory.status().message(), dir.string() + ": read error: Is a directory");
}

TEST(DirectoryHandleTest, ReadsListedFilesSmallerAndLargerThanItsBuffer) {
  const auto dir = testing::MakeTempDir("directory-handle");
  const StatusOr<DirectoryHandle> handle = DirectoryHandle::Open(dir);
  ASSERT_TRUE(handle.ok()) << handle.status().message();
  std::string large;
  for (int i = 0; large.size() < 3'000'000; ++i) large += "سطر " + std::to_string(i) + '\n';
  // 65,536 bytes fill the buffer exactly: the read after it finds the end.
  for (const size_t size : {size_t{0}, size_t{1}, size_t{65'535}, size_t{65'536},
                            size_t{65'537}, large.size()}) {
    const std::string bytes = large.substr(0, size);
    ASSERT_TRUE(WriteFileAtomically(dir / "f.txt", bytes).ok());
    const StatusOr<std::string> read = handle->ReadListedFile("f.txt");
    ASSERT_TRUE(read.ok()) << read.status().message();
    EXPECT_EQ(*read, bytes) << size;
  }
}

TEST(DirectoryHandleTest, SaysWhichFileAndWhyWhenItCannotRead) {
  const auto dir = testing::MakeTempDir("directory-handle-errors");
  std::filesystem::create_directory(dir / "sub.txt");
  const StatusOr<DirectoryHandle> handle = DirectoryHandle::Open(dir);
  ASSERT_TRUE(handle.ok());
  const StatusOr<std::string> missing = handle->ReadListedFile("gone.txt");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(missing.status().message(),
            (dir / "gone.txt").string() + ": cannot open for reading: No such file or directory");
  const StatusOr<std::string> directory = handle->ReadListedFile("sub.txt");
  ASSERT_FALSE(directory.ok());
  EXPECT_EQ(directory.status().message(), (dir / "sub.txt").string() + ": read error: Is a directory");
  const StatusOr<DirectoryHandle> absent = DirectoryHandle::Open(dir / "absent");
  ASSERT_FALSE(absent.ok());
  EXPECT_EQ(absent.status().message(),
            (dir / "absent").string() + ": cannot open directory: No such file or directory");
}

TEST(MappedFileTest, ViewsEveryByteOfFilesEmptySmallAndLarge) {
  const auto dir = testing::MakeTempDir("mapped-file");
  std::string large;
  for (int i = 0; large.size() < 3'000'000; ++i) large += "سطر " + std::to_string(i) + '\0' + '\n';
  for (const std::string& bytes : {std::string(), std::string("x"), large}) {
    ASSERT_TRUE(WriteFileAtomically(dir / "f", bytes).ok());
    const StatusOr<MappedFile> mapped = MappedFile::Open(dir / "f");
    ASSERT_TRUE(mapped.ok()) << mapped.status().message();
    EXPECT_EQ(mapped->bytes(), bytes);
  }
}

TEST(MappedFileTest, KeepsItsViewWhenMovedAndWhenTheFileIsReplaced) {
  const auto dir = testing::MakeTempDir("mapped-file-move");
  ASSERT_TRUE(WriteFileAtomically(dir / "f", "first").ok());
  StatusOr<MappedFile> mapped = MappedFile::Open(dir / "f");
  ASSERT_TRUE(mapped.ok());
  MappedFile moved = std::move(*mapped);
  ASSERT_TRUE(WriteFileAtomically(dir / "f", "second version").ok());
  EXPECT_EQ(moved.bytes(), "first");
  EXPECT_EQ(mapped->bytes(), "");
}

TEST(MappedFileTest, SaysWhichFileAndWhyWhenItCannotMap) {
  const auto dir = testing::MakeTempDir("mapped-file-errors");
  const StatusOr<MappedFile> missing = MappedFile::Open(dir / "missing.bin");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(missing.status().message(),
            (dir / "missing.bin").string() + ": cannot open for reading: No such file or directory");
  const StatusOr<MappedFile> directory = MappedFile::Open(dir);
  ASSERT_FALSE(directory.ok());
  EXPECT_EQ(directory.status().message(), dir.string() + ": cannot map: Is a directory");
}

}  // namespace
}  // namespace akhbar
