#include "extract/entity_catalog.h"

#include <gtest/gtest.h>

#include <fstream>

#include "extract/extractor.h"
#include "tests/test_support.h"

namespace akhbar {
namespace {

std::filesystem::path WriteRule(const std::string& content) {
  const auto dir = testing::MakeTempDir("rules");
  const auto path = dir / "bad.yaml";
  std::ofstream(path) << content;
  return path;
}

TEST(EntityCatalogTest, RepositoryRulesCoverTheSamplesActors) {
  const EntityCatalog& catalog = testing::RepoRules().entities();
  EXPECT_GE(catalog.entities().size(), 40u);
  for (const char* id : {"tokayev", "nazarbayev", "ablyazov", "csto", "almaty"}) {
    EXPECT_NE(catalog.Find(id), nullptr) << id;
  }
  EXPECT_TRUE(testing::RepoRules().entity_matcher().conflicts().empty());
}

TEST(EntityCatalogTest, NewsOutletsAreMedia) {
  const EntityCatalog& catalog = testing::RepoRules().entities();
  for (const char* id : {"afp", "reuters", "the_guardian", "new_york_times", "asharq_al_awsat"}) {
    const Entity* outlet = catalog.Find(id);
    ASSERT_NE(outlet, nullptr) << id;
    EXPECT_EQ(outlet->type, EntityType::kMedia) << id;
  }
  EXPECT_EQ(catalog.Find("csto")->type, EntityType::kOrganization);
  EXPECT_EQ(EntityTypeNamed("media"), EntityType::kMedia);
  EXPECT_EQ(EntityTypeName(EntityType::kMedia), "media");
}

TEST(EntityCatalogTest, NewRuleFileAddsAnEntityWithoutCodeChanges) {
  StatusOr<std::unique_ptr<RuleSet>> rules = RuleSet::Load(
      testing::RulesDir(),
      {testing::SourceDir() / "tests/fixtures/extra_entities/kyrgyz_leader.yaml"});
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  Document document;
  document.text = "والتقى بوتين وجاباروف في موسكو.";
  const Extraction extraction = Extractor(**rules).Extract(document);
  std::vector<std::string> ids;
  for (const Mention& mention : extraction.mentions) ids.push_back(mention.entity);
  EXPECT_EQ(ids, (std::vector<std::string>{"putin", "sadyr_japarov", "moscow"}));
}

TEST(EntityCatalogTest, ErrorsNameFileLineAndColumn) {
  const auto path = WriteRule("- id: a\n  type: person\n  names: [x]\n- id: a\n  type: person\n  names: [y]\n");
  StatusOr<EntityCatalog> catalog = EntityCatalog::LoadFiles({path});
  ASSERT_FALSE(catalog.ok());
  EXPECT_NE(catalog.status().message().find("bad.yaml:4:"), std::string::npos)
      << catalog.status().message();
  EXPECT_NE(catalog.status().message().find("duplicate id 'a'"), std::string::npos);
}

TEST(EntityCatalogTest, RejectsMalformedEntries) {
  const std::pair<const char*, const char*> cases[] = {
      {"- id: a\n  type: planet\n  names: [x]\n", "type must be"},
      {"- id: a\n  type: person\n  names: []\n", "has no names"},
      {"- id: a\n  type: person\n  names: [[x]]\n", "must be strings"},
      {"- id: a\n  type: person\n  nmes: [x]\n", "unknown key 'nmes'"},
      {"- id: a\n\ttype: person\n", "tab character"},
      {"- id: [a\n", "bad.yaml:"},
      {"- id: Tokayev\n  type: person\n  names: [x]\n", "id must be"},
  };
  for (const auto& [content, expected] : cases) {
    StatusOr<EntityCatalog> catalog = EntityCatalog::LoadFiles({WriteRule(content)});
    ASSERT_FALSE(catalog.ok()) << content;
    EXPECT_NE(catalog.status().message().find(expected), std::string::npos)
        << catalog.status().message();
  }
}

}  // namespace
}  // namespace akhbar
