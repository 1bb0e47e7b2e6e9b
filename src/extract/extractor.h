// The extraction stage: Document -> Extraction.
#ifndef AKHBAR_EXTRACT_EXTRACTOR_H_
#define AKHBAR_EXTRACT_EXTRACTOR_H_

#include "extract/extraction.h"
#include "extract/rule_set.h"
#include "extract/text_layout.h"

namespace akhbar {

class Extractor {
 public:
  explicit Extractor(const RuleSet& rules) : rules_(rules) {}

  // Never fails: documents are validated when they are read.
  Extraction Extract(const Document& document) const;
  // Also hands back the tokens and readings it worked on, for a later stage
  // that would otherwise scan the text again. *layout's arrays are reused.
  Extraction Extract(const Document& document, TextLayout* layout) const;

 private:
  const RuleSet& rules_;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_EXTRACTOR_H_
