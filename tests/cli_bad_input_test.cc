// Hostile input through the real binary: every case gets a message a person
// can act on, the documented exit code, and loses nothing else.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/test_support.h"

namespace akhbar {
namespace {

std::string Rules() { return "--rules '" + testing::RulesDir().string() + "' "; }

std::string Quote(const std::filesystem::path& path) { return "'" + path.string() + "'"; }

std::vector<nlohmann::json> Records(const std::string& output) {
  std::vector<nlohmann::json> records;
  std::istringstream lines(output);
  std::string line;
  while (std::getline(lines, line)) records.push_back(nlohmann::json::parse(line));
  return records;
}

void Write(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

TEST(CliBadInputTest, MissingFile) {
  const auto result = testing::RunAkhbar("extract " + Rules() + "/no/such/file.txt");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.errors.find("/no/such/file.txt: no such file or directory"), std::string::npos)
      << result.errors;
}

TEST(CliBadInputTest, DirectoryWithoutMatchingFiles) {
  const auto dir = testing::MakeTempDir("nomatch");
  Write(dir / "notes.md", "نص");
  const auto result = testing::RunAkhbar("extract " + Rules() + Quote(dir));
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.errors.find("no files matching '*.txt'"), std::string::npos) << result.errors;
}

TEST(CliBadInputTest, EmptyFileIsAnEmptyExtraction) {
  const auto dir = testing::MakeTempDir("empty");
  Write(dir / "empty.txt", "");
  const auto result = testing::RunAkhbar("extract -q " + Rules() + Quote(dir / "empty.txt"));
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  const auto records = Records(result.output);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_TRUE(records[0]["mentions"].empty());
  EXPECT_EQ(records[0]["sentences"], 0);
}

TEST(CliBadInputTest, BinaryFileIsRefusedByName) {
  const auto dir = testing::MakeTempDir("binary");
  Write(dir / "photo.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  const auto result = testing::RunAkhbar("extract " + Rules() + Quote(dir / "photo.txt"));
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.errors.find("photo.txt: binary file"), std::string::npos) << result.errors;
}

TEST(CliBadInputTest, InvalidUtf8InTheMiddleNamesTheOffsetOrIsSkippedLeniently) {
  const auto dir = testing::MakeTempDir("utf8");
  const std::string text = "وصل بوتين.\n" + std::string("\xD9\xD9") + "\nغادر ماكرون.";
  Write(dir / "broken.txt", text);
  const auto strict = testing::RunAkhbar("extract " + Rules() + Quote(dir / "broken.txt"));
  EXPECT_EQ(strict.exit_code, 1);
  const std::string expected =
      "broken.txt: invalid UTF-8 at byte offset " + std::to_string(text.find("\xD9\xD9"));
  EXPECT_NE(strict.errors.find(expected), std::string::npos) << strict.errors;
  const auto lenient =
      testing::RunAkhbar("extract -q --lenient " + Rules() + Quote(dir / "broken.txt"));
  ASSERT_EQ(lenient.exit_code, 0) << lenient.errors;
  EXPECT_NE(lenient.errors.find("warning"), std::string::npos);
  const auto records = Records(lenient.output);
  ASSERT_EQ(records[0]["mentions"].size(), 2u);
  EXPECT_EQ(records[0]["mentions"][1]["entity"], "macron");
}

TEST(CliBadInputTest, FiftyMegabyteSingleLine) {
  const auto dir = testing::MakeTempDir("longline");
  std::string line;
  std::string chunk = "وصل توكاييف إلى ألماتي. ";
  while (chunk.size() < 4000) chunk += "وتواصلت الأحداث في المدينة دون توقف يذكر، ";
  while (line.size() < 50'000'000) line += chunk;
  Write(dir / "long.txt", line);
  const auto result = testing::RunAkhbar("extract -q " + Rules() + Quote(dir / "long.txt") +
                                         " -o " + Quote(dir / "out.jsonl"));
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  std::ifstream in(dir / "out.jsonl");
  const nlohmann::json record = nlohmann::json::parse(in);
  EXPECT_EQ(record["mentions"].size(), 2 * (line.size() / chunk.size()));
  std::filesystem::remove_all(dir);
}

TEST(CliBadInputTest, OnlyPageFurniture) {
  const auto dir = testing::MakeTempDir("furniture");
  Write(dir / "furniture.txt", "اقرأ المزيد\nشارك هذا المقال\nاترك تعليقاً\n");
  const auto result = testing::RunAkhbar("extract -q " + Rules() + Quote(dir / "furniture.txt"));
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  const auto records = Records(result.output);
  EXPECT_EQ(records[0]["sentences"], 0);
  EXPECT_EQ(records[0]["skipped"].size(), 3u);
}

TEST(CliBadInputTest, MixedLatinArabicDigits) {
  const auto result = testing::RunAkhbar(
      "extract -q " + Rules() + "-", "CSTO/منظمة معاهدة الأمن الجماعي 2022 Reuters.com بوتين123 ٢٠٢٢");
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  const auto records = Records(result.output);
  std::vector<std::string> entities;
  for (const auto& mention : records[0]["mentions"]) entities.push_back(mention["entity"]);
  EXPECT_EQ(entities, (std::vector<std::string>{"csto", "csto", "reuters", "putin"}));
}

TEST(CliBadInputTest, OneBadDocumentInADirectoryIsSkippedAndListed) {
  const auto dir = testing::MakeTempDir("keepgoing");
  Write(dir / "a.txt", "وصل بوتين.");
  Write(dir / "b.txt", std::string("\0\0binary", 8));
  Write(dir / "c.txt", "غادر ماكرون.");
  const auto result = testing::RunAkhbar("extract " + Rules() + Quote(dir));
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(Records(result.output).size(), 2u);
  EXPECT_NE(result.errors.find("failed: " + (dir / "b.txt").string()), std::string::npos)
      << result.errors;
  // Without keep-going the run ends at the bad document: standard output is
  // a stream and keeps the record before it, but an output file is never
  // created from a run that failed.
  const auto stop = testing::RunAkhbar("extract --no-keep-going " + Rules() + Quote(dir));
  EXPECT_EQ(stop.exit_code, 1);
  EXPECT_EQ(Records(stop.output).size(), 1u);
  const auto to_file = testing::RunAkhbar("extract --no-keep-going " + Rules() + Quote(dir) +
                                          " -o " + Quote(dir / "x.jsonl"));
  EXPECT_EQ(to_file.exit_code, 1);
  EXPECT_FALSE(std::filesystem::exists(dir / "x.jsonl"));
}

TEST(CliBadInputTest, JsonLinesWithABadRecord) {
  const std::string input =
      "{\"url\": \"u1\", \"date_extracted\": \"2015-07-21 02:51:32\", \"content\": \"وصل بوتين.\"}\n"
      "not json\n"
      "{\"url\": \"u3\", \"content\": \"غادر ماكرون.\"}\n";
  const auto result = testing::RunAkhbar(
      "extract --jsonl --date-field date_extracted " + Rules() + "-", input);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.errors.find("<stdin>:2: not a JSON object"), std::string::npos) << result.errors;
  const auto records = Records(result.output);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0]["doc"], "u1");
  EXPECT_EQ(records[0]["date"], "2015-07-21");
  EXPECT_EQ(records[1]["mentions"][0]["entity"], "macron");
}

