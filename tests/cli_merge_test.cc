// End to end: a corpus split into shards, extracted shard by shard with
// several threads and merged, gives the graph `akhbar build` gives.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "tests/test_support.h"

namespace akhbar {
namespace {

namespace fs = std::filesystem;

const char* const kGraphFiles[] = {"graph.json",    "graph.cyjs",  "graph.gexf",
                                   "graph.graphml", "events.json", "graph.dot",
                                   "graph.svg",     "timeline.svg", "timeline.dot",
                                   "timeline.json", "timeline.vis.json"};

std::string Quoted(const fs::path& path) { return "'" + path.string() + "'"; }

std::string CorpusArgs() {
  return "--rules " + Quoted(testing::RulesDir()) + " --manifest " +
         Quoted(testing::SamplesDir() / "manifest.json");
}

TEST(CliMergeTest, ShardsMergedInAnyOrderEqualOneBuild) {
  const fs::path dir = testing::MakeTempDir("merge");
  const fs::path samples = testing::SamplesDir();
  const testing::CommandResult whole = testing::RunAkhbar(
      "build " + CorpusArgs() + " --threads 1 " + Quoted(samples) + " --out " +
      Quoted(dir / "whole"));
  ASSERT_EQ(whole.exit_code, 0) << whole.errors;

  // Shard one: the first three articles; shard two: the other two, read
  // from standard input by a run on two threads.
  std::string first;
  std::string second;
  for (const auto& entry : fs::directory_iterator(samples)) {
    if (entry.path().extension() != ".txt") continue;
    const std::string name = entry.path().filename().string();
    (name < "003" ? first : second) += " " + Quoted(entry.path());
  }
  const testing::CommandResult one = testing::RunAkhbar(
      "extract -q " + CorpusArgs() + first + " -o " + Quoted(dir / "one.jsonl"));
  ASSERT_EQ(one.exit_code, 0) << one.errors;
  const testing::CommandResult two =
      testing::RunAkhbar("extract -q --threads 2 " + CorpusArgs() + second);
  ASSERT_EQ(two.exit_code, 0) << two.errors;

  const testing::CommandResult merged = testing::RunAkhbar(
      "merge --rules " + Quoted(testing::RulesDir()) + " - " + Quoted(dir / "one.jsonl") +
          " --out " + Quoted(dir / "merged"),
      two.output);
  ASSERT_EQ(merged.exit_code, 0) << merged.errors;
  EXPECT_NE(merged.errors.find("merged 5 documents from 2 files"), std::string::npos)
      << merged.errors;
  for (const char* name : kGraphFiles) {
    EXPECT_EQ(testing::ReadFileOrDie(dir / "whole" / name),
              testing::ReadFileOrDie(dir / "merged" / name))
        << name;
  }
}

TEST(CliMergeTest, ThreadCountDoesNotChangeAByte) {
  const fs::path dir = testing::MakeTempDir("threads");
  for (const char* threads : {"1", "3"}) {
    const testing::CommandResult result = testing::RunAkhbar(
        "build -q --no-render " + CorpusArgs() + " --threads " + threads + " " +
        Quoted(testing::SamplesDir()) + " --out " + Quoted(dir / threads));
    ASSERT_EQ(result.exit_code, 0) << result.errors;
  }
  for (const char* name : {"graph.json", "events.json", "extractions.jsonl"}) {
    EXPECT_EQ(testing::ReadFileOrDie(dir / "1" / name), testing::ReadFileOrDie(dir / "3" / name))
        << name;
  }
  EXPECT_FALSE(fs::exists(dir / "1" / "graph.svg")) << "--no-render wrote a picture";
}

TEST(CliMergeTest, WithoutExtractionsTheGraphIsTheSameAndNoStaleRecordsAreLeft) {
  const fs::path dir = testing::MakeTempDir("no-extractions");
  const std::string build = "build -q --no-render " + CorpusArgs() + " " +
                            Quoted(testing::SamplesDir()) + " --out " + Quoted(dir / "out");
  const testing::CommandResult with = testing::RunAkhbar(build);
  ASSERT_EQ(with.exit_code, 0) << with.errors;
  ASSERT_TRUE(fs::exists(dir / "out" / "extractions.jsonl"));
  std::map<std::string, std::string> graph_files;
  for (const char* name : {"graph.json", "graph.gexf", "events.json"}) {
    graph_files[name] = testing::ReadFileOrDie(dir / "out" / name);
  }
  const testing::CommandResult without = testing::RunAkhbar(build + " --no-extractions");
  ASSERT_EQ(without.exit_code, 0) << without.errors;
  EXPECT_FALSE(fs::exists(dir / "out" / "extractions.jsonl"))
      << "records of an earlier run left beside a graph they no longer describe";
  for (const auto& [name, bytes] : graph_files) {
    EXPECT_EQ(testing::ReadFileOrDie(dir / "out" / name), bytes) << name;
  }
}

// An ill-formed byte inside a sentence with facts: its JSON text once took
// U+FFFD's three bytes for the byte's one, and merge refused the sentence.
TEST(CliMergeTest, ALenientBuildsExtractionsMergeToItsGraph) {
  const fs::path dir = testing::MakeTempDir("lenient-merge");
  std::string article = testing::ReadFileOrDie(testing::SamplesDir() / "000_3753c173918469ae.txt");
  const size_t name = article.find("توكاييف");
  ASSERT_NE(name, std::string::npos);
  // 0xFF is never UTF-8, nor is a continuation byte after it.
  article.insert(name + std::string("توكاييف").size(), "\xFF\xAA");
  {
    std::ofstream out(dir / "broken.txt", std::ios::binary);
    out << article;
  }
  const testing::CommandResult built = testing::RunAkhbar(
      "build -q --no-render --lenient --rules " + Quoted(testing::RulesDir()) +
      " --doc-date 2022-01-06 " + Quoted(dir / "broken.txt") + " --out " + Quoted(dir / "built"));
  ASSERT_EQ(built.exit_code, 0) << built.errors;
  EXPECT_NE(built.errors.find("invalid UTF-8 at byte offset"), std::string::npos) << built.errors;
  const testing::CommandResult merged = testing::RunAkhbar(
      "merge -q --no-render --rules " + Quoted(testing::RulesDir()) + " " +
      Quoted(dir / "built" / "extractions.jsonl") + " --out " + Quoted(dir / "merged"));
  ASSERT_EQ(merged.exit_code, 0) << merged.errors;
  for (const char* file : {"graph.json", "graph.gexf", "events.json"}) {
    EXPECT_EQ(testing::ReadFileOrDie(dir / "built" / file),
              testing::ReadFileOrDie(dir / "merged" / file))
        << file;
  }
  const std::string graph = testing::ReadFileOrDie(dir / "built" / "graph.json");
  EXPECT_EQ(graph.find("\xEF\xBF\xBD"), std::string::npos) << "U+FFFD in the graph";
  EXPECT_NE(graph.find("tokayev"), std::string::npos);
}

TEST(CliMergeTest, FormatsLeftOutAreNotWrittenAndNoStaleOnesAreLeft) {
  const fs::path dir = testing::MakeTempDir("formats");
  const std::string build = "build -q --no-render " + CorpusArgs() + " " +
                            Quoted(testing::SamplesDir()) + " --out " + Quoted(dir / "out");
  const testing::CommandResult all = testing::RunAkhbar(build);
  ASSERT_EQ(all.exit_code, 0) << all.errors;
  std::map<std::string, std::string> chosen;
  for (const char* name : {"graph.json", "graph.gexf", "extractions.jsonl"}) {
    chosen[name] = testing::ReadFileOrDie(dir / "out" / name);
  }
  const testing::CommandResult some = testing::RunAkhbar(build + " --formats gexf,json");
  ASSERT_EQ(some.exit_code, 0) << some.errors;
  for (const auto& [name, bytes] : chosen) {
    EXPECT_EQ(testing::ReadFileOrDie(dir / "out" / name), bytes) << name;
  }
  for (const char* name : {"graph.cyjs", "graph.graphml", "events.json"}) {
    EXPECT_FALSE(fs::exists(dir / "out" / name))
        << name << " of an earlier run left beside a graph it no longer describes";
  }
  const testing::CommandResult unknown = testing::RunAkhbar(build + " --formats json,svg");
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.errors.find("svg"), std::string::npos) << unknown.errors;
  EXPECT_EQ(testing::ReadFileOrDie(dir / "out" / "graph.json"), chosen["graph.json"])
      << "a refused command wrote";
}

TEST(CliMergeTest, ADocumentInTwoShardsIsAnError) {
  const fs::path dir = testing::MakeTempDir("twice");
  const testing::CommandResult extracted = testing::RunAkhbar(
      "extract -q " + CorpusArgs() + " " + Quoted(testing::SamplesDir()) + " -o " +
      Quoted(dir / "all.jsonl"));
  ASSERT_EQ(extracted.exit_code, 0) << extracted.errors;
  const testing::CommandResult merged = testing::RunAkhbar(
      "merge --rules " + Quoted(testing::RulesDir()) + " " + Quoted(dir / "all.jsonl") + " " +
      Quoted(dir / "all.jsonl") + " --out " + Quoted(dir / "out"));
  EXPECT_EQ(merged.exit_code, 1);
  EXPECT_NE(merged.errors.find("all.jsonl:1: document id"), std::string::npos) << merged.errors;
  EXPECT_FALSE(fs::exists(dir / "out" / "graph.json"));
}

TEST(CliMergeTest, ALineThatIsNoExtractionIsNamed) {
  const testing::CommandResult merged = testing::RunAkhbar(
      "merge --rules " + Quoted(testing::RulesDir()) + " - --out " +
          Quoted(testing::MakeTempDir("bad") / "out"),
      "{\"doc\": \"x\"}\n");
  EXPECT_EQ(merged.exit_code, 1);
  EXPECT_NE(merged.errors.find("-:1: not an extraction record"), std::string::npos)
      << merged.errors;
}

}  // namespace
}  // namespace akhbar
