#include "render/text_measure.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H

#include <unicode/uchar.h>

#include <algorithm>
#include <map>

#include "extract/utf8.h"

namespace akhbar {
namespace {

// For characters no face covers: the width of a typical letter.
constexpr double kFallbackAdvance = 0.55;

}  // namespace

struct TextMeasurer::FreeType {
  FT_Library library = nullptr;
  std::map<const FontFace*, FT_Face> faces;  // null when the file would not open

  ~FreeType() {
    for (auto& [face, ft_face] : faces) {
      if (ft_face != nullptr) FT_Done_Face(ft_face);
    }
    if (library != nullptr) FT_Done_FreeType(library);
  }

  FT_Face Open(const FontFace& face) {
    const auto [it, inserted] = faces.try_emplace(&face, nullptr);
    if (inserted && library != nullptr &&
        FT_New_Face(library, face.file.c_str(), face.index, &it->second) != 0) {
      it->second = nullptr;
    }
    return it->second;
  }
};

TextMeasurer::TextMeasurer(const FontChain& chain)
    : chain_(chain), freetype_(std::make_unique<FreeType>()) {
  if (FT_Init_FreeType(&freetype_->library) != 0) freetype_->library = nullptr;
}

TextMeasurer::~TextMeasurer() = default;

double TextMeasurer::Advance(char32_t c) const {
  if (const auto cached = advances_.find(c); cached != advances_.end()) return cached->second;
  double advance = kFallbackAdvance;
  const int8_t type = u_charType(static_cast<UChar32>(c));
  if (type == U_FORMAT_CHAR || type == U_CONTROL_CHAR || type == U_NON_SPACING_MARK) {
    advance = 0;
  } else if (const FontFace* face = chain_.FaceFor(c); face != nullptr) {
    if (FT_Face ft_face = freetype_->Open(*face); ft_face != nullptr) {
      FT_Fixed units = 0;
      const FT_UInt glyph = FT_Get_Char_Index(ft_face, static_cast<FT_ULong>(c));
      if (glyph != 0 && FT_Get_Advance(ft_face, glyph, FT_LOAD_NO_SCALE, &units) == 0 &&
          ft_face->units_per_EM > 0) {
        advance = static_cast<double>(units) / ft_face->units_per_EM;
      }
    }
  }
  advances_.emplace(c, advance);
  return advance;
}

double TextMeasurer::Width(std::string_view utf8, double font_px) const {
  double ems = 0;
  for (size_t pos = 0; pos < utf8.size();) {
    char32_t c = 0;
    const int length = DecodeUtf8(utf8, pos, &c);
    pos += static_cast<size_t>(std::max(1, length));
    ems += length == 0 ? kFallbackAdvance : Advance(c);
  }
  return ems * font_px;
}

}  // namespace akhbar
