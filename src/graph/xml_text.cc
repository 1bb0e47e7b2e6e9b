#include "graph/xml_text.h"

namespace akhbar {
namespace {

constexpr ByteReplacements MakeXmlTextReplacements() {
  ByteReplacements replacements = XmlEntityReplacements();
  for (int byte = 0; byte < 0x20; ++byte) replacements[byte] = "";
  replacements['\t'] = "&#9;";
  replacements['\n'] = "&#10;";
  replacements['\r'] = "&#13;";
  return replacements;
}

}  // namespace

const ByteReplacements& XmlTextReplacements() {
  static constexpr ByteReplacements kXmlText = MakeXmlTextReplacements();
  return kXmlText;
}

void AppendReplacingBytes(std::string_view text, const ByteReplacements& replacements,
                          std::string* out) {
  size_t plain_from = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char* replacement = replacements[static_cast<unsigned char>(text[i])];
    if (replacement == nullptr) continue;
    out->append(text, plain_from, i - plain_from);
    *out += replacement;
    plain_from = i + 1;
  }
  out->append(text, plain_from);
}

std::string ReplaceBytes(std::string_view text, const ByteReplacements& replacements) {
  std::string out;
  out.reserve(text.size());
  AppendReplacingBytes(text, replacements, &out);
  return out;
}

std::string XmlEscape(std::string_view text) {
  return ReplaceBytes(text, XmlTextReplacements());
}

}  // namespace akhbar