TEST(CliBadInputTest, UnwritableOutputExitsThree) {
  const auto result =
      testing::RunAkhbar("extract -q " + Rules() + "- -o /nonexistent-dir/out.jsonl", "نص");
  EXPECT_EQ(result.exit_code, 3);
  EXPECT_NE(result.errors.find("/nonexistent-dir/out.jsonl"), std::string::npos);
}

TEST(CliBadInputTest, BrokenRuleFileIsReportedWithPosition) {
  const auto dir = testing::MakeTempDir("badrules");
  std::filesystem::copy(testing::RulesDir(), dir, std::filesystem::copy_options::recursive);
  Write(dir / "entities" / "zz.yaml", "- id: x\n  type: person\n  names: [a, [b]]\n");
  const auto extract = testing::RunAkhbar("extract --rules " + Quote(dir) + " -", "نص");
  EXPECT_EQ(extract.exit_code, 1);
  EXPECT_NE(extract.errors.find("zz.yaml:3:"), std::string::npos) << extract.errors;
  const auto check = testing::RunAkhbar("rules check --rules " + Quote(dir));
  EXPECT_EQ(check.exit_code, 1);
  EXPECT_NE(check.output.find("error: " + (dir / "entities" / "zz.yaml").string() + ":3:"),
            std::string::npos)
      << check.output;
}

TEST(CliBadInputTest, InterruptLeavesNoPartialOutput) {
  const auto dir = testing::MakeTempDir("interrupt");
  std::string text;
  while (text.size() < 30'000'000) text += "وقال توكاييف إن القوات الروسية وصلت إلى ألماتي.\n";
  Write(dir / "big.txt", text);
  const pid_t child = fork();
  if (child == 0) {
    const std::string rules = testing::RulesDir().string();
    const std::string input = (dir / "big.txt").string();
    const std::string output = (dir / "out.jsonl").string();
    execl(AKHBAR_BINARY, AKHBAR_BINARY, "extract", "-q", "--rules", rules.c_str(), input.c_str(),
          "-o", output.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  usleep(700'000);
  kill(child, SIGINT);
  int status = 0;
  waitpid(child, &status, 0);
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    EXPECT_TRUE(name == "big.txt" || name == "out.jsonl") << "left behind: " << name;
    if (name == "out.jsonl") EXPECT_EQ(WEXITSTATUS(status), 0);  // finished first: whole file
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace akhbar
