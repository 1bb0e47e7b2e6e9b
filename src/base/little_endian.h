// Bytes read as a little-endian number whatever the machine: hashes and
// masks over text that must agree on every machine.
#ifndef AKHBAR_BASE_LITTLE_ENDIAN_H_
#define AKHBAR_BASE_LITTLE_ENDIAN_H_

#include <bit>
#include <cstring>

namespace akhbar {

template <typename Unsigned>
Unsigned LoadLittleEndian(const void* bytes) {
  static_assert(sizeof(Unsigned) == 4 || sizeof(Unsigned) == 8);
  Unsigned value;
  std::memcpy(&value, bytes, sizeof value);
  if constexpr (std::endian::native == std::endian::big) {
    value = sizeof value == 8 ? static_cast<Unsigned>(__builtin_bswap64(value))
                              : static_cast<Unsigned>(__builtin_bswap32(value));
  }
  return value;
}

}  // namespace akhbar

#endif  // AKHBAR_BASE_LITTLE_ENDIAN_H_
