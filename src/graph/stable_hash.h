// Hashes that give the same value on every machine and every run, so that
// fingerprints computed by different processes can be compared.
#ifndef AKHBAR_GRAPH_STABLE_HASH_H_
#define AKHBAR_GRAPH_STABLE_HASH_H_

#include <cstdint>
#include <string_view>

#include "base/little_endian.h"

namespace akhbar {

// SplitMix64's finalizer: spreads the bits of a 64-bit value.
inline uint64_t MixBits(uint64_t value) {
  value += 0x9e3779b97f4a7c15ULL;
  value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
  value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
  return value ^ (value >> 31);
}

// Eight bytes at a time, each load mixed in: a byte at a time (FNV-1a) made
// every byte wait for the multiplication before it, and fingerprints hash
// every word of every kept sentence. The size goes first; the bytes after
// the last whole eight are read by loads that overlap what came before
// (below eight bytes, two loads of four, or the first, middle and last
// byte), which with the size still tell texts apart.
inline uint64_t StableHash(std::string_view bytes, uint64_t seed = 0) {
  const char* data = bytes.data();
  const size_t size = bytes.size();
  uint64_t hash = MixBits(seed ^ size);
  if (size >= 8) {
    for (size_t at = 0; at + 8 <= size; at += 8) {
      hash = MixBits(hash ^ LoadLittleEndian<uint64_t>(data + at));
    }
    if (size % 8 != 0) hash = MixBits(hash ^ LoadLittleEndian<uint64_t>(data + size - 8));
    return hash;
  }
  if (size >= 4) {
    return MixBits(hash ^ (LoadLittleEndian<uint32_t>(data) |
                           uint64_t{LoadLittleEndian<uint32_t>(data + size - 4)} << 32));
  }
  if (size == 0) return hash;
  return MixBits(hash ^ (uint64_t{static_cast<uint8_t>(data[0])} |
                         uint64_t{static_cast<uint8_t>(data[size / 2])} << 8 |
                         uint64_t{static_cast<uint8_t>(data[size - 1])} << 16));
}

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_STABLE_HASH_H_
