// The hand-made gold standard (tests/gold/mentions.tsv, written by reading
// the samples) against the extractor: precision and recall over mentions,
// and the exact entity sets the product promises for the five samples.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "extract/extractor.h"
#include "extract/utf8.h"
#include "tests/test_support.h"

namespace akhbar {
namespace {

struct GoldMention {
  std::string entity;
  std::string surface;
  size_t start = 0;
  size_t end = 0;
};

bool IsWordAt(const std::string& text, size_t pos) {
  char32_t code_point;
  const int length = DecodeUtf8(text, pos, &code_point);
  return length > 0 && IsWordClass(testing::RepoRules().normalizer().Classify(code_point));
}

bool StartsWord(const std::string& text, size_t pos) {
  if (pos == 0) return true;
  size_t previous = pos - 1;
  while (previous > 0 && (static_cast<unsigned char>(text[previous]) & 0xC0) == 0x80) {
    --previous;
  }
  return !IsWordAt(text, previous);
}

bool EndsWord(const std::string& text, size_t pos) {
  return pos >= text.size() || !IsWordAt(text, pos);
}

// Gold lines per document, located in reading order at word boundaries.
std::map<std::string, std::vector<GoldMention>> LoadGold() {
  std::ifstream in(testing::SourceDir() / "tests/gold/mentions.tsv");
  std::string line;
  std::getline(in, line);  // header
  std::map<std::string, std::vector<GoldMention>> gold;
  std::map<std::string, size_t> cursor;
  std::map<std::string, std::string> texts;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string doc, entity, surface, kind;
    std::getline(fields, doc, '\t');
    std::getline(fields, entity, '\t');
    std::getline(fields, surface, '\t');
    if (!texts.count(doc)) {
      texts[doc] = testing::ReadFileOrDie(testing::SamplesDir() / (doc + ".txt"));
    }
    const std::string& text = texts[doc];
    size_t at = cursor[doc];
    while ((at = text.find(surface, at)) != std::string::npos &&
           !(StartsWord(text, at) && EndsWord(text, at + surface.size()))) {
      ++at;
    }
    EXPECT_NE(at, std::string::npos) << doc << ": gold surface not found: " << surface;
    if (at == std::string::npos) continue;
    gold[doc].push_back(GoldMention{entity, surface, at, at + surface.size()});
    cursor[doc] = at + surface.size();
  }
  return gold;
}

std::map<std::string, Extraction> ExtractSamples() {
  std::map<std::string, Extraction> extractions;
  const Extractor extractor(testing::RepoRules());
  for (const auto& entry : std::filesystem::directory_iterator(testing::SamplesDir())) {
    if (entry.path().extension() != ".txt") continue;
    Document document;
    document.id = entry.path().stem().string();
    document.text = testing::ReadFileOrDie(entry.path());
    extractions[document.id] = extractor.Extract(document);
  }
  return extractions;
}

TEST(GoldMentionsTest, PrecisionAndRecallAtLeast97Percent) {
  const auto gold = LoadGold();
  const auto extractions = ExtractSamples();
  ASSERT_EQ(extractions.size(), 5u);
  size_t gold_total = 0, predicted_total = 0, matched = 0;
  std::ostringstream misses;
  for (const auto& [doc, extraction] : extractions) {
    const auto gold_it = gold.find(doc);
    ASSERT_NE(gold_it, gold.end()) << doc;
    const auto& expected = gold_it->second;
    std::vector<bool> used(expected.size(), false);
    for (const Mention& mention : extraction.mentions) {
      EXPECT_EQ(extraction.mentions.empty() ? "" : mention.text,
                testing::ReadFileOrDie(testing::SamplesDir() / (doc + ".txt"))
                    .substr(mention.start, mention.end - mention.start));
      bool found = false;
      for (size_t g = 0; g < expected.size() && !found; ++g) {
        if (!used[g] && expected[g].entity == mention.entity &&
            mention.start < expected[g].end && expected[g].start < mention.end) {
          used[g] = found = true;
        }
      }
      if (found) {
        ++matched;
      } else {
        misses << "  extra " << doc << " " << mention.entity << " " << mention.text << "\n";
      }
    }
    for (size_t g = 0; g < expected.size(); ++g) {
      if (!used[g]) {
        misses << "  missed " << doc << " " << expected[g].entity << " "
               << expected[g].surface << "\n";
      }
    }
    gold_total += expected.size();
    predicted_total += extraction.mentions.size();
  }
  const double precision = static_cast<double>(matched) / predicted_total;
  const double recall = static_cast<double>(matched) / gold_total;
  std::cout << "gold " << gold_total << ", predicted " << predicted_total
            << ", matched " << matched << ", precision " << precision << ", recall "
            << recall << "\n"
            << misses.str();
  EXPECT_GE(gold_total, 400u);
  EXPECT_GE(precision, 0.97);
  EXPECT_GE(recall, 0.97);
}

TEST(GoldMentionsTest, KeyActorsPerDocumentAreExactlyRight) {
  const std::set<std::string> key = {"tokayev", "nazarbayev", "ablyazov", "csto", "almaty"};
  const std::map<std::string, std::set<std::string>> expected = {
      {"000_3753c173918469ae", key},
      {"001_91dd7b59b1f721e3", key},
      {"002_c81270ce0b9162ad", key},
      {"003_a7abf8a6fc12b7f9", {"tokayev", "nazarbayev", "csto", "almaty"}},
      {"004_4b41cdd2c373f765", {"tokayev", "ablyazov", "csto", "almaty"}},
  };
  for (const auto& [doc, extraction] : ExtractSamples()) {
    std::set<std::string> found;
    for (const Mention& mention : extraction.mentions) {
      if (key.count(mention.entity)) found.insert(mention.entity);
    }
    EXPECT_EQ(found, expected.at(doc)) << doc;
  }
}

TEST(GoldMentionsTest, DatelineOf004IsTheCityNotThePresident) {
  const Extraction extraction = ExtractSamples().at("004_4b41cdd2c373f765");
  bool city_seen = false;
  for (const Mention& mention : extraction.mentions) {
    EXPECT_NE(mention.entity, "nazarbayev");
    if (mention.text == "نورسلطان") {
      EXPECT_EQ(mention.entity, "nur_sultan_city");
      city_seen = true;
    }
  }
  EXPECT_TRUE(city_seen);
}

}  // namespace
}  // namespace akhbar
