#include "runtime/objects/str.h"

#include <cstring>

#include <unordered_map>

#include "runtime/ops.h"

namespace rt {

Str::Str(std::string s) : Object(&types::str), data(std::move(s)) {
  // Eight bytes at a time while they are ASCII (the common case): every new
  // string is measured, so this loop is on the path of all text building.
  const char* p = data.data();
  size_t n = data.size(), i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t word;
    std::memcpy(&word, p + i, 8);
    if (word & 0x8080808080808080ull) break;
  }
  length = static_cast<int64_t>(i);
  for (; i < n; ++i) {
    auto u = static_cast<unsigned char>(p[i]);
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
  return text::next_code_point_unchecked(data, pos);
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
  if (s->data.empty()) r = 0;  // as CPython's _Py_HashBytes, whatever the hash seed
  s->hash_cache = r;
  return r;
}

std::string ascii_escape(std::string_view s) {
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (size_t i = 0; i < s.size();) {
    uint32_t cp = text::next_code_point_unchecked(s, i);
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

}  // namespace rt
