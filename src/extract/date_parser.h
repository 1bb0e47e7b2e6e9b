// The token grammar of temporal expressions: which tokens of a sentence form
// a date and what they say. Resolving them against the document date is
// the resolver's job.
#ifndef AKHBAR_EXTRACT_DATE_PARSER_H_
#define AKHBAR_EXTRACT_DATE_PARSER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/arabic_normalizer.h"
#include "extract/date_rules.h"
#include "extract/date_spec.h"
#include "extract/text_layout.h"

namespace akhbar {

struct FoundDate {
  uint32_t first_token = 0;  // tokens [first_token, end_token)
  uint32_t end_token = 0;
  uint32_t start = 0;  // original bytes [start, end), a leading proclitic left out
  uint32_t end = 0;
  size_t stripped_bytes = 0;  // the normalized bytes of that proclitic
  DateSpec spec;
};

// Left to right, longest expression first; expressions never overlap.
// `starts` indexes the date phrases of `layout`, which holds the sentence.
std::vector<FoundDate> ParseSentenceDates(const DateRules& rules,
                                          const ArabicNormalizer& normalizer, std::string_view text,
                                          const TextLayout& layout, const PhraseStartIndex& starts,
                                          const Sentence& sentence);

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_DATE_PARSER_H_
