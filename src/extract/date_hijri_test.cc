#include "extract/date_hijri.h"

#include <gtest/gtest.h>
#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <cmath>
#include <memory>

namespace akhbar {
namespace {

constexpr double kMillisecondsPerDay = 86400000.0;

// ICU asked directly, as the calendar did before it kept years.
class IcuHijri {
 public:
  IcuHijri() {
    UErrorCode status = U_ZERO_ERROR;
    calendar_.reset(icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(),
                                                  icu::Locale("@calendar=islamic-umalqura"),
                                                  status));
    calendar_->setLenient(false);
  }

  std::optional<CivilDate> ToGregorian(int year, unsigned month, unsigned day) {
    calendar_->clear();
    calendar_->set(year, static_cast<int32_t>(month) - 1, static_cast<int32_t>(day));
    UErrorCode status = U_ZERO_ERROR;
    const UDate time = calendar_->getTime(status);
    if (U_FAILURE(status)) return std::nullopt;
    const auto days = static_cast<int>(std::floor(time / kMillisecondsPerDay));
    return CivilDate::FromDays(std::chrono::sys_days(std::chrono::days(days)));
  }

  int YearOf(const CivilDate& date) {
    calendar_->clear();
    UErrorCode status = U_ZERO_ERROR;
    calendar_->setTime(date.ToDays().time_since_epoch().count() * kMillisecondsPerDay, status);
    return calendar_->get(UCAL_YEAR, status);
  }

 private:
  std::unique_ptr<icu::Calendar> calendar_;
};

HijriCalendar UmmAlQura() {
  StatusOr<HijriCalendar> calendar = HijriCalendar::Create("islamic-umalqura");
  EXPECT_TRUE(calendar.ok());
  return *calendar;
}

// The years kept answer as ICU does, across the Umm al-Qura table's span
// (1300-1600 AH) and past both of its ends, where ICU computes instead.
TEST(HijriCalendarTest, KeptYearsAgreeWithIcuDayByDay) {
  const HijriCalendar hijri = UmmAlQura();
  IcuHijri icu;
  for (int year = 1280; year <= 1620; ++year) {
    for (unsigned month = 1; month <= 12; ++month) {
      std::optional<unsigned> length;
      for (unsigned day = 28; day <= 31; ++day) {
        const std::optional<CivilDate> expected = icu.ToGregorian(year, month, day);
        ASSERT_EQ(hijri.ToGregorian(year, month, day), expected)
            << year << "-" << month << "-" << day;
        if (expected) length = day;
      }
      EXPECT_EQ(hijri.MonthLength(year, month), length) << year << "-" << month;
      EXPECT_EQ(hijri.ToGregorian(year, month, 1), icu.ToGregorian(year, month, 1));
    }
  }
}

TEST(HijriCalendarTest, YearOfAgreesWithIcu) {
  const HijriCalendar hijri = UmmAlQura();
  IcuHijri icu;
  for (CivilDate date{1860, 1, 1}; date < CivilDate{2200, 1, 1}; date = date.PlusDays(5)) {
    ASSERT_EQ(hijri.YearOf(date), icu.YearOf(date)) << date.ToIso();
  }
}

TEST(HijriCalendarTest, DaysAMonthDoesNotHaveAreNoDate) {
  const HijriCalendar hijri = UmmAlQura();
  EXPECT_EQ(hijri.ToGregorian(1443, 6, 7), (CivilDate{2022, 1, 10}));
  EXPECT_FALSE(hijri.ToGregorian(1443, 13, 1));
  EXPECT_FALSE(hijri.ToGregorian(1443, 1, 0));
  EXPECT_FALSE(hijri.ToGregorian(1443, 1, 31));
  EXPECT_FALSE(hijri.MonthLength(1443, 0));
}

}  // namespace
}  // namespace akhbar
