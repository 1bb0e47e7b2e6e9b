#include "base/atomic_file.h"

#include <gtest/gtest.h>

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

TEST(AtomicFileTest, UnwritableDirectoryIsAnOutputError) {
  const Status status = WriteFileAtomically("/nonexistent-dir/graph.svg", "x");
  EXPECT_EQ(status.code(), StatusCode::kOutputError);
  EXPECT_NE(status.message().find("/nonexistent-dir/graph.svg"), std::string::npos);
}

}  // namespace
}  // namespace akhbar
