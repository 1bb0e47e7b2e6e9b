// Approximate text widths for the timeline's own layout (Graphviz measures
// its labels itself, through Pango). Sums the nominal glyph advances of each
// character's face in the font chain, without shaping: Arabic joining forms
// are mostly narrower than the isolated forms measured, so the estimate errs
// on the wide side, which only adds a little space.
#ifndef AKHBAR_RENDER_TEXT_MEASURE_H_
#define AKHBAR_RENDER_TEXT_MEASURE_H_

#include <memory>
#include <string_view>
#include <unordered_map>

#include "render/font_chain.h"

namespace akhbar {

class TextMeasurer {
 public:
  explicit TextMeasurer(const FontChain& chain);
  ~TextMeasurer();
  TextMeasurer(const TextMeasurer&) = delete;
  TextMeasurer& operator=(const TextMeasurer&) = delete;

  // Width in pixels of `utf8` set at `font_px`.
  double Width(std::string_view utf8, double font_px) const;

 private:
  // Advance of `c` in ems.
  double Advance(char32_t c) const;

  struct FreeType;
  const FontChain& chain_;
  std::unique_ptr<FreeType> freetype_;
  mutable std::unordered_map<char32_t, double> advances_;
};

}  // namespace akhbar

#endif  // AKHBAR_RENDER_TEXT_MEASURE_H_
