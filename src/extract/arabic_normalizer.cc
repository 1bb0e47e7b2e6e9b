#include "extract/arabic_normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "extract/utf8.h"

namespace akhbar {
namespace {

// A code point written either literally ("ـ") or as "U+0640".
StatusOr<char32_t> ParseCodePoint(const YamlFile& file, const YAML::Node& node) {
  if (!node.IsScalar()) return RuleErrorAt(file, node, "expected a character");
  const std::string text = node.Scalar();
  if (text.size() > 2 && (text[0] == 'U' || text[0] == 'u') && text[1] == '+') {
    try {
      return static_cast<char32_t>(std::stoul(text.substr(2), nullptr, 16));
    } catch (const std::exception&) {
      return RuleErrorAt(file, node, "bad code point");
    }
  }
  char32_t code_point;
  const int length = text.empty() ? 0 : DecodeUtf8(text, 0, &code_point);
  if (length == 0 || static_cast<size_t>(length) != text.size()) {
    return RuleErrorAt(file, node, "expected exactly one character");
  }
  return code_point;
}

// A list of characters: a YAML list of single characters, or one string.
StatusOr<std::vector<char32_t>> ParseCharacters(const YamlFile& file,
                                                const YAML::Node& node) {
  std::vector<char32_t> result;
  if (node.IsSequence()) {
    for (const YAML::Node& item : node) {
      StatusOr<char32_t> code_point = ParseCodePoint(file, item);
      if (!code_point.ok()) return code_point.status();
      result.push_back(*code_point);
    }
    return result;
  }
  if (!node.IsScalar()) return RuleErrorAt(file, node, "expected characters");
  StatusOr<char32_t> single = ParseCodePoint(file, node);
  if (single.ok()) return std::vector<char32_t>{*single};
  const std::string text = node.Scalar();
  size_t pos = 0;
  while (pos < text.size()) {
    char32_t code_point;
    const int length = DecodeUtf8(text, pos, &code_point);
    if (length == 0) return RuleErrorAt(file, node, "invalid UTF-8");
    result.push_back(code_point);
    pos += length;
  }
  return result;
}

CharClass ClassifyWithIcu(char32_t code_point) {
  switch (code_point) {
    case '\n': case 0x2028: case 0x2029: case 0x0B: case 0x0C: case 0x85:
      return CharClass::kLineBreak;
    case '.': case '!': case '?': case 0x061F: case 0x2026: case 0x06D4:
      return CharClass::kTerminator;
    case 0x00AB: case 0x201C: case 0x201E: case 0x2039:
      return CharClass::kQuoteOpen;
    case 0x00BB: case 0x201D: case 0x203A:
      return CharClass::kQuoteClose;
    case '"':
      return CharClass::kQuoteToggle;
    default:
      break;
  }
  const UChar32 c = static_cast<UChar32>(code_point);
  if (u_isUWhiteSpace(c) || c == '\r' || c == '\t') return CharClass::kSpace;
  switch (u_charType(c)) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER: case U_OTHER_LETTER: {
      UErrorCode status = U_ZERO_ERROR;
      const UScriptCode script = uscript_getScript(c, &status);
      if (script == USCRIPT_ARABIC) return CharClass::kArabicLetter;
      if (script == USCRIPT_LATIN) return CharClass::kLatinLetter;
      return CharClass::kOtherLetter;
    }
    case U_NON_SPACING_MARK: case U_ENCLOSING_MARK: case U_COMBINING_SPACING_MARK:
      return CharClass::kJoiner;
    case U_FORMAT_CHAR:
      return CharClass::kFormat;
    case U_DECIMAL_DIGIT_NUMBER:
      return CharClass::kDigit;
    default:
      return CharClass::kPunctuation;
  }
}

}  // namespace

StatusOr<ArabicNormalizer> ArabicNormalizer::FromYaml(const YamlFile& file) {
  return CatchYamlErrors<ArabicNormalizer>(file.path, [&] { return FromYamlUnguarded(file); });
}

