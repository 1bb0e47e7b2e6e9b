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
  const auto& entities = catalog.entities();
  entity_ids_.reserve(entities.size());
  for (const auto& entity : entities) entity_ids_.push_back(entity.id);
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

EntityMatcher::Word& EntityMatcher::AddWord(const std::string& word) {
  Word added;
  added.id = static_cast<uint32_t>(words_.size());
  return words_.Insert(word, added);
}

int64_t EntityMatcher::Child(uint32_t node, uint32_t word) const {
  const std::optional<uint32_t> child = children_.Find(node, word);
  return child ? int64_t{*child} : int64_t{-1};
}

void EntityMatcher::AddName(const std::vector<std::string>& words, int32_t entity,
                            MentionKind kind) {
  // A name that starts with the article is also stored without it, so that
  // text readings, which strip it with the other proclitics, find it.
  std::vector<std::string> spellings = {words[0]};
  const std::string_view bare = morphology_.WithoutArticle(words[0]);
  if (bare.size() != words[0].size()) spellings.emplace_back(bare);
  for (const std::string& first : spellings) {
    Word& first_word = AddWord(first);
    int64_t node = -1;
    if (words.size() > 1) {
      if (first_word.first_node < 0) {
        first_word.first_node = static_cast<int32_t>(terminals_.size());
        terminals_.emplace_back();
      }
      node = first_word.first_node;
      for (size_t i = 1; i < words.size(); ++i) {
        const auto [child, inserted] = children_.Insert(
            static_cast<uint32_t>(node), AddWord(words[i]).id,
            static_cast<uint32_t>(terminals_.size()));
        if (inserted) terminals_.emplace_back();
        node = child;
      }
    }
    Terminal& terminal = node < 0 ? first_word.terminal : terminals_[node];
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
      const auto try_reading = [&](const TokenReading& reading, size_t stripped_bytes) {
        const auto consider = [&](const Terminal& terminal, uint32_t length) {
          if (terminal.entity >= 0 &&
              (length > best.length ||
               (length == best.length && stripped_bytes < best.stripped_bytes))) {
            best = Candidate{length, stripped_bytes, terminal.kind, terminal.entity};
          }
        };
        const Word* first_word = words_.Find(layout.Stem(reading), reading.hash);
        if (first_word == nullptr) return;
        consider(first_word->terminal, 1);
        int64_t node = first_word->first_node;
        for (uint32_t length = 1; node >= 0; ++length) {
          const uint32_t next = i + length;
          if (next >= sentence.end_token ||
              !(tokens[next].follows_space || tokens[next].follows_hyphen)) {
            return;
          }
          const TokenReading& whole = layout.ReadingsOf(next).front();
          const Word* next_word = words_.Find(layout.Stem(whole), whole.hash);
          if (next_word == nullptr) return;
          node = Child(static_cast<uint32_t>(node), next_word->id);
          if (node >= 0) consider(terminals_[node], length + 1);
        }
      };
      for (const TokenReading& reading : layout.ReadingsOf(i)) {
        try_reading(reading, reading.proclitic ? reading.proclitic->stripped_bytes() : 0);
      }
      if (best.entity < 0) {
        ++i;
        continue;
      }
      const Token& first = tokens[i];
      const Token& last = tokens[i + best.length - 1];
      Mention mention;
      mention.entity = entity_ids_[best.entity];
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
