#include "extract/arabic_normalizer.h"

#include <gtest/gtest.h>

#include "tests/test_support.h"

namespace akhbar {
namespace {

std::string Words(std::string_view text) {
  std::string joined;
  for (const std::string& word :
       testing::RepoRules().tokenizer().NormalizedWords(text)) {
    if (!joined.empty()) joined += ' ';
    joined += word;
  }
  return joined;
}

TEST(ArabicNormalizerTest, FoldsAlefForms) {
  EXPECT_EQ(Words("أ"), "ا");
  EXPECT_EQ(Words("إ"), "ا");
  EXPECT_EQ(Words("آ"), "ا");
  EXPECT_EQ(Words("ٱ"), "ا");
  EXPECT_EQ(Words("أبليازوف"), Words("ابليازوف"));
}

TEST(ArabicNormalizerTest, FoldsYehAndTehMarbuta) {
  EXPECT_EQ(Words("مستشفى"), "مستشفي");
  EXPECT_EQ(Words("روسية"), "روسيه");
  EXPECT_EQ(Words("ی"), "ي");  // Persian yeh
  EXPECT_EQ(Words("ک"), "ك");  // Persian keheh
}

TEST(ArabicNormalizerTest, StripsHarakatTanwinShaddaTatweel) {
  EXPECT_EQ(Words("مُحَمَّدٌ"), "محمد");
  EXPECT_EQ(Words("عسكرياً"), "عسكريا");
  EXPECT_EQ(Words("كـــازاخستان"), "كازاخستان");
  EXPECT_EQ(Words("رحمٰن"), "رحمن");  // superscript alef
}

TEST(ArabicNormalizerTest, StripsDirectionalAndJoinerMarks) {
  EXPECT_EQ(Words("توكا\u200Fييف"), "توكاييف");
  EXPECT_EQ(Words("توكا\u200Cييف"), "توكاييف");
  EXPECT_EQ(Words("\u2067توكاييف\u2069"), "توكاييف");
}

TEST(ArabicNormalizerTest, NfkcFoldsPresentationForms) {
  EXPECT_EQ(Words("\uFEFB"), "لا");               // lam-alef ligature
  EXPECT_EQ(Words("\uFE91\uFEEE\uFE97\uFEF4\uFEE6"), "بوتين");
}

TEST(ArabicNormalizerTest, FoldsArabicIndicAndPersianDigits) {
  EXPECT_EQ(Words("١٠ يناير ٢٠٢٢"), "10 يناير 2022");
  EXPECT_EQ(Words("۱۴۰۰"), "1400");
}

TEST(ArabicNormalizerTest, LowercasesLatin) {
  EXPECT_EQ(Words("CSTO"), "csto");
}

TEST(ArabicNormalizerTest, ClassifiesCharacters) {
  const ArabicNormalizer& normalizer = testing::RepoRules().normalizer();
  EXPECT_EQ(normalizer.Classify(U'ب'), CharClass::kArabicLetter);
  EXPECT_EQ(normalizer.Classify(U'C'), CharClass::kLatinLetter);
  EXPECT_EQ(normalizer.Classify(U'٣'), CharClass::kDigit);
  EXPECT_EQ(normalizer.Classify(U'؟'), CharClass::kTerminator);
  EXPECT_EQ(normalizer.Classify(U'\u0640'), CharClass::kJoiner);
  EXPECT_EQ(normalizer.Classify(U'\u064E'), CharClass::kJoiner);
  EXPECT_EQ(normalizer.Classify(U'\u200F'), CharClass::kFormat);
  EXPECT_EQ(normalizer.Classify(U'\n'), CharClass::kLineBreak);
  EXPECT_EQ(normalizer.Classify(U'«'), CharClass::kQuoteOpen);
}

}  // namespace
}  // namespace akhbar
