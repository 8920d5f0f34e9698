// UTF-8 as code objects store it: well-formed, except that lone surrogates
// (U+D800..U+DFFF, which Python str allows) are kept as their 3-byte form.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace bytecode {

// Decodes the code point at text[pos] and advances pos; returns -1 (pos
// unchanged) on an invalid, overlong or truncated sequence.
int32_t next_code_point(std::string_view text, std::size_t& pos);
bool is_valid_text(std::string_view text);

}  // namespace bytecode
