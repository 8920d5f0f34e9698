#include "bytecode/checksum.h"

#include <cstring>

namespace bytecode {

uint64_t checksum64(std::string_view bytes) {
  constexpr uint64_t kPrime = 0x100000001b3ULL;
  uint64_t h = 0xcbf29ce484222325ULL ^ bytes.size();
  std::size_t i = 0;
  // Word at a time: each step (xor, multiply by an odd number) is a bijection of
  // the running hash, so a change confined to one word always changes the result.
  for (; i + 8 <= bytes.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, bytes.data() + i, 8);  // hosts are little-endian (x86-64, arm64)
    h = (h ^ word) * kPrime;
  }
  for (; i < bytes.size(); ++i) h = (h ^ static_cast<unsigned char>(bytes[i])) * kPrime;
  // Final avalanche (murmur3 fmix64) so nearby inputs do not give nearby hashes.
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

}  // namespace bytecode
