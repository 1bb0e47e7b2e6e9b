#include "graph/sentence_fingerprint.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "graph/stable_hash.h"

namespace akhbar {
namespace {

// Stands for a whole entity mention among the words; cannot occur in text.
constexpr char kEntityMark = '\x01';
constexpr char kWordSeparator = '\x1f';

// A word of the sentence, or an entity mention standing for its words.
struct ShingleWord {
  bool entity = false;
  std::string_view text;  // the normalized word, or the entity id
};

// As if the entity's word were kEntityMark followed by its id: FNV-1a
// reads bytes one after the other, so no joined string is needed.
uint64_t HashWord(const ShingleWord& word, uint64_t hash = StableHash("")) {
  if (word.entity) hash = StableHash(std::string_view(&kEntityMark, 1), hash);
  return StableHash(word.text, hash);
}

// `hashes` sorted with repeats dropped, in a vector of exactly their size:
// a fingerprint is kept until the whole corpus is in.
std::vector<uint64_t> SortedUnique(std::vector<uint64_t>* hashes) {
  std::sort(hashes->begin(), hashes->end());
  return std::vector<uint64_t>(hashes->begin(), std::unique(hashes->begin(), hashes->end()));
}

// What a fingerprint is made with, reused from sentence to sentence on each
// thread: building it anew cost several allocations per sentence.
struct Scratch {
  std::string normalized;
  Line line;
  std::vector<ShingleWord> words;
  std::vector<uint64_t> entities;
  std::vector<uint64_t> shingles;
};

}  // namespace

SentenceFingerprinter::SentenceFingerprinter(const Tokenizer& tokenizer,
                                             const Morphology& morphology,
                                             size_t shingle_words)
    : tokenizer_(tokenizer),
      morphology_(morphology),
      shingle_words_(std::max<size_t>(1, shingle_words)) {}

SentenceFingerprint SentenceFingerprinter::Fingerprint(
    const SentenceRecord& sentence, const std::vector<const Mention*>& mentions) const {
  SentenceFingerprint fingerprint;
  fingerprint.exact = StableHash("");
  thread_local Scratch scratch;
  std::string& normalized = scratch.normalized;
  std::vector<ShingleWord>& words = scratch.words;
  normalized.clear();
  words.clear();
  scratch.entities.clear();
  scratch.shingles.clear();
  const Mention* previous = nullptr;
  tokenizer_.ForEachLine(sentence.text, &normalized, &scratch.line, [&](const Line& line) {
    for (const Token& token : line.tokens) {
      fingerprint.exact = StableHash(std::string_view(&kWordSeparator, 1),
                                     StableHash(std::string_view(normalized).substr(
                                                    token.norm_start, token.norm_length),
                                                fingerprint.exact));
      const uint32_t start = sentence.start + token.start;
      const uint32_t end = sentence.start + token.end;
      const auto covering = std::find_if(mentions.begin(), mentions.end(), [&](const Mention* m) {
        return m->start < end && m->end > start;
      });
      if (covering != mentions.end()) {
        if (*covering != previous) {
          words.push_back(ShingleWord{true, (*covering)->entity});
          scratch.entities.push_back(HashWord(words.back()));
        }
        previous = *covering;
        continue;
      }
      previous = nullptr;
      std::string_view word =
          std::string_view(normalized).substr(token.norm_start, token.norm_length);
      // The longest proclitic that leaves a word: وقد and قد are one word.
      size_t strip = 0;
      morphology_.ForEachReading(word, [&](std::string_view, const Proclitic* proclitic) {
        if (proclitic) strip = std::max(strip, proclitic->form.size());
      });
      words.push_back(ShingleWord{false, word.substr(strip)});
    }
  });
  fingerprint.entities = SortedUnique(&scratch.entities);
  if (words.empty()) return fingerprint;
  const size_t count = words.size() >= shingle_words_ ? words.size() - shingle_words_ + 1 : 1;
  for (size_t i = 0; i < count; ++i) {
    uint64_t hash = StableHash("");
    for (size_t w = i; w < std::min(words.size(), i + shingle_words_); ++w) {
      hash = HashWord(words[w], hash);
      hash = StableHash(std::string_view(&kWordSeparator, 1), hash);
    }
    scratch.shingles.push_back(hash);
  }
  fingerprint.shingles = SortedUnique(&scratch.shingles);
  return fingerprint;
}

}  // namespace akhbar
