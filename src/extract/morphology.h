// The affixes that glue onto Arabic names: proclitic chains (و ف ب ل ك and
// their combinations), the article, and the suffixes that inflect a nisba
// adjective. All of them are data in rules/arabic.yaml.
#ifndef AKHBAR_EXTRACT_MORPHOLOGY_H_
#define AKHBAR_EXTRACT_MORPHOLOGY_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "extract/rule_yaml.h"
#include "extract/tokenizer.h"

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
  bool LongEnough(std::string_view stem) const;

 private:
  static StatusOr<Morphology> FromYamlUnguarded(const YamlFile& file,
                                                const Tokenizer& tokenizer);

  std::vector<Proclitic> proclitics_;
  std::vector<std::string> adjective_suffixes_;
  std::string article_;
  size_t min_stem_letters_ = 2;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_MORPHOLOGY_H_
