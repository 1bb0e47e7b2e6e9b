#include "extract/date_lexicon.h"

namespace akhbar {

DateLexicon::DateLexicon(const Morphology& morphology)
    : morphology_(&morphology) {}

void DateLexicon::Add(const std::vector<std::string>& words, DateWord word) {
  if (words.empty()) return;
  const auto index = static_cast<uint32_t>(phrases_.size());
  phrases_.push_back(
      Phrase{std::vector<std::string>(words.begin() + 1, words.end()), std::move(word)});
  const DateRoleSet role = RoleBit(phrases_.back().word.role);
  const auto add_start = [&](PhraseTable& table, std::string_view first_word) {
    Starts& starts = table.Insert(first_word);
    starts.phrases.push_back(index);
    starts.roles |= role;
  };
  const bool weekday = phrases_.back().word.role == DateWordRole::kWeekday;
  add_start(by_first_word_, words[0]);
  const auto add_weekday = [&](std::vector<uint64_t>& hashes, std::string_view first_word) {
    const uint64_t hash = WordHash{}(first_word);
    hashes.push_back(hash);
    weekday_hash_bits_ |= uint64_t{1} << (hash & 63);
  };
  if (weekday) add_weekday(weekday_hashes_, words[0]);
  const std::string_view bare = morphology_->WithoutArticle(words[0]);
  if (bare.size() != words[0].size()) {
    add_start(by_first_word_without_article_, bare);
    if (weekday) add_weekday(weekday_hashes_without_article_, bare);
  }
}

DateRoleSet DateLexicon::AppendStartsWith(const TokenReading& reading,
                                          std::vector<PhraseStart>* starts) const {
  const Starts* found = TableFor(reading).FindHash(reading.hash);
  if (found == nullptr) return 0;
  const Proclitic* proclitic = reading.proclitic;
  const auto stripped_bytes = static_cast<uint32_t>(proclitic ? proclitic->stripped_bytes() : 0);
  for (const uint32_t phrase : found->phrases) starts->push_back(PhraseStart{phrase, stripped_bytes});
  return found->roles;
}

PhraseStartIndex::PhraseStartIndex(const DateLexicon& lexicon, const TextLayout& layout,
                                   const std::vector<bool>* chosen) {
  const auto tokens = static_cast<uint32_t>(layout.tokens.size());
  // Sized once and written by index: most tokens start no phrase, and a
  // push_back per token and array cost more than their one bit test.
  first_start_.resize(tokens + 1);
  roles_.assign(tokens, 0);
  starts_.reserve(tokens / 4);
  const TokenReading* readings = layout.readings.data();
  const uint32_t* first_reading = layout.first_reading.data();
  for (uint32_t at = 0; at < tokens; ++at) {
    first_start_[at] = static_cast<uint32_t>(starts_.size());
    if (chosen != nullptr && !(*chosen)[layout.tokens[at].sentence]) continue;
    for (uint32_t r = first_reading[at]; r < first_reading[at + 1]; ++r) {
      if (lexicon.MayStartWith(readings[r])) {
        roles_[at] |= lexicon.AppendStartsWith(readings[r], &starts_);
      }
    }
  }
  first_start_[tokens] = static_cast<uint32_t>(starts_.size());
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
