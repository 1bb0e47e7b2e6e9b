// Whose a trigger's noun is (events.yaml `owner_adjectives`): in العقوبات
// الأمريكية على روسيا the United States imposes the sanctions, though its
// adjective stands after the trigger, where a name would be the target.
#ifndef AKHBAR_EXTRACT_OWNER_ADJECTIVES_H_
#define AKHBAR_EXTRACT_OWNER_ADJECTIVES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/event_rules.h"
#include "extract/extraction.h"
#include "extract/morphology.h"
#include "extract/text_layout.h"

namespace akhbar {

class OwnerAdjectiveFinder {
 public:
  OwnerAdjectiveFinder(const OwnerAdjectiveRules& rules, const Morphology& morphology);

  // Sets Mention::owner of each adjective among `mentions` (in text order)
  // whose word comes right after the last word of one of `events`, with
  // only white space between, ends with one of the rules' endings and has
  // the article exactly where that word has it (العقوبات الأمريكية، قوات
  // روسية), and of each such adjective joined to an owner by و (الأوروبية
  // والأمريكية). Not after the events of the rules' not_after_types.
  void Mark(std::string_view text, const TextLayout& layout,
            const std::vector<EventMention>& events, std::vector<Mention>* mentions) const;

 private:
  // The adjective among `mentions` that lies in token `token`, if any.
  static Mention* AdjectiveIn(const TextLayout& layout, uint32_t token,
                              std::vector<Mention>* mentions);
  bool SingularForm(const TextLayout& layout, uint32_t token) const;

  const OwnerAdjectiveRules& rules_;
  const Morphology& morphology_;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_OWNER_ADJECTIVES_H_
