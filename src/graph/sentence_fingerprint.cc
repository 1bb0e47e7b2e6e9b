#include "graph/sentence_fingerprint.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "graph/stable_hash.h"

namespace akhbar {
namespace {

// A word of the sentence as its shingles read it: the hash of its stem, or
// of the entity whose mention covers it.
using ShingleWord = uint64_t;

// An entity's id and a word of the same bytes are different shingle words.
constexpr uint64_t kEntitySeed = 0x656e74697479ULL;

// `hashes` sorted with repeats dropped, in a vector of exactly their size.
template <typename Hash>
std::vector<Hash> SortedUnique(std::vector<Hash>* hashes) {
  std::sort(hashes->begin(), hashes->end());
  return std::vector<Hash>(hashes->begin(), std::unique(hashes->begin(), hashes->end()));
}

// Both halves of a 64-bit hash folded into 32 bits.
uint32_t Folded(uint64_t hash) { return static_cast<uint32_t>(hash ^ (hash >> 32)); }

// A word of the sentence as its fingerprint reads it.
struct Word {
  std::string_view normalized;
  uint32_t start = 0;  // document byte offsets
  uint32_t end = 0;
  size_t proclitic_bytes = 0;  // the longest proclitic that leaves a word
};

// What a fingerprint is made with, reused from sentence to sentence on each
// thread: building it anew cost several allocations per sentence.
struct Scratch {
  std::string normalized;
  Line line;
  std::vector<Token> scanned;
  std::vector<Word> words;
  std::vector<ShingleWord> shingle_words;
  std::vector<uint64_t> entities;
  std::vector<uint32_t> shingles;

