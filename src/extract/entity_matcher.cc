#include "extract/entity_matcher.h"

#include <algorithm>

#include "extract/utf8.h"

namespace akhbar {
namespace {

struct Candidate {
  uint32_t length = 0;  // tokens
  size_t stripped_bytes = 0;
  MentionKind kind = MentionKind::kName;
  int32_t entity = -1;
  bool short_name = false;
  bool not_name = false;
  bool adjective_after_article_word = false;
};

// A nisba that ends a kunya (أبو حمزة المصري، أبو خليل السوداني) says where
// a man is from: it names him, not his country or city. One of a group
// (أبو ثابت الحوثي) says whose side he is on, and stays. Only the base form
// right after the kunya's word: أبو غسان السوريين and أبو سهمين والجزائري
// speak of others.
bool EndsKunya(const Candidate& best, const EntityCatalog& catalog,
               const Morphology& morphology, const TextLayout& layout,
               const Sentence& sentence, uint32_t token) {
  if (best.kind != MentionKind::kAdjective || best.length != 1 || best.stripped_bytes != 0) {
    return false;
  }
  const EntityType type = catalog.entities()[static_cast<size_t>(best.entity)].type;
  if (type != EntityType::kCountry && type != EntityType::kPlace) return false;
  const std::string_view word = layout.Normalized(layout.tokens[token]);
  for (const std::string& suffix : morphology.adjective_suffixes()) {
    if (!suffix.empty() && word.ends_with(suffix)) return false;
  }
  return morphology.EndsKunya(layout, sentence, token);
}

std::string JoinWords(const std::vector<std::string>& words) {
  std::string joined;
  for (const std::string& word : words) {
    if (!joined.empty()) joined.push_back(' ');
    joined += word;
  }
  return joined;
}

}  // namespace

EntityMatcher::EntityMatcher(const EntityCatalog& catalog,
                             const Morphology& morphology,
                             const Tokenizer& tokenizer)
    : catalog_(catalog),
      morphology_(morphology),
      tokenizer_(tokenizer) {
  const auto& entities = catalog.entities();
  entity_ids_.reserve(entities.size());
  for (const auto& entity : entities) entity_ids_.push_back(entity.id);
  for (size_t e = 0; e < entities.size(); ++e) {
    const int32_t entity = static_cast<int32_t>(e);
    const auto add_all = [&](const std::vector<std::string>& names, NameUse use) {
      for (const std::string& name : names) {
        std::vector<std::string> words = tokenizer.NormalizedWords(name);
        if (words.empty()) {
          empty_names_.push_back(entities[e].id + ": " + name);
          continue;
        }
        if (use != NameUse::kAdjective) {
          AddName(words, entity, use);
          continue;
        }
        const std::string base = words.back();
        for (const std::string& suffix : morphology.adjective_suffixes()) {
          words.back() = base + suffix;
          AddName(words, entity, use);
        }
      }
    };
    add_all(entities[e].names, NameUse::kName);
    add_all(entities[e].adjectives, NameUse::kAdjective);
    add_all(entities[e].titles, NameUse::kTitle);
    add_all(entities[e].short_names, NameUse::kShortName);
    add_all(entities[e].not_in, NameUse::kNotIn);
    MarkNamesThatAreAdjectives(entities[e], entity);
  }
}

void EntityMatcher::MarkNamesThatAreAdjectives(const Entity& entity, int32_t index) {
  if (entity.adjectives.empty()) return;
  for (const std::string& name : entity.names) {
    const std::vector<std::string> words = tokenizer_.NormalizedWords(name);
    if (words.size() != 1) continue;
    const std::string_view stem = morphology_.WithoutArticle(words[0]);
    if (stem.size() == words[0].size()) continue;
    const bool adjective_form = std::ranges::any_of(entity.adjectives, [&](const auto& adjective) {
      const std::vector<std::string> base = tokenizer_.NormalizedWords(adjective);
      return base.size() == 1 &&
             std::ranges::any_of(morphology_.adjective_suffixes(), [&](const std::string& suffix) {
               return stem.size() == base[0].size() + suffix.size() && stem.starts_with(base[0]) &&
                      stem.ends_with(suffix);
             });
    });
    if (!adjective_form) continue;
    const TerminalSlot slot = AddPath(words[0], words);
    Terminal terminal = UnpackTerminal(*slot.packed);
    if (terminal.entity != index || terminal.kind != MentionKind::kName) continue;
    terminal.adjective_after_article_word = true;
    *slot.packed = PackTerminal(terminal);
  }
}

bool EntityMatcher::AgreesWithWordBefore(const TextLayout& layout, const Sentence& sentence,
                                         uint32_t token, uint32_t previous_end) const {
  if (token <= sentence.first_token || !layout.tokens[token].follows_space) return false;
  const Token& before = layout.tokens[token - 1];
  return before.start >= previous_end && morphology_.HasArticle(layout, token - 1);
}

EntityMatcher::Word& EntityMatcher::AddWord(std::string_view word) {
  Word added;
  added.id = static_cast<uint32_t>(words_.size());
  return words_.Insert(word, added);
}

uint32_t EntityMatcher::PackTerminal(const Terminal& terminal) {
  return static_cast<uint32_t>(terminal.entity + 1) << 7 |
         (terminal.adjective_after_article_word ? 64 : 0) | (terminal.not_name ? 32 : 0) |
         (terminal.adjective_with_article ? 16 : 0) | (terminal.short_name ? 8 : 0) |
         (terminal.needs_article ? 4 : 0) | (terminal.has_title ? 2 : 0) |
         (terminal.kind == MentionKind::kAdjective ? 1 : 0);
}

EntityMatcher::Terminal EntityMatcher::UnpackTerminal(uint32_t packed) {
  return Terminal{static_cast<int32_t>(packed >> 7) - 1,
                  (packed & 1) ? MentionKind::kAdjective : MentionKind::kName,
                  (packed & 2) != 0,
                  (packed & 4) != 0,
                  (packed & 8) != 0,
                  (packed & 16) != 0,
                  (packed & 32) != 0,
                  (packed & 64) != 0};
}

EntityMatcher::TerminalSlot EntityMatcher::AddPath(std::string_view first,
                                                   const std::vector<std::string>& words) {
  Word& first_word = AddWord(first);
  if (words.size() == 1) return TerminalSlot{&first_word.terminal, first_word.id};
  if (first_word.first_node < 0) first_word.first_node = static_cast<int32_t>(node_count_++);
  auto node = static_cast<uint32_t>(first_word.first_node);
  uint32_t parent = node;
  uint32_t last_word = 0;
  for (size_t i = 1; i < words.size(); ++i) {
    parent = node;
    Word& word = AddWord(words[i]);
    word.continues_name = true;
    last_word = word.id;
    const auto [child, inserted] = children_.Insert(parent, last_word, node_count_);
    if (inserted) ++node_count_;
    node = child;
  }
  return TerminalSlot{children_.ValueOf(parent, last_word), uint64_t{1} << 32 | node};
}

void EntityMatcher::AddName(const std::vector<std::string>& words, int32_t entity, NameUse use) {
  // A name that starts with the article is also stored without it, so that
  // text readings, which strip it with the other proclitics, find it.
  const std::string_view spellings[] = {words[0], morphology_.WithoutArticle(words[0])};
  const size_t spelling_count = spellings[1].size() != spellings[0].size() ? 2 : 1;
  for (size_t spelling = 0; spelling < spelling_count; ++spelling) {
    const std::string_view first = spellings[spelling];
    const TerminalSlot slot = AddPath(first, words);
    Terminal terminal = UnpackTerminal(*slot.packed);
    // A name wins over a phrase of not_in: either way the phrase is not
    // the entity that excludes it.
    if (terminal.not_name && use != NameUse::kNotIn) {
      terminal = Terminal{.has_title = terminal.has_title};
    } else if (use == NameUse::kNotIn && terminal.entity >= 0 && !terminal.not_name) {
      continue;
    }
    // Before this spelling counts: السعودية, a name written with the
    // article, stays the name with it although سعودية is an adjective too.
    const bool needed_article = terminal.needs_article;
    const bool without_article = spelling == 1;
    if (terminal.entity == -1 && !terminal.has_title) {
      terminal.needs_article = without_article;
      terminal.short_name = use == NameUse::kShortName;
    } else {
      if (!without_article) terminal.needs_article = false;  // some name is written this way
      if (use != NameUse::kShortName && use != NameUse::kTitle) terminal.short_name = false;
    }
    const auto conflict = [&](int32_t kept) {
      std::vector<std::string> spelled = words;
      spelled[0] = std::string(first);
      conflicts_.push_back(NameConflict{JoinWords(spelled), catalog_.entities()[kept].id,
                                        catalog_.entities()[entity].id});
    };
    if (use == NameUse::kNotIn) {
      terminal.entity = entity;
      terminal.not_name = true;
    } else if (use == NameUse::kTitle) {
      terminal.has_title = true;
      const auto [title, inserted] = title_entities_.try_emplace(slot.key, entity);
      if (!inserted && title->second != entity) conflict(title->second);
    } else if (terminal.entity == -1) {
      terminal.entity = entity;
      terminal.kind = use == NameUse::kAdjective ? MentionKind::kAdjective : MentionKind::kName;
    } else if (terminal.entity != entity) {
      conflict(terminal.entity);
    } else if (use == NameUse::kName) {
      terminal.kind = MentionKind::kName;  // a spelling listed as name and adjective is a name
    } else if (use == NameUse::kAdjective && terminal.kind == MentionKind::kName &&
               !needed_article) {
      terminal.adjective_with_article = true;
    }
    *slot.packed = PackTerminal(terminal);
  }
}

EntityMatcher::Terminal EntityMatcher::Resolve(const Terminal& terminal, uint64_t key,
                                               std::string_view text, const Token& first,
                                               const Token& last,
                                               size_t stripped_bytes) const {
  if (!terminal.has_title) return terminal;
  const uint32_t start = stripped_bytes == 0
                             ? first.start
                             : tokenizer_.OriginalOffsetAfter(text, first, stripped_bytes);
  if (!BetweenQuotationMarks(text, start, last.end)) return terminal;
  return Terminal{title_entities_.at(key), MentionKind::kName, true};
}

std::vector<Mention> EntityMatcher::FindMentions(std::string_view text,
                                                 const TextLayout& layout) const {
  std::vector<Mention> mentions;
  const auto& tokens = layout.tokens;
  // Every reading's rule word, looked up in one pass before any matching.
  // With a large list of names the tables are far bigger than the cache,
  // and lookups that do not wait for one another overlap their misses; in
  // the matching loop each lookup waited for the one before.
  thread_local std::vector<const Word*> word_of_reading;
  word_of_reading.resize(layout.readings.size());
  for (size_t r = 0; r < layout.readings.size(); ++r) {
    const TokenReading& reading = layout.readings[r];
    word_of_reading[r] = words_.FindHash(reading.hash);
  }
  const auto whole_word = [&](uint32_t token) {
    return word_of_reading[layout.first_reading[token]];
  };
  const auto continues = [&](const Sentence& sentence, uint32_t token) {
    return token < sentence.end_token &&
           (tokens[token].follows_space || tokens[token].follows_hyphen);
  };
  constexpr uint32_t kPrefetchTokens = 4;
  // A table that fits in the cache is not worth the instructions.
  const bool prefetch = children_.LargerThanCache();
  std::vector<int32_t> entity_of_mention;
  std::vector<bool> by_short_name;
  for (const Sentence& sentence : layout.sentences) {
    uint32_t prefetched = sentence.first_token;
    uint32_t i = sentence.first_token;
    while (i < sentence.end_token) {
      // The trie edges the readings of the next few tokens would follow to
      // the word after them, loaded ahead of the matching. Written out here:
      // GCC drops a prefetch in a lambda of its own as a call without effect.
      for (; prefetch && prefetched < std::min(i + kPrefetchTokens, sentence.end_token);
           ++prefetched) {
        if (!continues(sentence, prefetched + 1)) continue;
        const Word* next = whole_word(prefetched + 1);
        if (next == nullptr || !next->continues_name) continue;
        const uint32_t end = layout.first_reading[prefetched + 1];
        for (uint32_t r = layout.first_reading[prefetched]; r < end; ++r) {
          const Word* word = word_of_reading[r];
          if (word != nullptr && word->first_node >= 0) {
            children_.Prefetch(static_cast<uint32_t>(word->first_node), next->id);
          }
        }
      }
      Candidate best;
      const auto try_reading = [&](const Word* first_word, size_t stripped_bytes,
                                   bool has_article) {
        const auto consider = [&](uint32_t packed, uint32_t length, uint64_t key) {
          if (packed == 0) return;
          const Terminal unpacked = UnpackTerminal(packed);
          if (unpacked.needs_article && !has_article) return;
          const Terminal terminal = Resolve(unpacked, key, text, tokens[i],
                                            tokens[i + length - 1], stripped_bytes);
          if (terminal.entity >= 0 &&
              (length > best.length ||
               (length == best.length && stripped_bytes < best.stripped_bytes))) {
            const MentionKind kind =
                unpacked.adjective_with_article && has_article && terminal.entity == unpacked.entity
                    ? MentionKind::kAdjective
                    : terminal.kind;
            best = Candidate{length, stripped_bytes, kind, terminal.entity,
                             unpacked.short_name && !terminal.has_title, terminal.not_name,
                             terminal.adjective_after_article_word && stripped_bytes == 0 &&
                                 !has_article};
          }
        };
        if (first_word == nullptr || morphology_.SplitsWholeWord(layout, i, stripped_bytes)) return;
        consider(first_word->terminal, 1, first_word->id);
        int64_t node = first_word->first_node;
        for (uint32_t length = 1; node >= 0; ++length) {
          const uint32_t next = i + length;
          if (!continues(sentence, next)) return;
          const Word* next_word = whole_word(next);
          if (next_word == nullptr || !next_word->continues_name) return;
          const std::optional<NodeMap::Edge> edge =
              children_.FindEdge(static_cast<uint32_t>(node), next_word->id);
          if (!edge) return;
          node = edge->child;
          consider(edge->value, length + 1, uint64_t{1} << 32 | edge->child);
        }
      };
      for (uint32_t r = layout.first_reading[i]; r < layout.first_reading[i + 1]; ++r) {
        const Proclitic* proclitic = layout.readings[r].proclitic;
        try_reading(word_of_reading[r], proclitic ? proclitic->stripped_bytes() : 0,
                    proclitic != nullptr && proclitic->kept_bytes > 0);
      }
      if (best.entity < 0) {
        ++i;
        continue;
      }
      if (best.not_name) {
        i += best.length;
        continue;
      }
      if (best.adjective_after_article_word &&
          AgreesWithWordBefore(layout, sentence, i, mentions.empty() ? 0 : mentions.back().end)) {
        best.kind = MentionKind::kAdjective;
      }
      const std::vector<std::string>& not_after = best.kind == MentionKind::kAdjective
                                                      ? morphology_.not_adjective_after()
                                                      : morphology_.patronymics();
      if (morphology_.FollowsOneOf(layout, sentence, i, not_after) ||
          EndsKunya(best, catalog_, morphology_, layout, sentence, i)) {
        i += best.length;
        continue;
      }
      const Token& first = tokens[i];
      const Token& last = tokens[i + best.length - 1];
      Mention mention;
      entity_of_mention.push_back(best.entity);
      by_short_name.push_back(best.short_name);
      // Loaded now, copied below: with many entities, each id a miss.
      __builtin_prefetch(&entity_ids_[static_cast<size_t>(best.entity)]);
      mention.kind = best.kind;
      mention.start = best.stripped_bytes == 0
                          ? first.start
                          : tokenizer_.OriginalOffsetAfter(text, first, best.stripped_bytes);
      mention.end = last.end;
      mention.text = std::string(text.substr(mention.start, mention.end - mention.start));
      mention.sentence = first.sentence;
      mention.paragraph = sentence.paragraph;
      mentions.push_back(std::move(mention));
      i += best.length;
    }
  }
  KeepShortNamesOfNamedEntities(by_short_name, &entity_of_mention, &mentions);
  // The ids are copied once every mention is found: the copies do not wait
  // for one another, and with many entities each id is a cache miss.
  for (size_t m = 0; m < mentions.size(); ++m) {
    mentions[m].entity = entity_ids_[entity_of_mention[m]];
  }
  return mentions;
}

void EntityMatcher::KeepShortNamesOfNamedEntities(const std::vector<bool>& by_short_name,
                                                  std::vector<int32_t>* entity_of_mention,
                                                  std::vector<Mention>* mentions) {
  if (std::find(by_short_name.begin(), by_short_name.end(), true) == by_short_name.end()) return;
  std::vector<int32_t> named;  // entities the document names by more than a short name
  for (size_t m = 0; m < mentions->size(); ++m) {
    if (!by_short_name[m]) named.push_back((*entity_of_mention)[m]);
  }
  std::sort(named.begin(), named.end());
  size_t kept = 0;
  for (size_t m = 0; m < mentions->size(); ++m) {
    const int32_t entity = (*entity_of_mention)[m];
    if (by_short_name[m] && !std::binary_search(named.begin(), named.end(), entity)) continue;
    if (kept != m) {
      (*mentions)[kept] = std::move((*mentions)[m]);
      (*entity_of_mention)[kept] = entity;
    }
    ++kept;
  }
  mentions->resize(kept);
  entity_of_mention->resize(kept);
}

}  // namespace akhbar
