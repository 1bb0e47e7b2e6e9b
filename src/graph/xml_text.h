// Escaping text for XML attribute values and element content.
#ifndef AKHBAR_GRAPH_XML_TEXT_H_
#define AKHBAR_GRAPH_XML_TEXT_H_

#include <array>
#include <string>
#include <string_view>

namespace akhbar {

// What each byte becomes: null keeps the byte, any other string replaces it
// ("" drops it).
using ByteReplacements = std::array<const char*, 256>;

// & < > " ' as their entities, every other byte kept.
constexpr ByteReplacements XmlEntityReplacements() {
  ByteReplacements replacements{};
  replacements['&'] = "&amp;";
  replacements['<'] = "&lt;";
  replacements['>'] = "&gt;";
  replacements['"'] = "&quot;";
  replacements['\''] = "&apos;";
  return replacements;
}

// `text` with its bytes replaced as `replacements` says, plain runs copied
// whole.
std::string ReplaceBytes(std::string_view text, const ByteReplacements& replacements);
// The same, appended to `out`.
void AppendReplacingBytes(std::string_view text, const ByteReplacements& replacements,
                          std::string* out);

// & < > " ' as entities; control characters XML 1.0 forbids (all below
// U+0020 except tab, newline, carriage return) are dropped, since no entity
// can stand for them.
std::string XmlEscape(std::string_view text);
const ByteReplacements& XmlTextReplacements();

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_XML_TEXT_H_
