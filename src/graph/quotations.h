// Quotations within a sentence, for dating its events: a date quoted from
// someone dates what they said, not their saying it.
#ifndef AKHBAR_GRAPH_QUOTATIONS_H_
#define AKHBAR_GRAPH_QUOTATIONS_H_

#include <cstdint>
#include <string_view>

namespace akhbar {

// Whether byte `at` of `sentence` lies inside a quotation that does not also
// hold byte `other` (وقال في بيان «… الخميس الماضي …»: the Thursday is inside,
// بيان outside). Guillemets (« », ‹ ›) nest; the double quotes (" “ ” „)
// alternate between opening and closing, because Arabic pages put “ and ”
// either way round. A quotation still open at the end runs to the end.
bool QuotedApart(std::string_view sentence, uint32_t at, uint32_t other);

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_QUOTATIONS_H_
