#include "extract/event_matcher.h"

#include <algorithm>
#include <cstring>

#include "extract/morphology.h"

namespace akhbar {

// The tokens of one sentence with every reading of each word, worked out
// once so that overlapping patterns do not read a word twice.
struct EventMatcher::SentenceScan {
  const std::vector<Token>& tokens;
  uint32_t first_token = 0;
  uint32_t end_token = 0;
  std::vector<Reading> readings;  // of every token, one after the other
  std::vector<size_t> first_reading;  // per token from first_token, and the end

  std::span<const Reading> ReadingsAt(uint32_t token) const {
    const size_t index = token - first_token;
    return std::span<const Reading>(readings).subspan(
        first_reading[index], first_reading[index + 1] - first_reading[index]);
  }
  // The token exists and only white space separates it from the previous one.
  bool Continues(uint32_t token) const {
    return token < end_token && tokens[token].follows_space;
  }
};

EventMatcher::EventMatcher(const EventRules& rules, const Morphology& morphology,
                           const Tokenizer& tokenizer)
    : rules_(rules), morphology_(morphology), tokenizer_(tokenizer) {
  terminal_pattern_.push_back(-1);  // the root
  gap_child_.push_back(-1);
  const auto& patterns = rules.patterns();
  for (size_t p = 0; p < patterns.size(); ++p) {
    AddPattern(patterns[p], static_cast<int32_t>(p));
  }
}

uint32_t EventMatcher::WordId(WordIds& ids, const std::string& word) {
  const size_t before = ids.size();
  const uint32_t id = ids.Insert(word, word_count_);
  if (ids.size() > before) ++word_count_;
  return id;
}

int64_t EventMatcher::Child(uint32_t node, uint32_t word) const {
  const std::optional<uint32_t> child = children_.Find(node, word);
  return child ? int64_t{*child} : int64_t{-1};
}

void EventMatcher::AddPattern(const TriggerPattern& pattern, int32_t index) {
  const auto new_node = [&] {
    terminal_pattern_.push_back(-1);
    gap_child_.push_back(-1);
    return static_cast<uint32_t>(terminal_pattern_.size() - 1);
  };
  uint32_t node = 0;
  for (const TriggerWord& word : pattern.words) {
    if (word.kind == TriggerWordKind::kGap) {
      if (gap_child_[node] < 0) {
        const uint32_t child = new_node();
        gap_child_[node] = child;
      }
      node = static_cast<uint32_t>(gap_child_[node]);
      continue;
    }
    if (word.kind == TriggerWordKind::kPrefix) {
      prefix_lengths_.insert(word.normalized.size());
      if (word.normalized.size() < kHeadBytes) {
        short_prefix_word_ = true;
      } else {
        const size_t bit = HeadBit(word.normalized);
        prefix_heads_[bit / 64] |= uint64_t{1} << (bit % 64);
      }
    }
    const uint32_t id = WordId(
        word.kind == TriggerWordKind::kPrefix ? prefix_words_ : exact_words_,
        word.normalized);
    if (const std::optional<uint32_t> child = children_.Find(node, id)) {
      node = *child;
    } else {
      const uint32_t added = new_node();
      children_.Insert(node, id, added);
      node = added;
    }
  }
  // EventRules rejects repeated patterns, so a node ends one pattern at most.
  terminal_pattern_[node] = index;
}

void EventMatcher::AppendTriggerWords(const TextLayout& layout, const TokenReading& reading,
                                      std::vector<Reading>* readings) const {
  const std::string_view stem = layout.Stem(reading);
  const uint32_t stripped =
      static_cast<uint32_t>(reading.proclitic ? reading.proclitic->stripped_bytes() : 0);
  const bool article = reading.proclitic != nullptr && reading.proclitic->kept_bytes > 0;
  if (const uint32_t* id = exact_words_.FindHash(reading.hash)) {
    readings->push_back(Reading{*id, stripped, article});
  }
  if (!MayStartPrefixWord(stem)) return;
  for (const size_t length : prefix_lengths_) {
    if (length > stem.size()) break;
    if (const uint32_t* id = prefix_words_.Find(stem.substr(0, length))) {
      readings->push_back(Reading{*id, stripped, article});
    }
  }
}

void EventMatcher::MatchWordAt(const SentenceScan& scan, uint32_t node, uint32_t at,
                               const Reading& first, Match* best) const {
  if (!scan.Continues(at)) return;
  for (const Reading& reading : scan.ReadingsAt(at)) {
    const int64_t child = Child(node, reading.word);
    if (child >= 0) Walk(scan, static_cast<uint32_t>(child), at + 1, first, best);
  }
}

void EventMatcher::Walk(const SentenceScan& scan, uint32_t node, uint32_t next,
                        const Reading& first, Match* best) const {
  const int32_t pattern = terminal_pattern_[node];
  if (pattern >= 0) {
    const uint32_t stripped_bytes = first.stripped_bytes;
    const bool better =
        best->pattern < 0 || next > best->end_token ||
        (next == best->end_token &&
         (stripped_bytes < best->stripped_bytes ||
          (stripped_bytes == best->stripped_bytes && pattern < best->pattern)));
    if (better) *best = Match{next, stripped_bytes, pattern, first.article};
  }
  MatchWordAt(scan, node, next, first, best);
  const int64_t gap = gap_child_[node];
  if (gap < 0) return;
  // The words a gap stands for must sit in the same run of text as the
  // trigger's own words, with nothing but spaces between them.
  for (uint32_t skipped = 0; skipped <= rules_.max_gap(); ++skipped) {
    if (skipped > 0 && !scan.Continues(next + skipped - 1)) break;
    MatchWordAt(scan, static_cast<uint32_t>(gap), next + skipped, first, best);
  }
}

bool EventMatcher::StartsClause(std::string_view text, const TextLayout& layout,
                                const Sentence& sentence, uint32_t first,
                                std::span<const std::string> after) const {
  return first == sentence.first_token || HasPunctuation(GapBefore(text, layout, first)) ||
         morphology_.FollowsOneOf(layout, sentence, first, after);
}

bool EventMatcher::Denied(std::string_view text, const TextLayout& layout,
                          const Sentence& sentence, uint32_t first) const {
  if (morphology_.FollowsOneOf(layout, sentence, first, rules_.negations())) return true;
  const NegatedQuantifierRules& quantifiers = rules_.negated_quantifiers();
  if (quantifiers.words.empty() ||
      !morphology_.FollowsOneOf(layout, sentence, first, quantifiers.words)) {
    return false;
  }
  // From the quantifier back: the negation may stand right before it or
  // `within` words before, with no punctuation mark between.
  for (uint32_t token = first - 1, words = 0;
       token > sentence.first_token && words <= quantifiers.within; --token, ++words) {
    if (HasPunctuation(GapBefore(text, layout, token))) return false;
    if (morphology_.FollowsOneOf(layout, sentence, token, rules_.negations())) return true;
  }
  return false;
}

size_t EventMatcher::ReportedType(std::string_view text, const TextLayout& layout,
                                  const Sentence& sentence, uint32_t first, size_t type,
                                  bool verb) const {
  // A verb is a clause of its own (تجاهل أوامر الشرطة بالتوقف فأطلقت الشرطة
  // النار), unless a subordinator makes it the order's object (سمح لهم أن يطلقوا).
  if (verb && !morphology_.FollowsOneOf(layout, sentence, first, rules_.subordinators().words)) {
    return type;
  }
  const std::vector<std::string>& marks = rules_.subordinators().marks;
  for (const TypeConversion& conversion : rules_.types()[type].becomes) {
    const uint32_t words = std::min<uint32_t>(first - sentence.first_token,
                                              static_cast<uint32_t>(conversion.within));
    for (uint32_t token = first; token > first - words; --token) {
      // A mark that ends a clause (، ؛) closes the words that may govern it.
      const Token& before = layout.tokens[token - 1];
      const std::string_view gap =
          text.substr(before.end, layout.tokens[token].start - before.end);
      if (std::ranges::any_of(marks, [&](const std::string& mark) {
            return gap.find(mark) != std::string_view::npos;
          })) {
        break;
      }
      for (const TokenReading& reading : layout.ReadingsOf(token - 1)) {
        // Not after the article: الأمر الذي is "which", no order.
        if (reading.proclitic && reading.proclitic->kept_bytes > 0) continue;
        const size_t stripped = reading.proclitic ? reading.proclitic->stripped_bytes() : 0;
        if (std::ranges::find(conversion.after, layout.Stem(reading)) != conversion.after.end() &&
            !morphology_.SplitsWholeWord(layout, token - 1, stripped)) {
          return conversion.type;
        }
      }
    }
  }
  return type;
}

std::vector<EventMention> EventMatcher::FindEvents(std::string_view text,
                                                   const TextLayout& layout) const {
  std::vector<EventMention> events;
  // One scan for all sentences, so its arrays are allocated once.
  SentenceScan scan{layout.tokens, 0, 0, {}, {}};
  for (const Sentence& sentence : layout.sentences) {
    scan.first_token = sentence.first_token;
    scan.end_token = sentence.end_token;
    scan.readings.clear();
    scan.first_reading.clear();
    for (uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
      scan.first_reading.push_back(scan.readings.size());
      for (uint32_t r = layout.first_reading[t]; r < layout.first_reading[t + 1]; ++r) {
        const TokenReading& reading = layout.readings[r];
        if (MayBeTriggerWord(layout, reading) &&
            !morphology_.SplitsWholeWord(
                layout, t, reading.proclitic ? reading.proclitic->stripped_bytes() : 0)) {
          AppendTriggerWords(layout, reading, &scan.readings);
        }
      }
    }
    scan.first_reading.push_back(scan.readings.size());
    uint32_t i = sentence.first_token;
    while (i < sentence.end_token) {
      Match best;
      for (const Reading& reading : scan.ReadingsAt(i)) {
        const int64_t node = Child(0, reading.word);
        if (node >= 0) Walk(scan, static_cast<uint32_t>(node), i + 1, reading, &best);
      }
      if (best.pattern < 0) {
        ++i;
        continue;
      }
      const TriggerPattern& pattern = rules_.patterns()[static_cast<size_t>(best.pattern)];
      if (pattern.not_an_event || (best.article && !pattern.takes_article) ||
          (pattern.clause_start && !StartsClause(text, layout, sentence, i, pattern.after)) ||
          Denied(text, layout, sentence, i)) {
        i = best.end_token;
        continue;
      }
      const Token& first = layout.tokens[i];
      const Token& last = layout.tokens[best.end_token - 1];
      EventMention event;
      event.verb = pattern.verb && !best.article;
      event.type =
          rules_.types()[ReportedType(text, layout, sentence, i, pattern.type, event.verb)].id;
      event.start = best.stripped_bytes == 0
                        ? first.start
                        : tokenizer_.OriginalOffsetAfter(text, first, best.stripped_bytes);
      event.end = last.end;
      event.trigger = std::string(text.substr(event.start, event.end - event.start));
      event.sentence = first.sentence;
      events.push_back(std::move(event));
      i = best.end_token;
    }
  }
  return events;
}

}  // namespace akhbar
