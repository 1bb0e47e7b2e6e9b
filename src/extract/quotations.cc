#include "extract/quotations.h"

#include <algorithm>

namespace akhbar {
namespace {

enum class Mark { kNone, kOpen, kClose, kAlternate };

struct MarkAt {
  Mark mark = Mark::kNone;
  uint32_t length = 1;
};

// The quotation mark that starts at byte `pos`, if any.
MarkAt ReadMark(std::string_view text, size_t pos) {
  const auto byte = [&](size_t i) {
    return pos + i < text.size() ? static_cast<unsigned char>(text[pos + i]) : 0;
  };
  if (byte(0) == '"') return {Mark::kAlternate, 1};
  if (byte(0) == 0xC2 && byte(1) == 0xAB) return {Mark::kOpen, 2};   // «
  if (byte(0) == 0xC2 && byte(1) == 0xBB) return {Mark::kClose, 2};  // »
  if (byte(0) == 0xE2 && byte(1) == 0x80) {
    switch (byte(2)) {
      case 0x9C: case 0x9D: case 0x9E: return {Mark::kAlternate, 3};  // “ ” „
      case 0xB9: return {Mark::kOpen, 3};                             // ‹
      case 0xBA: return {Mark::kClose, 3};                            // ›
      default: break;
    }
  }
  return {};
}

}  // namespace

std::vector<Quotation> QuotationsOf(std::string_view sentence) {
  std::vector<Quotation> quotations;
  std::vector<uint32_t> open_guillemets;
  uint32_t open_double = 0;
  bool double_open = false;
  for (size_t pos = 0; pos < sentence.size();) {
    // Every mark starts with one of these bytes; Arabic letters never do.
    const auto lead = static_cast<unsigned char>(sentence[pos]);
    if (lead != '"' && lead != 0xC2 && lead != 0xE2) {
      ++pos;
      continue;
    }
    const MarkAt mark = ReadMark(sentence, pos);
    const auto here = static_cast<uint32_t>(pos);
    switch (mark.mark) {
      case Mark::kOpen: open_guillemets.push_back(here); break;
      case Mark::kClose:
        if (!open_guillemets.empty()) {
          quotations.push_back({open_guillemets.back(), here});
          open_guillemets.pop_back();
        }
        break;
      case Mark::kAlternate:
        if (double_open) quotations.push_back({open_double, here});
        open_double = here;
        double_open = !double_open;
        break;
      case Mark::kNone: break;
    }
    pos += mark.length;
  }
  const auto end = static_cast<uint32_t>(sentence.size());
  for (auto open = open_guillemets.rbegin(); open != open_guillemets.rend(); ++open) {
    quotations.push_back({*open, end, false});
  }
  if (double_open) quotations.push_back({open_double, end, false});
  return quotations;
}

bool QuotedApart(std::string_view sentence, uint32_t at, uint32_t other) {
  return std::ranges::any_of(QuotationsOf(sentence), [&](const Quotation& quotation) {
    return quotation.Holds(at) && !quotation.Holds(other);
  });
}

}  // namespace akhbar
