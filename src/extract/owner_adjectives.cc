#include "extract/owner_adjectives.h"

#include <algorithm>
#include <string>

namespace akhbar {
namespace {

constexpr std::string_view kAnd = "\u0648";  // و

// Adjectives between a noun and its genitive linked by ل: غارات جوية روسية
// لقوات النظام.
constexpr uint32_t kMostAdjectivesBetween = 2;

// An adjective's ي is no alif maqsura, though the two are one letter once
// normalized: الأقوى، الأخرى are elatives, mostly before what they compare.
constexpr std::string_view kAlifMaqsura = "\u0649";

// The fewest bytes of an adjective between a noun and its genitive: four
// Arabic letters, which leaves out the particles that end in ي once
// normalized (على، في، لدى).
constexpr size_t kFewestAdjectiveBytes = 8;

// Token `token` continues the sentence of the token before it, with only
// white space between them.
bool FollowsInSentence(const TextLayout& layout, uint32_t token) {
  return token < layout.tokens.size() && layout.tokens[token].follows_space &&
         layout.tokens[token].sentence == layout.tokens[token - 1].sentence;
}

// `letters` with the tatweel that may stretch a glued letter (لـكيري) left out.
std::string WithoutTatweel(std::string_view letters) {
  constexpr std::string_view kTatweel = "\u0640";
  std::string kept;
  for (size_t at = 0; at < letters.size();) {
    if (letters.substr(at).starts_with(kTatweel)) {
      at += kTatweel.size();
    } else {
      kept += letters[at++];
    }
  }
  return kept;
}

}  // namespace

OwnerAdjectiveFinder::OwnerAdjectiveFinder(const OwnerAdjectiveRules& rules,
                                           const EntityCatalog& catalog,
                                           const LocativeFinder& locatives,
                                           const Morphology& morphology)
    : rules_(rules), catalog_(catalog), locatives_(locatives), morphology_(morphology) {}

Mention* OwnerAdjectiveFinder::MentionIn(const TextLayout& layout, uint32_t token,
                                         MentionKind kind, std::vector<Mention>* mentions) {
  const Token& word = layout.tokens[token];
  const auto first = std::ranges::lower_bound(*mentions, word.start, {}, &Mention::start);
  for (auto mention = first; mention != mentions->end() && mention->start < word.end;
       ++mention) {
    if (mention->kind == kind) return &*mention;
  }
  return nullptr;
}

bool OwnerAdjectiveFinder::ObjectFollows(std::string_view text, const TextLayout& layout,
                                         const Mention& name,
                                         std::vector<Mention>* mentions) const {
  const Sentence& sentence = layout.sentences[name.sentence];
  const uint32_t object = TokenAt(layout, sentence, name.end - 1) + 1;
  if (object >= sentence.end_token || !FollowsInSentence(layout, object)) return false;
  const Mention* named = MentionIn(layout, object, MentionKind::kName, mentions);
  const uint32_t word_start = layout.tokens[object].start;
  if (named == nullptr || named->start == word_start) return false;
  const std::string_view glued = text.substr(word_start, named->start - word_start);
  return std::ranges::any_of(rules_.object_markers,
                             [&](const std::string& marker) { return glued.starts_with(marker); });
}

bool OwnerAdjectiveFinder::SingularForm(const TextLayout& layout, uint32_t token) const {
  const std::string_view word = layout.Normalized(layout.tokens[token]);
  return std::ranges::any_of(rules_.endings,
                             [&](const std::string& ending) { return word.ends_with(ending); });
}

bool OwnerAdjectiveFinder::IsGenitiveLink(std::string_view letters) const {
  const std::string link = WithoutTatweel(letters);
  return std::ranges::find(rules_.genitive_links, link) != rules_.genitive_links.end();
}

Mention* OwnerAdjectiveFinder::GenitiveBeyond(std::string_view text, const TextLayout& layout,
                                              uint32_t last, std::vector<Mention>* mentions) const {
  const bool article = morphology_.HasArticle(layout, last);
  uint32_t at = last + 1;
  uint32_t adjectives = 0;
  while (adjectives < kMostAdjectivesBetween && FollowsInSentence(layout, at + 1) &&
         MentionIn(layout, at, MentionKind::kName, mentions) == nullptr &&
         morphology_.HasArticle(layout, at) == article && SingularForm(layout, at) &&
         layout.Normalized(layout.tokens[at]).size() >= kFewestAdjectiveBytes &&
         !text.substr(layout.tokens[at].start, layout.tokens[at].end - layout.tokens[at].start)
              .ends_with(kAlifMaqsura)) {
    ++at, ++adjectives;
  }
  const uint32_t word_start = layout.tokens[at].start;
  if (Mention* name = MentionIn(layout, at, MentionKind::kName, mentions)) {
    const bool linked = adjectives > 0 && name->start > word_start &&
                        IsGenitiveLink(text.substr(word_start, name->start - word_start));
    return linked ? name : nullptr;
  }
  // A title or a force noun without a link is the noun's genitive only right
  // after a noun without the article (هجوم عناصر تنظيم داعش).
  const std::optional<std::string_view> head = locatives_.TitleHead(layout, at);
  if (!head || (head->empty() ? adjectives > 0 || article : !IsGenitiveLink(*head))) {
    return nullptr;
  }
  return locatives_.NameAfterTitleHead(text, layout, at, mentions);
}

void OwnerAdjectiveFinder::Mark(std::string_view text, const TextLayout& layout,
                                const std::vector<EventMention>& events,
                                std::vector<Mention>* mentions) const {
  MarkAdjectives(text, layout, events, mentions);
  MarkGenitives(text, layout, events, mentions);
}

void OwnerAdjectiveFinder::MarkGenitives(std::string_view text, const TextLayout& layout,
                                         const std::vector<EventMention>& events,
                                         std::vector<Mention>* mentions) const {
  for (const EventMention& event : events) {
    if (event.verb) continue;
    const bool actor_genitive_type =
        std::ranges::find(rules_.actor_genitive_types, event.type) !=
        rules_.actor_genitive_types.end();
    const bool any_genitive_type =
        actor_genitive_type ||
        std::ranges::find(rules_.genitive_types, event.type) != rules_.genitive_types.end();
    if (!any_genitive_type && rules_.object_markers.empty()) continue;
    const Sentence& sentence = layout.sentences[event.sentence];
    const uint32_t last = TokenAt(layout, sentence, event.end - 1);
    const uint32_t next = last + 1;
    if (last >= sentence.end_token || !FollowsInSentence(layout, next)) continue;
    Mention* name = MentionIn(layout, next, MentionKind::kName, mentions);
    const bool beyond = name == nullptr && any_genitive_type;
    if (beyond) name = GenitiveBeyond(text, layout, last, mentions);
    const Entity* entity = name == nullptr ? nullptr : catalog_.Find(name->entity);
    if (entity == nullptr || entity->type == EntityType::kPlace ||
        entity->type == EntityType::kMedia) {
      continue;
    }
    const bool genitive_type =
        any_genitive_type &&
        (!actor_genitive_type || entity->type == EntityType::kPerson ||
         entity->type == EntityType::kOrganization);
    if (beyond) {
      name->agent = name->agent || genitive_type;
      continue;
    }
    // A noun with the article takes no genitive: in انتقد البيان روسيا the
    // statement criticises Russia.
    const uint32_t word_start = layout.tokens[next].start;
    if (!genitive_type) {
      if (name->start == word_start && !morphology_.HasArticle(layout, last) &&
          ObjectFollows(text, layout, *name, mentions)) {
        name->agent = true;
      }
      continue;
    }
    const bool genitive = name->start == word_start
                              ? !morphology_.HasArticle(layout, last)
                              : IsGenitiveLink(text.substr(word_start, name->start - word_start));
    // What the noun with the article does to the name is what it is against:
    // its target (events.yaml target_links).
    if (!genitive) {
      name->after_target_link = name->after_target_link || name->start == word_start;
      continue;
    }
    name->agent = true;
  }
}

void OwnerAdjectiveFinder::MarkAdjectives(std::string_view text, const TextLayout& layout,
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
    Mention* owner = MentionIn(layout, next, MentionKind::kAdjective, mentions);
    if (owner == nullptr || owner->start != layout.tokens[next].start ||
        morphology_.HasArticle(layout, next) != article || !SingularForm(layout, next)) {
      continue;
    }
    owner->owner = true;
    // العقوبات الأوروبية والأمريكية: و before the next adjective.
    for (++next; FollowsInSentence(layout, next); ++next) {
      Mention* joined = MentionIn(layout, next, MentionKind::kAdjective, mentions);
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
