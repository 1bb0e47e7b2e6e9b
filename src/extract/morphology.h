// The affixes that glue onto Arabic names: proclitic chains (و ف ب ل ك and
// their combinations), the article, and the suffixes that inflect a nisba
// adjective. All of them are data in rules/arabic.yaml.
#ifndef AKHBAR_EXTRACT_MORPHOLOGY_H_
#define AKHBAR_EXTRACT_MORPHOLOGY_H_

#include <cstdint>
#include <functional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/little_endian.h"
#include "base/status.h"
#include "extract/rule_yaml.h"
#include "extract/text_layout.h"
#include "extract/tokenizer.h"
#include "extract/utf8.h"
#include "extract/word_table.h"

namespace akhbar {

struct Proclitic {
  std::string form;  // normalized letters glued to the front of a word
  // Normalized bytes at the end of `form` that belong to the name's span:
  // the article (وال keeps ال; لل keeps the ل that stands for ال).
  size_t kept_bytes = 0;
  size_t stripped_bytes() const { return form.size() - kept_bytes; }
};

class Morphology {
 public:
  static StatusOr<Morphology> FromYaml(const YamlFile& file,
                                       const Tokenizer& tokenizer);

  const std::vector<Proclitic>& proclitics() const { return proclitics_; }
  const std::vector<std::string>& adjective_suffixes() const {
    return adjective_suffixes_;
  }
  // The word without its article, if it has one and enough is left.
  std::string_view WithoutArticle(std::string_view word) const;
  // Token `token` is an Arabic word with the article, at its start or after
  // proclitics (الأمريكية، والأمريكية، للعقوبات).
  bool HasArticle(const TextLayout& layout, uint32_t token) const;
  // Enough of a word is left after stripping to stand on its own.
  // Inline, and counting nothing when the bytes alone suffice (no code
  // point is longer than four): it runs for every proclitic reading.
  bool LongEnough(std::string_view stem) const {
    return stem.size() >= 4 * min_stem_letters_ || HasCodePoints(stem, min_stem_letters_);
  }

  // Every token's readings into layout->readings (see TokenReading).
  void AddReadings(TextLayout* layout) const;
  // A reading of token `token` that sets aside `stripped_bytes` of
  // proclitics splits one of whole_words when a reading that sets aside
  // fewer is that word: بحث ("discussed") is never ب + حث ("urged").
  // Asked by the matchers of what they would report, not of every token.
  bool SplitsWholeWord(const TextLayout& layout, uint32_t token, size_t stripped_bytes) const;
  // Whether the word right before token `token`, in `sentence` with only
  // white space between them, has a reading that splits no whole word and is
  // one of `words` (normalized): بالدولار reads as دولار, ولم as لم.
  bool FollowsOneOf(const TextLayout& layout, const Sentence& sentence, uint32_t token,
                    std::span<const std::string> words) const;
  // Whether token `token` is the third word of a kunya: one of kunyas(),
  // a word, then it, with only white space between (أبو حمزة المصري). The
  // word between carries no proclitic before an article, which a kunya's
  // second word never does (بين أبي والرئيس الصيني: Abe, and the president).
  bool EndsKunya(const TextLayout& layout, const Sentence& sentence, uint32_t token) const;
  // The values `table` holds for the readings of token `token` that split
  // no whole word, or-ed together: the roles of وقال، بالدولار.
  template <typename Value>
  Value OrOfReadings(const TextLayout& layout, uint32_t token,
                     const WordTable<Value>& table) const {
    Value values{};
    for (const TokenReading& reading : layout.ReadingsOf(token)) {
      const size_t stripped = reading.proclitic ? reading.proclitic->stripped_bytes() : 0;
      const Value* found = table.FindHash(reading.hash);
      if (found && (stripped == 0 || !SplitsWholeWord(layout, token, stripped))) {
        values |= *found;
      }
    }
    return values;
  }
  // Nouns after which a nisba adjective names a thing, not the entity: the
  // currency of دولار أمريكي، الليرة السورية.
  const std::vector<std::string>& not_adjective_after() const { return not_adjective_after_; }
  // Words after which a name is a father's, inside another's: in فيصل بن
  // سلمان بن عبدالعزيز the king is named for his son.
  const std::vector<std::string>& patronymics() const { return patronymics_; }
  // The first words of a kunya, a name by a child (أبو بكر، أبي يعقوب،
  // أبا قتادة), whose nisba is part of it: أبو حمزة المصري names no Egypt.
  const std::vector<std::string>& kunyas() const { return kunyas_; }

