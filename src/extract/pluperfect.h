// Triggers in the pluperfect (events.yaml `pluperfect`): وكانت الشرطة قد
// اعتقلت أبليازوف reports what had happened before the news, so its
// document's date does not date it, and the verb's subject is what stands
// between كانت and قد (the police), not the name after the verb (Ablyazov,
// whom they arrested).
#ifndef AKHBAR_EXTRACT_PLUPERFECT_H_
#define AKHBAR_EXTRACT_PLUPERFECT_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "extract/event_rules.h"
#include "extract/extraction.h"
#include "extract/morphology.h"
#include "extract/text_layout.h"
#include "extract/word_table.h"

namespace akhbar {

class PluperfectFinder {
 public:
  PluperfectFinder(const PluperfectRules& rules, const Morphology& morphology);

  // Sets EventMention::pluperfect of each of `events` whose trigger comes
  // right after a particle, or one word after it (قد فرضت عقوبات), with an
  // auxiliary at most max_words words before the particle in its sentence.
  void Find(const TextLayout& layout, std::vector<EventMention>* events) const;

 private:
  // Whether token `particle` is a particle with an auxiliary before it.
  bool IsPluperfect(const TextLayout& layout, const Sentence& sentence, uint32_t particle) const;

  const Morphology& morphology_;
  size_t max_words_;
  WordTable<bool> auxiliaries_;
  WordTable<bool> particles_;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_PLUPERFECT_H_
