#include "extract/rule_check.h"

#include <gtest/gtest.h>

#include <fstream>

#include "tests/test_support.h"

namespace akhbar {
namespace {

// A copy of the repository's rules with extra entity files.
std::filesystem::path RulesWith(const std::map<std::string, std::string>& files) {
  const auto dir = testing::MakeTempDir("rules-check");
  std::filesystem::copy(testing::RulesDir(), dir, std::filesystem::copy_options::recursive);
  for (const auto& [name, content] : files) std::ofstream(dir / "entities" / name) << content;
  return dir;
}

std::string AllMessages(const RuleReport& report) {
  std::string text;
  for (const RuleFinding& finding : report.findings) text += finding.message + "\n";
  return text;
}

TEST(RuleCheckTest, RepositoryRulesAreClean) {
  const RuleReport report = CheckRules(testing::RulesDir());
  EXPECT_EQ(report.errors(), 0u) << AllMessages(report);
  EXPECT_EQ(report.warnings(), 0u) << AllMessages(report);
  EXPECT_GE(report.entities, 40u);
}

TEST(RuleCheckTest, ReportsEveryBrokenFileWithPositions) {
  const RuleReport report = CheckRules(RulesWith({
      {"zz_syntax.yaml", "- id: x\n  names: [a, b\n"},
      {"zz_tab.yaml", "- id: y\n\ttype: person\n"},
      {"zz_dupkey.yaml", "- id: z\n  type: person\n  type: place\n  names: [ز]\n"},
      {"zz_number.yaml", "- id: w\n  type: person\n  names: [1984]\n"},
      {"zz_empty.yaml", "- id: v\n  type: person\n  names: []\n"},
  }));
  const std::string messages = AllMessages(report);
  EXPECT_EQ(report.errors(), 5u) << messages;
  EXPECT_NE(messages.find("zz_syntax.yaml:"), std::string::npos);
  EXPECT_NE(messages.find("zz_tab.yaml:2:1: tab character"), std::string::npos) << messages;
  EXPECT_NE(messages.find("zz_dupkey.yaml:3:3: duplicate key 'type'"), std::string::npos)
      << messages;
  EXPECT_NE(messages.find("zz_number.yaml:3:11:"), std::string::npos) << messages;
  EXPECT_NE(messages.find("zz_empty.yaml:1:3: entity 'v' has no names"), std::string::npos)
      << messages;
}

TEST(RuleCheckTest, DuplicateIdsAcrossFilesNameBothPlaces) {
  const RuleReport report = CheckRules(RulesWith({
      {"zz_dup.yaml", "- id: tokayev\n  type: person\n  names: [قاسم]\n"},
  }));
  const std::string messages = AllMessages(report);
  EXPECT_NE(messages.find("duplicate id 'tokayev' (first defined at"), std::string::npos)
      << messages;
}

TEST(RuleCheckTest, AmbiguousNamesAreWarningsWithBothIds) {
  const RuleReport report = CheckRules(RulesWith({
      {"zz_ambiguous.yaml",
       "- id: another_tokayev\n  type: person\n  names: [تُوكاييف]\n"
       "- id: broken_name\n  type: place\n  names: [ألما، آتا]\n"},
  }));
  const std::string messages = AllMessages(report);
  EXPECT_EQ(report.errors(), 0u) << messages;
  EXPECT_NE(messages.find("ambiguous name 'توكاييف' belongs to both 'tokayev'"),
            std::string::npos)
      << messages;
  EXPECT_NE(messages.find("another_tokayev"), std::string::npos);
  EXPECT_NE(messages.find("can never match"), std::string::npos);
}

TEST(RuleCheckTest, ANotInPhraseWithoutTheEntitysNameIsAWarning) {
  const RuleReport report = CheckRules(RulesWith({
      {"zz_not_in.yaml",
       "- id: morocco\n  type: country\n  names: [المغرب]\n  adjectives: [مغربي]\n"
       "  not_in: [صلاة المغرب, الشاي المغربي, صلاة الفجر, المغرب]\n"},
  }));
  const std::string messages = AllMessages(report);
  EXPECT_EQ(report.errors(), 0u) << messages;
  EXPECT_EQ(report.warnings(), 2u) << messages;
  EXPECT_NE(messages.find("zz_not_in.yaml:1:3: 'صلاة الفجر' in not_in of 'morocco' holds none"),
            std::string::npos)
      << messages;
  EXPECT_NE(messages.find("'المغرب' in not_in of 'morocco' holds none"), std::string::npos)
      << messages;
}

// Found by the rules fuzzer: a rule file of the wrong shape made yaml-cpp
// throw from deep inside a loader.
TEST(RuleCheckTest, WrongShapedFilesAreCleanErrors) {
  for (const std::string& file : {"arabic.yaml", "boilerplate.yaml"}) {
    for (const std::string& content :
         {std::string(""), std::string("- a\n- b\n"), std::string("normalization: 5\narticle: [x]\n"),
          std::string("trailing_headlines: {min_lines: many}\nproclitics: 3\n")}) {
      const auto dir = RulesWith({});
      std::ofstream(dir / file) << content;
      const RuleReport report = CheckRules(dir);
      EXPECT_GE(report.errors(), 1u) << file << ": " << content;
      EXPECT_NE(AllMessages(report).find(file), std::string::npos) << AllMessages(report);
    }
  }
}

}  // namespace
}  // namespace akhbar
