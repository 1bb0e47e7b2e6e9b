#include "graph/xml_text.h"

#include <cstdint>
#include <cstring>

namespace akhbar {
namespace {

constexpr ByteReplacements MakeXmlTextReplacements() {
  ByteReplacements replacements = XmlEntityReplacements();
  for (unsigned char byte = 0; byte < 0x20; ++byte) replacements.Replace(byte, "");
  replacements.Replace('\t', "&#9;").Replace('\n', "&#10;").Replace('\r', "&#13;");
  return replacements;
}

constexpr size_t kBlockBytes = 16;

// Any markup byte among the sixteen at `bytes`, tested with the compiler's
// vector types (SSE2 on x86-64, NEON on ARM).
bool HasMarkupByte(const char* bytes) {
  using Block = unsigned char __attribute__((vector_size(kBlockBytes)));
  using Halves = uint64_t __attribute__((vector_size(kBlockBytes)));
  Block block;
  std::memcpy(&block, bytes, sizeof block);
  const Block markup = (block < 0x20) | (block == '&') | (block == '<') | (block == '>') |
                       (block == '"') | (block == '\'');
  Halves halves;
  std::memcpy(&halves, &markup, sizeof halves);
  return (halves[0] | halves[1]) != 0;
}

}  // namespace

const ByteReplacements& XmlTextReplacements() {
  static constexpr ByteReplacements kXmlText = MakeXmlTextReplacements();
  return kXmlText;
}

void AppendReplacingBytes(std::string_view text, const ByteReplacements& replacements,
                          std::string* out) {
  size_t plain_from = 0;
  const auto replace = [&](size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) {
      const char* replacement = replacements[static_cast<unsigned char>(text[i])];
      if (replacement == nullptr) continue;
      out->append(text, plain_from, i - plain_from);
      *out += replacement;
      plain_from = i + 1;
    }
  };
  size_t block = 0;
  if (replacements.markup_only()) {
    for (; block + kBlockBytes <= text.size(); block += kBlockBytes) {
      if (HasMarkupByte(text.data() + block)) replace(block, block + kBlockBytes);
    }
  }
  replace(block, text.size());
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
