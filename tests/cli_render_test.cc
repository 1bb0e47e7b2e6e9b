// End to end: akhbar render on a graph.json, and the pictures of akhbar build.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "graph/graph_json.h"
#include "graph/graph_outputs.h"
#include "render/render.h"
#include "tests/render_fixture.h"
#include "tests/test_support.h"
#include "tests/xml_test_support.h"

namespace akhbar {
namespace {

class CliRenderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::MakeTempDir("cli-render");
    std::ofstream(dir_ / "graph.json") << GraphToString(WriteNodeLinkJson, testing::SampleGraph());
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string Args(const std::string& extra) const {
    return "render '" + (dir_ / "graph.json").string() + "' --out '" + (dir_ / "out").string() +
           "' " + extra;
  }

  std::filesystem::path dir_;
};

TEST_F(CliRenderTest, WritesAndListsThePictures) {
  const testing::CommandResult result = testing::RunAkhbar(Args("--top 5 --label ar --lanes 3"));
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  for (const std::string& name : PictureFileNames()) {
    EXPECT_TRUE(std::filesystem::exists(dir_ / "out" / name)) << name;
    EXPECT_NE(result.errors.find("akhbar: wrote " + (dir_ / "out" / name).string()),
              std::string::npos)
        << result.errors;
  }
  std::string error;
  const auto svg =
      testing::XmlDocument::Parse(testing::ReadFileOrDie(dir_ / "out" / "graph.svg"), &error);
  ASSERT_NE(svg, nullptr) << error;
  EXPECT_EQ(svg->Find("//svg:g[contains(@class, 'entity')]").size(), 5u);
  // --label ar: no English under the Arabic.
  EXPECT_EQ(testing::ReadFileOrDie(dir_ / "out" / "graph.svg").find("Kassym-Jomart Tokayev<"),
            std::string::npos);
}

TEST_F(CliRenderTest, OutlinesAndAForcedEngine) {
  const testing::CommandResult result =
      testing::RunAkhbar(Args("--svg-text outlines --engine sfdp -q"));
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  EXPECT_EQ(result.errors, "");
  EXPECT_EQ(testing::ReadFileOrDie(dir_ / "out" / "graph.svg").find("<text"), std::string::npos);
  EXPECT_NE(testing::ReadFileOrDie(dir_ / "out" / "graph.dot").find("overlap=prism"),
            std::string::npos);
}

TEST_F(CliRenderTest, BadArgumentsAreUsageErrors) {
  EXPECT_EQ(testing::RunAkhbar(Args("--label fr")).exit_code, 2);
  EXPECT_EQ(testing::RunAkhbar(Args("--svg-text png")).exit_code, 2);
  const testing::CommandResult engine = testing::RunAkhbar(Args("--engine nosuch"));
  EXPECT_EQ(engine.exit_code, 2);
  EXPECT_NE(engine.errors.find("nosuch"), std::string::npos);
  EXPECT_EQ(testing::RunAkhbar("render /nonexistent/graph.json --out x").exit_code, 2);
}

TEST_F(CliRenderTest, MalformedGraphIsAnInputError) {
  std::ofstream(dir_ / "graph.json") << R"({"nodes": [}})";
  const testing::CommandResult result = testing::RunAkhbar(Args(""));
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.errors.find("graph.json"), std::string::npos);
}

TEST_F(CliRenderTest, NoArabicFontIsAnOutputErrorSayingSo) {
  // A fontconfig configuration without any font directory.
  const auto config = dir_ / "fonts.conf";
  std::ofstream(config) << "<?xml version=\"1.0\"?>\n<fontconfig></fontconfig>\n";
  setenv("FONTCONFIG_FILE", config.c_str(), 1);
  const testing::CommandResult result = testing::RunAkhbar(Args(""));
  unsetenv("FONTCONFIG_FILE");
  EXPECT_EQ(result.exit_code, 3);
  EXPECT_NE(result.errors.find("no installed font can draw Arabic"), std::string::npos)
      << result.errors;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "out" / "graph.svg"));
}

TEST(CliBuildPicturesTest, BuildWritesThePicturesOfTheSamples) {
  const auto out = testing::MakeTempDir("cli-build-pictures");
  const std::string source = testing::SourceDir().string();
  const testing::CommandResult result = testing::RunAkhbar(
      "build --rules '" + source + "/rules' --manifest '" + source + "/samples/manifest.json' '" +
      source + "/samples' --out '" + out.string() + "'");
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  for (const std::string& name : PictureFileNames()) {
    ASSERT_TRUE(std::filesystem::exists(out / name)) << name;
    EXPECT_NE(result.errors.find("wrote " + (out / name).string()), std::string::npos) << name;
  }
  for (const char* name : {"graph.svg", "timeline.svg"}) {
    std::string error;
    EXPECT_NE(testing::XmlDocument::Parse(testing::ReadFileOrDie(out / name), &error), nullptr)
        << name << ": " << error;
  }
  // A second build into the same directory replaces its own pictures.
  EXPECT_EQ(testing::RunAkhbar("build --rules '" + source + "/rules' --manifest '" + source +
                               "/samples/manifest.json' '" + source + "/samples' --out '" +
                               out.string() + "'")
                .exit_code,
            0);
  std::filesystem::remove_all(out);
}

}  // namespace
}  // namespace akhbar
