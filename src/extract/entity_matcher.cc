#include "extract/entity_matcher.h"

namespace akhbar {
namespace {

struct Candidate {
  uint32_t length = 0;  // tokens
  size_t stripped_bytes = 0;
  MentionKind kind = MentionKind::kName;
  int32_t entity = -1;
};

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
  terminals_.emplace_back();  // the root
  const auto& entities = catalog.entities();
  for (size_t e = 0; e < entities.size(); ++e) {
    const int32_t entity = static_cast<int32_t>(e);
    for (const std::string& name : entities[e].names) {
      std::vector<std::string> words = tokenizer.NormalizedWords(name);
      if (words.empty()) {
        empty_names_.push_back(entities[e].id + ": " + name);
        continue;
      }
      AddName(words, entity, MentionKind::kName);
    }
    for (const std::string& adjective : entities[e].adjectives) {
      std::vector<std::string> words = tokenizer.NormalizedWords(adjective);
      if (words.empty()) {
        empty_names_.push_back(entities[e].id + ": " + adjective);
        continue;
      }
      const std::string base = words.back();
      for (const std::string& suffix : morphology.adjective_suffixes()) {
        words.back() = base + suffix;
        AddName(words, entity, MentionKind::kAdjective);
      }
    }
  }
}

uint32_t EntityMatcher::WordId(const std::string& word) {
  return words_.Insert(word, static_cast<uint32_t>(words_.size()));
}

int64_t EntityMatcher::LookUpWord(std::string_view word) const {
  const uint32_t* id = words_.Find(word);
  return id == nullptr ? int64_t{-1} : int64_t{*id};
}

int64_t EntityMatcher::Child(uint32_t node, uint32_t word) const {
  const auto it = children_.find(static_cast<uint64_t>(node) << 32 | word);
  return it == children_.end() ? int64_t{-1} : int64_t{it->second};
}

void EntityMatcher::AddName(const std::vector<std::string>& words, int32_t entity,
                            MentionKind kind) {
  // A name that starts with the article is also stored without it, so that
  // text readings, which strip it with the other proclitics, find it.
  std::vector<std::string> spellings = {words[0]};
  const std::string_view bare = morphology_.WithoutArticle(words[0]);
  if (bare.size() != words[0].size()) spellings.emplace_back(bare);
  for (const std::string& first : spellings) {
    uint32_t node = 0;
    for (size_t i = 0; i < words.size(); ++i) {
      const uint32_t word = WordId(i == 0 ? first : words[i]);
      const uint64_t key = static_cast<uint64_t>(node) << 32 | word;
      const auto [it, inserted] =
          children_.try_emplace(key, static_cast<uint32_t>(terminals_.size()));
      if (inserted) terminals_.emplace_back();
      node = it->second;
    }
    Terminal& terminal = terminals_[node];
    if (terminal.entity == -1) {
      terminal = Terminal{entity, kind};
    } else if (terminal.entity != entity) {
      std::vector<std::string> spelled = words;
      spelled[0] = first;
      conflicts_.push_back(NameConflict{
          JoinWords(spelled), catalog_.entities()[terminal.entity].id,
          catalog_.entities()[entity].id});
    } else if (kind == MentionKind::kName) {
      terminal.kind = kind;  // a spelling listed as name and adjective is a name
    }
  }
}

std::vector<Mention> EntityMatcher::FindMentions(std::string_view text,
                                                 const TextLayout& layout) const {
  std::vector<Mention> mentions;
  const auto& tokens = layout.tokens;
  for (const Sentence& sentence : layout.sentences) {
    uint32_t i = sentence.first_token;
    while (i < sentence.end_token) {
      Candidate best;
      const std::string_view word = layout.Normalized(tokens[i]);
      const auto try_reading = [&](std::string_view stem, size_t stripped_bytes) {
        const int64_t word_id = LookUpWord(stem);
        if (word_id < 0) return;
        int64_t node = Child(0, static_cast<uint32_t>(word_id));
        uint32_t length = 1;
        while (node >= 0) {
          const Terminal& terminal = terminals_[node];
          if (terminal.entity >= 0 &&
              (length > best.length ||
               (length == best.length && stripped_bytes < best.stripped_bytes))) {
            best = Candidate{length, stripped_bytes, terminal.kind, terminal.entity};
          }
          const uint32_t next = i + length;
          if (next >= sentence.end_token ||
              !(tokens[next].follows_space || tokens[next].follows_hyphen)) {
            break;
          }
          const int64_t next_word = LookUpWord(layout.Normalized(tokens[next]));
          if (next_word < 0) break;
          node = Child(static_cast<uint32_t>(node), static_cast<uint32_t>(next_word));
          ++length;
        }
      };
      morphology_.ForEachReading(word, [&](std::string_view stem, const Proclitic* proclitic) {
        try_reading(stem, proclitic ? proclitic->stripped_bytes() : 0);
      });
      if (best.entity < 0) {
        ++i;
        continue;
      }
      const Token& first = tokens[i];
      const Token& last = tokens[i + best.length - 1];
      Mention mention;
      mention.entity = catalog_.entities()[best.entity].id;
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
  return mentions;
}

}  // namespace akhbar
