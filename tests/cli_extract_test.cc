// End to end: the real binary on the samples.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/test_support.h"

namespace akhbar {
namespace {

std::vector<nlohmann::json> ParseLines(const std::string& output) {
  std::vector<nlohmann::json> records;
  std::istringstream lines(output);
  std::string line;
  while (std::getline(lines, line)) records.push_back(nlohmann::json::parse(line));
  return records;
}

std::string SamplesArgs() {
  const std::string source = testing::SourceDir().string();
  return "extract --rules '" + source + "/rules' --manifest '" + source +
         "/samples/manifest.json' '" + source + "/samples'";
}

TEST(CliExtractTest, ExtractsTheSamplesWithDatesAndExactOffsets) {
  const testing::CommandResult result = testing::RunAkhbar(SamplesArgs());
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  const auto records = ParseLines(result.output);
  ASSERT_EQ(records.size(), 5u);
  EXPECT_EQ(records[3]["doc"], "003_a7abf8a6fc12b7f9");
  EXPECT_EQ(records[3]["date"], "2022-01-10");
  EXPECT_EQ(records[3]["date_source"], "manifest");
  for (const auto& record : records) {
    const std::string text = testing::ReadFileOrDie(
        testing::SamplesDir() / (record["doc"].get<std::string>() + ".txt"));
    ASSERT_FALSE(record["mentions"].empty());
    for (const auto& mention : record["mentions"]) {
      const size_t start = mention["start"], end = mention["end"];
      EXPECT_EQ(text.substr(start, end - start), mention["text"].get<std::string>());
    }
  }
  std::set<std::string> entities_in_002;
  for (const auto& mention : records[2]["mentions"]) entities_in_002.insert(mention["entity"]);
  EXPECT_TRUE(entities_in_002.count("ablyazov"));
  EXPECT_TRUE(entities_in_002.count("csto"));
}

TEST(CliExtractTest, OutputIsDeterministic) {
  EXPECT_EQ(testing::RunAkhbar(SamplesArgs()).output, testing::RunAkhbar(SamplesArgs()).output);
}

TEST(CliExtractTest, FurnitureIsReportedAsSkipped) {
  const auto records = ParseLines(testing::RunAkhbar(SamplesArgs()).output);
  for (const auto& record : records) {
    if (record["doc"] == "001_91dd7b59b1f721e3") {
      EXPECT_GE(record["skipped"].size(), 6u);  // 3 "اقرأ أيضا" + 3 trailing headlines
    }
  }
}

TEST(CliExtractTest, MissingInputExitsOneWithItsName) {
  const auto result = testing::RunAkhbar("extract --rules '" + testing::RulesDir().string() +
                                         "' /nonexistent/article.txt");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.errors.find("/nonexistent/article.txt"), std::string::npos);
}

TEST(CliExtractTest, UnknownOptionIsAUsageError) {
  EXPECT_EQ(testing::RunAkhbar("extract --no-such-option x").exit_code, 2);
}

TEST(CliExtractTest, StandardInputIsADocument) {
  const auto result = testing::RunAkhbar(
      "extract --rules '" + testing::RulesDir().string() + "' -", "وصل بوتين إلى ألماتي.");
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  const auto records = ParseLines(result.output);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0]["mentions"].size(), 2u);
}

}  // namespace
}  // namespace akhbar
