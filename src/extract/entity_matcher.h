// Finds entity mentions in one pass over the tokens, whatever the number of
// names: every name is a path of normalized words in a trie, and each text
// word is looked up once per proclitic reading.
#ifndef AKHBAR_EXTRACT_ENTITY_MATCHER_H_
#define AKHBAR_EXTRACT_ENTITY_MATCHER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/entity_catalog.h"
#include "extract/extraction.h"
#include "extract/morphology.h"
#include "extract/node_map.h"
#include "extract/text_layout.h"
#include "extract/tokenizer.h"
#include "extract/word_table.h"

namespace akhbar {

// Two entities claim the same normalized name; the first one keeps it.
struct NameConflict {
  std::string normalized_name;
  std::string kept_entity;
  std::string dropped_entity;
};

class EntityMatcher {
 public:
  EntityMatcher(const EntityCatalog& catalog, const Morphology& morphology,
                const Tokenizer& tokenizer);

  std::vector<Mention> FindMentions(std::string_view text,
                                    const TextLayout& layout) const;

  const std::vector<NameConflict>& conflicts() const { return conflicts_; }
  // Rule names that normalize to no word at all, as "entity: name".
  const std::vector<std::string>& empty_names() const { return empty_names_; }

 private:
  struct Terminal {
    int32_t entity = -1;
    MentionKind kind = MentionKind::kName;
    // Some entity's title ends here too: between quotation marks the words
    // are that entity's (title_entities_).
    bool has_title = false;
    // Every name that ends here was written with the article and is stored
    // without it: the text's word must carry the article too (الصين, والصين,
    // للصين), or لصين ("two thieves") and فصين ("two lobes") would be China.
    bool needs_article = false;
    // Every name that ends here is one of the entity's short_names.
    bool short_name = false;
    // A name written without the article that is also a form of the
    // entity's adjective (سورية): with the article the text's word is the
    // adjective (القوات السورية), not the name.
    bool adjective_with_article = false;
    // The words are a phrase of the entity's not_in, and no one's name:
    // they are taken, and name nothing.
    bool not_name = false;
    // A one-word name written with the article that is a form of the
    // entity's adjective too (السعودية): right after a word with the
    // article it agrees with that word, and is the adjective (الشركة
    // السعودية، القوات السعودية).
    bool adjective_after_article_word = false;
  };
  enum class NameUse { kName, kAdjective, kTitle, kShortName, kNotIn };
  // Where a name's terminal is kept: the packed value, and a key naming the
  // place (its first word's id for a one-word name, else its trie node).
  struct TerminalSlot {
    uint32_t* packed = nullptr;
    uint64_t key = 0;
  };
  // A rule word: the one-word name it is, if any (PackTerminal), and the
  // trie node of the longer names that start with it (-1: none). Nearly
  // every lookup is of a first word, answered here without touching the
  // trie. Sixteen bytes: words are kept in the slots of their table.
  struct Word {
    uint32_t id = 0;
    uint32_t terminal = 0;
    int32_t first_node = -1;
    // Second or later word of some name: only such a word can label a trie
    // edge. In a large gazetteer most words of the text start names, and
    // asking the trie (far larger than the cache) whether each is followed
    // by the next was a cache miss per word, nearly always for nothing.
    bool continues_name = false;
  };

  void AddName(const std::vector<std::string>& words, int32_t entity, NameUse use);
  // Sets Terminal::adjective_after_article_word where `entity`'s names call for it.
  void MarkNamesThatAreAdjectives(const Entity& entity, int32_t index);
  // The mention is the adjective (Terminal::adjective_after_article_word):
  // token `token` is the match's one word, bare but for its article, right
  // after a word with the article that ends no mention found (`previous_end`).
  bool AgreesWithWordBefore(const TextLayout& layout, const Sentence& sentence, uint32_t token,
                            uint32_t previous_end) const;
  // The slot of `words` spelled with `first` as its first word, made if new.
  TerminalSlot AddPath(std::string_view first, const std::vector<std::string>& words);
  Word& AddWord(std::string_view word);
  // The entity a match of `length` tokens from `first` names: a title's
  // when the terminal has one and the words stand between quotation marks.
  Terminal Resolve(const Terminal& terminal, uint64_t key, std::string_view text,
                   const Token& first, const Token& last, size_t stripped_bytes) const;
  // Drops the mentions made by a short name of an entity that no other
  // mention of the document names (Entity::short_names).
  static void KeepShortNamesOfNamedEntities(const std::vector<bool>& by_short_name,
                                            std::vector<int32_t>* entity_of_mention,
                                            std::vector<Mention>* mentions);
  // A node's terminal is kept as the value of the edge into it (NodeMap).
  static uint32_t PackTerminal(const Terminal& terminal);
  static Terminal UnpackTerminal(uint32_t packed);

  const EntityCatalog& catalog_;
  const Morphology& morphology_;
  const Tokenizer& tokenizer_;
  WordTable<Word> words_;  // a Word& is valid until the next AddWord
  NodeMap children_;  // below the first word; each edge holds its child's terminal
  uint32_t node_count_ = 0;
  // Entity ids by index, side by side: with 100,000 entities the catalog's
  // records are too far apart for the cache.
  std::vector<std::string> entity_ids_;
  std::unordered_map<uint64_t, int32_t> title_entities_;  // by TerminalSlot::key
  std::vector<NameConflict> conflicts_;
  std::vector<std::string> empty_names_;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_ENTITY_MATCHER_H_
