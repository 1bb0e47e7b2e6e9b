// Escaping text for XML attribute values and element content.
#ifndef AKHBAR_GRAPH_XML_TEXT_H_
#define AKHBAR_GRAPH_XML_TEXT_H_

#include <array>
#include <string>
#include <string_view>

namespace akhbar {

// What each byte becomes: null keeps the byte, any other string replaces it
// ("" drops it).
class ByteReplacements {
 public:
  constexpr ByteReplacements& Replace(unsigned char byte, const char* replacement) {
    table_[byte] = replacement;
    if (replacement != nullptr && !IsMarkupByte(byte)) markup_only_ = false;
    return *this;
  }
  constexpr const char* operator[](unsigned char byte) const { return table_[byte]; }

  // The bytes markup escapes: controls and & < > " '. A table that
  // replaces no other byte lets text be tested for them sixteen bytes at a
  // time, where most blocks of Arabic text hold none.
  static constexpr bool IsMarkupByte(unsigned char byte) {
    return byte < 0x20 || byte == '&' || byte == '<' || byte == '>' || byte == '"' ||
           byte == '\'';
  }
  constexpr bool markup_only() const { return markup_only_; }

 private:
  std::array<const char*, 256> table_{};
  bool markup_only_ = true;
};

// & < > " ' as their entities, every other byte kept.
constexpr ByteReplacements XmlEntityReplacements() {
  ByteReplacements replacements;
  replacements.Replace('&', "&amp;")
      .Replace('<', "&lt;")
      .Replace('>', "&gt;")
      .Replace('"', "&quot;")
      .Replace('\'', "&apos;");
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
