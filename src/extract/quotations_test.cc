#include "extract/quotations.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace akhbar {
namespace {

// The byte offset of `part` in `text` (its first occurrence).
uint32_t At(std::string_view text, std::string_view part) {
  const size_t pos = text.find(part);
  EXPECT_NE(pos, std::string_view::npos) << part;
  return static_cast<uint32_t>(pos);
}

TEST(QuotationsTest, AQuotedDateIsApartFromTheSayingOutsideTheQuotation) {
  const std::string text =
      "وأوضحت الجمارك في بيان، أن «العناصر تنبهوا الخميس الماضي إلى محاولة تهريب».";
  EXPECT_TRUE(QuotedApart(text, At(text, "الخميس"), At(text, "بيان")));
  EXPECT_FALSE(QuotedApart(text, At(text, "الخميس"), At(text, "تهريب")));
  EXPECT_FALSE(QuotedApart(text, At(text, "بيان"), At(text, "الخميس")));
}

TEST(QuotationsTest, DoubleQuotesAlternateWhicheverWayRoundTheyAreWritten) {
  for (const std::string mark_pair : {"“”", "”“", "””", "\"\""}) {
    const std::string open = mark_pair.substr(0, mark_pair.size() / 2);
    const std::string close = mark_pair.substr(mark_pair.size() / 2);
    const std::string text = "وقال الوزير " + open + "وصلنا أمس" + close + " في مؤتمر صحافي اليوم";
    EXPECT_TRUE(QuotedApart(text, At(text, "أمس"), At(text, "مؤتمر"))) << mark_pair;
    EXPECT_FALSE(QuotedApart(text, At(text, "اليوم"), At(text, "مؤتمر"))) << mark_pair;
  }
}

TEST(QuotationsTest, GuillemetsNestAndAQuotationLeftOpenRunsToTheEnd) {
  const std::string nested = "قال «أعلن المجلس ‹خطة 2015› في بيان» أمس";
  EXPECT_TRUE(QuotedApart(nested, At(nested, "2015"), At(nested, "بيان")));
  EXPECT_FALSE(QuotedApart(nested, At(nested, "بيان"), At(nested, "أعلن")));
  EXPECT_TRUE(QuotedApart(nested, At(nested, "بيان"), At(nested, "أمس")));

  const std::string open = "وقال في بيان «إن الاجتماع عقد الجمعة";
  EXPECT_TRUE(QuotedApart(open, At(open, "الجمعة"), At(open, "بيان")));
  const std::string stray = "عقد الاجتماع» الجمعة في بيان";
  EXPECT_FALSE(QuotedApart(stray, At(stray, "الجمعة"), At(stray, "بيان")));
}

TEST(QuotationsTest, QuotationsAreListedInTheOrderTheyCloseAndSayWhetherTheyDo) {
  const std::string text = "قال «أعلن ‹خطة› أمس» ثم «وصل";
  const std::vector<Quotation> quotations = QuotationsOf(text);
  ASSERT_EQ(quotations.size(), 3u);
  EXPECT_EQ(quotations[0].open, At(text, "‹"));
  EXPECT_EQ(quotations[0].close, At(text, "›"));
  EXPECT_EQ(quotations[1].open, At(text, "«أعلن"));
  EXPECT_TRUE(quotations[1].closed);
  EXPECT_EQ(quotations[2].open, At(text, "«وصل"));
  EXPECT_EQ(quotations[2].close, text.size());
  EXPECT_FALSE(quotations[2].closed);
}

}  // namespace
}  // namespace akhbar
