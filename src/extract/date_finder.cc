#include "extract/date_finder.h"

#include "extract/date_parser.h"
#include "extract/date_resolver.h"

namespace akhbar {

std::vector<DateExpression> DateFinder::Find(std::string_view text, const TextLayout& layout,
                                             const std::optional<CivilDate>& anchor) const {
  std::vector<DateExpression> dates;
  const PhraseStartIndex starts(rules_.lexicon(), layout);
  for (const Sentence& sentence : layout.sentences) {
    for (const FoundDate& found :
         ParseSentenceDates(rules_, normalizer_, text, layout, starts, sentence)) {
      DateExpression date;
      date.start = found.start;
      date.end = found.end;
      date.text = std::string(text.substr(found.start, found.end - found.start));
      date.sentence = layout.tokens[found.first_token].sentence;
      if (ResolveDate(found.spec, anchor, rules_.hijri(), &date)) dates.push_back(std::move(date));
    }
  }
  return dates;
}

}  // namespace akhbar
