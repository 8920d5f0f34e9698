#include "runtime/str.h"

#include <utf8proc.h>

#include <unordered_map>

#include "runtime/ops.h"

namespace rt {

uint32_t utf8_decode(std::string_view s, size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { ++i; return c; }
  int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  uint32_t cp = c & (0x3F >> n);
  ++i;
  for (int k = 0; k < n && i < s.size(); ++k, ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  return cp;
}

void utf8_append(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

int64_t utf8_length(std::string_view s) {
  int64_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

Str::Str(std::string s) : Object(&types::str), data(std::move(s)) {
  length = 0;
  for (char c : data) {
    auto u = static_cast<unsigned char>(c);
    if (u >= 0x80) ascii = false;
    length += (u & 0xC0) != 0x80;
  }
}

Str::Str(std::string s, int64_t len, bool is_ascii)
    : Object(&types::str), data(std::move(s)), length(len), ascii(is_ascii) {}

Value str_concat(const Str* a, const Str* b) {
  std::string s;
  s.reserve(a->data.size() + b->data.size());
  s += a->data;
  s += b->data;
  return Value::object(heap().make<Str>(std::move(s), a->length + b->length, a->ascii && b->ascii));
}

Str* ascii_char(unsigned char c) {
  static Str* table[128] = {};
  if (!table[c]) table[c] = intern(std::string_view(reinterpret_cast<const char*>(&c), 1));
  return table[c];
}

static void build_offsets(const Str* s) {
  if (!s->offsets.empty()) return;
  s->offsets.reserve(s->length + 1);
  for (size_t i = 0; i < s->data.size(); ++i)
    if ((static_cast<unsigned char>(s->data[i]) & 0xC0) != 0x80) s->offsets.push_back(static_cast<uint32_t>(i));
  s->offsets.push_back(static_cast<uint32_t>(s->data.size()));
}

std::string_view Str::char_at(int64_t i) const {
  if (ascii) return std::string_view(data).substr(i, 1);
  build_offsets(this);
  return std::string_view(data).substr(offsets[i], offsets[i + 1] - offsets[i]);
}

uint32_t Str::code_point_at(int64_t i) const {
  if (ascii) return static_cast<unsigned char>(data[i]);
  build_offsets(this);
  size_t pos = offsets[i];
  return utf8_decode(data, pos);
}

std::string_view Str::substr(int64_t start, int64_t stop) const {
  if (stop <= start) return {};
  if (ascii) return std::string_view(data).substr(start, stop - start);
  build_offsets(this);
  return std::string_view(data).substr(offsets[start], offsets[stop] - offsets[start]);
}

Str* new_str(std::string s) { return heap().make<Str>(std::move(s)); }
Value str_value(std::string s) { return Value::object(new_str(std::move(s))); }

namespace {
std::unordered_map<std::string_view, Str*>& intern_table() {
  static std::unordered_map<std::string_view, Str*> table;
  return table;
}
}  // namespace

Str* intern(std::string_view s) {
  auto& table = intern_table();
  auto it = table.find(s);
  if (it != table.end()) return it->second;
  Str* str = new_str(std::string(s));
  str->interned = true;
  table.emplace(std::string_view(str->data), str);
  return str;
}

void trace_interned(Tracer& t) {
  for (auto& [k, v] : intern_table()) t.mark(v);
}

bool str_equal(const Str* a, const Str* b) {
  if (a == b) return true;
  if (a->interned && b->interned) return false;
  return a->data == b->data;
}

int64_t str_hash(const Str* s) {
  if (s->hash_cache != -1) return s->hash_cache;
  // FNV-1a; CPython randomises str hashes, so no program can depend on values.
  uint64_t h = 1469598103934665603ull;
  for (char c : s->data) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  auto r = static_cast<int64_t>(h >> 1);
  if (r == -1) r = -2;
  s->hash_cache = r;
  return r;
}

// CPython's Py_UNICODE_ISPRINTABLE: everything except the "Other" and
// "Separator" categories, with the ASCII space allowed.
static bool is_printable(uint32_t cp) {
  if (cp == ' ') return true;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF: case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_ZS:
      return false;
    default:
      return true;
  }
}

std::string ascii_escape(std::string_view s) {
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (size_t i = 0; i < s.size();) {
    uint32_t cp = utf8_decode(s, i);
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp <= 0xFF) {
      out += "\\x";
      out += hex[cp >> 4];
      out += hex[cp & 15];
    } else if (cp <= 0xFFFF) {
      out += "\\u";
      for (int shift = 12; shift >= 0; shift -= 4) out += hex[(cp >> shift) & 15];
    } else {
      out += "\\U";
      for (int shift = 28; shift >= 0; shift -= 4) out += hex[(cp >> shift) & 15];
    }
  }
  return out;
}

std::string str_repr(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out;
  out.reserve(s.size() + 2);
  out += quote;
  static const char* hex = "0123456789abcdef";
  for (size_t i = 0; i < s.size();) {
    uint32_t cp = utf8_decode(s, i);
    if (cp == static_cast<uint32_t>(quote) || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp < 0x20 || cp == 0x7F) {
      out += "\\x";
      out += hex[cp >> 4];
      out += hex[cp & 15];
    } else if (cp < 0x7F) {
      out += static_cast<char>(cp);
    } else if (is_printable(cp)) {
      utf8_append(out, cp);
    } else if (cp <= 0xFF) {
      out += "\\x";
      out += hex[cp >> 4];
      out += hex[cp & 15];
    } else if (cp <= 0xFFFF) {
      out += "\\u";
      for (int shift = 12; shift >= 0; shift -= 4) out += hex[(cp >> shift) & 15];
    } else {
      out += "\\U";
      for (int shift = 28; shift >= 0; shift -= 4) out += hex[(cp >> shift) & 15];
    }
  }
  out += quote;
  return out;
}

}  // namespace rt
