#include "render/timeline_rows.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace akhbar {
namespace {

PlacedMark Mark(size_t lane, double x0, double label_width) {
  PlacedMark mark;
  mark.lane = lane;
  mark.x0 = x0;
  mark.x1 = x0 + 12;
  mark.label_x = mark.x1 + 5;
  mark.label_width = label_width;
  return mark;
}

TEST(TimelineRowsTest, LabelsNeverOverlapInARow) {
  // Two marks 40 px apart with 50 px labels cannot share a row; a third far
  // to the right can join the first row again.
  std::vector<PlacedMark> placed = {Mark(0, 100, 50), Mark(0, 140, 50), Mark(0, 300, 50)};
  const std::vector<size_t> rows = AssignRows(&placed, 1, 8);
  EXPECT_EQ(rows, std::vector<size_t>{2});
  EXPECT_EQ(placed[0].row, 0u);
  EXPECT_EQ(placed[1].row, 1u);
  EXPECT_EQ(placed[2].row, 0u);
  for (const PlacedMark& mark : placed) EXPECT_TRUE(mark.labelled);
}

TEST(TimelineRowsTest, LanesAreIndependentAndEmptyLanesKeepOneRow) {
  std::vector<PlacedMark> placed = {Mark(0, 100, 50), Mark(2, 100, 50)};
  EXPECT_EQ(AssignRows(&placed, 3, 8), (std::vector<size_t>{1, 1, 1}));
}

TEST(TimelineRowsTest, CrowdedMarksLoseTheirLabelNotTheirPlace) {
  std::vector<PlacedMark> placed;
  for (int i = 0; i < 5; ++i) placed.push_back(Mark(0, 100, 50));
  EXPECT_EQ(AssignRows(&placed, 1, 3), std::vector<size_t>{3});
  EXPECT_EQ(std::count_if(placed.begin(), placed.end(),
                          [](const PlacedMark& mark) { return !mark.labelled; }),
            2);
}

}  // namespace
}  // namespace akhbar
