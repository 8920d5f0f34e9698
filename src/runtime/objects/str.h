// str: immutable Unicode text stored as UTF-8, indexed by code point. ASCII
// strings (the common case) index bytes directly; others build a code-point
// offset table the first time they are indexed.
#pragma once

#include "text/repr.h"  // text::repr_str and the other Python text conventions
#include "text/utf8.h"

#include <string>
#include <string_view>
#include <vector>

#include "runtime/object.h"

namespace rt {

struct Str : Object {
  std::string data;  // UTF-8
  int64_t length = 0;  // code points
  mutable int64_t hash_cache = -1;
  bool ascii = true;
  bool interned = false;
  mutable std::vector<uint32_t> offsets;  // byte offset of each code point (non-ASCII only)

  explicit Str(std::string s);
  Str(std::string s, int64_t len, bool is_ascii);  // length already known
  // Byte range of code point i (0 <= i < length).
  std::string_view char_at(int64_t i) const;
  uint32_t code_point_at(int64_t i) const;
  std::string_view substr(int64_t start, int64_t stop) const;  // code-point indices
};

Str* new_str(std::string s);
Value str_concat(const Str* a, const Str* b);
// The interned one-character string for c (no hashing: a table).
Str* ascii_char(unsigned char c);
Value str_value(std::string s);
// The one interned copy of s (names, identifiers, one-character strings).
Str* intern(std::string_view s);
bool str_equal(const Str* a, const Str* b);
int64_t str_hash(const Str* s);
// ascii(): text with every non-ASCII code point escaped (\xNN, \uNNNN, \UNNNNNNNN).
std::string ascii_escape(std::string_view utf8);

void trace_interned(Tracer& t);

}  // namespace rt