  // Calls visit(stem, proclitic) for every reading of a normalized word: the
  // word itself (proclitic null), then each proclitic it starts with that
  // leaves a stem long enough. It runs on every token: the word's first
  // eight bytes, read once, find the group of its first letter and test
  // each proclitic with a masked compare.
  template <typename Visit>
  void ForEachReading(std::string_view word, Visit&& visit) const {
    visit(word, static_cast<const Proclitic*>(nullptr));
    if (word.size() < 2) return;  // a proclitic leaves at least a byte
    const uint64_t head = HeadOf(word);
    for (const ProcliticGroup& group : groups_) {
      if ((head & group.lead_mask) != group.lead) continue;
      for (const uint32_t index : group.proclitics) {
        const Proclitic& proclitic = proclitics_[index];
        const std::string_view form = proclitic.form;
        if (word.size() <= form.size()) continue;
        const FormHead& form_head = form_heads_[index];
        if ((head & form_head.mask) != form_head.bytes) continue;
        if (form.size() > sizeof head && !SamePrefix(word, form)) continue;
        const std::string_view stem = word.substr(form.size());
        if (LongEnough(stem)) visit(stem, &proclitic);
      }
      return;
    }
  }

 private:
  struct ProcliticGroup {
    uint64_t lead = 0;       // the first letter's bytes, as HeadOf reads them
    uint64_t lead_mask = 0;  // over those bytes
    std::vector<uint32_t> proclitics;  // into proclitics_, in rule order
  };
  // A proclitic's first eight bytes at most, and a mask over them.
  struct FormHead {
    uint64_t bytes = 0;
    uint64_t mask = 0;
  };
  // The first eight bytes of `text` (fewer if it is shorter), byte i in
  // bits 8i..8i+7, without reading past its end.
  static uint64_t HeadOf(std::string_view text) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const size_t size = text.size();
    if (size >= 8) return LoadLittleEndian<uint64_t>(bytes);
    if (size >= 4) {
      // Two loads that overlap: the shared bytes are the same in both.
      return LoadLittleEndian<uint32_t>(bytes) |
             uint64_t{LoadLittleEndian<uint32_t>(bytes + size - 4)} << (8 * (size - 4));
    }
    uint64_t head = 0;
    for (size_t i = 0; i < size; ++i) head |= uint64_t{bytes[i]} << (8 * i);
    return head;
  }
  static uint64_t MaskOfBytes(size_t count) {
    return count >= 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * count)) - 1;
  }
  static bool SamePrefix(std::string_view word, std::string_view form) {
    for (size_t i = 0; i < form.size(); ++i) {
      if (word[i] != form[i]) return false;
    }
    return true;
  }

  static StatusOr<Morphology> FromYamlUnguarded(const YamlFile& file,
                                                const Tokenizer& tokenizer);

  std::vector<Proclitic> proclitics_;
  std::vector<FormHead> form_heads_;  // per proclitic
  std::vector<ProcliticGroup> groups_;
  std::vector<std::string> adjective_suffixes_;
  std::set<std::string, std::less<>> whole_words_;  // normalized
  std::vector<std::string> not_adjective_after_;    // normalized
  std::vector<std::string> patronymics_;            // normalized
  std::vector<std::string> kunyas_;                 // normalized
  std::string article_;
  size_t min_stem_letters_ = 2;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_MORPHOLOGY_H_
