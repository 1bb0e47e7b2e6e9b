// End to end: each pack of rules/packs/, copied into a rules directory's
// entities/ as the README says, is valid and names what it promises, and the
// samples' outputs stay what the repository's rules make of them.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "tests/test_support.h"

namespace akhbar {
namespace {

namespace fs = std::filesystem;

// The repository's rules with `pack` among its entity files.
fs::path RulesWithPack(const std::string& pack) {
  const fs::path rules = testing::MakeTempDir("pack") / "rules";
  fs::copy(testing::RulesDir(), rules, fs::copy_options::recursive);
  fs::copy_file(testing::RulesDir() / "packs" / pack, rules / "entities" / pack);
  return rules;
}

std::string Quoted(const fs::path& path) { return "'" + path.string() + "'"; }

// Each mention of `text` as entity:text.
std::vector<std::string> Mentions(const fs::path& rules, const std::string& text) {
  const testing::CommandResult result =
      testing::RunAkhbar("extract --rules " + Quoted(rules) + " -", text);
  EXPECT_EQ(result.exit_code, 0) << result.errors;
  std::vector<std::string> mentions;
  std::istringstream lines(result.output);
  for (std::string line; std::getline(lines, line);) {
    const nlohmann::json record = nlohmann::json::parse(line);
    for (const nlohmann::json& mention : record.at("mentions")) {
      mentions.push_back(mention.at("entity").get<std::string>() + ":" +
                         mention.at("text").get<std::string>());
    }
  }
  return mentions;
}

TEST(RulesPacksTest, TheMiddleEastPackIsValid) {
  const testing::CommandResult check =
      testing::RunAkhbar("rules check --rules " + Quoted(RulesWithPack("middle_east.yaml")));
  EXPECT_EQ(check.exit_code, 0) << check.output << check.errors;
  EXPECT_NE(check.output.find("0 errors, 0 warnings"), std::string::npos) << check.output;
}

TEST(RulesPacksTest, TheMiddleEastPackNamesTheRegionAndSetsItsNamesakesApart) {
  const fs::path rules = RulesWithPack("middle_east.yaml");
  EXPECT_EQ(Mentions(rules, "وقال الرئيس التركي إن تركيا"),
            (std::vector<std::string>{"turkey:التركي", "turkey:تركيا"}));
  // A first name, a name that holds another's, a quoted newspaper, and words
  // that are names only where the document names the group otherwise.
  EXPECT_EQ(Mentions(rules, "الأمير تركي الفيصل"), std::vector<std::string>{});
  EXPECT_EQ(Mentions(rules, "حكومة جنوب السودان"),
            std::vector<std::string>{"south_sudan:جنوب السودان"});
  EXPECT_EQ(Mentions(rules, "قائد فيلق القدس"), std::vector<std::string>{"quds_force:فيلق القدس"});
  EXPECT_EQ(Mentions(rules, "وقال لـ«الرياض» في الرياض"),
            (std::vector<std::string>{"al_riyadh:الرياض", "riyadh:الرياض"}));
  EXPECT_EQ(Mentions(rules, "قاعدة العند. القاعدة الذهبية. لا حماس في السوق"),
            std::vector<std::string>{});
  EXPECT_EQ(Mentions(rules, "قادة تنظيم القاعدة. وقالت القاعدة"),
            (std::vector<std::string>{"al_qaeda:تنظيم القاعدة", "al_qaeda:القاعدة"}));
}

TEST(RulesPacksTest, WithTheMiddleEastPackTheRegionsStatesAct) {
  // Without Turkey in the catalog, Syria is taken for the accuser.
  const fs::path rules = RulesWithPack("middle_east.yaml");
  const fs::path text = rules.parent_path() / "article.txt";
  std::ofstream(text) << "واتهمت تركيا مؤخرا أكراد سوريا بتنفيذ حملة.\n";
  const fs::path out = rules.parent_path() / "out";
  const testing::CommandResult result = testing::RunAkhbar(
      "build -q --rules " + Quoted(rules) + " --doc-date 2022-01-08 --no-render --formats events "
      "--no-extractions --out " + Quoted(out) + " " + Quoted(text));
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  const nlohmann::json events =
      nlohmann::json::parse(testing::ReadFileOrDie(out / "events.json")).at("events");
  ASSERT_EQ(events.size(), 1u);
  std::map<std::string, std::string> roles;
  for (const nlohmann::json& participant : events[0].at("participants")) {
    roles[participant.at("entity").get<std::string>()] = participant.at("role").get<std::string>();
  }
  EXPECT_EQ(roles, (std::map<std::string, std::string>{{"syria", "target"}, {"turkey", "actor"}}));
}

TEST(RulesPacksTest, TheSamplesNameNoneOfThePacksEntities) {
  const fs::path rules = RulesWithPack("middle_east.yaml");
  const fs::path with_pack = rules.parent_path() / "with_pack";
  const fs::path without = rules.parent_path() / "without";
  const std::string samples = Quoted(testing::SamplesDir());
  const std::string manifest = Quoted(testing::SamplesDir() / "manifest.json");
  for (const auto& [rules_dir, out] : {std::pair{rules, with_pack},
                                       std::pair{testing::RulesDir(), without}}) {
    ASSERT_EQ(testing::RunAkhbar("build -q --no-render --rules " + Quoted(rules_dir) +
                                 " --manifest " + manifest + " " + samples + " --out " +
                                 Quoted(out))
                  .exit_code,
              0);
  }
  for (const char* file : {"graph.json", "events.json", "extractions.jsonl"}) {
    EXPECT_EQ(testing::ReadFileOrDie(with_pack / file), testing::ReadFileOrDie(without / file))
        << file;
  }
}

}  // namespace
}  // namespace akhbar
