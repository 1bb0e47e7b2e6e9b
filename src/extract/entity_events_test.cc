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
    out << " titles:";
    for (const std::string& title : entity.titles) out << " <" << title << ">";
    out << " short names:";
    for (const std::string& name : entity.short_names) out << " <" << name << ">";
    out << " not in:";
    for (const std::string& phrase : entity.not_in) out << " <" << phrase << ">";
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
      "  names: [\"12\", '34', true story, أبو (الوليد)]\n"
      "- {id: e, type: organization, titles: [الحياة]}\n"
      "- {id: f, type: organization, names: [صحيفة الشرق], titles: ~}\n"
      "- {id: g, type: person, names: [شي جينبينغ], short_names: [شي]}\n"
      "- {id: h, type: country, names: [المغرب], not_in: [صلاة المغرب, \"أذان المغرب\"]}\n"
      "- {id: i, type: country, names: [مصر], not_in: ~}\n";
  ExpectSameBothWays("shapes.yaml", shapes);
  // An empty label falls back as a missing one does, not to "null".
  EXPECT_EQ(ReadEntitiesFromEvents("shapes.yaml", shapes)->at(2).label_en, "c_3");
  ExpectSameBothWays("empty_list.yaml", "# nothing yet\n~\n");
  ExpectSameBothWays("two_documents.yaml",
                     "- {id: a, type: other, names: [x]}\n---\n- {id: b, type: other}\n");
}

// libyaml counts characters where yaml-cpp counts bytes: an entity that
// starts after Arabic on its line, and lines that end in \r\n, are placed
// as the node tree places them.
TEST(EntityEventsTest, PlacesEntitiesInBytesAsTheNodeTreeDoes) {
  const std::string one_line =
      "[{id: a, type: place, names: [القاهرة]}, {id: b, type: place, names: [دمشق]}]\n";
  ExpectSameBothWays("one_line.yaml", one_line);
  EXPECT_EQ(ReadEntitiesFromEvents("one_line.yaml", one_line)->at(1).defined_at,
            "one_line.yaml:1:" + std::to_string(one_line.find("{id: b") + 1));
  ExpectSameBothWays("crlf.yaml",
                     "- id: a\r\n  type: person\r\n  names: [أحمد]\r\n"
                     "- {id: b, type: person, names: ['سعيد']}\r\n");
}

TEST(EntityEventsTest, DeclinesWhatOnlyTheNodeTreeReports) {
  using namespace std::string_literals;
  const std::string declined[] = {
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
      // Read alike by both libraries only through the node tree's own
      // handling: a byte order mark, NUL, a lone \r, NEL, LS and PS.
      "\xEF\xBB\xBF- {id: a, type: person, names: [x]}\n",
      "- {id: a, type: person, names: [x]}\n\0"s,
      "- {id: a, type: person, names: [x]}\r- {id: b, type: person, names: [y]}\n",
      "- {id: a, type: person, names: [x]}\xC2\x85",
      "- {id: a, type: person, names: [x\xE2\x80\xA8y]}\n",
      "- {id: a, type: person, names: [x\xE2\x80\xA9y]}\n",
      // Whatever two YAML readers might read two ways: a tag, an escape, a
      // folded line, a block scalar, an indicator inside a plain scalar, a
      // question mark anywhere.
      "- {id: a, type: person, names: [!!str 34]}\n",
      "- {id: a, type: person, names: [\"\\u0627\"]}\n",
      "- id: a\n  type: person\n  names:\n    - long\n      name\n",
      "- id: a\n  type: person\n  names: |\n    x\n",
      "- {id: a, type: person, names: [a#b]}\n",
      "- {id: a, type: person, names: ['x']}\n# why?\n",
      // A key without its colon in a flow mapping, which yaml-cpp rejects
      // when the mapping goes on to the next line.
      "- id: a\n  type: person\n  label: {en\n}\n  names: [x]\n",
  };
  for (const std::string& text : declined) {
    EXPECT_FALSE(ReadEntitiesFromEvents("declined.yaml", text).has_value()) << text;
  }
}

}  // namespace
}  // namespace akhbar
