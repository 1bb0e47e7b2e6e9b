#include "extract/document_reader.h"

#include <gtest/gtest.h>

#include "extract/extractor.h"
#include "tests/test_support.h"

namespace akhbar {
namespace {

TEST(DocumentReaderTest, InvalidUtf8NamesTheByteOffset) {
  StatusOr<Document> document =
      DocumentFromBytes("d", std::string("نص") + "\xC3\x28" + "نص", "d.txt", {});
  ASSERT_FALSE(document.ok());
  EXPECT_EQ(document.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(document.status().message().find("d.txt: invalid UTF-8 at byte offset 4"),
            std::string::npos)
      << document.status().message();
}

TEST(DocumentReaderTest, LenientModeWarnsAndKeepsOffsets) {
  const std::string text = std::string("بوتين ") + "\xFF" + " في موسكو";
  StatusOr<Document> document = DocumentFromBytes("d", text, "d.txt", {.lenient = true});
  ASSERT_TRUE(document.ok());
  ASSERT_EQ(document->warnings.size(), 1u);
  EXPECT_EQ(document->text, std::string("بوتين ") + " " + " في موسكو");
  const Extraction extraction = Extractor(testing::RepoRules()).Extract(*document);
  ASSERT_EQ(extraction.mentions.size(), 2u);
  EXPECT_EQ(text.substr(extraction.mentions[1].start, 10), "موسكو");
}

TEST(DocumentReaderTest, NulBytesMeanBinary) {
  StatusOr<Document> document =
      DocumentFromBytes("d", std::string("\x89PNG\0\0", 6), "image.txt", {});
  ASSERT_FALSE(document.ok());
  EXPECT_NE(document.status().message().find("image.txt: binary file"), std::string::npos);
}

TEST(DocumentReaderTest, EmptyFileGivesEmptyExtraction) {
  StatusOr<Document> document = DocumentFromBytes("empty", "", "empty.txt", {});
  ASSERT_TRUE(document.ok());
  const Extraction extraction = Extractor(testing::RepoRules()).Extract(*document);
  EXPECT_TRUE(extraction.mentions.empty());
  EXPECT_TRUE(extraction.sentences.empty());
}

TEST(DocumentReaderTest, MissingFileIsAnInputError) {
  StatusOr<Document> document = ReadDocumentFile("/nonexistent/article.txt", {});
  ASSERT_FALSE(document.ok());
  EXPECT_EQ(document.status().message(),
            "/nonexistent/article.txt: cannot open for reading: No such file or directory");
}

TEST(DocumentReaderTest, CrLfAndBomAreAccepted) {
  StatusOr<Document> document =
      DocumentFromBytes("d", "\xEF\xBB\xBFوصل بوتين.\r\nثم غادر ماكرون.\r\n", "d", {});
  ASSERT_TRUE(document.ok());
  const Extraction extraction = Extractor(testing::RepoRules()).Extract(*document);
  ASSERT_EQ(extraction.sentences.size(), 2u);
  EXPECT_EQ(extraction.sentences[0].text, "وصل بوتين.");
  EXPECT_EQ(extraction.sentences[1].text, "ثم غادر ماكرون.");
}

}  // namespace
}  // namespace akhbar
