// The fonts a label is drawn with: the requested family and fontconfig's
// fallbacks for the characters it lacks (the order Pango, and so Graphviz's
// text layout and librsvg, use). Noto Sans Arabic, for one, has no Latin
// letters, so an English label is drawn with a fallback.
#ifndef AKHBAR_RENDER_FONT_CHAIN_H_
#define AKHBAR_RENDER_FONT_CHAIN_H_

#include <fontconfig/fontconfig.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace akhbar {

struct FontFace {
  std::string family;
  std::string file;
  int index = 0;  // face within the file
  std::shared_ptr<FcCharSet> charset;

  bool Covers(char32_t c) const;
};

class FontChain {
 public:
  // Fails, naming the package to install, when no installed font covers
  // Arabic (U+0627 ALEF stands for the script).
  static StatusOr<FontChain> ForFamily(std::string_view family);

  // The first face in fallback order that has a glyph for `c`, or null.
  const FontFace* FaceFor(char32_t c) const;

  // The characters of `utf8` that no face covers and that would therefore
  // show as boxes ("tofu"); spaces, controls and invisible format characters
  // (such as the bidi isolates) are not drawn and so not listed.
  std::vector<char32_t> Uncovered(std::string_view utf8) const;

  // The face that draws Arabic.
  const FontFace& arabic_face() const { return faces_[arabic_]; }
  const std::vector<FontFace>& faces() const { return faces_; }

 private:
  std::vector<FontFace> faces_;
  size_t arabic_ = 0;
};

}  // namespace akhbar

#endif  // AKHBAR_RENDER_FONT_CHAIN_H_
