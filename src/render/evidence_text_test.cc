#include "render/evidence_text.h"

#include <gtest/gtest.h>

namespace akhbar {
namespace {

EventVertex Dated(const std::string& value, Granularity granularity, const CivilDate& earliest,
                  const CivilDate& latest) {
  EventVertex event;
  event.date_value = value;
  event.granularity = granularity;
  event.earliest = earliest;
  event.latest = latest;
  return event;
}

TEST(EvidenceTextTest, AWeekIsReadByTheDayItStarts) {
  EXPECT_EQ(EventDateText(Dated("2022-01-02/P1W", Granularity::kWeek, {2022, 1, 2}, {2022, 1, 8})),
            "week of 2022-01-02");
  EXPECT_EQ(EventDateText(Dated("2022-W01", Granularity::kWeek, {2022, 1, 3}, {2022, 1, 9})),
            "week of 2022-01-03");
  EXPECT_EQ(EventDateText(Dated("2022-01-05", Granularity::kDay, {2022, 1, 5}, {2022, 1, 5})),
            "2022-01-05");
  EXPECT_EQ(EventDateText(EventVertex()), "undated");
}

}  // namespace
}  // namespace akhbar
