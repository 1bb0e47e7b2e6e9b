#include "extract/pluperfect.h"

#include <gtest/gtest.h>

#include <string>

#include "tests/test_support.h"

namespace akhbar {
namespace {

// The triggers of `text` in the pluperfect, joined by " | ".
std::string Pluperfect(const std::string& text) {
  std::string out;
  for (const EventMention& event : testing::ExtractText(text).events) {
    if (!event.pluperfect) continue;
    if (!out.empty()) out += " | ";
    out += event.trigger;
  }
  return out;
}

TEST(PluperfectTest, ATriggerAfterAnAuxiliaryAndItsParticleHadHappened) {
  EXPECT_EQ(Pluperfect("وكانت الشرطة قد اعتقلت أبليازوف."), "اعتقلت");
  // A comma may stand between the subject and the particle.
  EXPECT_EQ(Pluperfect("وكانت وزارة الخزانة الأمريكية، قد فرضت عقوبات على روسيا."),
            "فرضت عقوبات");
  // The trigger may be the verb's object.
  EXPECT_EQ(Pluperfect("وكانت السلطات قد أعلنت حالة الطوارئ في ألماتي."), "حالة الطوارئ");
}

TEST(PluperfectTest, TheParticleAloneOrFarFromItsAuxiliaryIsNone) {
  EXPECT_EQ(Pluperfect("وقد اعتقلت الشرطة أبليازوف."), "");
  // وقد and فقد open clauses of their own.
  EXPECT_EQ(Pluperfect("ولما كان الوضع هادئا فقد اعتقلت الشرطة خمسة."), "");
  // Seven words between the auxiliary and the particle: max_words is six.
  EXPECT_EQ(Pluperfect("كان رئيس الوزراء في ذلك الوقت الذي تحدثنا عنه قد اعتقل."), "");
  // لكن is no ل + كن.
  EXPECT_EQ(Pluperfect("لكن القوة قد تسحق الاحتجاجات."), "");
}

}  // namespace
}  // namespace akhbar
