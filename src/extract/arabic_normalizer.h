// Character classes and the matching form of text. The folds themselves are
// data (rules/arabic.yaml); this class compiles them, after ICU's NFKC, into a
// per-code-point table so that normalizing costs one lookup per character.
#ifndef AKHBAR_EXTRACT_ARABIC_NORMALIZER_H_
#define AKHBAR_EXTRACT_ARABIC_NORMALIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "extract/rule_yaml.h"

namespace akhbar {

enum class CharClass : uint8_t {
  kArabicLetter,
  kLatinLetter,
  kOtherLetter,
  kDigit,
  kJoiner,      // marks and tatweel: belong to the word they sit on
  kFormat,      // invisible controls (ZWNJ, RLM): glue a word, never end one
  kSpace,
  kLineBreak,
  kTerminator,  // . ! ? ؟ …
  kQuoteOpen,
  kQuoteClose,
  kQuoteToggle,  // the ASCII " that opens and closes
  kPunctuation,
};

inline bool IsWordClass(CharClass c) { return c <= CharClass::kFormat; }

class ArabicNormalizer {
 public:
  // Reads the `normalization` section of rules/arabic.yaml.
  static StatusOr<ArabicNormalizer> FromYaml(const YamlFile& file);

  // Inline: called for every character of every document.
  CharClass Classify(char32_t code_point) const {
    return code_point < kBmpSize ? classes_[code_point] : ClassifyBeyondBmp(code_point);
  }

  // The class and form of a code point below U+0800, where every letter of
  // Arabic and Latin text lies, in one small entry: the tokenizer's loop
  // over a word's letters reads this table instead of three.
  static constexpr char32_t kShortFormLimit = 0x800;
  static constexpr uint8_t kLongForm = 0xFF;  // a form of three bytes or more
  struct ShortForm {
    CharClass char_class = CharClass::kPunctuation;
    uint8_t length = 0;  // of `bytes` used, or kLongForm: ask AppendNormalized
    char bytes[2] = {};
  };
  const ShortForm* short_forms() const { return short_forms_.data(); }

  // Appends the matching form of one original code point (possibly nothing).
  void AppendNormalized(char32_t code_point, std::string* out) const {
    if (code_point >= kBmpSize) {
      AppendBeyondBmp(code_point, out);
      return;
    }
    const char* form = pool_.data() + offsets_[code_point];
    const size_t length = offsets_[code_point + 1] - offsets_[code_point];
    // Nearly every character's form is one or two bytes; push_back is
    // inline, where append is a call and a memcpy per character.
    if (length <= 2) {
      for (size_t i = 0; i < length; ++i) out->push_back(form[i]);
      return;
    }
    out->append(form, length);
  }

 private:
  // Tables cover the Basic Multilingual Plane; the rest asks ICU each time.
  static constexpr char32_t kBmpSize = 0x10000;

  ArabicNormalizer() = default;
  static CharClass ClassifyBeyondBmp(char32_t code_point);
  void AppendBeyondBmp(char32_t code_point, std::string* out) const;
  static StatusOr<ArabicNormalizer> FromYamlUnguarded(const YamlFile& file);
  void BuildTables(const std::vector<char32_t>& removed,
                   const std::vector<std::pair<char32_t, char32_t>>& folds,
                   bool lowercase_latin);
  std::string Fold(char32_t code_point) const;
  // One code point of an NFKC form: removed, or folded and appended.
  void AppendFolded(char32_t code_point, std::string* out) const;

  std::vector<uint32_t> offsets_;  // BMP code point -> range in pool_
  std::string pool_;
  std::vector<CharClass> classes_;  // BMP code point -> class
  std::vector<ShortForm> short_forms_;  // code point below kShortFormLimit -> form
  std::vector<char32_t> removed_;   // sorted
  std::vector<std::pair<char32_t, char32_t>> folds_;  // sorted by source
  bool lowercase_latin_ = true;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_ARABIC_NORMALIZER_H_
