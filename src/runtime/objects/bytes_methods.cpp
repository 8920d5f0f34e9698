// The methods bytes and bytearray share (CPython's Objects/bytes_methods.c and
// the common part of bytesobject.c / bytearrayobject.c). Each works on the
// receiver's bytes and returns a new object of the receiver's base type.
#include <algorithm>
#include <cctype>

#include "runtime/args.h"
#include "runtime/codecs.h"
#include "runtime/methods_util.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/containers.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/int.h"
#include "runtime/objects/type.h"

namespace rt {

namespace {

using SV = std::string_view;

const std::string& data_of(Value self) { return self.as<Bytes>()->data; }
Value same_kind(Value self, std::string data) {
  return is_bytearray(self) ? bytearray_value(std::move(data)) : bytes_value(std::move(data));
}

bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha(unsigned char c) { return is_lower(c) || is_upper(c); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
char to_lower(unsigned char c) { return static_cast<char>(is_upper(c) ? c + 32 : c); }
char to_upper(unsigned char c) { return static_cast<char>(is_lower(c) ? c - 32 : c); }

bool has_index(Value v) {
  return is_int(v) || (type_of(v)->is_heap() && !type_lookup(type_of(v), names::index).is_null());
}

// Start/end arguments (None or an index), clamped as str's are.
void slice_bounds(Value start, Value end, int64_t len, int64_t& s, int64_t& e) {
  auto get = [&](Value v, int64_t dflt) -> int64_t {
    if (v.is_null() || v.is_none()) return dflt;
    if (!has_index(v)) raise(&exc::TypeError, "slice indices must be integers or None or have an __index__ method");
    Value i = as_index(v);
    auto n = int_as_int64(i);
    if (!n) return int_sign(i) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    return *n;
  };
  s = get(start, 0);
  e = get(end, len);
  if (e > len) e = len;
  else if (e < 0) e = std::max<int64_t>(e + len, 0);
  if (s < 0) s = std::max<int64_t>(s + len, 0);
}

// The sub argument of find/count/index: an int byte or a bytes-like object.
std::string sub_arg(Value v) {
  if (has_index(v)) {
    auto n = int_as_int64(as_index(v));
    if (!n || *n < 0 || *n > 255) raise(&exc::ValueError, "byte must be in range(0, 256)");
    return std::string(1, static_cast<char>(*n));
  }
  auto b = buffer_view(v);
  if (!b) raise(&exc::TypeError, "argument should be integer or bytes-like object, not '" + type_name(v) + "'");
  return std::string(*b);
}

int64_t find_impl(Value self, Value sub_v, Value start, Value end, bool reverse) {
  SV d = data_of(self);
  std::string sub = sub_arg(sub_v);
  int64_t s, e;
  slice_bounds(start, end, static_cast<int64_t>(d.size()), s, e);
  if (e - s < static_cast<int64_t>(sub.size())) return -1;
  SV window = d.substr(static_cast<size_t>(s), static_cast<size_t>(e - s));
  size_t r = reverse ? window.rfind(sub) : window.find(sub);
  return r == SV::npos ? -1 : static_cast<int64_t>(r) + s;
}

Value m_find(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("find($self, sub, start=None, end=None, /)", ArgStyle::ParseTuple);
  auto [sub, start, end] = sig.bind<3>(self, args, nargs, kw);
  return make_int(find_impl(self, sub, start, end, false));
}
Value m_rfind(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("rfind($self, sub, start=None, end=None, /)", ArgStyle::ParseTuple);
  auto [sub, start, end] = sig.bind<3>(self, args, nargs, kw);
  return make_int(find_impl(self, sub, start, end, true));
}
Value m_index(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("index($self, sub, start=None, end=None, /)", ArgStyle::ParseTuple);
  auto [sub, start, end] = sig.bind<3>(self, args, nargs, kw);
  int64_t r = find_impl(self, sub, start, end, false);
  if (r < 0) raise(&exc::ValueError, "subsection not found");
  return make_int(r);
}
Value m_rindex(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("rindex($self, sub, start=None, end=None, /)", ArgStyle::ParseTuple);
  auto [sub, start, end] = sig.bind<3>(self, args, nargs, kw);
  int64_t r = find_impl(self, sub, start, end, true);
  if (r < 0) raise(&exc::ValueError, "subsection not found");
  return make_int(r);
}
Value m_count(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("count($self, sub, start=None, end=None, /)", ArgStyle::ParseTuple);
  auto [sub_v, start, end] = sig.bind<3>(self, args, nargs, kw);
  SV d = data_of(self);
  std::string sub = sub_arg(sub_v);
  int64_t s, e;
  slice_bounds(start, end, static_cast<int64_t>(d.size()), s, e);
  if (e - s < static_cast<int64_t>(sub.size())) return make_int(0);
  SV w = d.substr(static_cast<size_t>(s), static_cast<size_t>(e - s));
  if (sub.empty()) return make_int(static_cast<int64_t>(w.size()) + 1);
  int64_t n = 0;
  for (size_t p = w.find(sub); p != SV::npos; p = w.find(sub, p + sub.size())) ++n;
  return make_int(n);
}

Value starts_ends(Value self, Value prefix, Value start, Value end, bool ends, const char* name) {
  SV d = data_of(self);
  int64_t s, e;
  slice_bounds(start, end, static_cast<int64_t>(d.size()), s, e);
  auto test = [&](SV p) {
    if (s > static_cast<int64_t>(d.size())) return false;
    if (e - s < static_cast<int64_t>(p.size())) return false;
    SV w = d.substr(static_cast<size_t>(s), static_cast<size_t>(e - s));
    return ends ? w.substr(w.size() - p.size()) == p : w.substr(0, p.size()) == p;
  };
  if (is_type(prefix, &types::tuple) || isinstance(prefix, &types::tuple)) {
    for (Value p : prefix.as<Tuple>()->items) {
      std::string ps(buffer_arg(p));
      if (test(ps)) return Value::boolean(true);
    }
    return Value::boolean(false);
  }
  auto b = buffer_view(prefix);
  if (!b)
    raise(&exc::TypeError, std::string(name) + " first arg must be bytes or a tuple of bytes, not " + type_name(prefix));
  std::string ps(*b);
  return Value::boolean(test(ps));
}
Value m_startswith(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("startswith($self, prefix, start=None, end=None, /)", ArgStyle::ParseTuple);
  auto [prefix, start, end] = sig.bind<3>(self, args, nargs, kw);
  return starts_ends(self, prefix, start, end, false, "startswith");
}
Value m_endswith(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("endswith($self, suffix, start=None, end=None, /)", ArgStyle::ParseTuple);
  auto [prefix, start, end] = sig.bind<3>(self, args, nargs, kw);
  return starts_ends(self, prefix, start, end, true, "endswith");
}

// ---- predicates and case ------------------------------------------------------------------

template <bool (*Pred)(unsigned char)>
Value all_of(Value self) {
  SV d = data_of(self);
  if (d.empty()) return Value::boolean(false);
  for (char c : d)
    if (!Pred(static_cast<unsigned char>(c))) return Value::boolean(false);
  return Value::boolean(true);
}
bool is_alnum(unsigned char c) { return is_alpha(c) || is_digit(c); }

#define NOARG_METHOD(fname, pyname, ...)                                \
  Value fname(Value self, Value* args, size_t nargs, Tuple* kw) {       \
    static const Signature sig(pyname "($self, /)");                    \
    sig.parse(self, args, nargs, kw, nullptr);                          \
    __VA_ARGS__                                                         \
  }

NOARG_METHOD(m_isalnum, "isalnum", return all_of<is_alnum>(self);)
NOARG_METHOD(m_isalpha, "isalpha", return all_of<is_alpha>(self);)
NOARG_METHOD(m_isdigit, "isdigit", return all_of<is_digit>(self);)
NOARG_METHOD(m_isspace, "isspace", return all_of<is_space>(self);)
NOARG_METHOD(m_isascii, "isascii", {
  for (char c : data_of(self))
    if (static_cast<unsigned char>(c) >= 128) return Value::boolean(false);
  return Value::boolean(true);
})
NOARG_METHOD(m_islower, "islower", {
  bool cased = false;
  for (char c : data_of(self)) {
    if (is_upper(c)) return Value::boolean(false);
    cased |= is_lower(c);
  }
  return Value::boolean(cased);
})
NOARG_METHOD(m_isupper, "isupper", {
  bool cased = false;
  for (char c : data_of(self)) {
    if (is_lower(c)) return Value::boolean(false);
    cased |= is_upper(c);
  }
  return Value::boolean(cased);
})
NOARG_METHOD(m_istitle, "istitle", {
  bool cased = false, prev_cased = false;
  for (char ch : data_of(self)) {
    auto c = static_cast<unsigned char>(ch);
    if (is_upper(c)) {
      if (prev_cased) return Value::boolean(false);
      prev_cased = cased = true;
    } else if (is_lower(c)) {
      if (!prev_cased) return Value::boolean(false);
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return Value::boolean(cased);
})
NOARG_METHOD(m_lower, "lower", {
  std::string s = data_of(self);
  for (char& c : s) c = to_lower(c);
  return same_kind(self, std::move(s));
})
NOARG_METHOD(m_upper, "upper", {
  std::string s = data_of(self);
  for (char& c : s) c = to_upper(c);
  return same_kind(self, std::move(s));
})
NOARG_METHOD(m_swapcase, "swapcase", {
  std::string s = data_of(self);
  for (char& c : s) c = is_upper(c) ? to_lower(c) : to_upper(c);
  return same_kind(self, std::move(s));
})
NOARG_METHOD(m_capitalize, "capitalize", {
  std::string s = data_of(self);
  for (size_t i = 0; i < s.size(); ++i) s[i] = i == 0 ? to_upper(s[i]) : to_lower(s[i]);
  return same_kind(self, std::move(s));
})
NOARG_METHOD(m_title, "title", {
  std::string s = data_of(self);
  bool prev_cased = false;
  for (char& c : s) {
    if (is_lower(c)) {
      if (!prev_cased) c = to_upper(c);
      prev_cased = true;
    } else if (is_upper(c)) {
      if (prev_cased) c = to_lower(c);
      prev_cased = true;
    } else {
      prev_cased = false;
    }
  }
  return same_kind(self, std::move(s));
})

// ---- padding ---------------------------------------------------------------------------------

char fill_arg(Value fill, const char* name) {
  if (fill.is_null()) return ' ';
  if ((is_bytes(fill) || is_bytearray(fill)) && fill.as<Bytes>()->data.size() == 1) return fill.as<Bytes>()->data[0];
  raise(&exc::TypeError, std::string(name) + "() argument 2 must be a byte string of length 1, not " + type_name(fill));
}
Value pad(Value self, Value width_v, Value fill_v, const char* name, int how) {
  int64_t width = index_value(width_v, name);
  char fill = fill_arg(fill_v, name);
  const std::string& d = data_of(self);
  auto n = static_cast<int64_t>(d.size());
  if (width <= n) return same_kind(self, d);
  int64_t marg = width - n, left;
  if (how == 0) left = marg / 2 + (marg & width & 1);
  else if (how < 0) left = 0;
  else left = marg;
  std::string out(static_cast<size_t>(left), fill);
  out += d;
  out.append(static_cast<size_t>(marg - left), fill);
  return same_kind(self, std::move(out));
}
Value m_center(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("center($self, width, fillchar=b' ', /)");
  auto [w, f] = sig.bind<2>(self, args, nargs, kw);
  return pad(self, w, f, "center", 0);
}
Value m_ljust(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("ljust($self, width, fillchar=b' ', /)");
  auto [w, f] = sig.bind<2>(self, args, nargs, kw);
  return pad(self, w, f, "ljust", -1);
}
Value m_rjust(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("rjust($self, width, fillchar=b' ', /)");
  auto [w, f] = sig.bind<2>(self, args, nargs, kw);
  return pad(self, w, f, "rjust", 1);
}
Value m_zfill(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("zfill($self, width, /)");
  auto [w] = sig.bind<1>(self, args, nargs, kw);
  int64_t width = index_value(w, "zfill");
  const std::string& d = data_of(self);
  auto n = static_cast<int64_t>(d.size());
  if (width <= n) return same_kind(self, d);
  std::string out(static_cast<size_t>(width - n), '0');
  out += d;
  if (n > 0 && (d[0] == '+' || d[0] == '-')) {
    out[0] = d[0];
    out[static_cast<size_t>(width - n)] = '0';
  }
  return same_kind(self, std::move(out));
}
Value m_expandtabs(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("expandtabs($self, /, tabsize=8)");
  auto [ts] = sig.bind<1>(self, args, nargs, kw);
  int64_t tabsize = index_value(ts, "expandtabs");
  std::string out;
  int64_t col = 0;
  for (char c : data_of(self)) {
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t k = tabsize - col % tabsize;
        out.append(static_cast<size_t>(k), ' ');
        col += k;
      }
    } else {
      out += c;
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return same_kind(self, std::move(out));
}

// ---- strip, split, partition --------------------------------------------------------------

Value strip_impl(Value self, Value chars, int which) {
  SV d = data_of(self);
  std::string set;
  bool ws = chars.is_null() || chars.is_none();
  if (!ws) set = std::string(buffer_arg(chars));
  auto strip_me = [&](char c) { return ws ? is_space(static_cast<unsigned char>(c)) : set.find(c) != std::string::npos; };
  size_t i = 0, j = d.size();
  if (which <= 0)
    while (i < j && strip_me(d[i])) ++i;
  if (which >= 0)
    while (j > i && strip_me(d[j - 1])) --j;
  return same_kind(self, std::string(d.substr(i, j - i)));
}
Value m_strip(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("strip($self, bytes=None, /)");
  auto [c] = sig.bind<1>(self, args, nargs, kw);
  return strip_impl(self, c, 0);
}
Value m_lstrip(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("lstrip($self, bytes=None, /)");
  auto [c] = sig.bind<1>(self, args, nargs, kw);
  return strip_impl(self, c, -1);
}
Value m_rstrip(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("rstrip($self, bytes=None, /)");
  auto [c] = sig.bind<1>(self, args, nargs, kw);
  return strip_impl(self, c, 1);
}

int64_t maxsplit_arg(Value v) {
  auto n = int_as_int64(as_index(v));
  if (!n) raise(&exc::OverflowError, "Python int too large to convert to C ssize_t");
  return *n < 0 ? INT64_MAX : *n;
}

Value split_impl(Value self, Value sep_v, Value maxsplit_v, bool reverse) {
  SV d = data_of(self);
  int64_t maxsplit = maxsplit_arg(maxsplit_v);
  std::vector<Value> parts;
  auto piece = [&](size_t a, size_t b) { parts.push_back(same_kind(self, std::string(d.substr(a, b - a)))); };
  if (sep_v.is_none()) {
    if (!reverse) {
      size_t i = 0, n = d.size();
      while (true) {
        while (i < n && is_space(d[i])) ++i;
        if (i == n) break;
        if (maxsplit-- == 0) {
          piece(i, n);  // the remainder keeps its trailing whitespace
          break;
        }
        size_t j = i;
        while (j < n && !is_space(d[j])) ++j;
        piece(i, j);
        i = j;
      }
    } else {
      size_t j = d.size();
      while (true) {
        while (j > 0 && is_space(d[j - 1])) --j;
        if (j == 0) break;
        if (maxsplit-- == 0) {
          piece(0, j);
          break;
        }
        size_t i = j;
        while (i > 0 && !is_space(d[i - 1])) --i;
        piece(i, j);
        j = i;
      }
      std::reverse(parts.begin(), parts.end());
    }
    return Value::object(new_list(std::move(parts)));
  }
  std::string sep(buffer_arg(sep_v));
  if (sep.empty()) raise(&exc::ValueError, "empty separator");
  if (!reverse) {
    size_t i = 0;
    while (maxsplit-- > 0) {
      size_t p = d.find(sep, i);
      if (p == SV::npos) break;
      piece(i, p);
      i = p + sep.size();
    }
    piece(i, d.size());
  } else {
    size_t j = d.size();
    while (maxsplit-- > 0) {
      if (j < sep.size()) break;
      size_t p = d.rfind(sep, j - sep.size());
      if (p == SV::npos) break;
      piece(p + sep.size(), j);
      j = p;
    }
    piece(0, j);
    std::reverse(parts.begin(), parts.end());
  }
  return Value::object(new_list(std::move(parts)));
}
Value m_split(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("split($self, /, sep=None, maxsplit=-1)");
  auto [sep, maxsplit] = sig.bind<2>(self, args, nargs, kw);
  return split_impl(self, sep, maxsplit, false);
}
Value m_rsplit(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("rsplit($self, /, sep=None, maxsplit=-1)");
  auto [sep, maxsplit] = sig.bind<2>(self, args, nargs, kw);
  return split_impl(self, sep, maxsplit, true);
}
Value m_splitlines(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("splitlines($self, /, keepends=False)");
  auto [keep_v] = sig.bind<1>(self, args, nargs, kw);
  bool keep = truthy(keep_v);
  SV d = data_of(self);
  std::vector<Value> parts;
  size_t i = 0, n = d.size();
  while (i < n) {
    size_t j = i;
    while (j < n && d[j] != '\n' && d[j] != '\r') ++j;
    size_t eol = j;
    if (j < n) {
      if (d[j] == '\r' && j + 1 < n && d[j + 1] == '\n') j += 2;
      else ++j;
      if (keep) eol = j;
    }
    parts.push_back(same_kind(self, std::string(d.substr(i, eol - i))));
    i = j;
  }
  return Value::object(new_list(std::move(parts)));
}
Value partition_impl(Value self, Value sep_v, bool reverse) {
  SV d = data_of(self);
  std::string sep(buffer_arg(sep_v));
  if (sep.empty()) raise(&exc::ValueError, "empty separator");
  size_t p = reverse ? d.rfind(sep) : d.find(sep);
  if (p == SV::npos) {
    Value whole = is_type(self, &types::bytes) ? self : same_kind(self, std::string(d));
    Value empty = same_kind(self, std::string());
    if (reverse) return tuple_value({empty, same_kind(self, std::string()), whole});
    return tuple_value({whole, empty, same_kind(self, std::string())});
  }
  return tuple_value({same_kind(self, std::string(d.substr(0, p))), same_kind(self, sep),
                      same_kind(self, std::string(d.substr(p + sep.size())))});
}
Value m_partition(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("partition($self, sep, /)");
  auto [sep] = sig.bind<1>(self, args, nargs, kw);
  return partition_impl(self, sep, false);
}
Value m_rpartition(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("rpartition($self, sep, /)");
  auto [sep] = sig.bind<1>(self, args, nargs, kw);
  return partition_impl(self, sep, true);
}

// ---- join, replace, affixes, translate -----------------------------------------------------

Value m_join(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("join($self, iterable_of_bytes, /)");
  auto [iterable] = sig.bind<1>(self, args, nargs, kw);
  Type* t = type_of(iterable);
  if (!t->iter && !is_sequence(iterable) && !(t->is_heap() && !type_lookup(t, names::iter).is_null()))
    raise(&exc::TypeError, "can only join an iterable");
  std::vector<Value> items = iterate(iterable);
  std::string sep = data_of(self);
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    auto b = simple_buffer(items[i]);
    if (!b)
      raise(&exc::TypeError, "sequence item " + std::to_string(i) + ": expected a bytes-like object, " +
                                 type_name(items[i]) + " found");
    if (i) out += sep;
    out += *b;
  }
  return same_kind(self, std::move(out));
}
Value m_replace(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("replace($self, old, new, count=-1, /)");
  auto [old_v, new_v, count_v] = sig.bind<3>(self, args, nargs, kw);
  std::string old_s(buffer_arg(old_v));
  std::string new_s(buffer_arg(new_v));
  auto cnt = int_as_int64(as_index(count_v));
  int64_t count = !cnt || *cnt < 0 ? INT64_MAX : *cnt;
  SV d = data_of(self);
  std::string out;
  if (old_s.empty()) {
    int64_t done = 0;
    for (size_t i = 0; i <= d.size(); ++i) {
      if (done < count) {
        out += new_s;
        ++done;
      }
      if (i < d.size()) out += d[i];
    }
    return same_kind(self, std::move(out));
  }
  size_t i = 0;
  while (count-- > 0) {
    size_t p = d.find(old_s, i);
    if (p == SV::npos) break;
    out.append(d.substr(i, p - i));
    out += new_s;
    i = p + old_s.size();
  }
  out.append(d.substr(i));
  return same_kind(self, std::move(out));
}
Value m_removeprefix(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("removeprefix($self, prefix, /)");
  auto [p] = sig.bind<1>(self, args, nargs, kw);
  std::string ps(buffer_arg(p));
  SV d = data_of(self);
  if (d.substr(0, ps.size()) == ps) return same_kind(self, std::string(d.substr(ps.size())));
  return is_type(self, &types::bytes) ? self : same_kind(self, std::string(d));
}
Value m_removesuffix(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("removesuffix($self, suffix, /)");
  auto [p] = sig.bind<1>(self, args, nargs, kw);
  std::string ps(buffer_arg(p));
  SV d = data_of(self);
  if (!ps.empty() && d.size() >= ps.size() && d.substr(d.size() - ps.size()) == ps)
    return same_kind(self, std::string(d.substr(0, d.size() - ps.size())));
  return is_type(self, &types::bytes) ? self : same_kind(self, std::string(d));
}
Value m_translate(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("translate($self, table, /, delete=b'')");
  auto [table_v, delete_v] = sig.bind<2>(self, args, nargs, kw);
  std::string table;
  if (!table_v.is_none()) {
    table = std::string(buffer_arg(table_v));
    if (table.size() != 256) raise(&exc::ValueError, "translation table must be 256 characters long");
  }
  bool drop[256] = {};
  if (!delete_v.is_null())
    for (char c : buffer_arg(delete_v)) drop[static_cast<unsigned char>(c)] = true;
  std::string out;
  for (char c : data_of(self)) {
    auto u = static_cast<unsigned char>(c);
    if (drop[u]) continue;
    out += table.empty() ? c : table[u];
  }
  return same_kind(self, std::move(out));
}
Value s_maketrans(Value, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("maketrans(frm, to, /)");
  auto [frm_v, to_v] = sig.bind<2>(Value::null(), args, nargs, kw);
  std::string frm(buffer_arg(frm_v));
  std::string to(buffer_arg(to_v));
  if (frm.size() != to.size()) raise(&exc::ValueError, "maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int i = 0; i < 256; ++i) table[i] = static_cast<char>(i);
  for (size_t i = 0; i < frm.size(); ++i) table[static_cast<unsigned char>(frm[i])] = to[i];
  return bytes_value(std::move(table));
}

// ---- hex, fromhex, decode --------------------------------------------------------------------

Value m_hex(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("hex($self, /, sep=<unrepresentable>, bytes_per_sep=1)");
  auto [sep, per] = sig.bind<2>(self, args, nargs, kw);
  std::string data(*buffer_view(self));
  return str_value(hex_string(data, sep, per));
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
Value c_fromhex(Value cls, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("fromhex($type, string, /)");
  auto [s] = sig.bind<1>(cls, args, nargs, kw);
  if (!isinstance(s, &types::str)) raise(&exc::TypeError, "fromhex() argument must be str, not " + clinic_type_name(s));
  const std::string& text = s.as<Str>()->data;
  std::string out;
  size_t i = 0, n = text.size();
  auto bad = [&](size_t pos) {
    // Positions count code points, as CPython's do.
    raise(&exc::ValueError, "non-hexadecimal number found in fromhex() arg at position " +
                                std::to_string(text::code_point_count(std::string_view(text).substr(0, pos))));
  };
  while (i < n) {
    if (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r' || text[i] == '\v' || text[i] == '\f') {
      ++i;
      continue;
    }
    int hi = hex_digit(text[i]);
    if (hi < 0) bad(i);
    if (i + 1 >= n) bad(i + 1);
    int lo = hex_digit(text[i + 1]);
    if (lo < 0) bad(i + 1);
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  Type* t = cls.as<Type>();
  bool array = is_subtype(t, &types::bytearray);
  Value r = array ? bytearray_value(std::move(out)) : bytes_value(std::move(out));
  if (t == &types::bytes || t == &types::bytearray) return r;
  return call(cls, &r, 1);
}

Value m_decode(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("decode($self, /, encoding='utf-8', errors='strict')");
  auto [enc, err] = sig.bind<2>(self, args, nargs, kw);
  if (!isinstance(enc, &types::str))
    raise(&exc::TypeError, "decode() argument 'encoding' must be str, not " + clinic_type_name(enc));
  if (!isinstance(err, &types::str))
    raise(&exc::TypeError, "decode() argument 'errors' must be str, not " + clinic_type_name(err));
  return decode_bytes(data_of(self), enc.as<Str>()->data, err.as<Str>()->data);
}

Value m_contains(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__contains__($self, key, /)");
  auto [key] = sig.bind<1>(self, args, nargs, kw);
  return Value::boolean(bytes_contains(self, key));
}

const MethodEntry kMethods[] = {
    {"find", m_find}, {"rfind", m_rfind}, {"index", m_index}, {"rindex", m_rindex}, {"count", m_count},
    {"startswith", m_startswith}, {"endswith", m_endswith}, {"isalnum", m_isalnum}, {"isalpha", m_isalpha},
    {"isdigit", m_isdigit}, {"isspace", m_isspace}, {"isascii", m_isascii}, {"islower", m_islower},
    {"isupper", m_isupper}, {"istitle", m_istitle}, {"lower", m_lower}, {"upper", m_upper},
    {"swapcase", m_swapcase}, {"capitalize", m_capitalize}, {"title", m_title}, {"center", m_center},
    {"ljust", m_ljust}, {"rjust", m_rjust}, {"zfill", m_zfill}, {"expandtabs", m_expandtabs},
    {"strip", m_strip}, {"lstrip", m_lstrip}, {"rstrip", m_rstrip}, {"split", m_split}, {"rsplit", m_rsplit},
    {"splitlines", m_splitlines}, {"partition", m_partition}, {"rpartition", m_rpartition}, {"join", m_join},
    {"replace", m_replace}, {"removeprefix", m_removeprefix}, {"removesuffix", m_removesuffix},
    {"translate", m_translate}, {"hex", m_hex}, {"decode", m_decode}, {"__contains__", m_contains},
};

}  // namespace

// hex() of bytes, bytearray and memoryview: sep (str or bytes of length 1) every
// bytes_per_sep bytes, counted from the right (from the left if negative).
std::string hex_string(std::string_view data, Value sep, Value per_v) {
  static const char* digits = "0123456789abcdef";
  char sepc = 0;
  if (!sep.is_null()) {
    auto b = buffer_view(sep);
    SV s;
    if (isinstance(sep, &types::str)) s = sep.as<Str>()->data;
    else if (b) s = *b;
    else raise(&exc::TypeError, "object of type '" + type_name(sep) + "' has no len()");
    if ((isinstance(sep, &types::str) ? sep.as<Str>()->length : static_cast<int64_t>(s.size())) != 1)
      raise(&exc::ValueError, "sep must be length 1.");
    if (static_cast<unsigned char>(s[0]) >= 128) raise(&exc::ValueError, "sep must be ASCII.");
    sepc = s[0];
  }
  int64_t per = 1;
  if (!per_v.is_null()) {
    auto p = int_as_int64(as_index(per_v));
    if (!p || *p > INT32_MAX || *p < INT32_MIN) raise(&exc::OverflowError, "Python int too large to convert to C int");
    per = *p;
  }
  std::string out;
  if (sepc == 0 || per == 0 || data.empty()) {
    for (char c : data) {
      out += digits[static_cast<unsigned char>(c) >> 4];
      out += digits[static_cast<unsigned char>(c) & 15];
    }
    return out;
  }
  auto n = static_cast<int64_t>(data.size());
  int64_t group = per < 0 ? -per : per;
  for (int64_t i = 0; i < n; ++i) {
    // Separators go between groups; with a positive count the groups are aligned to the end.
    if (i > 0) {
      bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary) out += sepc;
    }
    auto c = static_cast<unsigned char>(data[static_cast<size_t>(i)]);
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return out;
}

void install_bytes_methods(Type* t) {
  install_methods(t, std::begin(kMethods), std::end(kMethods));
  Builtin* fromhex = heap().make<Builtin>("fromhex", c_fromhex);
  fromhex->method_of = t;
  t->dict->set_str(intern("fromhex"), Value::object(new_classmethod(Value::object(fromhex))));
  Builtin* maketrans = heap().make<Builtin>("maketrans", s_maketrans);
  t->dict->set_str(intern("maketrans"), Value::object(new_staticmethod(Value::object(maketrans))));
}

}  // namespace rt
