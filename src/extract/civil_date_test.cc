#include "extract/civil_date.h"

#include <gtest/gtest.h>

namespace akhbar {
namespace {

TEST(CivilDateTest, IsoFormIsZeroPadded) {
  EXPECT_EQ((CivilDate{2022, 1, 10}).ToIso(), "2022-01-10");
  EXPECT_EQ((CivilDate{999, 12, 3}).ToIso(), "0999-12-03");
  EXPECT_EQ((CivilDate{0, 1, 1}).ToIso(), "0000-01-01");
  EXPECT_EQ((CivilDate{1989, 10, 31}).ToIso(), "1989-10-31");
}

TEST(CivilDateTest, YearsOutsideFourDigitsAreWrittenWhole) {
  EXPECT_EQ((CivilDate{12345, 6, 7}).ToIso(), "12345-06-07");
  EXPECT_EQ((CivilDate{-44, 3, 15}).ToIso(), "-044-03-15");
}

TEST(CivilDateTest, IsoFormReadsBack) {
  for (const CivilDate date :
       {CivilDate{2022, 1, 10}, CivilDate{1443, 6, 7}, CivilDate{2024, 2, 29}}) {
    EXPECT_EQ(CivilDate::ParseIso(date.ToIso()), date);
  }
  EXPECT_FALSE(CivilDate::ParseIso("2023-02-29").has_value());
  EXPECT_FALSE(CivilDate::ParseIso("2022-1-10").has_value());
}

}  // namespace
}  // namespace akhbar
