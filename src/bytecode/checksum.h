// One 64-bit hash for payload checksums and hash-based source validation.
#pragma once

#include <cstdint>
#include <string_view>

namespace bytecode {

// FNV-1a over 8-byte little-endian words then the tail bytes: fast enough to
// run on every load, and any single flipped byte changes it.
uint64_t checksum64(std::string_view bytes);

}  // namespace bytecode
