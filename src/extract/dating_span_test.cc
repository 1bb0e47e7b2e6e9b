#include "extract/dating_span.h"

#include <gtest/gtest.h>

#include <string>

#include "tests/test_support.h"

namespace akhbar {
namespace {

// Each trigger of `text` with the bytes whose dates may date it, in
// brackets, or * where that is its whole sentence.
std::string DatingSpans(const std::string& text) {
  std::string out;
  for (const EventMention& event : testing::ExtractText(text).events) {
    if (!out.empty()) out += " | ";
    out += event.trigger + " ";
    out += event.dating_end == 0
               ? "*"
               : "[" + text.substr(event.dating_start, event.dating_end - event.dating_start) +
                     "]";
  }
  return out;
}

TEST(DatingSpanTest, AClauseASubordinatorOpensAfterTheTriggerDatesSomethingElse) {
  EXPECT_EQ(DatingSpans("ذكرت الوزارة في بيان أمس أنه في 12 يوليو وقع انفجار."),
            "بيان [ذكرت الوزارة في بيان أمس]");
  // Proclitics come by themselves, and hamza does not matter.
  EXPECT_EQ(DatingSpans("أصدر الرئيس بيانا لأنه يخشى اضطرابات الأحد."),
            "بيانا [أصدر الرئيس بيانا] | اضطرابات *");
  EXPECT_EQ(DatingSpans("وتابع البيان ان ضربات التحالف نفذت هذا الأسبوع."),
            "البيان [وتابع البيان]");
}

TEST(DatingSpanTest, WhatAnAppealAsksForComesAfterItsObjectLink) {
  EXPECT_EQ(DatingSpans("دعا الرئيس إلى الهدوء لأنه يخشى اضطرابات الأحد."),
            "دعا [دعا الرئيس] | اضطرابات *");
  // Unless a name or a title after the link says to whom the call goes.
  EXPECT_EQ(DatingSpans("ووجه الرئيس دعوة إلى المبعوث الأممي لزيارة البلاد الأحد."), "دعوة *");
}

TEST(DatingSpanTest, AClauseOfTimeStaysNearTheTriggersTime) {
  EXPECT_EQ(DatingSpans("وقد أوقف في فرنسا قبل أن تمنع المحكمة في 2016 تسليمه."), "أوقف في *");
  EXPECT_EQ(DatingSpans("اعتقل عندما عاد إلى البلاد في 2011."), "اعتقل *");
}

// Each trigger of `text` with the bytes from where the next clause opens
// after it to its sentence's end, in brackets, or - where none does.
std::string NextClauses(const std::string& text) {
  std::string out;
  const Extraction extraction = testing::ExtractText(text);
  for (const EventMention& event : extraction.events) {
    if (!out.empty()) out += " | ";
    out += event.trigger + " ";
    const uint32_t end = extraction.sentences[event.sentence].end;
    out += event.next_clause_start == 0
               ? "-"
               : "[" + text.substr(event.next_clause_start, end - event.next_clause_start) + "]";
  }
  return out;
}

TEST(DatingSpanTest, AClauseOfTimePlaceOrCauseOpensWhereItsWordIs) {
  EXPECT_EQ(NextClauses("وصلت القوات إلى كازاخستان بعدما طلب توكاييف مساعدة."),
            "وصلت القوات [بعدما طلب توكاييف مساعدة.]");
  // After one of not_after, أن opens the clause with that word.
  EXPECT_EQ(NextClauses("فرضت عقوبات على روسيا بعد أن غزت أوكرانيا."),
            "فرضت عقوبات [بعد أن غزت أوكرانيا.]");
  // Proclitics come by themselves; the article does not (الحين).
  EXPECT_EQ(NextClauses("اعتقل الرجل وعندما عاد في 2011."), "اعتقل [وعندما عاد في 2011.]");
  EXPECT_EQ(NextClauses("اعتقل الرجل في الحين."), "اعتقل -");
  // A subordinate clause before it ends the names and the dates alike.
  EXPECT_EQ(NextClauses("ذكرت الوزارة في بيان أنه عندما وقع الانفجار."), "بيان -");
}

TEST(DatingSpanTest, ACommaAndAConjunctionBeginAClauseUnlessANameGoesOnAList) {
  EXPECT_EQ(NextClauses("فرضت عقوبات على روسيا، ووعدت الصين بالرد."),
            "فرضت عقوبات [ووعدت الصين بالرد.]");
  EXPECT_EQ(NextClauses("فرضت عقوبات على روسيا، والصين."), "فرضت عقوبات -");
  // A pronoun opens an aside, after which the clause goes on.
  EXPECT_EQ(NextClauses("اعتقلت الشرطة، وهي قوة كبيرة، أبليازوف."), "اعتقلت -");
  // Without the mark, و joins words inside the clause.
  EXPECT_EQ(NextClauses("فرضت عقوبات على روسيا وحلفائها."), "فرضت عقوبات -");
}

TEST(DatingSpanTest, WordsThatOnlyLookLikeASubordinatorAreNone) {
  // كان is no ك + أن (arabic.yaml whole_words), الآن no ال + أن.
  EXPECT_EQ(DatingSpans("قامت الجبهة باقتحام مخيم كان المقاتلون قد لجؤوا إليه الاثنين."),
            "اقتحام *");
  EXPECT_EQ(DatingSpans("وقال في بيان إن الشرطة اعتقلت الآن خمسة أشخاص."),
            "بيان [وقال في بيان] | اعتقلت *");
}

TEST(DatingSpanTest, ATriggerAfterASourceIsDatedOnlyAfterIt) {
  EXPECT_EQ(DatingSpans("وارتفع سعر الخبز خلال السنة الماضية، وفق البيان."),
            "البيان [البيان.]");
  EXPECT_EQ(DatingSpans("أوقف الأمن 12 شخصا، بحسب بيان الوزارة الصادر أمس."),
            "أوقف الأمن 12 شخصا * | بيان [بيان الوزارة الصادر أمس.]");
}

}  // namespace
}  // namespace akhbar
