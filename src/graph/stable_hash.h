// Hashes that give the same value on every machine and every run, so that
// fingerprints computed by different processes can be compared.
#ifndef AKHBAR_GRAPH_STABLE_HASH_H_
#define AKHBAR_GRAPH_STABLE_HASH_H_

#include <cstdint>
#include <string_view>

namespace akhbar {

// FNV-1a, 64 bits.
inline uint64_t StableHash(std::string_view bytes, uint64_t hash = 0xcbf29ce484222325ULL) {
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

// SplitMix64's finalizer: spreads the bits of a 64-bit value.
inline uint64_t MixBits(uint64_t value) {
  value += 0x9e3779b97f4a7c15ULL;
  value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
  value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
  return value ^ (value >> 31);
}

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_STABLE_HASH_H_
