#include "render/font_chain.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "extract/utf8.h"

namespace akhbar {
namespace {

constexpr char32_t kArabicAlef = 0x0627;

// Characters that take no glyph of their own.
bool IsInvisible(char32_t c) {
  const auto cp = static_cast<UChar32>(c);
  const int8_t type = u_charType(cp);
  return u_isUWhiteSpace(cp) || type == U_CONTROL_CHAR || type == U_FORMAT_CHAR;
}

std::string PatternString(FcPattern* pattern, const char* object) {
  FcChar8* value = nullptr;
  if (FcPatternGetString(pattern, object, 0, &value) != FcResultMatch) return "";
  return reinterpret_cast<const char*>(value);
}

}  // namespace

bool FontFace::Covers(char32_t c) const {
  return charset != nullptr && FcCharSetHasChar(charset.get(), static_cast<FcChar32>(c));
}

StatusOr<FontChain> FontChain::ForFamily(std::string_view family) {
  if (FcInit() != FcTrue) {
    return OutputError("fontconfig could not load its configuration; cannot draw labels");
  }
  const std::string name(family);
  std::unique_ptr<FcPattern, decltype(&FcPatternDestroy)> pattern(
      FcNameParse(reinterpret_cast<const FcChar8*>(name.c_str())), FcPatternDestroy);
  if (pattern == nullptr) return UsageError("invalid font name \"" + name + "\"");
  FcConfigSubstitute(nullptr, pattern.get(), FcMatchPattern);
  FcDefaultSubstitute(pattern.get());
  FcResult result = FcResultNoMatch;
  std::unique_ptr<FcFontSet, decltype(&FcFontSetDestroy)> sorted(
      FcFontSort(nullptr, pattern.get(), FcTrue, nullptr, &result), FcFontSetDestroy);

  FontChain chain;
  bool has_arabic = false;
  for (int i = 0; sorted != nullptr && i < sorted->nfont; ++i) {
    FcPattern* font = sorted->fonts[i];
    FontFace face;
    face.family = PatternString(font, FC_FAMILY);
    face.file = PatternString(font, FC_FILE);
    FcPatternGetInteger(font, FC_INDEX, 0, &face.index);
    FcCharSet* charset = nullptr;
    if (FcPatternGetCharSet(font, FC_CHARSET, 0, &charset) == FcResultMatch) {
      face.charset.reset(FcCharSetCopy(charset), FcCharSetDestroy);
    }
    if (face.file.empty()) continue;
    if (!has_arabic && face.Covers(kArabicAlef)) {
      has_arabic = true;
      chain.arabic_ = chain.faces_.size();
    }
    chain.faces_.push_back(std::move(face));
  }
  if (!has_arabic) {
    return OutputError("no installed font can draw Arabic (asked fontconfig for \"" + name +
                       "\"); install fonts-noto-core");
  }
  return chain;
}

const FontFace* FontChain::FaceFor(char32_t c) const {
  const auto found = std::find_if(faces_.begin(), faces_.end(),
                                  [c](const FontFace& face) { return face.Covers(c); });
  return found == faces_.end() ? nullptr : &*found;
}

std::vector<char32_t> FontChain::Uncovered(std::string_view utf8) const {
  std::vector<char32_t> missing;
  for (size_t pos = 0; pos < utf8.size();) {
    char32_t c = 0;
    const int length = DecodeUtf8(utf8, pos, &c);
    pos += static_cast<size_t>(std::max(1, length));
    if (length == 0 || IsInvisible(c) || FaceFor(c) != nullptr) continue;
    if (std::find(missing.begin(), missing.end(), c) == missing.end()) missing.push_back(c);
  }
  return missing;
}

}  // namespace akhbar
