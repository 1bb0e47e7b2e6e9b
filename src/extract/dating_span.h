// Which dates of its sentence may date an event (EventMention::dating_start
// and dating_end). A date after a word that opens a subordinate clause
// (events.yaml `subordinators`: أن، بأن، لأن) dates what that clause says:
// in ذكرت الوزارة في بيان أنه في 12 يوليو وقع الانفجار the statement is
// not of 12 July. A word of time before it (قبل أن، بعد أن) makes the
// clause say when, near the trigger's time. And a trigger right after one
// of the `sources` phrases (وفق البيان، بحسب بيان) says whence the sentence
// comes: the dates before it are the sentence's news (وارتفع سعر الخبز خلال
// السنة الماضية، وفق البيان), only one after it can be its own (بحسب بيان
// الوزارة الصادر أمس). Where the next clause opens after it is found on the
// way: one of time, place, cause or result (`adverbial`: بعدما، حيث، مما; and أن
// after قبل or بعد), or one a comma and و begin (`marks`, `conjunctions`: ،
// ووعد مع زعيم الكرملين). Its dates stay, its names are its own. And after
// one of the type's `object_links` (دعت مصر إلى عقد اجتماع الأربعاء
// المقبل) comes what the event asks for: its dates are that thing's.
#ifndef AKHBAR_EXTRACT_DATING_SPAN_H_
#define AKHBAR_EXTRACT_DATING_SPAN_H_

#include <string>
#include <string_view>
#include <utility>
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
  // `titles` (VerbSubjectRules::titles) start the names of whom an event
  // is addressed to.
  DatingSpanFinder(const SubordinatorRules& subordinators, const std::vector<EventType>& types,
                   const std::vector<std::vector<std::string>>& titles,
                   const Morphology& morphology, const LocativeFinder& locatives);

  // Sets EventMention::dating_start and dating_end of each of `events`
  // whose sentence holds a subordinator after it or a source phrase right
  // before it, and next_clause_start where another clause opens after it
  // before any subordinator does. `mentions` (in text order) tell a name
  // that goes on a list (، وروسيا) from a clause.
  void Find(std::string_view text, const TextLayout& layout, const std::vector<Mention>& mentions,
            std::vector<EventMention>* events) const;

 private:
  // What a listed word is, as bits: one table answers for all three lists,
  // as each token after a trigger is looked up.
  enum Kind : uint8_t { kSubordinator = 1, kAdverbial = 2, kAsidePronoun = 4 };
  // The kinds of the readings of token `token` that take no article.
  uint8_t KindsOf(const TextLayout& layout, uint32_t token) const;
  // Whether token `token` is one of `links` (EventType::object_links),
  // glued or whole, and no name starts in it nor right after it, nor a
  // title: the link then says to whom (دعوة إلى المبعوث الأممي، المبعوث إلى
  // اليمن), not what for.
  bool IsObjectLink(const TextLayout& layout, const std::vector<Mention>& mentions,
                    uint32_t token, const std::vector<std::string>& links) const;
  // The object links of the events of type `type`; none for a type unknown.
  const std::vector<std::string>& ObjectLinksOf(std::string_view type) const;
  // Whether token `token`, of kinds `kinds`, follows one of the marks and
  // carries a conjunction, and neither a name starts in it nor is it an
  // aside's pronoun.
  bool BeginsCoordinatedClause(std::string_view text, const TextLayout& layout,
                               const std::vector<Mention>& mentions, uint32_t token,
                               uint8_t kinds) const;

  const Morphology& morphology_;
  const LocativeFinder& locatives_;
  WordTable<uint8_t> words_;
  // Whether any rule looks at the words after a trigger.
  bool scans_after_trigger_ = false;
  std::vector<std::string> not_after_;
  std::vector<std::string> marks_;
  std::vector<std::string> conjunctions_;
  // EventType::object_links by type id, for the types that have some.
  std::vector<std::pair<std::string, std::vector<std::string>>> object_links_;
  WordTable<bool> title_starts_;  // the first word of each title
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_DATING_SPAN_H_
