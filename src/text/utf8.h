// UTF-8 as Python text is stored throughout pyvm (AST constants, code objects,
// runtime str): well-formed UTF-8, except that lone surrogates (U+D800..U+DFFF,
// which a Python str may hold) are kept as their 3-byte form ("WTF-8").
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace text {

// Decodes the code point at text[pos] and advances pos; returns -1 (pos
// unchanged) on an invalid, overlong or truncated sequence.
int32_t next_code_point(std::string_view text, std::size_t& pos);

// Decodes text already known to be valid (e.g. a runtime str): no checks, fast.
inline uint32_t next_code_point_unchecked(std::string_view s, std::size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  uint32_t cp = c & (0x3F >> n);
  ++i;
  for (int k = 0; k < n && i < s.size(); ++k, ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  return cp;
}

bool is_valid_text(std::string_view text);

// Appends `cp` as UTF-8; surrogates are encoded too (utf8proc refuses them).
void append_utf8(std::string& out, uint32_t cp);

// Number of code points in valid text.
inline int64_t code_point_count(std::string_view s) {
  int64_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace text
