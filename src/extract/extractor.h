// The extraction stage: Document -> Extraction.
#ifndef AKHBAR_EXTRACT_EXTRACTOR_H_
#define AKHBAR_EXTRACT_EXTRACTOR_H_

#include <vector>

#include "extract/extraction.h"
#include "extract/rule_set.h"
#include "extract/text_layout.h"

namespace akhbar {

// Which sentences' dates an extraction finds. The graph reads the dates of
// the sentences that name someone or report an event only (see
// SentencesWithFacts), and finding dates costs more than finding names and
// events together: most sentences of news have none of those (three in four
// of SaudiNewsNet's).
enum class DateScope { kEverySentence, kSentencesWithFacts };

class Extractor {
 public:
  explicit Extractor(const RuleSet& rules) : rules_(rules) {}

  // Never fails: documents are validated when they are read.
  Extraction Extract(const Document& document) const;
  // Also hands back the tokens and readings it worked on, for a later stage
  // that would otherwise scan the text again. *layout's arrays are reused.
  Extraction Extract(const Document& document, TextLayout* layout,
                     DateScope scope = DateScope::kEverySentence) const;

 private:
  const RuleSet& rules_;
};

// By sentence index: whether the sentence names someone or reports an event.
std::vector<bool> SentencesWithFacts(const Extraction& extraction);

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_EXTRACTOR_H_
