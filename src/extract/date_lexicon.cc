#include "extract/date_lexicon.h"

namespace akhbar {

DateLexicon::DateLexicon(const Morphology& morphology)
    : morphology_(&morphology) {}

void DateLexicon::Add(const std::vector<std::string>& words, DateWord word) {
  if (words.empty()) return;
  const auto index = static_cast<uint32_t>(phrases_.size());
  phrases_.push_back(
      Phrase{std::vector<std::string>(words.begin() + 1, words.end()), std::move(word)});
  by_first_word_.Insert(words[0]).push_back(index);
  const std::string_view bare = morphology_->WithoutArticle(words[0]);
  if (bare.size() != words[0].size()) {
    by_first_word_without_article_.Insert(bare).push_back(index);
  }
}

void DateLexicon::AppendStartsAt(const TextLayout& layout, uint32_t at,
                                 std::vector<PhraseStart>* starts) const {
  for (const TokenReading& reading : layout.ReadingsOf(at)) {
    const Proclitic* proclitic = reading.proclitic;
    const bool article_stripped = proclitic != nullptr && proclitic->kept_bytes != 0;
    const PhraseTable& table = article_stripped ? by_first_word_without_article_ : by_first_word_;
    const std::vector<uint32_t>* found = table.Find(layout.Stem(reading), reading.hash);
    if (found == nullptr) continue;
    const auto stripped_bytes = static_cast<uint32_t>(proclitic ? proclitic->stripped_bytes() : 0);
    for (const uint32_t phrase : *found) starts->push_back(PhraseStart{phrase, stripped_bytes});
  }
}

PhraseStartIndex::PhraseStartIndex(const DateLexicon& lexicon, const TextLayout& layout) {
  const auto tokens = static_cast<uint32_t>(layout.tokens.size());
  first_start_.reserve(tokens + 1);
  roles_.reserve(tokens);
  starts_.reserve(tokens);  // rarely more than one phrase per token
  for (uint32_t at = 0; at < tokens; ++at) {
    const size_t first = starts_.size();
    first_start_.push_back(static_cast<uint32_t>(first));
    lexicon.AppendStartsAt(layout, at, &starts_);
    DateRoleSet roles = 0;
    for (size_t s = first; s < starts_.size(); ++s) {
      roles |= RoleBit(lexicon.WordOf(starts_[s]).role);
    }
    roles_.push_back(roles);
  }
  first_start_.push_back(static_cast<uint32_t>(starts_.size()));
}

std::optional<LexiconMatch> DateLexicon::Longest(const TextLayout& layout, uint32_t at,
                                                 uint32_t end, std::span<const PhraseStart> starts,
                                                 DateWordRole role) const {
  std::optional<LexiconMatch> best;
  for (const PhraseStart& start : starts) {
    const Phrase& phrase = phrases_[start.phrase];
    if (phrase.word.role != role) continue;
    const uint32_t length = static_cast<uint32_t>(phrase.rest.size()) + 1;
    if (at + length > end) continue;
    bool matches = true;
    for (size_t i = 0; i < phrase.rest.size() && matches; ++i) {
      const Token& token = layout.tokens[at + 1 + i];
      matches = token.follows_space && layout.Normalized(token) == phrase.rest[i];
    }
    if (!matches) continue;
    if (!best || length > best->tokens ||
        (length == best->tokens && start.stripped_bytes < best->stripped_bytes)) {
      best = LexiconMatch{&phrase.word, length, start.stripped_bytes};
    }
  }
  return best;
}

}  // namespace akhbar
