// Strict UTF-8 decoding. Offsets everywhere in Akhbar are byte offsets into
// the original file, so decoding never rewrites the input.
#ifndef AKHBAR_EXTRACT_UTF8_H_
#define AKHBAR_EXTRACT_UTF8_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace akhbar {

// Decodes the code point starting at text[pos]. Returns its byte length, or 0
// when the bytes there are not well-formed UTF-8 (overlong forms, surrogates
// and values above U+10FFFF included).
int DecodeUtf8(std::string_view text, size_t pos, char32_t* code_point);

// Byte offset of the first ill-formed sequence, if any.
std::optional<size_t> FindInvalidUtf8(std::string_view text);

void AppendUtf8(char32_t code_point, std::string* out);

// Number of code points; ill-formed bytes count one each.
size_t CountCodePoints(std::string_view text);
// CountCodePoints(text) >= count, reading no further than it must.
bool HasCodePoints(std::string_view text, size_t count);

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_UTF8_H_
