#include "extract/extraction_json.h"

#include <gtest/gtest.h>

#include "tests/graph_samples.h"
#include "tests/test_support.h"

namespace akhbar {
namespace {

TEST(ExtractionJsonTest, EverySampleRoundTripsByteForByte) {
  ASSERT_FALSE(testing::SampleExtractions().empty());
  size_t reported = 0;  // triggers in reported speech
  size_t with_subject = 0;  // verbs with a subject after them
  size_t governed = 0;      // names after a preposition
  size_t in_places = 0;     // names after place nouns alone
  size_t targeted = 0;      // names after a target link
  size_t governed_nouns = 0;  // triggers after a verb of stance or an adjunct
  size_t after_relative = 0;  // triggers after a closed relative clause
  size_t with_aside = 0;      // triggers an aside follows
  size_t dated_apart = 0;     // triggers a subordinate clause follows
  size_t pluperfect = 0;      // triggers in the pluperfect
  size_t adverbial = 0;       // triggers an adverbial clause follows
  for (const Extraction& extraction : testing::SampleExtractions()) {
    const std::string line = ExtractionToJsonLine(extraction);
    StatusOr<Extraction> read = ExtractionFromJsonLine(line);
    ASSERT_TRUE(read.ok()) << read.status().message();
    EXPECT_EQ(ExtractionToJsonLine(*read), line) << extraction.doc;
    EXPECT_EQ(read->sentences.size(), extraction.sentences.size());
    EXPECT_EQ(read->dates.size(), extraction.dates.size());
    ASSERT_EQ(read->events.size(), extraction.events.size());
    for (size_t e = 0; e < extraction.events.size(); ++e) {
      EXPECT_EQ(read->events[e].speech.has_value(), extraction.events[e].speech.has_value());
      reported += extraction.events[e].speech.has_value();
      EXPECT_EQ(read->events[e].verb, extraction.events[e].verb);
      EXPECT_EQ(read->events[e].subject_start, extraction.events[e].subject_start);
      EXPECT_EQ(read->events[e].subject_end, extraction.events[e].subject_end);
      with_subject += extraction.events[e].subject_end != 0;
      EXPECT_EQ(read->events[e].governor_end, extraction.events[e].governor_end);
      governed_nouns += extraction.events[e].governor_end != 0;
      EXPECT_EQ(read->events[e].relative_start, extraction.events[e].relative_start);
      EXPECT_EQ(read->events[e].relative_end, extraction.events[e].relative_end);
      after_relative += extraction.events[e].relative_end != 0;
      EXPECT_EQ(read->events[e].aside_start, extraction.events[e].aside_start);
      EXPECT_EQ(read->events[e].aside_end, extraction.events[e].aside_end);
      with_aside += extraction.events[e].aside_end != 0;
      EXPECT_EQ(read->events[e].dating_start, extraction.events[e].dating_start);
      EXPECT_EQ(read->events[e].dating_end, extraction.events[e].dating_end);
      dated_apart += extraction.events[e].dating_end != 0;
      EXPECT_EQ(read->events[e].pluperfect, extraction.events[e].pluperfect);
      pluperfect += extraction.events[e].pluperfect;
      EXPECT_EQ(read->events[e].next_clause_start, extraction.events[e].next_clause_start);
      adverbial += extraction.events[e].next_clause_start != 0;
    }
    ASSERT_EQ(read->mentions.size(), extraction.mentions.size());
    for (size_t m = 0; m < extraction.mentions.size(); ++m) {
      EXPECT_EQ(read->mentions[m].after_preposition, extraction.mentions[m].after_preposition);
      EXPECT_EQ(read->mentions[m].after_place_noun, extraction.mentions[m].after_place_noun);
      in_places += extraction.mentions[m].after_place_noun;
      EXPECT_EQ(read->mentions[m].after_target_link, extraction.mentions[m].after_target_link);
      targeted += extraction.mentions[m].after_target_link;
      governed += extraction.mentions[m].after_preposition;
    }
  }
  EXPECT_GT(reported, 0u);  // the samples quote Ablyazov, Hoffmann, Wang Wenbin ...
  EXPECT_GT(with_subject, 0u);  // دعا مختار أبلياسوف ...
  EXPECT_GT(governed, 0u);      // فروا إلى أبو ظبي ...
  EXPECT_GT(in_places, 0u);     // مدينتي جاناوزين وأكتاو
  EXPECT_GT(targeted, 0u);      // ضد كازاخستان
  EXPECT_GT(governed_nouns, 0u);  // وتشهد كازاخستان … احتجاجات
  EXPECT_GT(after_relative, 0u);  // التي … وخلفه قاسم جومارت توكاييف، احتجاجات
  EXPECT_GT(with_aside, 0u);      // استقال نارس سلطان نزارباييف ، الذي بدأ
  EXPECT_GT(dated_apart, 0u);     // وأوضح في مقابلة … أن
  EXPECT_GT(pluperfect, 0u);      // وكانت قد سبقت الاضطرابات
  EXPECT_GT(adverbial, 0u);       // إلى كازاخستان بعدما طلب توكاييف
}

TEST(ExtractionJsonTest, AgentsAndSourcesRoundTrip) {
  const Extraction extraction =
      testing::ExtractText("ورفعت العقوبات المفروضة من قبل أوروبا، بحسب روسيا.");
  ASSERT_EQ(extraction.mentions.size(), 2u);
  const std::string line = ExtractionToJsonLine(extraction);
  StatusOr<Extraction> read = ExtractionFromJsonLine(line);
  ASSERT_TRUE(read.ok()) << read.status().message();
  ASSERT_EQ(read->mentions.size(), 2u);
  EXPECT_TRUE(read->mentions[0].agent);
  EXPECT_FALSE(read->mentions[0].source);
  EXPECT_TRUE(read->mentions[1].source);
  EXPECT_FALSE(read->mentions[1].agent);
  EXPECT_EQ(ExtractionToJsonLine(*read), line);
}

TEST(ExtractionJsonTest, OwnersRoundTrip) {
  const Extraction extraction = testing::ExtractText("وتسببت العقوبات الأمريكية في أزمة.");
  ASSERT_EQ(extraction.mentions.size(), 1u);
  ASSERT_TRUE(extraction.mentions[0].owner);
  const std::string line = ExtractionToJsonLine(extraction);
  StatusOr<Extraction> read = ExtractionFromJsonLine(line);
  ASSERT_TRUE(read.ok()) << read.status().message();
  ASSERT_EQ(read->mentions.size(), 1u);
  EXPECT_TRUE(read->mentions[0].owner);
  EXPECT_EQ(ExtractionToJsonLine(*read), line);
}

TEST(ExtractionJsonTest, TheDayTheTextWasWrittenRoundTripsWhereItIsKnown) {
  Extraction extraction = testing::SampleExtractions().front();
  EXPECT_EQ(ExtractionToJsonLine(extraction).find("\"written\""), std::string::npos);
  extraction.written = CivilDate{2022, 1, 5};
  const std::string line = ExtractionToJsonLine(extraction);
  EXPECT_NE(line.find(",\"written\":\"2022-01-05\"}"), std::string::npos);
  StatusOr<Extraction> read = ExtractionFromJsonLine(line);
  ASSERT_TRUE(read.ok()) << read.status().message();
  EXPECT_EQ(read->written, extraction.written);
  EXPECT_EQ(ExtractionToJsonLine(*read), line);
}

// The line is what nlohmann::json would write for the same record, so any
// JSON reader, and a re-dump, sees the same bytes.
std::string Canonical(const std::string& line) {
  return nlohmann::json::parse(line).dump(-1, ' ', false,
                                          nlohmann::json::error_handler_t::replace);
}

TEST(ExtractionJsonTest, LinesAreCanonicalJson) {
  for (const Extraction& extraction : testing::SampleExtractions()) {
    const std::string line = ExtractionToJsonLine(extraction);
    EXPECT_EQ(line, Canonical(line)) << extraction.doc;
  }
}

TEST(ExtractionJsonTest, QuotesControlCharactersAndIllFormedBytesAreEscaped) {
  Extraction extraction;
  extraction.doc = "a \"quoted\" \\ path\twith\x01 controls \x7f";
  SentenceRecord sentence;
  sentence.text = "line\nbreak \xff\xfe bad bytes \xd8";
  extraction.sentences.push_back(sentence);
  extraction.warnings = {"\b\f\r"};
  const std::string line = ExtractionToJsonLine(extraction);
  EXPECT_EQ(line, Canonical(line));
  EXPECT_NE(line.find("\"doc\":\"a \\\"quoted\\\" \\\\ path\\twith\\u0001 controls \x7f\""),
            std::string::npos)
      << line;
  EXPECT_NE(line.find("line\\nbreak \xEF\xBF\xBD\xEF\xBF\xBD bad bytes \xEF\xBF\xBD"),
            std::string::npos)
      << line;
  EXPECT_NE(line.find(R"("warnings":["\b\f\r"])"), std::string::npos) << line;
}

// The line is checked as UTF-8 once, not string by string: ill-formed
// bytes cut short by the quote or the escape after them must still fail
// that check and be mended.
TEST(ExtractionJsonTest, IllFormedBytesBesideQuotesAndEscapesAreMended) {
  Extraction extraction;
  extraction.doc = "doc";
  Mention mention;
  mention.entity = "tokayev";
  mention.text = "\xd8";
  extraction.mentions.push_back(mention);
  EventMention event;
  event.type = "protest";
  event.trigger = "\xd8\n";
  extraction.events.push_back(event);
  extraction.warnings = {"\xe2\x80", "\x80ok"};
  const std::string line = ExtractionToJsonLine(extraction);
  EXPECT_EQ(line, Canonical(line));
  constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  EXPECT_NE(line.find("\"text\":\"" + std::string(kReplacement) + "\""), std::string::npos)
      << line;
  EXPECT_NE(line.find("\"trigger\":\"" + std::string(kReplacement) + "\\n\""), std::string::npos)
      << line;
  EXPECT_NE(line.find("\"warnings\":[\"" + std::string(kReplacement) + "\",\"" +
                     std::string(kReplacement) + "ok\"]"),
            std::string::npos)
      << line;
}

TEST(ExtractionJsonTest, ReadBackItGivesTheSamePartialGraph) {
  const Extraction& original = testing::SampleExtractions().front();
  StatusOr<Extraction> read = ExtractionFromJsonLine(ExtractionToJsonLine(original));
  ASSERT_TRUE(read.ok());
  PartialGraph from_original;
  PartialGraph from_json;
  ASSERT_TRUE(from_original.Add(original, testing::RepoFingerprinter()).ok());
  ASSERT_TRUE(from_json.Add(*read, testing::RepoFingerprinter()).ok());
  const DocumentFacts& from_line = from_json.documents().at(original.doc);
  const DocumentFacts& from_record = from_original.documents().at(original.doc);
  ASSERT_EQ(from_line.kept.size(), from_record.kept.size());
  EXPECT_EQ(from_line.fingerprints, from_record.fingerprints);
  for (size_t s = 0; s < from_record.kept.size(); ++s) {
    EXPECT_EQ(from_line.kept[s].index, from_record.kept[s].index);
    EXPECT_EQ(from_line.MentionsOf(from_line.kept[s]).size(),
              from_record.MentionsOf(from_record.kept[s]).size());
    EXPECT_EQ(from_line.DatesOf(from_line.kept[s]).size(),
              from_record.DatesOf(from_record.kept[s]).size());
  }
}

TEST(ExtractionJsonTest, MissingOrIllTypedFieldsAreNamed) {
  const auto message = [](std::string_view line) {
    StatusOr<Extraction> read = ExtractionFromJsonLine(line);
    EXPECT_FALSE(read.ok()) << line;
    return read.ok() ? std::string() : read.status().message();
  };
  EXPECT_NE(message("not json").find("not an extraction record"), std::string::npos);
  EXPECT_NE(message(R"({"date": null})").find("'doc'"), std::string::npos);
  EXPECT_NE(message(R"({"doc": 7})").find("field 'doc' has type number"), std::string::npos);
  std::string line = ExtractionToJsonLine(testing::SampleExtractions().front());
  line.replace(line.find("\"date\":\"2022-"), 13, "\"date\":\"20x2-");
  EXPECT_NE(message(line).find("'date' is not YYYY-MM-DD"), std::string::npos);
}

}  // namespace
}  // namespace akhbar
