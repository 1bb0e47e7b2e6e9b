#include "extract/dating_span.h"

#include <algorithm>

namespace akhbar {

DatingSpanFinder::DatingSpanFinder(const SubordinatorRules& subordinators,
                                   const Morphology& morphology, const LocativeFinder& locatives)
    : morphology_(morphology),
      locatives_(locatives),
      not_after_(subordinators.not_after),
      marks_(subordinators.marks),
      conjunctions_(subordinators.conjunctions) {
  for (const std::string& word : subordinators.words) subordinators_.Insert(word, true);
  for (const std::string& word : subordinators.adverbial) adverbial_.Insert(word, true);
  for (const std::string& word : subordinators.aside_pronouns) {
    aside_pronouns_.Insert(word, true);
  }
}

bool DatingSpanFinder::IsOneOf(const WordTable<bool>& words, const TextLayout& layout,
                               uint32_t token) const {
  // A subordinator takes no article: الآن is "now", not ال + أن.
  return std::ranges::any_of(layout.ReadingsOf(token), [&](const TokenReading& reading) {
    if (words.FindHash(reading.hash) == nullptr) return false;
    return reading.proclitic == nullptr ||
           (reading.proclitic->kept_bytes == 0 &&
            !morphology_.SplitsWholeWord(layout, token, reading.proclitic->stripped_bytes()));
  });
}

bool DatingSpanFinder::BeginsCoordinatedClause(std::string_view text, const TextLayout& layout,
                                               const std::vector<Mention>& mentions,
                                               uint32_t token) const {
  const std::string_view gap = GapBefore(text, layout, token);
  if (!std::ranges::any_of(marks_, [&](const std::string& mark) {
        return gap.find(mark) != std::string_view::npos;
      })) {
    return false;
  }
  bool conjoined = false;
  for (const TokenReading& reading : layout.ReadingsOf(token)) {
    if (reading.proclitic == nullptr ||
        !std::ranges::any_of(conjunctions_, [&](const std::string& conjunction) {
          return reading.proclitic->form.starts_with(conjunction);
        })) {
      continue;
    }
    if (aside_pronouns_.FindHash(reading.hash) != nullptr) return false;
    conjoined = true;
  }
  if (!conjoined) return false;
  const Token& word = layout.tokens[token];
  const auto name = std::ranges::lower_bound(mentions, word.start, {}, &Mention::start);
  return name == mentions.end() || name->start >= word.end;
}

void DatingSpanFinder::Find(std::string_view text, const TextLayout& layout,
                            const std::vector<Mention>& mentions,
                            std::vector<EventMention>* events) const {
  const bool any_words = subordinators_.size() != 0 || adverbial_.size() != 0 ||
                         (!marks_.empty() && !conjunctions_.empty());
  for (EventMention& event : *events) {
    const Sentence& sentence = layout.sentences[event.sentence];
    uint32_t start = sentence.start;
    uint32_t end = sentence.end;
    if (locatives_.AfterSource(text, layout, sentence, event.start)) start = event.start;
    for (uint32_t token = TokenAt(layout, sentence, event.end);
         any_words && token < sentence.end_token; ++token) {
      const Token& word = layout.tokens[token];
      if (word.start < event.end) continue;
      if (IsOneOf(subordinators_, layout, token)) {
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
                 (IsOneOf(adverbial_, layout, token) ||
                  BeginsCoordinatedClause(text, layout, mentions, token))) {
        event.next_clause_start = word.start;
      }
    }
    if (start == sentence.start && end == sentence.end) continue;
    event.dating_start = start;
    event.dating_end = end;
  }
}

}  // namespace akhbar
