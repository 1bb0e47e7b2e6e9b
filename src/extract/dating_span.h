// Which dates of its sentence may date an event (EventMention::dating_start
// and dating_end). A date after a word that opens a subordinate clause
// (events.yaml `subordinators`: أن، بأن، لأن) dates what that clause says:
// in ذكرت الوزارة في بيان أنه في 12 يوليو وقع الانفجار the statement is
// not of 12 July. A word of time before it (قبل أن، بعد أن) makes the
// clause say when, near the trigger's time. And a trigger right after one
// of the `sources` phrases (وفق البيان، بحسب بيان) says whence the sentence
// comes: the dates before it are the sentence's news (وارتفع سعر الخبز خلال
// السنة الماضية، وفق البيان), only one after it can be its own (بحسب بيان
// الوزارة الصادر أمس). Where a clause of time, place or cause opens after it
// (`adverbial`: بعدما، عندما، حيث; and أن after قبل or بعد) is found on the
// way: its dates stay, its names are its own.
#ifndef AKHBAR_EXTRACT_DATING_SPAN_H_
#define AKHBAR_EXTRACT_DATING_SPAN_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract/event_rules.h"
#include "extract/extraction.h"
#include "extract/locatives.h"
#include "extract/morphology.h"
#include "extract/text_layout.h"
#include "extract/word_table.h"

namespace akhbar {

class DatingSpanFinder {
 public:
  // `locatives` knows the sources.
  DatingSpanFinder(const SubordinatorRules& subordinators, const Morphology& morphology,
                   const LocativeFinder& locatives);

  // Sets EventMention::dating_start and dating_end of each of `events`
  // whose sentence holds a subordinator after it or a source phrase right
  // before it, and adverbial_start where an adverbial clause opens after it
  // before any subordinator does.
  void Find(std::string_view text, const TextLayout& layout,
            std::vector<EventMention>* events) const;

 private:
  // Whether a reading of token `token` is one of `words`, without an
  // article.
  bool IsOneOf(const WordTable<bool>& words, const TextLayout& layout, uint32_t token) const;

  const Morphology& morphology_;
  const LocativeFinder& locatives_;
  WordTable<bool> subordinators_;
  WordTable<bool> adverbial_;
  std::vector<std::string> not_after_;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_DATING_SPAN_H_