StatusOr<ArabicNormalizer> ArabicNormalizer::FromYamlUnguarded(const YamlFile& file) {
  const YAML::Node section = file.root["normalization"];
  if (!section || !section.IsMap()) {
    return RuleErrorAt(file, file.root, "missing 'normalization' section");
  }
  if (Status known = CheckKnownKeys(file, section,
                                    {"nfkc", "lowercase_latin", "remove", "fold"});
      !known.ok()) {
    return known;
  }
  std::vector<char32_t> removed;
  for (const YAML::Node& entry : section["remove"]) {
    if (Status known = CheckKnownKeys(file, entry, {"chars", "range", "why"});
        !known.ok()) {
      return known;
    }
    if (entry["chars"]) {
      StatusOr<std::vector<char32_t>> chars = ParseCharacters(file, entry["chars"]);
      if (!chars.ok()) return chars.status();
      removed.insert(removed.end(), chars->begin(), chars->end());
    }
    if (entry["range"]) {
      const YAML::Node range = entry["range"];
      if (!range.IsSequence() || range.size() != 2) {
        return RuleErrorAt(file, range, "'range' must be [first, last]");
      }
      StatusOr<char32_t> first = ParseCodePoint(file, range[0]);
      StatusOr<char32_t> last = ParseCodePoint(file, range[1]);
      if (!first.ok()) return first.status();
      if (!last.ok()) return last.status();
      if (*last < *first) return RuleErrorAt(file, range, "empty range");
      for (char32_t c = *first; c <= *last; ++c) removed.push_back(c);
    }
  }
  std::vector<std::pair<char32_t, char32_t>> folds;
  for (const YAML::Node& entry : section["fold"]) {
    if (Status known = CheckKnownKeys(file, entry, {"from", "to", "why"});
        !known.ok()) {
      return known;
    }
    if (!entry["from"] || !entry["to"]) {
      return RuleErrorAt(file, entry, "a fold needs 'from' and 'to'");
    }
    StatusOr<std::vector<char32_t>> from = ParseCharacters(file, entry["from"]);
    StatusOr<std::vector<char32_t>> to = ParseCharacters(file, entry["to"]);
    if (!from.ok()) return from.status();
    if (!to.ok()) return to.status();
    if (to->size() != 1 && to->size() != from->size()) {
      return RuleErrorAt(file, entry,
                         "'to' must be one character or one per 'from' character");
    }
    for (size_t i = 0; i < from->size(); ++i) {
      folds.emplace_back((*from)[i], to->size() == 1 ? (*to)[0] : (*to)[i]);
    }
  }
  ArabicNormalizer normalizer;
  normalizer.BuildTables(removed, folds,
                         section["lowercase_latin"].as<bool>(true));
  return normalizer;
}

std::string ArabicNormalizer::Fold(char32_t code_point) const {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  std::string out;
  // An inert code point is its own NFKC form. Nearly all are, and the
  // tables fold every code point of the BMP on each run: normalizing each
  // through ICU cost more than the rest of loading the repository's rules.
  if (U_SUCCESS(status) && nfkc->isInert(static_cast<UChar32>(code_point))) {
    AppendFolded(code_point, &out);
    return out;
  }
  icu::UnicodeString source(static_cast<UChar32>(code_point));
  icu::UnicodeString composed = nfkc->normalize(source, status);
  if (U_FAILURE(status)) composed = source;
  for (int32_t i = 0; i < composed.length();) {
    const char32_t c = composed.char32At(i);
    i += U16_LENGTH(c);
    AppendFolded(c, &out);
  }
  return out;
}

void ArabicNormalizer::AppendFolded(char32_t code_point, std::string* out) const {
  char32_t c = code_point;
  if (std::binary_search(removed_.begin(), removed_.end(), c)) return;
  if (u_isUWhiteSpace(static_cast<UChar32>(c))) return;
  const auto fold = std::lower_bound(folds_.begin(), folds_.end(), std::make_pair(c, char32_t{0}));
  if (fold != folds_.end() && fold->first == c) c = fold->second;
  if (lowercase_latin_) c = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
  AppendUtf8(c, out);
}

void ArabicNormalizer::BuildTables(
    const std::vector<char32_t>& removed,
    const std::vector<std::pair<char32_t, char32_t>>& folds,
    bool lowercase_latin) {
  removed_ = removed;
  std::sort(removed_.begin(), removed_.end());
  folds_ = folds;
  std::sort(folds_.begin(), folds_.end());
  lowercase_latin_ = lowercase_latin;
  offsets_.assign(kBmpSize + 1, 0);
  classes_.assign(kBmpSize, CharClass::kPunctuation);
  for (char32_t c = 0; c < kBmpSize; ++c) {
    offsets_[c] = static_cast<uint32_t>(pool_.size());
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    pool_ += Fold(c);
    CharClass char_class = ClassifyWithIcu(c);
    // Letters that normalize to nothing (tatweel) glue a word together.
    if (char_class <= CharClass::kOtherLetter && offsets_[c] == pool_.size()) {
      char_class = CharClass::kJoiner;
    }
    classes_[c] = char_class;
  }
  offsets_[kBmpSize] = static_cast<uint32_t>(pool_.size());
  short_forms_.assign(kShortFormLimit, ShortForm());
  for (char32_t c = 0; c < kShortFormLimit; ++c) {
    ShortForm& form = short_forms_[c];
    form.char_class = classes_[c];
    const size_t length = offsets_[c + 1] - offsets_[c];
    if (length > sizeof form.bytes) {
      form.length = kLongForm;
      continue;
    }
    form.length = static_cast<uint8_t>(length);
    std::copy_n(pool_.data() + offsets_[c], length, form.bytes);
  }
}

void ArabicNormalizer::AppendBeyondBmp(char32_t code_point, std::string* out) const {
  out->append(Fold(code_point));
}

CharClass ArabicNormalizer::ClassifyBeyondBmp(char32_t code_point) {
  return ClassifyWithIcu(code_point);
}

}  // namespace akhbar
