// What near-duplicate detection compares: a sentence reduced to its words,
// with the spelling differences between outlets folded away. Names become
// their entity (أبليازوف and ألبيازوف are one word), proclitics are set
// aside (ومختار = مختار), and the words are hashed into shingles.
#ifndef AKHBAR_GRAPH_SENTENCE_FINGERPRINT_H_
#define AKHBAR_GRAPH_SENTENCE_FINGERPRINT_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "extract/extraction.h"
#include "extract/morphology.h"
#include "extract/text_layout.h"
#include "extract/tokenizer.h"

namespace akhbar {

struct SentenceFingerprint {
  uint64_t exact = 0;              // hash of the normalized text
  std::vector<uint64_t> shingles;  // sorted, unique
  std::vector<uint64_t> entities;  // hashes of the entities named; sorted, unique

  friend bool operator==(const SentenceFingerprint&, const SentenceFingerprint&) = default;
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
