// Strict UTF-8 decoding. Offsets everywhere in Akhbar are byte offsets into
// the original file, so decoding never rewrites the input, and the one
// repair (ReplaceIllFormedBytes, for lenient reading) keeps every byte's place.
#ifndef AKHBAR_EXTRACT_UTF8_H_
#define AKHBAR_EXTRACT_UTF8_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace akhbar {

// DecodeUtf8 for whatever its inline part leaves: three- and four-byte
// forms and ill-formed bytes.
int DecodeUtf8Long(std::string_view text, size_t pos, char32_t* code_point);

// The forms nearly every character of Arabic news takes, ASCII and two
// bytes, alone: their byte length, or 0 for anything else (longer forms and
// ill-formed bytes alike). Inline, for the tokenizer's loop over letters.
inline int DecodeUtf8Short(std::string_view text, size_t pos, char32_t* code_point) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) {
    *code_point = lead;
    return 1;
  }
  if (lead >= 0xC2 && lead <= 0xDF && pos + 1 < text.size()) {
    const auto next = static_cast<unsigned char>(text[pos + 1]);
    if ((next & 0xC0) == 0x80) {
      *code_point = (char32_t{lead} & 0x1F) << 6 | (next & 0x3F);
      return 2;
    }
  }
  return 0;
}

// Decodes the code point starting at text[pos]. Returns its byte length, or 0
// when the bytes there are not well-formed UTF-8 (overlong forms, surrogates
// and values above U+10FFFF included).
inline int DecodeUtf8(std::string_view text, size_t pos, char32_t* code_point) {
  if (const int length = DecodeUtf8Short(text, pos, code_point)) return length;
  return DecodeUtf8Long(text, pos, code_point);
}

// Byte offset of the first ill-formed sequence, if any.
std::optional<size_t> FindInvalidUtf8(std::string_view text);

// Overwrites each byte of every ill-formed sequence from `from` on with
// `stand_in`, an ASCII byte: the text stays as long, so offsets into it are
// still offsets into the original bytes, and every span of it is UTF-8,
// whose JSON string holds exactly its bytes (U+FFFD would take three).
void ReplaceIllFormedBytes(std::string* text, char stand_in, size_t from = 0);

void AppendUtf8(char32_t code_point, std::string* out);

// «الشرق الأوسط», "الحياة", “عكاظ”: a quotation mark right before byte
// `start` and right at byte `end` (ICU's Quotation_Mark property, whichever
// way it faces).
bool BetweenQuotationMarks(std::string_view text, uint32_t start, uint32_t end);

// Whether `text` holds a quotation mark (Unicode's Quotation_Mark: " “ ” « »).
bool HasQuotationMark(std::string_view text);

// Number of code points; ill-formed bytes count one each.
size_t CountCodePoints(std::string_view text);
// CountCodePoints(text) >= count, reading no further than it must.
bool HasCodePoints(std::string_view text, size_t count);

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_UTF8_H_
