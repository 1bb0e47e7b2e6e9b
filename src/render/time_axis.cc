#include "render/time_axis.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>

#include "render/bidi_text.h"
#include "render/calendar_units.h"

namespace akhbar {
namespace {

// Granularity lists its values from finest to coarsest.
int Rank(Granularity granularity) { return static_cast<int>(granularity); }

// The shortest a unit can be, so that ticks a unit apart are never closer
// than planned (February is the narrowest month).
double ShortestUnitDays(Granularity granularity) {
  switch (granularity) {
    case Granularity::kDay:
      return 1;
    case Granularity::kWeek:
      return 7;
    case Granularity::kMonth:
      return 28;
    case Granularity::kYear:
      return 365;
    case Granularity::kDecade:
      return 3652;
    case Granularity::kCentury:
      return 36524;
  }
  return 1;
}

// Preferred pixels per unit of a segment's finest granularity: a day needs
// room for its tick label and a short event label beside its mark.
double UnitWidth(Granularity granularity) {
  switch (granularity) {
    case Granularity::kDay:
      return 84;
    case Granularity::kWeek:
    case Granularity::kMonth:
      return 64;
    default:
      return 56;
  }
}

Granularity Finer(Granularity a, Granularity b) { return Rank(a) < Rank(b) ? a : b; }

// Drops each anchor that overlaps a finer one.
std::vector<DayRange> DropCovered(std::vector<DayRange> anchors) {
  std::vector<DayRange> kept;
  std::sort(anchors.begin(), anchors.end(),
            [](const DayRange& a, const DayRange& b) { return a.first < b.first; });
  for (int rank = 0; rank <= Rank(Granularity::kCentury); ++rank) {
    // The finer anchors, by start, with the latest end seen so far.
    std::vector<int64_t> firsts;
    std::vector<int64_t> max_lasts;
    for (const DayRange& anchor : anchors) {
      if (Rank(anchor.granularity) >= rank) continue;
      firsts.push_back(anchor.first);
      max_lasts.push_back(
          std::max(anchor.last, max_lasts.empty() ? anchor.last : max_lasts.back()));
    }
    for (const DayRange& anchor : anchors) {
      if (Rank(anchor.granularity) != rank) continue;
      const size_t before =
          std::upper_bound(firsts.begin(), firsts.end(), anchor.last) - firsts.begin();
      if (before == 0 || max_lasts[before - 1] < anchor.first) kept.push_back(anchor);
    }
  }
  std::sort(kept.begin(), kept.end(),
            [](const DayRange& a, const DayRange& b) { return a.first < b.first; });
  return kept;
}

std::vector<DayRange> MergeOverlapping(const std::vector<DayRange>& sorted) {
  std::vector<DayRange> clusters;
  for (const DayRange& anchor : sorted) {
    if (!clusters.empty() && anchor.first <= clusters.back().last + 1) {
      clusters.back().last = std::max(clusters.back().last, anchor.last);
      clusters.back().granularity = Finer(clusters.back().granularity, anchor.granularity);
    } else {
      clusters.push_back(anchor);
    }
  }
  return clusters;
}

int64_t Gap(const DayRange& before, const DayRange& after) { return after.first - before.last - 1; }

// Clusters lo..hi, as one span at the finest granularity among them.
struct Part {
  size_t lo = 0;
  size_t hi = 0;
};

DayRange RangeOf(const std::vector<DayRange>& clusters, const Part& part) {
  DayRange range = clusters[part.lo];
  for (size_t k = part.lo + 1; k <= part.hi; ++k) {
    range.last = clusters[k].last;
    range.granularity = Finer(range.granularity, clusters[k].granularity);
  }
  return range;
}

// The widest gap of a part that may be cut: the cluster before it.
std::optional<size_t> WidestGap(const std::vector<DayRange>& clusters, const Part& part) {
  std::optional<size_t> widest;
  for (size_t k = part.lo; k < part.hi; ++k) {
    const int64_t gap = Gap(clusters[k], clusters[k + 1]);
    if (gap >= kMinBreakDays && (!widest || gap > Gap(clusters[*widest], clusters[*widest + 1]))) {
      widest = k;
    }
  }
  return widest;
}

int64_t MonthIndex(const CivilDate& date) {
  return static_cast<int64_t>(date.year) * 12 + date.month - 1;
}

// How many of its finest units a segment spans.
int64_t Units(const DayRange& range) {
  const CivilDate first = DateOfDay(range.first);
  const CivilDate last = DateOfDay(range.last);
  switch (range.granularity) {
    case Granularity::kDay:
      return range.last - range.first + 1;
    case Granularity::kWeek:
      return (range.last - range.first) / 7 + 1;
    case Granularity::kMonth:
      return MonthIndex(last) - MonthIndex(first) + 1;
    case Granularity::kYear:
      return last.year - first.year + 1;
    case Granularity::kDecade:
      return (last.year - first.year) / 10 + 1;
    case Granularity::kCentury:
      return (last.year - first.year) / 100 + 1;
  }
  return 1;
}

std::vector<double> Widths(const std::vector<DayRange>& ranges, const AxisGeometry& geometry) {
  std::vector<double> widths;
  for (const DayRange& range : ranges) {
    const double preferred =
        static_cast<double>(Units(range)) * UnitWidth(range.granularity) + 2 * geometry.padding;
    widths.push_back(std::clamp(preferred, geometry.min_segment_width,
                                std::max(geometry.min_segment_width, geometry.max_width)));
  }
  // Too wide altogether: shrink what each segment has above the minimum.
  const double breaks = geometry.break_width * static_cast<double>(ranges.size() - 1);
  double total = breaks;
  double excess = 0;
  for (const double width : widths) {
    total += width;
    excess += width - geometry.min_segment_width;
  }
  if (total > geometry.max_width && excess > 0) {
    const double room = geometry.max_width - breaks -
                        geometry.min_segment_width * static_cast<double>(widths.size());
    const double scale = std::max(0.0, room) / excess;
    for (double& width : widths) {
      width = geometry.min_segment_width + (width - geometry.min_segment_width) * scale;
    }
  }
  return widths;
}

// The closest two neighbouring dates of a segment come, in pixels.
double ClosestDates(const std::vector<double>& dates, const DayRange& range, double width,
                    const AxisGeometry& geometry) {
  const double pixels_per_day =
      (width - 2 * geometry.padding) / static_cast<double>(range.last + 1 - range.first);
  double closest = std::numeric_limits<double>::infinity();
  const auto first = std::lower_bound(dates.begin(), dates.end(), static_cast<double>(range.first));
  for (auto it = first; it != dates.end() && *it <= static_cast<double>(range.last + 1); ++it) {
    if (it != first) closest = std::min(closest, (*it - *(it - 1)) * pixels_per_day);
  }
  return closest;
}

}  // namespace

struct TimeAxis::TickUnit {
  Granularity base = Granularity::kDay;  // day, month or year
  int step = 1;
};

TimeAxis TimeAxis::Build(std::vector<DayRange> anchors, const AxisGeometry& geometry) {
  TimeAxis axis;
  axis.geometry_ = geometry;
  anchors = DropCovered(std::move(anchors));
  if (anchors.empty()) return axis;
  std::vector<double> dates;  // the middle of each anchor, in time order
  for (const DayRange& anchor : anchors) {
    dates.push_back(static_cast<double>(anchor.first + anchor.last + 1) / 2);
  }
  std::sort(dates.begin(), dates.end());
  dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
  const std::vector<DayRange> clusters = MergeOverlapping(anchors);

  // Start with one segment; while some segment squeezes its dates together
  // and has a gap that may be cut, cut its widest gap.
  std::vector<Part> parts = {{0, clusters.size() - 1}};
  std::vector<DayRange> ranges;
  std::vector<double> widths;
  while (true) {
    ranges.clear();
    for (const Part& part : parts) ranges.push_back(RangeOf(clusters, part));
    widths = Widths(ranges, geometry);
    if (parts.size() == kMaxSegments) break;
    std::optional<size_t> worst;
    double worst_spacing = geometry.min_date_spacing;
    for (size_t i = 0; i < parts.size(); ++i) {
      const double spacing = ClosestDates(dates, ranges[i], widths[i], geometry);
      if (spacing < worst_spacing && WidestGap(clusters, parts[i])) {
        worst = i;
        worst_spacing = spacing;
      }
    }
    if (!worst) break;
    const Part part = parts[*worst];
    const size_t cut = *WidestGap(clusters, part);
    parts[*worst] = {part.lo, cut};
    parts.insert(parts.begin() + static_cast<std::ptrdiff_t>(*worst + 1), Part{cut + 1, part.hi});
  }

  double x = geometry.left;
  for (size_t i = 0; i < ranges.size(); ++i) {
    axis.segments_.push_back(
        {ranges[i].first, ranges[i].last, ranges[i].granularity, x, widths[i]});
    x += widths[i] + geometry.break_width;
  }
  return axis;
}

double TimeAxis::right() const {
  if (segments_.empty()) return geometry_.left;
  return segments_.back().x + segments_.back().width;
}

double TimeAxis::X(double day) const {
  if (segments_.empty()) return geometry_.left;
  const auto inner_left = [&](const AxisSegment& s) { return s.x + geometry_.padding; };
  const auto inner_right = [&](const AxisSegment& s) { return s.x + s.width - geometry_.padding; };
  const AxisSegment& first = segments_.front();
  if (day <= first.first_day) return inner_left(first) - geometry_.padding * 0.5;
  for (size_t i = 0; i < segments_.size(); ++i) {
    const AxisSegment& s = segments_[i];
    const double start = static_cast<double>(s.first_day);
    const double end = static_cast<double>(s.last_day + 1);
    if (day <= end) {
      if (day >= start) {
        return inner_left(s) + (day - start) / (end - start) * (inner_right(s) - inner_left(s));
      }
      // In the break before segment i: across it in proportion.
      const AxisSegment& before = segments_[i - 1];
      const double gap_start = static_cast<double>(before.last_day + 1);
      return inner_right(before) +
             (day - gap_start) / (start - gap_start) * (inner_left(s) - inner_right(before));
    }
  }
  return inner_right(segments_.back()) + geometry_.padding * 0.5;
}

std::vector<AxisBreak> TimeAxis::Breaks() const {
  std::vector<AxisBreak> breaks;
  for (size_t i = 0; i + 1 < segments_.size(); ++i) {
    const AxisSegment& before = segments_[i];
    breaks.push_back({before.x + before.width, geometry_.break_width,
                      segments_[i + 1].first_day - before.last_day - 1});
  }
  return breaks;
}

TimeAxis::TickUnit TimeAxis::ChooseTickUnit(const AxisSegment& segment) const {
  static constexpr std::array<TickUnit, 16> kUnits = {{{Granularity::kDay, 1},
                                                       {Granularity::kDay, 2},
                                                       {Granularity::kDay, 7},
                                                       {Granularity::kMonth, 1},
                                                       {Granularity::kMonth, 3},
                                                       {Granularity::kMonth, 6},
                                                       {Granularity::kYear, 1},
                                                       {Granularity::kYear, 2},
                                                       {Granularity::kYear, 5},
                                                       {Granularity::kYear, 10},
                                                       {Granularity::kYear, 20},
                                                       {Granularity::kYear, 50},
                                                       {Granularity::kYear, 100},
                                                       {Granularity::kYear, 200},
                                                       {Granularity::kYear, 500},
                                                       {Granularity::kYear, 1000}}};
  // Never finer than the dates: a segment of years gets no month ticks.
  size_t first_unit = 0;
  switch (segment.finest) {
    case Granularity::kDay:
      first_unit = 0;
      break;
    case Granularity::kWeek:
      first_unit = 2;
      break;
    case Granularity::kMonth:
      first_unit = 3;
      break;
    case Granularity::kYear:
      first_unit = 6;
      break;
    case Granularity::kDecade:
      first_unit = 9;
      break;
    case Granularity::kCentury:
      first_unit = 12;
      break;
  }
  const double days = static_cast<double>(segment.last_day + 1 - segment.first_day);
  const double pixels_per_day = (segment.width - 2 * geometry_.padding) / days;
  for (size_t i = first_unit; i < kUnits.size(); ++i) {
    if (kUnits[i].step * ShortestUnitDays(kUnits[i].base) * pixels_per_day >=
        geometry_.min_tick_spacing) {
      return kUnits[i];
    }
  }
  return kUnits.back();
}

namespace {

// Each labelled unit of a segment: [first, last] clipped to the segment.
struct LabelledUnit {
  int64_t first = 0;
  int64_t last = 0;
  CivilDate date;  // the unit's first day, unclipped
};

std::vector<LabelledUnit> LabelledUnits(const AxisSegment& segment, Granularity base, int step) {
  std::vector<LabelledUnit> units;
  CivilDate unit = UnitFirstDay(DateOfDay(segment.first_day), base);
  while (DayNumber(unit) <= segment.last_day) {
    const CivilDate unit_last = UnitLastDay(unit, base);
    bool labelled = false;
    switch (base) {
      case Granularity::kDay:
        labelled = (DayNumber(unit) - segment.first_day) % step == 0;
        break;
      case Granularity::kMonth:
        labelled = (unit.month - 1) % static_cast<unsigned>(step) == 0;
        break;
      default:
        labelled = ((unit.year % step) + step) % step == 0;
        break;
    }
    if (labelled || (units.empty() && DayNumber(unit_last) >= segment.last_day)) {
      units.push_back({std::max(DayNumber(unit), segment.first_day),
                       std::min(DayNumber(unit_last), segment.last_day), unit});
    }
    unit = DateOfDay(DayNumber(unit_last) + 1);
  }
  return units;
}

}  // namespace

std::vector<AxisTick> TimeAxis::Ticks(const AxisSegment& segment) const {
  const TickUnit unit = ChooseTickUnit(segment);
  std::vector<AxisTick> ticks;
  int previous_month = -1;
  int previous_year = -1;
  const std::vector<LabelledUnit> units = LabelledUnits(segment, unit.base, unit.step);
  for (const LabelledUnit& labelled : units) {
    const CivilDate& date = labelled.date;
    // Labels sit in the middle of their unit, which keeps them evenly
    // spaced; a unit cut by the segment's end keeps its label only if its
    // middle is inside, or if it is the only one.
    double middle =
        (static_cast<double>(DayNumber(date)) + DayNumber(UnitLastDay(date, unit.base)) + 1) / 2;
    if (middle < static_cast<double>(segment.first_day) ||
        middle > static_cast<double>(segment.last_day + 1)) {
      if (units.size() > 1) continue;
      middle = (static_cast<double>(labelled.first) + labelled.last + 1) / 2;
    }
    std::string label;
    if (unit.base == Granularity::kDay) {
      label = std::to_string(date.day);
      if (static_cast<int>(date.month) != previous_month) {
        label.append(" ").append(EnglishMonthAbbreviation(date.month));
      }
    } else if (unit.base == Granularity::kMonth) {
      label = EnglishMonthAbbreviation(date.month);
      if (date.year != previous_year) label.append(" ").append(std::to_string(date.year));
    } else {
      label = std::to_string(date.year);
    }
    previous_month = static_cast<int>(date.month);
    previous_year = date.year;
    ticks.push_back({X(middle), label});
  }
  return ticks;
}

std::vector<double> TimeAxis::Gridlines(const AxisSegment& segment) const {
  const TickUnit unit = ChooseTickUnit(segment);
  std::vector<double> lines;
  for (const LabelledUnit& labelled : LabelledUnits(segment, unit.base, unit.step)) {
    if (labelled.first > segment.first_day) lines.push_back(X(static_cast<double>(labelled.first)));
  }
  return lines;
}

std::string TimeAxis::Caption(const AxisSegment& segment, bool compact) const {
  const CivilDate first = DateOfDay(segment.first_day);
  const CivilDate last = DateOfDay(segment.last_day);
  const std::string first_year = std::to_string(first.year);
  const std::string last_year = std::to_string(last.year);
  const bool months = Rank(segment.finest) <= Rank(Granularity::kMonth);  // day, week, month
  if (!months || first.year != last.year) {
    return first.year == last.year ? first_year : first_year + " – " + last_year;
  }
  if (first.month == last.month) {
    const std::string english = std::string(compact ? EnglishMonthAbbreviation(first.month)
                                                    : EnglishMonthName(first.month)) +
                                " " + first_year;
    if (compact) return english;
    return IsolateRightToLeft(std::string(ArabicMonthName(first.month)) + " " + first_year) +
           " · " + english;
  }
  const std::string english = std::string(EnglishMonthAbbreviation(first.month)) + " – " +
                              std::string(EnglishMonthAbbreviation(last.month)) + " " + first_year;
  if (compact) return english;
  return IsolateRightToLeft(std::string(ArabicMonthName(first.month)) + " – " +
                            std::string(ArabicMonthName(last.month)) + " " + first_year) +
         " · " + english;
}

}  // namespace akhbar
