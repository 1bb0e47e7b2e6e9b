#include "extract/entity_events.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "extract/rule_yaml.h"
#include "tests/test_support.h"

namespace akhbar {
namespace {

std::string Describe(const std::vector<Entity>& entities) {
  std::ostringstream out;
  for (const Entity& entity : entities) {
    out << entity.defined_at << " " << entity.id << " " << EntityTypeName(entity.type) << " ["
        << entity.label_en << "|" << entity.label_ar << "] names:";
    for (const std::string& name : entity.names) out << " <" << name << ">";
    out << " adjectives:";
    for (const std::string& adjective : entity.adjectives) out << " <" << adjective << ">";
    out << "\n";
  }
  return out.str();
}

// The reading ReadEntitiesFromEvents stands in for.
StatusOr<std::vector<Entity>> ReadThroughNodeTree(const std::filesystem::path& path,
                                                  const std::string& text) {
  StatusOr<YamlFile> file = ParseYamlFile(path, text);
  if (!file.ok()) return file.status();
  return ReadEntities(*file);
}

void ExpectSameBothWays(const std::filesystem::path& path, const std::string& text) {
  const std::optional<std::vector<Entity>> from_events = ReadEntitiesFromEvents(path, text);
  ASSERT_TRUE(from_events.has_value()) << path << " declined:\n" << text;
  const StatusOr<std::vector<Entity>> from_tree = ReadThroughNodeTree(path, text);
  ASSERT_TRUE(from_tree.ok()) << from_tree.status().message();
  EXPECT_EQ(Describe(*from_events), Describe(*from_tree)) << text;
}

TEST(EntityEventsTest, RepositoryEntityFilesReadAsThroughTheNodeTree) {
  size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(testing::RulesDir() / "entities")) {
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    ExpectSameBothWays(entry.path(), text.str());
    ++files;
  }
  EXPECT_GE(files, 4u);
}

TEST(EntityEventsTest, EveryPlainShapeReadsAsThroughTheNodeTree) {
  const std::string shapes =
      "# block and flow styles, quoting, labels, notes\n"
      "- id: a\n"
      "  type: person\n"
      "  names:\n"
      "    - أول\n"
      "    - \"ثان\"\n"
      "  note: a person\n"
      "- {id: b.2, type: place, names: 'مكان', label: {en: B}}\n"
      "- id: c_3\n"
      "  type: organization\n"
      "  label: {ar: منظمة, en: }\n"
      "  names: ~\n"
      "  adjectives: [منظمي]\n"
      "  note:\n"
      "- id: d-4\n"
      "  type: country\n"
      "  names: [\"12\", !!str 34, true story]\n";
  ExpectSameBothWays("shapes.yaml", shapes);
  // An empty label falls back as a missing one does, not to "null".
  EXPECT_EQ(ReadEntitiesFromEvents("shapes.yaml", shapes)->at(2).label_en, "c_3");
  ExpectSameBothWays("empty_list.yaml", "# nothing yet\n~\n");
  ExpectSameBothWays("two_documents.yaml",
                     "- {id: a, type: other, names: [x]}\n---\n- {id: b, type: other}\n");
}

TEST(EntityEventsTest, DeclinesWhatOnlyTheNodeTreeReports) {
  const char* const declined[] = {
      "",
      "- id: a\n\ttype: person\n",
      "- id: [a\n",
      "id: a\n",
      "- id: a\n  type: person\n  nmes: [x]\n",
      "- id: a\n  id: b\n  type: person\n  names: [x]\n",
      "- id: a\n  type: planet\n  names: [x]\n",
      "- id: a\n  type: person\n  names: []\n",
      "- id: a\n  type: person\n",
      "- id: a\n  type: person\n  names: [12]\n",
      "- id: a\n  type: person\n  names: [[x]]\n",
      "- id: a\n  type: person\n  names: [~]\n",
      "- id: Tokayev\n  type: person\n  names: [x]\n",
      "- type: person\n  names: [x]\n",
      "- id: a\n  names: [x]\n",
      "- id: a\n  type: ~\n  names: [x]\n",
      "- id: a\n  type: person\n  label: A\n  names: [x]\n",
      "- id: a\n  type: person\n  label: {en: A, fr: A}\n  names: [x]\n",
      "- id: a\n  type: person\n  label: {en: [A]}\n  names: [x]\n",
      "- id: a\n  type: person\n  names: [x]\n  note: {why: because}\n",
      "- &first {id: a, type: person, names: [x]}\n- *first\n",
      "- !!map {id: a, type: person, names: [x]}\n",
      "- id: a\n  type: person\n  names: {x: y}\n",
      "- x\n",
  };
  for (const char* text : declined) {
    EXPECT_FALSE(ReadEntitiesFromEvents("declined.yaml", text).has_value()) << text;
  }
}

}  // namespace
}  // namespace akhbar