  static Scratch& OfThisThread() {
    thread_local Scratch scratch;
    scratch.normalized.clear();
    scratch.words.clear();
    scratch.shingle_words.clear();
    scratch.entities.clear();
    scratch.shingles.clear();
    return scratch;
  }
};

// Appends the words of `text`, which starts at document byte `start`, to
// scratch->words. Their views into scratch->normalized are made once the
// scan has stopped adding to it.
void ScanWords(const Tokenizer& tokenizer, const Morphology& morphology, std::string_view text,
               uint32_t start, Scratch* scratch) {
  scratch->scanned.clear();
  tokenizer.ForEachLine(text, &scratch->normalized, &scratch->line, [&](const Line& line) {
    scratch->scanned.insert(scratch->scanned.end(), line.tokens.begin(), line.tokens.end());
  });
  for (const Token& token : scratch->scanned) {
    const std::string_view word =
        std::string_view(scratch->normalized).substr(token.norm_start, token.norm_length);
    size_t proclitic_bytes = 0;
    morphology.ForEachReading(word, [&](std::string_view, const Proclitic* proclitic) {
      if (proclitic) proclitic_bytes = std::max(proclitic_bytes, proclitic->form.size());
    });
    scratch->words.push_back(Word{word, start + token.start, start + token.end, proclitic_bytes});
  }
}

// The fingerprint of scratch->words, shingles of `shingle_words` words.
// Each word is hashed once; the exact hash and the shingles combine those.
SentenceFingerprint FromWords(size_t shingle_words, const std::vector<const Mention*>& mentions,
                              Scratch* scratch) {
  SentenceFingerprint fingerprint;
  std::vector<ShingleWord>& words = scratch->shingle_words;
  const Mention* previous = nullptr;
  for (const Word& word : scratch->words) {
    const uint64_t word_hash = StableHash(word.normalized);
    fingerprint.exact = MixBits(fingerprint.exact ^ word_hash);
    const auto covering = std::find_if(mentions.begin(), mentions.end(), [&](const Mention* m) {
      return m->start < word.end && m->end > word.start;
    });
    if (covering != mentions.end()) {
      if (*covering != previous) {
        words.push_back(StableHash((*covering)->entity, kEntitySeed));
        scratch->entities.push_back(words.back());
      }
      previous = *covering;
      continue;
    }
    previous = nullptr;
    words.push_back(word.proclitic_bytes == 0
                        ? word_hash
                        : StableHash(word.normalized.substr(word.proclitic_bytes)));
  }
  fingerprint.entities = SortedUnique(&scratch->entities);
  if (words.empty()) return fingerprint;
  const size_t count = words.size() >= shingle_words ? words.size() - shingle_words + 1 : 1;
  for (size_t i = 0; i < count; ++i) {
    uint64_t hash = 0;
    for (size_t w = i; w < std::min(words.size(), i + shingle_words); ++w) {
      hash = MixBits(hash ^ words[w]);
    }
    scratch->shingles.push_back(Folded(hash));
  }
  fingerprint.shingles = SortedUnique(&scratch->shingles);
  return fingerprint;
}

}  // namespace

void FingerprintList::Add(const SentenceFingerprint& fingerprint) {
  shingles_.insert(shingles_.end(), fingerprint.shingles.begin(), fingerprint.shingles.end());
  entities_.insert(entities_.end(), fingerprint.entities.begin(), fingerprint.entities.end());
  entries_.push_back(Entry{fingerprint.exact, static_cast<uint32_t>(shingles_.size()),
                           static_cast<uint32_t>(entities_.size())});
}

void FingerprintList::ShrinkToFit() {
  entries_.shrink_to_fit();
  shingles_.shrink_to_fit();
  entities_.shrink_to_fit();
}

FingerprintView FingerprintList::operator[](size_t index) const {
  const Entry& entry = entries_[index];
  const Entry before = index == 0 ? Entry() : entries_[index - 1];
  return FingerprintView{
      entry.exact,
      std::span(shingles_).subspan(before.shingles_end, entry.shingles_end - before.shingles_end),
      std::span(entities_).subspan(before.entities_end, entry.entities_end - before.entities_end)};
}

SentenceFingerprinter::SentenceFingerprinter(const Tokenizer& tokenizer,
                                             const Morphology& morphology,
                                             size_t shingle_words)
    : tokenizer_(tokenizer),
      morphology_(morphology),
      shingle_words_(std::max<size_t>(1, shingle_words)) {}

SentenceFingerprint SentenceFingerprinter::Fingerprint(
    const SentenceRecord& sentence, const std::vector<const Mention*>& mentions) const {
  Scratch& scratch = Scratch::OfThisThread();
  ScanWords(tokenizer_, morphology_, sentence.text, sentence.start, &scratch);
  return FromWords(shingle_words_, mentions, &scratch);
}

SentenceFingerprint SentenceFingerprinter::Fingerprint(
    const SentenceRecord& record, const TextLayout& layout, const Sentence& sentence,
    const std::vector<const Mention*>& mentions) const {
  Scratch& scratch = Scratch::OfThisThread();
  if (sentence.end_token > sentence.first_token) {
    const uint32_t last = sentence.end_token - 1;
    for (uint32_t t = sentence.first_token; t < last; ++t) {
      const Token& token = layout.tokens[t];
      size_t proclitic_bytes = 0;
      for (const TokenReading& reading : layout.ReadingsOf(t)) {
        if (reading.proclitic) {
          proclitic_bytes = std::max(proclitic_bytes, reading.proclitic->form.size());
        }
      }
      scratch.words.push_back(
          Word{layout.Normalized(token), token.start, token.end, proclitic_bytes});
    }
    // The last word is read again from the sentence's own text, as `merge`
    // reads it: in the layout, a format character after it at the end of a
    // line (a soft hyphen) is part of its normalized form, though not of
    // the sentence.
    const uint32_t last_start = layout.tokens[last].start;
    ScanWords(tokenizer_, morphology_, std::string_view(record.text).substr(last_start - record.start),
              last_start, &scratch);
  }
  return FromWords(shingle_words_, mentions, &scratch);
}

}  // namespace akhbar
