// Quotations within a sentence: what is quoted is the speaker's, so a date
// quoted from someone dates what they said, not their saying it, and counts
// from the day they said it.
#ifndef AKHBAR_EXTRACT_QUOTATIONS_H_
#define AKHBAR_EXTRACT_QUOTATIONS_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace akhbar {

// Byte offsets into the sentence: its opening mark, and its closing mark or,
// for a quotation still open at the end, the sentence's size.
struct Quotation {
  uint32_t open = 0;
  uint32_t close = 0;
  bool closed = true;  // false: still open at the end (or a stray mark)
  bool Holds(uint32_t at) const { return open < at && at < close; }
};

// The quotations of `sentence`, in the order they close (an inner one
// before the one around it). Guillemets (« », ‹ ›) nest; the double quotes
// (" “ ” „) alternate between opening and closing, because Arabic pages put
// “ and ” either way round.
std::vector<Quotation> QuotationsOf(std::string_view sentence);

// Whether byte `at` of `sentence` lies inside a quotation that does not also
// hold byte `other` (وقال في بيان «… الخميس الماضي …»: the Thursday is inside,
// بيان outside).
bool QuotedApart(std::string_view sentence, uint32_t at, uint32_t other);

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_QUOTATIONS_H_
