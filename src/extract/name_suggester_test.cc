#include "extract/name_suggester.h"

#include <gtest/gtest.h>

#include <fstream>
#include <regex>

#include "tests/test_support.h"

namespace akhbar {
namespace {

TEST(NameSuggesterTest, TransliterationConfusionsCostLess) {
  StatusOr<NameSuggester> suggester = NameSuggester::Load(testing::RepoRules());
  ASSERT_TRUE(suggester.ok()) << suggester.status().message();
  EXPECT_DOUBLE_EQ(suggester->Distance(U"توقاييف", U"توكاييف"), 0.3);
  EXPECT_DOUBLE_EQ(suggester->Distance(U"ابلياسوف", U"ابليازوف"), 0.3);
  EXPECT_DOUBLE_EQ(suggester->Distance(U"البيازوف", U"ابليازوف"), 1.0);  // swap
  EXPECT_DOUBLE_EQ(suggester->Distance(U"موسكو", U"باريس"), 5.0);
}

TEST(NameSuggesterTest, ReducedAblyazovEntryGetsItsOtherSpellingsBack) {
  const auto dir = testing::MakeTempDir("suggest");
  std::filesystem::copy(testing::RulesDir(), dir, std::filesystem::copy_options::recursive);
  const auto persons = dir / "entities" / "persons.yaml";
  std::string text = testing::ReadFileOrDie(persons);
  text = std::regex_replace(text, std::regex("(- id: ablyazov\n(?:.*\n)*?  names: )\\[[^\\]]*\\]"),
                            "$1[مختار أبليازوف, أبليازوف]");
  std::ofstream(persons) << text;
  StatusOr<std::unique_ptr<RuleSet>> rules = RuleSet::Load(dir);
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  StatusOr<NameSuggester> suggester = NameSuggester::Load(**rules);
  ASSERT_TRUE(suggester.ok());
  std::vector<Document> documents;
  for (const auto& entry : std::filesystem::directory_iterator(testing::SamplesDir())) {
    if (entry.path().extension() != ".txt") continue;
    documents.push_back(Document{entry.path().stem().string(), testing::ReadFileOrDie(entry.path())});
  }
  const Suggestions suggestions = suggester->Suggest(documents);
  std::set<std::string> spellings;
  for (const SpellingSuggestion& s : suggestions.spellings) {
    EXPECT_EQ(s.entity, "ablyazov") << s.spelling;
    spellings.insert(s.spelling);
    spellings.insert(s.variants.begin(), s.variants.end());
    EXPECT_GT(s.count, 0u);
    EXPECT_FALSE(s.example.empty());
  }
  EXPECT_EQ(spellings, (std::set<std::string>{"ألبيازوف", "أبلياسوف", "ابلياسوف"}));
  const std::string yaml = SuggestionsToYaml(suggestions, (*rules)->entities());
  EXPECT_NE(yaml.find("- id: ablyazov\n  names: ["), std::string::npos) << yaml;
}

TEST(NameSuggesterTest, UnknownNamesByEndingAndTitle) {
  StatusOr<NameSuggester> suggester = NameSuggester::Load(testing::RepoRules());
  ASSERT_TRUE(suggester.ok());
  const Suggestions suggestions = suggester->Suggest({Document{
      "d", "التقى وزير الخارجية الروسي سيرغي لافروف. وقال الرئيس جاباروف إن بلاده محايدة. "
           "وأكد ولافروف ذلك."}});
  std::map<std::string, size_t> unknown;
  for (const UnknownNameSuggestion& name : suggestions.unknown) unknown[name.spelling] = name.count;
  EXPECT_EQ(unknown["لافروف"], 2u);
  EXPECT_EQ(unknown["جاباروف"], 1u);
  EXPECT_EQ(unknown.count("إن"), 0u);
}

}  // namespace
}  // namespace akhbar
