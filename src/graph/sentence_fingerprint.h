// What near-duplicate detection compares: a sentence reduced to its words,
// with the spelling differences between outlets folded away. Names become
// their entity (أبليازوف and ألبيازوف are one word), proclitics are set
// aside (ومختار = مختار), and the words are hashed into shingles.
#ifndef AKHBAR_GRAPH_SENTENCE_FINGERPRINT_H_
#define AKHBAR_GRAPH_SENTENCE_FINGERPRINT_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "extract/extraction.h"
#include "extract/morphology.h"
#include "extract/text_layout.h"
#include "extract/tokenizer.h"

namespace akhbar {

// Shingles are 32-bit: two sentences compared share a shingle by accident
// about once in ten million comparisons (a few hundred pairs of words against
// 2^32), which moves a count by one; a corpus keeps millions of shingles
// until its copies are found.
struct FingerprintView {
  uint64_t exact = 0;                  // hash of the normalized text
  std::span<const uint32_t> shingles;  // sorted, unique
  std::span<const uint64_t> entities;  // hashes of the entities named; sorted, unique
};

struct SentenceFingerprint {
  uint64_t exact = 0;
  std::vector<uint32_t> shingles;
  std::vector<uint64_t> entities;

  FingerprintView View() const { return {exact, shingles, entities}; }
  friend bool operator==(const SentenceFingerprint&, const SentenceFingerprint&) = default;
};

// The fingerprints of a document's sentences, one after another in three
// arrays: two vectors per sentence cost their headers and allocations, as
// much as the shingles themselves.
class FingerprintList {
 public:
  void Add(const SentenceFingerprint& fingerprint);
  // Once all are in: the list is kept until the corpus's copies are found.
  void ShrinkToFit();

  size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  FingerprintView operator[](size_t index) const;
  friend bool operator==(const FingerprintList&, const FingerprintList&) = default;

 private:
  struct Entry {
    uint64_t exact = 0;
    uint32_t shingles_end = 0;  // in shingles_
    uint32_t entities_end = 0;  // in entities_
    friend bool operator==(const Entry&, const Entry&) = default;
  };
  std::vector<Entry> entries_;
  std::vector<uint32_t> shingles_;
  std::vector<uint64_t> entities_;
};

// A fingerprint in a list, as the corpus's deduplication takes them.
struct FingerprintRef {
  const FingerprintList* list = nullptr;
  size_t index = 0;

  FingerprintView View() const { return (*list)[index]; }
};

class SentenceFingerprinter {
 public:
  // A shingle is `shingle_words` consecutive words. Single words suit
  // agency copy, where outlets insert and drop words but rarely reorder.
  SentenceFingerprinter(const Tokenizer& tokenizer, const Morphology& morphology,
                        size_t shingle_words = 1);

  // `mentions` are the mentions of this sentence (document offsets).
  SentenceFingerprint Fingerprint(const SentenceRecord& sentence,
                                  const std::vector<const Mention*>& mentions) const;
  // The same fingerprint from the tokens and readings that extraction made
  // of the sentence's document (`layout`, whose sentence `sentence` is
  // `record`): a build then scans each kept sentence once, not twice.
  SentenceFingerprint Fingerprint(const SentenceRecord& record, const TextLayout& layout,
                                  const Sentence& sentence,
                                  const std::vector<const Mention*>& mentions) const;

 private:
  const Tokenizer& tokenizer_;
  const Morphology& morphology_;
  size_t shingle_words_;
};

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_SENTENCE_FINGERPRINT_H_
