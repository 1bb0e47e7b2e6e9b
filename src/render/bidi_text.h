// Right-to-left labels in left-to-right containers. SVG <text> and Graphviz
// lay a label out left to right unless told otherwise, which moves the
// neutral characters of a mixed label («منظمة معاهدة الأمن الجماعي (CSTO).»)
// to the wrong end; wrapping the label in Unicode isolates makes the viewer
// lay it out right to left without disturbing its surroundings.
#ifndef AKHBAR_RENDER_BIDI_TEXT_H_
#define AKHBAR_RENDER_BIDI_TEXT_H_

#include <string>
#include <string_view>

namespace akhbar {

enum class TextDirection { kLeftToRight, kRightToLeft, kNeutral };

// The paragraph direction of UTF-8 text: that of its first strong character
// outside isolates (the Unicode bidi algorithm's rules P2-P3, by ICU's
// ubidi_setPara). Text already isolated is therefore neutral.
TextDirection BaseDirection(std::string_view utf8);

// U+2067 RIGHT-TO-LEFT ISOLATE and U+2069 POP DIRECTIONAL ISOLATE.
inline constexpr std::string_view kRightToLeftIsolate = "\u2067";
inline constexpr std::string_view kPopDirectionalIsolate = "\u2069";

// `utf8` wrapped in RLI … PDI when its base direction is right to left;
// otherwise unchanged (so isolating twice changes nothing).
std::string IsolateRightToLeft(std::string_view utf8);

// Each line of `utf8` isolated on its own, for multi-line tooltips.
std::string IsolateRightToLeftLines(std::string_view utf8);

}  // namespace akhbar

#endif  // AKHBAR_RENDER_BIDI_TEXT_H_
