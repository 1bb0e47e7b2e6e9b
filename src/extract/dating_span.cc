#include "extract/dating_span.h"

namespace akhbar {

DatingSpanFinder::DatingSpanFinder(const SubordinatorRules& subordinators,
                                   const Morphology& morphology, const LocativeFinder& locatives)
    : morphology_(morphology), locatives_(locatives), not_after_(subordinators.not_after) {
  for (const std::string& word : subordinators.words) subordinators_.Insert(word, true);
}

void DatingSpanFinder::Find(std::string_view text, const TextLayout& layout,
                            std::vector<EventMention>* events) const {
  for (EventMention& event : *events) {
    const Sentence& sentence = layout.sentences[event.sentence];
    uint32_t start = sentence.start;
    uint32_t end = sentence.end;
    if (locatives_.AfterSource(text, layout, sentence, event.start)) start = event.start;
    if (subordinators_.size() != 0) {
      for (uint32_t token = TokenAt(layout, sentence, event.end); token < sentence.end_token;
           ++token) {
        if (layout.tokens[token].start < event.end) continue;
        // In قبل أن تمنع المحكمة في 2016 تسليمه the clause says when, near
        // the trigger's time.
        if (morphology_.OrOfReadings(layout, token, subordinators_) &&
            !morphology_.FollowsOneOf(layout, sentence, token, not_after_)) {
          end = layout.tokens[token - 1].end;
          break;
        }
      }
    }
    if (start == sentence.start && end == sentence.end) continue;
    event.dating_start = start;
    event.dating_end = end;
  }
}

}  // namespace akhbar
