// The affixes that glue onto Arabic names: proclitic chains (و ف ب ل ك and
// their combinations), the article, and the suffixes that inflect a nisba
// adjective. All of them are data in rules/arabic.yaml.
#ifndef AKHBAR_EXTRACT_MORPHOLOGY_H_
#define AKHBAR_EXTRACT_MORPHOLOGY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "extract/rule_yaml.h"
#include "extract/text_layout.h"
#include "extract/tokenizer.h"
#include "extract/utf8.h"

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
  // Enough of a word is left after stripping to stand on its own.
  // Inline, and counting nothing when the bytes alone suffice (no code
  // point is longer than four): it runs for every proclitic reading.
  bool LongEnough(std::string_view stem) const {
    return stem.size() >= 4 * min_stem_letters_ || HasCodePoints(stem, min_stem_letters_);
  }

  // Calls visit(stem, proclitic) for every reading of a normalized word: the
  // word itself (proclitic null), then each proclitic it starts with that
  // leaves a stem long enough. The matchers run this on every token, so
  // proclitics are looked up by their first letter and compared without a
  // library call.
  // Every token's readings into layout->readings (see TokenReading).
  void AddReadings(TextLayout* layout) const;

  template <typename Visit>
  void ForEachReading(std::string_view word, Visit&& visit) const {
    visit(word, static_cast<const Proclitic*>(nullptr));
    if (word.empty()) return;
    const uint32_t lead = LeadOf(word);
    for (const ProcliticGroup& group : groups_) {
      if (group.lead != lead) continue;
      for (const uint32_t index : group.proclitics) {
        const Proclitic& proclitic = proclitics_[index];
        const std::string_view form = proclitic.form;
        if (word.size() <= form.size() || !SamePrefix(word, form)) continue;
        const std::string_view stem = word.substr(form.size());
        if (LongEnough(stem)) visit(stem, &proclitic);
      }
      return;
    }
  }

 private:
  struct ProcliticGroup {
    uint32_t lead = 0;  // LeadOf every proclitic of the group
    std::vector<uint32_t> proclitics;  // into proclitics_, in rule order
  };
  // The bytes of the first letter (UTF-8 sequence) of a non-empty word.
  static uint32_t LeadOf(std::string_view word) {
    const auto byte = static_cast<uint8_t>(word[0]);
    const size_t length = byte < 0xC0 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4;
    uint32_t lead = 0;
    for (size_t i = 0; i < length && i < word.size(); ++i) {
      lead = lead << 8 | static_cast<uint8_t>(word[i]);
    }
    return lead;
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
  std::vector<ProcliticGroup> groups_;
  std::vector<std::string> adjective_suffixes_;
  std::string article_;
  size_t min_stem_letters_ = 2;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_MORPHOLOGY_H_
