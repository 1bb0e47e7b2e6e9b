#include "extract/morphology.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <utility>
#include <vector>

#include "tests/test_support.h"

namespace akhbar {
namespace {

using Readings = std::vector<std::pair<std::string, std::string>>;  // stem, proclitic form

Readings ReadingsOf(const Morphology& morphology, std::string_view word) {
  Readings readings;
  morphology.ForEachReading(word, [&](std::string_view stem, const Proclitic* proclitic) {
    readings.emplace_back(std::string(stem), proclitic ? proclitic->form : "");
  });
  return readings;
}

// The readings as the rule says them: the word, then every proclitic, in
// rule order, that the word starts with and that leaves enough of it.
Readings ExpectedReadings(const Morphology& morphology, std::string_view word) {
  Readings readings = {{std::string(word), ""}};
  for (const Proclitic& proclitic : morphology.proclitics()) {
    if (word.size() <= proclitic.form.size() || !word.starts_with(proclitic.form)) continue;
    const std::string_view stem = word.substr(proclitic.form.size());
    if (morphology.LongEnough(stem)) readings.emplace_back(std::string(stem), proclitic.form);
  }
  return readings;
}

// Words of every length from letters that make up the proclitics (one of
// them longer than the eight bytes read at once, one Latin), and others.
TEST(MorphologyTest, ReadingsAreThoseOfTheRules) {
  const StatusOr<YamlFile> file = ParseYamlFile("test.yaml", R"(
article: ال
min_stem_letters: 2
proclitics:
  - {form: و}
  - {form: ب}
  - {form: وب}
  - {form: ال, keep: ال}
  - {form: وال, keep: ال}
  - {form: وبال, keep: ال}
  - {form: وبالل}
  - {form: x}
)");
  ASSERT_TRUE(file.ok()) << file.status().message();
  const StatusOr<Morphology> morphology =
      Morphology::FromYaml(*file, testing::RepoRules().tokenizer());
  ASSERT_TRUE(morphology.ok()) << morphology.status().message();
  const std::vector<std::string> letters = {"و", "ب", "ا", "ل", "ك", "x", "y"};
  std::mt19937 random(7);
  for (int round = 0; round < 20000; ++round) {
    std::string word;
    const int length = std::uniform_int_distribution<int>(0, 9)(random);
    for (int i = 0; i < length; ++i) {
      word += letters[std::uniform_int_distribution<size_t>(0, letters.size() - 1)(random)];
    }
    ASSERT_EQ(ReadingsOf(*morphology, word), ExpectedReadings(*morphology, word)) << word;
  }
}

TEST(MorphologyTest, AWholeWordIsOneWord) {
  const StatusOr<YamlFile> file = ParseYamlFile("test.yaml", R"(
article: ال
proclitics:
  - {form: ب}
whole_words: [بحث, بحث جديد]
)");
  ASSERT_TRUE(file.ok()) << file.status().message();
  const StatusOr<Morphology> morphology =
      Morphology::FromYaml(*file, testing::RepoRules().tokenizer());
  ASSERT_FALSE(morphology.ok());
  EXPECT_NE(morphology.status().message().find("test.yaml:5:"), std::string::npos)
      << morphology.status().message();
  EXPECT_NE(morphology.status().message().find("expected exactly one word"), std::string::npos);
}

TEST(MorphologyTest, NotAdjectiveAfterIsNormalizedAndOneWordEach) {
  const auto load = [](const std::string& text) {
    const StatusOr<YamlFile> file = ParseYamlFile("test.yaml", text);
    EXPECT_TRUE(file.ok()) << file.status().message();
    return Morphology::FromYaml(*file, testing::RepoRules().tokenizer());
  };
  const StatusOr<Morphology> morphology =
      load("article: ال\nnot_adjective_after: [دولارٌ, ليرة]\n");
  ASSERT_TRUE(morphology.ok()) << morphology.status().message();
  EXPECT_EQ(morphology->not_adjective_after(), (std::vector<std::string>{"دولار", "ليره"}));
  const StatusOr<Morphology> two_words =
      load("article: ال\nnot_adjective_after: [دولار, جنيه استرليني]\n");
  ASSERT_FALSE(two_words.ok());
  EXPECT_NE(two_words.status().message().find("test.yaml:2:"), std::string::npos)
      << two_words.status().message();
}

TEST(MorphologyTest, PatronymicsAndKunyasAreNormalizedAndOneWordEach) {
  const auto load = [](const std::string& text) {
    const StatusOr<YamlFile> file = ParseYamlFile("test.yaml", text);
    EXPECT_TRUE(file.ok()) << file.status().message();
    return Morphology::FromYaml(*file, testing::RepoRules().tokenizer());
  };
  const StatusOr<Morphology> morphology =
      load("article: ال\npatronymics: [بنُ]\nkunyas: [أبو, أبي]\n");
  ASSERT_TRUE(morphology.ok()) << morphology.status().message();
  EXPECT_EQ(morphology->patronymics(), std::vector<std::string>{"بن"});
  EXPECT_EQ(morphology->kunyas(), (std::vector<std::string>{"ابو", "ابي"}));
  for (const char* two_words : {"article: ال\npatronymics: [بن, ابن عم]\n",
                                "article: ال\nkunyas: [أبو, أبو بكر]\n"}) {
    const StatusOr<Morphology> failed = load(two_words);
    ASSERT_FALSE(failed.ok()) << two_words;
    EXPECT_NE(failed.status().message().find("test.yaml:2:"), std::string::npos)
        << failed.status().message();
  }
}

}  // namespace
}  // namespace akhbar
