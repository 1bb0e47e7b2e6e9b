// Finds event triggers in one pass over the tokens, whatever the number of
// patterns: every pattern is a path of words in a trie (exact words, word
// prefixes for a trailing *, and gap edges for …), and each text word is read
// once per proclitic reading.
#ifndef AKHBAR_EXTRACT_EVENT_MATCHER_H_
#define AKHBAR_EXTRACT_EVENT_MATCHER_H_

#include <cstdint>
#include <cstring>
#include <functional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/event_rules.h"
#include "extract/extraction.h"
#include "extract/morphology.h"
#include "extract/node_map.h"
#include "extract/text_layout.h"
#include "extract/tokenizer.h"
#include "extract/word_table.h"

namespace akhbar {

class EventMatcher {
 public:
  // Proclitics are read off the layout's token readings; `morphology` says
  // which readings split a whole word.
  EventMatcher(const EventRules& rules, const Morphology& morphology, const Tokenizer& tokenizer);

  // At each word the longest trigger starting there wins; the words it
  // covers start no other trigger.
  std::vector<EventMention> FindEvents(std::string_view text,
                                       const TextLayout& layout) const;

 private:
  // A way to read one text word: which trie word it is, and how many
  // normalized bytes of proclitics were set aside to read it so.
  struct Reading {
    uint32_t word = 0;
    uint32_t stripped_bytes = 0;
    bool article = false;  // read after the article: a noun, no verb
  };
  struct Match {
    uint32_t end_token = 0;  // one past the last token
    uint32_t stripped_bytes = 0;
    int32_t pattern = -1;
    bool article = false;
  };
  using WordIds = WordTable<uint32_t>;
  struct SentenceScan;

  void AddPattern(const TriggerPattern& pattern, int32_t index);
  uint32_t WordId(WordIds& ids, const std::string& word);
  int64_t Child(uint32_t node, uint32_t word) const;
  // False when `reading` is no trigger word and starts none: a bit of
  // each table, inline, since it is asked for every reading of every token
  // and nearly always says no.
  bool MayBeTriggerWord(const TextLayout& layout, const TokenReading& reading) const {
    return exact_words_.MayContain(reading.hash) || MayStartPrefixWord(layout.Stem(reading));
  }
  // Appends the trigger words `reading` is or starts with to `readings`.
  void AppendTriggerWords(const TextLayout& layout, const TokenReading& reading,
                          std::vector<Reading>* readings) const;
  // The type a trigger of `type` starting at token `first` reports: the
  // first of its conversions one of whose words governs it, else `type`.
  size_t ReportedType(std::string_view text, const TextLayout& layout, const Sentence& sentence,
                      uint32_t first, size_t type, bool verb) const;
  // Whether the trigger starting at token `first` is denied: right after a
  // negation, or after a negated quantifier (ولم يصدر أي بيان).
  // Whether the word at `first` stands where a verb starts a clause: first in
  // its sentence, after a punctuation mark or right after one of `after`.
  bool StartsClause(std::string_view text, const TextLayout& layout, const Sentence& sentence,
                    uint32_t first, std::span<const std::string> after) const;
  bool Denied(std::string_view text, const TextLayout& layout, const Sentence& sentence,
              uint32_t first) const;
  // `first`: how the pattern's first word was read.
  void Walk(const SentenceScan& scan, uint32_t node, uint32_t next, const Reading& first,
            Match* best) const;
  void MatchWordAt(const SentenceScan& scan, uint32_t node, uint32_t at, const Reading& first,
                   Match* best) const;
  // Whether some prefix word starts with the first kHeadBytes bytes of
  // `stem`: most words start like none of them, and skip their lookups.
  bool MayStartPrefixWord(std::string_view stem) const {
    if (short_prefix_word_) return true;
    if (stem.size() < kHeadBytes) return false;
    const size_t bit = HeadBit(stem);
    return (prefix_heads_[bit / 64] >> (bit % 64)) & 1;
  }
  static size_t HeadBit(std::string_view word) {
    uint32_t head;
    std::memcpy(&head, word.data(), kHeadBytes);
    return (head * 0x9E3779B1u) >> 16;
  }

  const EventRules& rules_;
  const Morphology& morphology_;
  const Tokenizer& tokenizer_;
  WordIds exact_words_;
  WordIds prefix_words_;  // the words written with a trailing *
  std::set<size_t> prefix_lengths_;  // their sizes in bytes, the only ones to look up
  static constexpr size_t kHeadBytes = 4;  // two Arabic letters
  std::vector<uint64_t> prefix_heads_ = std::vector<uint64_t>(1024);  // 2^16 bits
  bool short_prefix_word_ = false;  // one shorter than kHeadBytes: no filtering
  uint32_t word_count_ = 0;
  NodeMap children_;
  std::vector<int32_t> terminal_pattern_;            // per node, -1 if none
  std::vector<int64_t> gap_child_;                   // per node, -1 if none
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_EVENT_MATCHER_H_
