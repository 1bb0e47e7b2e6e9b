#include "extract/owner_adjectives.h"

#include <algorithm>

namespace akhbar {
namespace {

constexpr std::string_view kAnd = "\u0648";  // و

// Token `token` continues the sentence of the token before it, with only
// white space between them.
bool FollowsInSentence(const TextLayout& layout, uint32_t token) {
  return token < layout.tokens.size() && layout.tokens[token].follows_space &&
         layout.tokens[token].sentence == layout.tokens[token - 1].sentence;
}

}  // namespace

OwnerAdjectiveFinder::OwnerAdjectiveFinder(const OwnerAdjectiveRules& rules,
                                           const Morphology& morphology)
    : rules_(rules), morphology_(morphology) {}

Mention* OwnerAdjectiveFinder::AdjectiveIn(const TextLayout& layout, uint32_t token,
                                           std::vector<Mention>* mentions) {
  const Token& word = layout.tokens[token];
  const auto first = std::ranges::lower_bound(*mentions, word.start, {}, &Mention::start);
  for (auto mention = first; mention != mentions->end() && mention->end <= word.end; ++mention) {
    if (mention->kind == MentionKind::kAdjective) return &*mention;
  }
  return nullptr;
}

bool OwnerAdjectiveFinder::SingularForm(const TextLayout& layout, uint32_t token) const {
  const std::string_view word = layout.Normalized(layout.tokens[token]);
  return std::ranges::any_of(rules_.endings,
                             [&](const std::string& ending) { return word.ends_with(ending); });
}

void OwnerAdjectiveFinder::Mark(std::string_view text, const TextLayout& layout,
                                const std::vector<EventMention>& events,
                                std::vector<Mention>* mentions) const {
  if (rules_.endings.empty()) return;
  for (const EventMention& event : events) {
    if (std::ranges::find(rules_.not_after_types, event.type) != rules_.not_after_types.end()) {
      continue;
    }
    const Sentence& sentence = layout.sentences[event.sentence];
    const uint32_t last = TokenAt(layout, sentence, event.end - 1);
    uint32_t next = last + 1;
    if (last >= sentence.end_token || !FollowsInSentence(layout, next)) continue;
    const bool article = morphology_.HasArticle(layout, last);
    Mention* owner = AdjectiveIn(layout, next, mentions);
    if (owner == nullptr || owner->start != layout.tokens[next].start ||
        morphology_.HasArticle(layout, next) != article || !SingularForm(layout, next)) {
      continue;
    }
    owner->owner = true;
    // العقوبات الأوروبية والأمريكية: و before the next adjective.
    for (++next; FollowsInSentence(layout, next); ++next) {
      Mention* joined = AdjectiveIn(layout, next, mentions);
      if (joined == nullptr || joined->start == layout.tokens[next].start ||
          !text.substr(layout.tokens[next].start).starts_with(kAnd) ||
          morphology_.HasArticle(layout, next) != article || !SingularForm(layout, next)) {
        break;
      }
      joined->owner = true;
    }
  }
}

}  // namespace akhbar
