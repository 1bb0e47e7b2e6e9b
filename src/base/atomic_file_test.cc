#include "base/atomic_file.h"

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <fstream>
#include <iterator>
#include <thread>

#include "tests/test_support.h"

namespace akhbar {
namespace {

TEST(AtomicFileTest, WritesAndReplacesWholeFiles) {
  const auto dir = testing::MakeTempDir("atomic");
  const auto path = dir / "graph.svg";
  ASSERT_TRUE(WriteFileAtomically(path, "first").ok());
  ASSERT_TRUE(WriteFileAtomically(path, "second").ok());
  EXPECT_EQ(testing::ReadFileOrDie(path), "second");
  size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir)) {
    ++files;
  }
  EXPECT_EQ(files, 1u);  // no temporary file left behind
}

// The new file takes the name (the two are exchanged, then the old one is
// removed): a reader that had the old file open reads it to its end.
TEST(AtomicFileTest, AReaderOfTheReplacedFileKeepsReadingItWhole) {
  const auto dir = testing::MakeTempDir("atomic-reader");
  const auto path = dir / "graph.json";
  const std::string old_content(1 << 20, 'o');
  ASSERT_TRUE(WriteFileAtomically(path, old_content).ok());
  std::ifstream reader(path, std::ios::binary);
  ASSERT_TRUE(reader);
  ASSERT_TRUE(WriteFileAtomically(path, "new").ok());
  const std::string read((std::istreambuf_iterator<char>(reader)), std::istreambuf_iterator<char>());
  EXPECT_EQ(read, old_content);
  EXPECT_EQ(testing::ReadFileOrDie(path), "new");
  struct stat status {};
  ASSERT_EQ(stat(path.c_str(), &status), 0);
  EXPECT_EQ(status.st_mode & 0777, 0644u);
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir),
                          std::filesystem::directory_iterator()),
            1);
}

TEST(AtomicFileTest, AStreamedFileAppearsWholeWhenItsWriterReturns) {
  const auto dir = testing::MakeTempDir("atomic-stream");
  const auto path = dir / "graph.json";
  std::string expected;
  for (int line = 0; line < 200000; ++line) expected += "line " + std::to_string(line) + "\n";
  ASSERT_TRUE(WriteFileAtomically(path, [&](std::ostream& out) {
                for (size_t at = 0; at < expected.size(); at += 7) out << expected.substr(at, 7);
                EXPECT_FALSE(std::filesystem::exists(path));  // megabytes already written
              }).ok());
  EXPECT_EQ(testing::ReadFileOrDie(path), expected);
}

// Pieces of a megabyte and more go straight to the file, after what the
// buffer holds: the bytes keep their order.
TEST(AtomicFileTest, LargePiecesKeepTheirPlaceAmongSmallOnes) {
  const auto dir = testing::MakeTempDir("atomic-large");
  const auto path = dir / "entities.bin";
  const std::string large(3 << 20, 'x');
  std::string expected;
  ASSERT_TRUE(WriteFileAtomically(path, [&](std::ostream& out) {
                for (int piece = 0; piece < 3; ++piece) {
                  const std::string small = "piece " + std::to_string(piece) + "\n";
                  out << small;
                  out.write(large.data(), static_cast<std::streamsize>(large.size()));
                  expected += small + large;
                }
                out << "end\n";
                expected += "end\n";
              }).ok());
  EXPECT_EQ(testing::ReadFileOrDie(path), expected);
  ASSERT_TRUE(WriteFileAtomically(path, large).ok());
  EXPECT_EQ(testing::ReadFileOrDie(path), large);
}

TEST(AtomicFileTest, APipeIsWrittenInPlaceNotReplaced) {
  const auto fifo = testing::MakeTempDir("atomic-fifo") / "out";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  std::string received;
  std::thread reader([&] {
    std::ifstream in(fifo, std::ios::binary);
    received.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  });
  const Status status = WriteFileAtomically(fifo, "through the pipe");
  reader.join();
  ASSERT_TRUE(status.ok()) << status.message();
  EXPECT_EQ(received, "through the pipe");
  EXPECT_TRUE(std::filesystem::is_fifo(fifo));
}

TEST(AtomicFileTest, UnwritableDirectoryIsAnOutputError) {
  const Status status = WriteFileAtomically("/nonexistent-dir/graph.svg", "x");
  EXPECT_EQ(status.code(), StatusCode::kOutputError);
  EXPECT_NE(status.message().find("/nonexistent-dir/graph.svg"), std::string::npos);
}

}  // namespace
}  // namespace akhbar
