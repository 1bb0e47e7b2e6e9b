#include "extract/tokenizer.h"

#include <gtest/gtest.h>

#include "extract/document_layout.h"
#include "extract/utf8.h"
#include "tests/test_support.h"

namespace akhbar {
namespace {

TextLayout LayOut(std::string_view text) {
  const RuleSet& rules = testing::RepoRules();
  return LayOutDocument(text, rules.tokenizer(), rules.boilerplate(), rules.morphology());
}

std::vector<std::string> SentenceTexts(std::string_view text) {
  std::vector<std::string> sentences;
  for (const Sentence& sentence : LayOut(text).sentences) {
    sentences.emplace_back(text.substr(sentence.start, sentence.end - sentence.start));
  }
  return sentences;
}

TEST(TokenizerTest, TokenOffsetsPointAtOriginalBytes) {
  const std::string text = "قال توكاييفُ: CSTO و2009";
  const TextLayout layout = LayOut(text);
  ASSERT_EQ(layout.tokens.size(), 5u);
  EXPECT_EQ(text.substr(layout.tokens[1].start,
                        layout.tokens[1].end - layout.tokens[1].start),
            "توكاييفُ");
  EXPECT_EQ(layout.Normalized(layout.tokens[1]), "توكاييف");
  EXPECT_EQ(layout.tokens[2].kind, TokenKind::kLatin);
  EXPECT_EQ(layout.Normalized(layout.tokens[3]), "و");
  EXPECT_EQ(layout.tokens[4].kind, TokenKind::kDigits);
  EXPECT_FALSE(layout.tokens[2].follows_space);  // a colon lies between
  EXPECT_TRUE(layout.tokens[1].follows_space);
}

// SplitLines finds line breaks by their bytes; they must be exactly the
// characters the normalizer classifies as line breaks.
TEST(TokenizerTest, LinesBreakAtEveryLineBreakCharacterAndNoOther) {
  const Tokenizer& tokenizer = testing::RepoRules().tokenizer();
  std::string normalized;
  for (char32_t c = 1; c < 0x30000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string text = "a";
    AppendUtf8(c, &text);
    text += "b";
    const bool breaks = tokenizer.normalizer().Classify(c) == CharClass::kLineBreak;
    normalized.clear();
    ASSERT_EQ(tokenizer.SplitLines(text, &normalized).size(), breaks ? 2u : 1u)
        << std::hex << static_cast<uint32_t>(c);
  }
}

TEST(TokenizerTest, OnlyABareHyphenJoinsWords) {
  const TextLayout layout = LayOut("Nur-Sultan نورسلطان - قاد");
  ASSERT_EQ(layout.tokens.size(), 4u);
  EXPECT_TRUE(layout.tokens[1].follows_hyphen);
  EXPECT_FALSE(layout.tokens[3].follows_hyphen);
  EXPECT_FALSE(layout.tokens[3].follows_space);
}

TEST(TokenizerTest, SplitsSentencesAtArabicAndLatinTerminators) {
  EXPECT_EQ(SentenceTexts("جاء زيد. هل جاء؟ نعم! حسنا"),
            (std::vector<std::string>{"جاء زيد.", "هل جاء؟", "نعم!", "حسنا"}));
}

TEST(TokenizerTest, LineBreaksEndSentencesAndParagraphs) {
  const TextLayout layout = LayOut("سطر أول\r\nسطر ثان\n\nسطر ثالث");
  EXPECT_EQ(layout.sentences.size(), 3u);
  EXPECT_EQ(layout.paragraphs, 3u);
  EXPECT_EQ(layout.sentences[2].paragraph, 2u);
}

TEST(TokenizerTest, QuotedSentencesStayWithTheirAttribution) {
  EXPECT_EQ(SentenceTexts("وقال زيد، \"أعتقد ذلك. إنها مسألة وقت\". ويترأس حزبا."),
            (std::vector<std::string>{"وقال زيد، \"أعتقد ذلك. إنها مسألة وقت\".",
                                      "ويترأس حزبا."}));
  EXPECT_EQ(SentenceTexts("قال «انتهى الأمر.» ثم غادر."),
            (std::vector<std::string>{"قال «انتهى الأمر.»", "ثم غادر."}));
}

// A mark whose partner is left out, or comes only after a paragraph's worth
// of text, opens no quotation: its sentences end at their terminators.
TEST(TokenizerTest, AQuotationMarkWithoutAPartnerNearbyHoldsNoSentencesTogether) {
  std::string filler;
  while (filler.size() < 1600) filler += " ومضى الاجتماع.";
  const std::string unclosed = "ونص القرار \"يطلب المجلس تقريرا. وقالت موغيريني في مؤتمر صحفي.";
  EXPECT_EQ(SentenceTexts(unclosed),
            (std::vector<std::string>{"ونص القرار \"يطلب المجلس تقريرا.",
                                      "وقالت موغيريني في مؤتمر صحفي."}));
  EXPECT_EQ(SentenceTexts("قال «انتهى الأمر. ثم غادر." + filler + " «تم»").front(),
            "قال «انتهى الأمر.");
  // Nor one past more than sixteen other marks.
  std::string quoted_terms;
  for (int term = 0; term < 9; ++term) quoted_terms += "\"كلمة\" ";
  EXPECT_EQ(SentenceTexts("قال «بدأ " + quoted_terms + "وانتهى. ثم غادر»").front(),
            "قال «بدأ " + quoted_terms + "وانتهى.");
  // A partner within reach keeps them one, mistyped or not.
  EXPECT_EQ(SentenceTexts("قال «انتهى الأمر. ثم غادر«. وعاد.").front(),
            "قال «انتهى الأمر. ثم غادر«.");
}

TEST(TokenizerTest, DecimalPointIsNotASentenceEnd) {
  EXPECT_EQ(SentenceTexts("نما 2.5 بالمئة. ثم توقف"),
            (std::vector<std::string>{"نما 2.5 بالمئة.", "ثم توقف"}));
}

// A tatweel ends its word, and the sentence the word ends: a date such as
// 1436هـ must lie inside its sentence.
TEST(TokenizerTest, AWordEndingInATatweelEndsItsSentence) {
  EXPECT_EQ(SentenceTexts("التاريخ : 9 / 10 / 1436هـ\nبعون الله"),
            (std::vector<std::string>{"التاريخ : 9 / 10 / 1436هـ", "بعون الله"}));
  EXPECT_EQ(SentenceTexts("جاء زيـ. ثم"), (std::vector<std::string>{"جاء زيـ.", "ثم"}));
}

TEST(TokenizerTest, ByteOrderMarkIsSkipped) {
  const std::string text = "\xEF\xBB\xBFكازاخستان";
  const TextLayout layout = LayOut(text);
  ASSERT_EQ(layout.tokens.size(), 1u);
  EXPECT_EQ(layout.tokens[0].start, 3u);
}

TEST(TokenizerTest, IllFormedBytesAreNotWords) {
  const std::string text = "ألماتي \xFF كازاخستان";
  const TextLayout layout = LayOut(text);
  ASSERT_EQ(layout.tokens.size(), 2u);
  EXPECT_EQ(layout.Normalized(layout.tokens[1]), "كازاخستان");
}

}  // namespace
}  // namespace akhbar
