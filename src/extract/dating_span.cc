#include "extract/dating_span.h"

#include <algorithm>

namespace akhbar {

DatingSpanFinder::DatingSpanFinder(const SubordinatorRules& subordinators,
                                   const std::vector<EventType>& types,
                                   const std::vector<std::vector<std::string>>& titles,
                                   const Morphology& morphology, const LocativeFinder& locatives)
    : morphology_(morphology),
      locatives_(locatives),
      not_after_(subordinators.not_after),
      marks_(subordinators.marks),
      conjunctions_(subordinators.conjunctions) {
  for (const auto& [words, kind] : {std::pair{&subordinators.words, kSubordinator},
                                    std::pair{&subordinators.adverbial, kAdverbial},
                                    std::pair{&subordinators.aside_pronouns, kAsidePronoun}}) {
    for (const std::string& word : *words) words_.Insert(word) |= kind;
  }
  for (const EventType& type : types) {
    if (!type.object_links.empty()) object_links_.emplace_back(type.id, type.object_links);
  }
  for (const std::vector<std::string>& title : titles) {
    if (!title.empty()) title_starts_.Insert(title.front(), true);
  }
  scans_after_trigger_ = !subordinators.words.empty() || !subordinators.adverbial.empty() ||
                         (!marks_.empty() && !conjunctions_.empty()) || !object_links_.empty();
}

const std::vector<std::string>& DatingSpanFinder::ObjectLinksOf(std::string_view type) const {
  static const std::vector<std::string> kNone;
  for (const auto& [id, links] : object_links_) {
    if (id == type) return links;
  }
  return kNone;
}

bool DatingSpanFinder::IsObjectLink(const TextLayout& layout,
                                    const std::vector<Mention>& mentions, uint32_t token,
                                    const std::vector<std::string>& links) const {
  const Token& word = layout.tokens[token];
  const auto name = std::ranges::lower_bound(mentions, word.start, {}, &Mention::start);
  const bool next_exists = token + 1 < layout.tokens.size();
  const uint32_t next_end = next_exists ? layout.tokens[token + 1].end : word.end;
  if (name != mentions.end() && name->start < next_end) return false;
  if (next_exists && std::ranges::any_of(layout.ReadingsOf(token + 1), [&](const auto& reading) {
        return title_starts_.FindHash(reading.hash) != nullptr;
      })) {
    return false;
  }
  return std::ranges::any_of(layout.ReadingsOf(token), [&](const TokenReading& reading) {
    if (reading.proclitic == nullptr) {
      return std::ranges::any_of(links, [&](const std::string& link) {
        return layout.Stem(reading) == link;
      });
    }
    if (morphology_.SplitsWholeWord(layout, token, reading.proclitic->stripped_bytes())) {
      return false;
    }
    // The conjunctions before it do not matter (وبعقد).
    std::string_view glued = reading.proclitic->form;
    for (const std::string& conjunction : conjunctions_) {
      if (glued.starts_with(conjunction)) {
        glued.remove_prefix(conjunction.size());
        break;
      }
    }
    return std::ranges::any_of(links, [&](const std::string& link) {
      return link.size() <= 2 && glued.starts_with(link);
    });
  });
}

uint8_t DatingSpanFinder::KindsOf(const TextLayout& layout, uint32_t token) const {
  uint8_t kinds = 0;
  for (const TokenReading& reading : layout.ReadingsOf(token)) {
    const uint8_t* kind = words_.FindHash(reading.hash);
    if (kind == nullptr) continue;
    // A subordinator takes no article: الآن is "now", not ال + أن.
    if (reading.proclitic == nullptr ||
        (reading.proclitic->kept_bytes == 0 &&
         !morphology_.SplitsWholeWord(layout, token, reading.proclitic->stripped_bytes()))) {
      kinds |= *kind;
    }
  }
  return kinds;
}

bool DatingSpanFinder::BeginsCoordinatedClause(std::string_view text, const TextLayout& layout,
                                               const std::vector<Mention>& mentions,
                                               uint32_t token, uint8_t kinds) const {
  if ((kinds & kAsidePronoun) != 0) return false;
  const std::string_view gap = GapBefore(text, layout, token);
  if (!HasPunctuation(gap) || !std::ranges::any_of(marks_, [&](const std::string& mark) {
        return gap.find(mark) != std::string_view::npos;
      })) {
    return false;
  }
  const bool conjoined =
      std::ranges::any_of(layout.ReadingsOf(token), [&](const TokenReading& reading) {
        return reading.proclitic != nullptr &&
               std::ranges::any_of(conjunctions_, [&](const std::string& conjunction) {
                 return reading.proclitic->form.starts_with(conjunction);
               });
      });
  if (!conjoined) return false;
  const Token& word = layout.tokens[token];
  const auto name = std::ranges::lower_bound(mentions, word.start, {}, &Mention::start);
  return name == mentions.end() || name->start >= word.end;
}

void DatingSpanFinder::Find(std::string_view text, const TextLayout& layout,
                            const std::vector<Mention>& mentions,
                            std::vector<EventMention>* events) const {
  for (EventMention& event : *events) {
    const Sentence& sentence = layout.sentences[event.sentence];
    const std::vector<std::string>& links = ObjectLinksOf(event.type);
    uint32_t start = sentence.start;
    uint32_t end = sentence.end;
    if (locatives_.AfterSource(text, layout, sentence, event.start)) start = event.start;
    for (uint32_t token = TokenAt(layout, sentence, event.end);
         scans_after_trigger_ && token < sentence.end_token; ++token) {
      const Token& word = layout.tokens[token];
      if (word.start < event.end) continue;
      if (!links.empty() && IsObjectLink(layout, mentions, token, links)) {
        end = layout.tokens[token - 1].end;
        break;
      }
      const uint8_t kinds = KindsOf(layout, token);
      if ((kinds & kSubordinator) != 0) {
        // In قبل أن تمنع المحكمة في 2016 تسليمه the clause says when, near
        // the trigger's time.
        if (!morphology_.FollowsOneOf(layout, sentence, token, not_after_)) {
          end = layout.tokens[token - 1].end;
          break;
        }
        if (event.next_clause_start == 0) {
          event.next_clause_start = std::max(layout.tokens[token - 1].start, event.end);
        }
      } else if (event.next_clause_start == 0 &&
                 ((kinds & kAdverbial) != 0 ||
                  BeginsCoordinatedClause(text, layout, mentions, token, kinds))) {
        event.next_clause_start = word.start;
      }
    }
    if (start == sentence.start && end == sentence.end) continue;
    event.dating_start = start;
    event.dating_end = end;
  }
}

}  // namespace akhbar
