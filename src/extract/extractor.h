// The extraction stage: Document -> Extraction.
#ifndef AKHBAR_EXTRACT_EXTRACTOR_H_
#define AKHBAR_EXTRACT_EXTRACTOR_H_

#include <vector>

#include "extract/extraction.h"
#include "extract/rule_set.h"
#include "extract/text_layout.h"

namespace akhbar {

// How much of each sentence an extraction fills in. The graph reads the
// dates and the text of the sentences that name someone or report an event
// only (see SentencesWithFacts): finding dates costs more than finding names
// and events together, and copying out every sentence's text cost a
// twentieth of a build, where most sentences of news have no facts (three in
// four of SaudiNewsNet's). kWhole is what the extraction file holds.
enum class ExtractionScope {
  kWhole,       // every sentence's dates and text
  kGraphFacts,  // the dates and text of the sentences with facts; other texts empty
};

class Extractor {
 public:
  explicit Extractor(const RuleSet& rules) : rules_(rules) {}

  // Never fails: documents are validated when they are read.
  Extraction Extract(const Document& document) const;
  // Also hands back the tokens and readings it worked on, for a later stage
  // that would otherwise scan the text again. *layout's arrays are reused.
  Extraction Extract(const Document& document, TextLayout* layout,
                     ExtractionScope scope = ExtractionScope::kWhole) const;

 private:
  const RuleSet& rules_;
};

// By sentence index: whether the sentence names someone or reports an event.
std::vector<bool> SentencesWithFacts(const Extraction& extraction);

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_EXTRACTOR_H_
