// End to end: the packs of rules/packs/, given with --entities as the README
// says, are valid and name what they promise, and the samples' outputs stay
// what the repository's rules make of them.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tests/test_support.h"

namespace akhbar {
namespace {

namespace fs = std::filesystem;

std::string Quoted(const fs::path& path) { return "'" + path.string() + "'"; }

// --rules and --entities for the repository's rules and the Middle East pack.
std::string WithPack() {
  return "--rules " + Quoted(testing::RulesDir()) + " --entities " +
         Quoted(testing::RulesDir() / "packs" / "middle_east.yaml");
}

// Each mention of `text` as entity:text.
std::vector<std::string> Mentions(const std::string& text) {
  const testing::CommandResult result = testing::RunAkhbar("extract " + WithPack() + " -", text);
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

nlohmann::json ReadJson(const fs::path& path) {
  return nlohmann::json::parse(testing::ReadFileOrDie(path));
}

TEST(RulesPacksTest, TheMiddleEastPackIsValid) {
  const testing::CommandResult check = testing::RunAkhbar("rules check " + WithPack());
  EXPECT_EQ(check.exit_code, 0) << check.output << check.errors;
  EXPECT_NE(check.output.find("0 errors, 0 warnings"), std::string::npos) << check.output;
}

TEST(RulesPacksTest, AMissingOrRepeatedEntityFileIsARuleError) {
  const testing::CommandResult missing =
      testing::RunAkhbar("rules check --entities /nonexistent/story.yaml");
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.output.find("/nonexistent/story.yaml: cannot open"), std::string::npos)
      << missing.output;
  const testing::CommandResult twice = testing::RunAkhbar(
      "extract " + WithPack() + " --entities " +
          Quoted(testing::RulesDir() / "packs" / "middle_east.yaml") + " -",
      "تركيا");
  EXPECT_EQ(twice.exit_code, 1);
  EXPECT_NE(twice.errors.find("duplicate id 'saudi_arabia'"), std::string::npos) << twice.errors;
}

TEST(RulesPacksTest, TheMiddleEastPackNamesTheRegionAndSetsItsNamesakesApart) {
  EXPECT_EQ(Mentions("وقال الرئيس التركي إن تركيا"),
            (std::vector<std::string>{"turkey:التركي", "turkey:تركيا"}));
  // A first name, a name that holds another's, a quoted newspaper, and words
  // that are names only where the document names the group otherwise.
  EXPECT_EQ(Mentions("الأمير تركي الفيصل"), std::vector<std::string>{});
  EXPECT_EQ(Mentions("حكومة جنوب السودان"), std::vector<std::string>{"south_sudan:جنوب السودان"});
  EXPECT_EQ(Mentions("قائد فيلق القدس"), std::vector<std::string>{"quds_force:فيلق القدس"});
  EXPECT_EQ(Mentions("وقال لـ«الرياض» في الرياض"),
            (std::vector<std::string>{"al_riyadh:الرياض", "riyadh:الرياض"}));
  EXPECT_EQ(Mentions("قاعدة العند. القاعدة الذهبية. لا حماس في السوق"),
            std::vector<std::string>{});
  EXPECT_EQ(Mentions("قادة تنظيم القاعدة. وقالت القاعدة"),
            (std::vector<std::string>{"al_qaeda:تنظيم القاعدة", "al_qaeda:القاعدة"}));
  // The sunset prayer is not Morocco, nor is the Maghreb, whose name holds
  // Morocco's; al-Qaeda's branch there is an entity of its own.
  EXPECT_EQ(Mentions("بعد صلاة المغرب وصل وفد المغرب"),
            std::vector<std::string>{"morocco:المغرب"});
  EXPECT_EQ(Mentions("دول المغرب العربي. تبنى تنظيم القاعدة في بلاد المغرب الإسلامي الهجوم"),
            (std::vector<std::string>{"maghreb:المغرب العربي",
                                      "aqim:تنظيم القاعدة في بلاد المغرب الإسلامي"}));
}

TEST(RulesPacksTest, TheMiddleEastPackNamesItsLeadersNotTheirSonsNorWhatIsNamedAfterThem) {
  EXPECT_EQ(Mentions("الملك سلمان بن عبدالعزيز"),
            std::vector<std::string>{"king_salman:الملك سلمان بن عبدالعزيز"});
  // The king is his sons' father; the prince is his own name's.
  EXPECT_EQ(Mentions("الأمير فيصل بن سلمان بن عبدالعزيز أمير منطقة المدينة"),
            std::vector<std::string>{});
  EXPECT_EQ(Mentions("الأمير محمد بن سلمان بن عبدالعزيز"),
            std::vector<std::string>{"mohammed_bin_salman:محمد بن سلمان"});
  EXPECT_EQ(Mentions("مركز الملك سلمان للإغاثة والأعمال الإنسانية"),
            std::vector<std::string>{"ksrelief:مركز الملك سلمان للإغاثة والأعمال الإنسانية"});
  EXPECT_EQ(Mentions("أحمد علي عبدالله صالح"),
            std::vector<std::string>{"ahmed_ali_saleh:أحمد علي عبدالله صالح"});
  // بان is not بأن inside his name, nor كي a subordinator.
  EXPECT_EQ(Mentions("وقال الأمين العام بان كي مون إن"),
            std::vector<std::string>{"ban_ki_moon:بان كي مون"});
  // A surname that is a country's adjective.
  EXPECT_EQ(Mentions("وقال اللواء منصور التركي. وأكد اللواء التركي"),
            (std::vector<std::string>{"mansour_al_turki:منصور التركي",
                                      "mansour_al_turki:اللواء التركي"}));
  // A group's nisba at the end of a kunya says whose side he is on.
  EXPECT_EQ(Mentions("أصيب قائد الحملة أبو ثابت الحوثي"),
            std::vector<std::string>{"houthis:الحوثي"});
  // A surname others share counts where the document names him otherwise.
  EXPECT_EQ(Mentions("نصيب الأسد"), std::vector<std::string>{});
  EXPECT_EQ(Mentions("الرئيس بشار الأسد. وقال الأسد"),
            (std::vector<std::string>{"bashar_al_assad:بشار الأسد", "bashar_al_assad:الأسد"}));
}

TEST(RulesPacksTest, WithTheMiddleEastPackTheRegionsStatesAct) {
  // Without Turkey in the catalog, Syria is taken for the accuser.
  const fs::path dir = testing::MakeTempDir("pack");
  std::ofstream(dir / "article.txt") << "واتهمت تركيا مؤخرا أكراد سوريا بتنفيذ حملة.\n";
  const testing::CommandResult result = testing::RunAkhbar(
      "build -q " + WithPack() + " --doc-date 2022-01-08 --no-render --formats events "
      "--no-extractions --out " + Quoted(dir / "out") + " " + Quoted(dir / "article.txt"));
  ASSERT_EQ(result.exit_code, 0) << result.errors;
  const nlohmann::json events = ReadJson(dir / "out" / "events.json").at("events");
  ASSERT_EQ(events.size(), 1u);
  std::map<std::string, std::string> roles;
  for (const nlohmann::json& participant : events[0].at("participants")) {
    roles[participant.at("entity").get<std::string>()] = participant.at("role").get<std::string>();
  }
  EXPECT_EQ(roles, (std::map<std::string, std::string>{{"syria", "target"}, {"turkey", "actor"}}));
}

TEST(RulesPacksTest, MergeLabelsThePacksEntitiesGivenTheSameFiles) {
  const fs::path dir = testing::MakeTempDir("pack-merge");
  std::ofstream(dir / "article.txt") << "واتهمت تركيا مؤخرا أكراد سوريا.\n";
  ASSERT_EQ(testing::RunAkhbar("extract " + WithPack() + " --doc-date 2022-01-08 " +
                               Quoted(dir / "article.txt") + " -o " + Quoted(dir / "x.jsonl"))
                .exit_code,
            0);
  ASSERT_EQ(testing::RunAkhbar("merge -q " + WithPack() + " --no-render --out " +
                               Quoted(dir / "out") + " " + Quoted(dir / "x.jsonl"))
                .exit_code,
            0);
  std::map<std::string, std::string> labels;
  const nlohmann::json graph = ReadJson(dir / "out" / "graph.json");
  for (const nlohmann::json& node : graph.at("nodes")) {
    labels[node.at("id").get<std::string>()] = node.at("label_en").get<std::string>();
  }
  EXPECT_EQ(labels["turkey"], "Turkey");
}

TEST(RulesPacksTest, TheSamplesNameNoneOfThePacksEntities) {
  // --entities takes one file, so the inputs after it stay inputs.
  const fs::path dir = testing::MakeTempDir("pack-samples");
  const std::string samples = " --manifest " + Quoted(testing::SamplesDir() / "manifest.json") +
                              " " + Quoted(testing::SamplesDir());
  ASSERT_EQ(testing::RunAkhbar("build -q --no-render " + WithPack() + samples + " --out " +
                               Quoted(dir / "with_pack"))
                .exit_code,
            0);
  ASSERT_EQ(testing::RunAkhbar("build -q --no-render --rules " + Quoted(testing::RulesDir()) +
                               samples + " --out " + Quoted(dir / "without"))
                .exit_code,
            0);
  for (const char* file : {"graph.json", "events.json", "extractions.jsonl"}) {
    EXPECT_EQ(testing::ReadFileOrDie(dir / "with_pack" / file),
              testing::ReadFileOrDie(dir / "without" / file))
        << file;
  }
}

}  // namespace
}  // namespace akhbar
