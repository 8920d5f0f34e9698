// str's methods (split, join, strip, replace, format, ...).
#include <utf8proc.h>

#include "runtime/objects/int.h"
#include "runtime/methods_util.h"

namespace rt {

namespace {

Str* self_str(Value v) { return v.as<Str>(); }

Str* str_arg(Value v, const char* method, int position = 1) {
  if (!is_type(v, &types::str)) {
    (void)position;
    raise(&exc::TypeError, std::string(method) + " arg must be None or str");
  }
  return v.as<Str>();
}

Str* must_be_str(Value v, const char* what) {
  if (!is_type(v, &types::str))
    raise(&exc::TypeError, std::string(what) + ", not " + type_name(v));
  return v.as<Str>();
}

// Maps every code point through f (ASCII fast path).
template <class F>
Value map_chars(Str* s, F f) {
  std::string out;
  out.reserve(s->data.size());
  for (size_t i = 0; i < s->data.size();) text::append_utf8(out, f(text::next_code_point_unchecked(s->data, i)));
  return str_value(std::move(out));
}

bool is_space_cp(uint32_t c) {
  if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP || c == 0x85;
}

uint32_t upper_cp(uint32_t c) {
  if (c < 128) return c >= 'a' && c <= 'z' ? c - 32 : c;
  return static_cast<uint32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(c)));
}
uint32_t lower_cp(uint32_t c) {
  if (c < 128) return c >= 'A' && c <= 'Z' ? c + 32 : c;
  return static_cast<uint32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c)));
}
bool is_upper_cp(uint32_t c) { return lower_cp(c) != c; }
bool is_lower_cp(uint32_t c) { return upper_cp(c) != c; }
bool is_alpha_cp(uint32_t c) {
  if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}
bool is_digit_cp(uint32_t c) {
  if (c < 128) return c >= '0' && c <= '9';
  return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_ND;
}

Value s_upper(Value self, Value*, size_t n, Tuple* kw) {
  method_args("upper", n, kw, 0, 0);
  return map_chars(self_str(self), upper_cp);
}
Value s_lower(Value self, Value*, size_t n, Tuple* kw) {
  method_args("lower", n, kw, 0, 0);
  return map_chars(self_str(self), lower_cp);
}
Value s_swapcase(Value self, Value*, size_t n, Tuple* kw) {
  method_args("swapcase", n, kw, 0, 0);
  return map_chars(self_str(self), [](uint32_t c) { return is_upper_cp(c) ? lower_cp(c) : upper_cp(c); });
}
Value s_capitalize(Value self, Value*, size_t n, Tuple* kw) {
  method_args("capitalize", n, kw, 0, 0);
  bool first = true;
  return map_chars(self_str(self), [&](uint32_t c) {
    uint32_t r = first ? upper_cp(c) : lower_cp(c);
    first = false;
    return r;
  });
}
Value s_title(Value self, Value*, size_t n, Tuple* kw) {
  method_args("title", n, kw, 0, 0);
  bool prev_cased = false;
  return map_chars(self_str(self), [&](uint32_t c) {
    uint32_t r = prev_cased ? lower_cp(c) : upper_cp(c);
    prev_cased = is_upper_cp(c) || is_lower_cp(c);
    return r;
  });
}

template <class Pred>
Value all_chars(Value self, Pred p) {
  Str* s = self_str(self);
  if (s->length == 0) return Value::boolean(false);
  for (size_t i = 0; i < s->data.size();)
    if (!p(text::next_code_point_unchecked(s->data, i))) return Value::boolean(false);
  return Value::boolean(true);
}
Value s_isdigit(Value self, Value*, size_t n, Tuple* kw) {
  method_args("isdigit", n, kw, 0, 0);
  return all_chars(self, is_digit_cp);
}
Value s_isalpha(Value self, Value*, size_t n, Tuple* kw) {
  method_args("isalpha", n, kw, 0, 0);
  return all_chars(self, is_alpha_cp);
}
Value s_isalnum(Value self, Value*, size_t n, Tuple* kw) {
  method_args("isalnum", n, kw, 0, 0);
  return all_chars(self, [](uint32_t c) { return is_alpha_cp(c) || is_digit_cp(c); });
}
Value s_isspace(Value self, Value*, size_t n, Tuple* kw) {
  method_args("isspace", n, kw, 0, 0);
  return all_chars(self, is_space_cp);
}
Value cased_check(Value self, bool want_upper) {
  Str* s = self_str(self);
  bool cased = false;
  for (size_t i = 0; i < s->data.size();) {
    uint32_t c = text::next_code_point_unchecked(s->data, i);
    if (want_upper ? is_lower_cp(c) : is_upper_cp(c)) return Value::boolean(false);
    cased |= want_upper ? is_upper_cp(c) : is_lower_cp(c);
  }
  return Value::boolean(cased);
}
Value s_isupper(Value self, Value*, size_t n, Tuple* kw) {
  method_args("isupper", n, kw, 0, 0);
  return cased_check(self, true);
}
Value s_islower(Value self, Value*, size_t n, Tuple* kw) {
  method_args("islower", n, kw, 0, 0);
  return cased_check(self, false);
}

// strip family: which = 1 left, 2 right, 3 both.
Value strip(Value self, Value* args, size_t nargs, Tuple* kw, int which, const char* name) {
  method_args(name, nargs, kw, 0, 1);
  Str* s = self_str(self);
  std::vector<uint32_t> chars;
  bool custom = nargs == 1 && !args[0].is_none();
  if (custom) {
    Str* set = str_arg(args[0], name);
    for (size_t i = 0; i < set->data.size();) chars.push_back(text::next_code_point_unchecked(set->data, i));
  }
  auto strip_it = [&](uint32_t c) {
    if (!custom) return is_space_cp(c);
    for (uint32_t x : chars)
      if (x == c) return true;
    return false;
  };
  int64_t start = 0, stop = s->length;
  if (which & 1)
    while (start < stop && strip_it(s->code_point_at(start))) ++start;
  if (which & 2)
    while (stop > start && strip_it(s->code_point_at(stop - 1))) --stop;
  if (start == 0 && stop == s->length) return self;
  return str_value(std::string(s->substr(start, stop)));
}
Value s_strip(Value self, Value* a, size_t n, Tuple* kw) { return strip(self, a, n, kw, 3, "strip"); }
Value s_lstrip(Value self, Value* a, size_t n, Tuple* kw) { return strip(self, a, n, kw, 1, "lstrip"); }
Value s_rstrip(Value self, Value* a, size_t n, Tuple* kw) { return strip(self, a, n, kw, 2, "rstrip"); }

// Arguments sep=None, maxsplit=-1 (positional or keyword).
void split_args(const char* name, Value* args, size_t nargs, Tuple* kwnames, Value& sep, int64_t& maxsplit) {
  size_t npos = nargs - keyword_count(kwnames);
  if (npos > 2) raise(&exc::TypeError, std::string(name) + " expected at most 2 arguments, got " + std::to_string(npos));
  sep = npos > 0 ? args[0] : Value::none();
  maxsplit = npos > 1 ? index_value(args[1], name) : -1;
  for (size_t k = 0; k < keyword_count(kwnames); ++k) {
    const std::string& kn = kwnames->items[k].as<Str>()->data;
    if (kn == "sep") sep = args[npos + k];
    else if (kn == "maxsplit") maxsplit = index_value(args[npos + k], name);
    else raise(&exc::TypeError, std::string(name) + "() got an unexpected keyword argument '" + kn + "'");
  }
  if (!sep.is_none()) {
    must_be_str(sep, "must be str or None");
    if (sep.as<Str>()->data.empty()) raise(&exc::ValueError, "empty separator");
  }
}

Value s_split(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  Value sep;
  int64_t maxsplit;
  split_args("split", args, nargs, kwnames, sep, maxsplit);
  const std::string& s = self_str(self)->data;
  std::vector<Value> parts;
  if (sep.is_none()) {
    size_t i = 0;
    auto skip_space = [&]() {
      while (i < s.size()) {
        size_t j = i;
        if (!is_space_cp(text::next_code_point_unchecked(s, j))) break;
        i = j;
      }
    };
    skip_space();
    while (i < s.size()) {
      if (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit) {
        size_t end = s.size();
        while (end > i && is_space_cp(static_cast<unsigned char>(s[end - 1]))) --end;
        parts.push_back(str_value(s.substr(i, end - i)));
        i = s.size();
        break;
      }
      size_t start = i;
      while (i < s.size()) {
        size_t j = i;
        if (is_space_cp(text::next_code_point_unchecked(s, j))) break;
        i = j;
      }
      parts.push_back(str_value(s.substr(start, i - start)));
      skip_space();
    }
  } else {
    const std::string& d = sep.as<Str>()->data;
    size_t start = 0;
    for (;;) {
      if (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit) break;
      size_t at = s.find(d, start);
      if (at == std::string::npos) break;
      parts.push_back(str_value(s.substr(start, at - start)));
      start = at + d.size();
    }
    parts.push_back(str_value(s.substr(start)));
  }
  return Value::object(new_list(std::move(parts)));
}

Value s_rsplit(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  Value sep;
  int64_t maxsplit;
  split_args("rsplit", args, nargs, kwnames, sep, maxsplit);
  if (maxsplit < 0 || sep.is_none()) {
    if (maxsplit < 0) return s_split(self, args, nargs, kwnames);
  }
  const std::string& s = self_str(self)->data;
  std::vector<Value> parts;
  if (sep.is_none()) {
    // Whitespace rsplit with a limit.
    size_t end = s.size();
    while (end > 0) {
      while (end > 0 && is_space_cp(static_cast<unsigned char>(s[end - 1]))) --end;
      if (end == 0) break;
      if (static_cast<int64_t>(parts.size()) == maxsplit) {
        size_t b = 0;
        while (b < end && is_space_cp(static_cast<unsigned char>(s[b]))) ++b;
        parts.push_back(str_value(s.substr(b, end - b)));
        break;
      }
      size_t b = end;
      while (b > 0 && !is_space_cp(static_cast<unsigned char>(s[b - 1]))) --b;
      parts.push_back(str_value(s.substr(b, end - b)));
      end = b;
    }
  } else {
    const std::string& d = sep.as<Str>()->data;
    size_t end = s.size();
    for (;;) {
      if (static_cast<int64_t>(parts.size()) == maxsplit || end < d.size()) break;
      size_t at = s.rfind(d, end - d.size());
      if (at == std::string::npos) break;
      parts.push_back(str_value(s.substr(at + d.size(), end - at - d.size())));
      end = at;
    }
    parts.push_back(str_value(s.substr(0, end)));
  }
  std::reverse(parts.begin(), parts.end());
  return Value::object(new_list(std::move(parts)));
}

Value s_splitlines(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("splitlines", nargs, kw, 0, 1);
  bool keep = nargs == 1 && truthy(args[0]);
  const std::string& s = self_str(self)->data;
  std::vector<Value> parts;
  size_t start = 0, i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == '\x1c' || c == '\x1d' || c == '\x1e') {
      size_t eol = i + ((c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1);
      parts.push_back(str_value(s.substr(start, (keep ? eol : i) - start)));
      start = i = eol;
    } else {
      ++i;
    }
  }
  if (start < s.size()) parts.push_back(str_value(s.substr(start)));
  return Value::object(new_list(std::move(parts)));
}

Value s_join(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("join", nargs, kw, 1, 1);
  const std::string& sep = self_str(self)->data;
  std::vector<Value> items = iterate(args[0]);
  std::string out;
  int64_t length = 0;
  bool ascii = self_str(self)->ascii;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!is_type(items[i], &types::str))
      raise(&exc::TypeError, "sequence item " + std::to_string(i) + ": expected str instance, " +
                                 type_name(items[i]) + " found");
    if (i) {
      out += sep;
      length += self_str(self)->length;
    }
    Str* item = items[i].as<Str>();
    out += item->data;
    length += item->length;
    ascii = ascii && item->ascii;
  }
  return Value::object(heap().make<Str>(std::move(out), length, ascii));
}

Value s_replace(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("replace", nargs, kw, 2, 3);
  const std::string& s = self_str(self)->data;
  const std::string& old = must_be_str(args[0], "replace() argument 1 must be str")->data;
  const std::string& rep = must_be_str(args[1], "replace() argument 2 must be str")->data;
  int64_t count = nargs == 3 ? index_value(args[2], "replace") : -1;
  std::string out;
  if (old.empty()) {
    // Inserted between every character (and at both ends).
    int64_t done = 0;
    size_t i = 0;
    for (; i <= s.size(); ++done) {
      if (count >= 0 && done >= count) break;
      out += rep;
      if (i == s.size()) {
        ++i;
        break;
      }
      size_t j = i;
      text::next_code_point_unchecked(s, j);
      out += s.substr(i, j - i);
      i = j;
    }
    if (i < s.size()) out += s.substr(i);
    return str_value(std::move(out));
  }
  size_t start = 0;
  int64_t done = 0;
  for (;;) {
    if (count >= 0 && done >= count) break;
    size_t at = s.find(old, start);
    if (at == std::string::npos) break;
    out += s.substr(start, at - start);
    out += rep;
    start = at + old.size();
    ++done;
  }
  out += s.substr(start);
  return str_value(std::move(out));
}

// start/end arguments of find/count/startswith, as code-point indices.
void range_args(Str* s, Value* args, size_t nargs, size_t first, int64_t& start, int64_t& end) {
  start = 0;
  end = s->length;
  if (nargs > first && !args[first].is_none()) start = index_value(args[first], "slice");
  if (nargs > first + 1 && !args[first + 1].is_none()) end = index_value(args[first + 1], "slice");
  if (start < 0) start = std::max<int64_t>(0, start + s->length);
  if (end < 0) end = std::max<int64_t>(0, end + s->length);
  if (end > s->length) end = s->length;
}


int64_t find_impl(Value self, Value* args, size_t nargs, Tuple* kw, const char* name, bool reverse) {
  method_args(name, nargs, kw, 1, 3);
  Str* s = self_str(self);
  Str* sub = must_be_str(args[0], "must be str");
  int64_t start, end;
  range_args(s, args, nargs, 1, start, end);
  if (start > end) return -1;
  std::string_view hay = s->substr(start, end);
  size_t at = reverse ? hay.rfind(sub->data) : hay.find(sub->data);
  if (at == std::string_view::npos) return -1;
  return start + (s->ascii ? static_cast<int64_t>(at) : text::code_point_count(hay.substr(0, at)));
}

Value s_find(Value self, Value* a, size_t n, Tuple* kw) { return make_int(find_impl(self, a, n, kw, "find", false)); }
Value s_rfind(Value self, Value* a, size_t n, Tuple* kw) { return make_int(find_impl(self, a, n, kw, "rfind", true)); }
Value s_index(Value self, Value* a, size_t n, Tuple* kw) {
  int64_t i = find_impl(self, a, n, kw, "index", false);
  if (i < 0) raise(&exc::ValueError, "substring not found");
  return make_int(i);
}
Value s_rindex(Value self, Value* a, size_t n, Tuple* kw) {
  int64_t i = find_impl(self, a, n, kw, "rindex", true);
  if (i < 0) raise(&exc::ValueError, "substring not found");
  return make_int(i);
}

Value s_count(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("count", nargs, kw, 1, 3);
  Str* s = self_str(self);
  Str* sub = must_be_str(args[0], "must be str");
  int64_t start, end;
  range_args(s, args, nargs, 1, start, end);
  if (start > end) return make_int(0);
  std::string_view hay = s->substr(start, end);
  if (sub->data.empty()) return make_int(text::code_point_count(hay) + 1);
  int64_t c = 0;
  for (size_t at = hay.find(sub->data); at != std::string_view::npos; at = hay.find(sub->data, at + sub->data.size()))
    ++c;
  return make_int(c);
}

Value affix(Value self, Value* args, size_t nargs, Tuple* kw, const char* name, bool prefix) {
  method_args(name, nargs, kw, 1, 3);
  Str* s = self_str(self);
  int64_t start, end;
  range_args(s, args, nargs, 1, start, end);
  std::vector<Value> options;
  if (is_type(args[0], &types::tuple)) options = args[0].as<Tuple>()->items;
  else if (is_type(args[0], &types::str)) options.push_back(args[0]);
  else
    raise(&exc::TypeError, std::string(name) + " first arg must be str or a tuple of str, not " + type_name(args[0]));
  if (start > s->length) return Value::boolean(false);
  std::string_view hay = start <= end ? s->substr(start, end) : std::string_view();
  for (Value o : options) {
    const std::string& a = must_be_str(o, "tuple for startswith must only contain str")->data;
    if (prefix ? hay.starts_with(a) : hay.ends_with(a)) return Value::boolean(true);
  }
  return Value::boolean(false);
}
Value s_startswith(Value self, Value* a, size_t n, Tuple* kw) { return affix(self, a, n, kw, "startswith", true); }
Value s_endswith(Value self, Value* a, size_t n, Tuple* kw) { return affix(self, a, n, kw, "endswith", false); }

Value pad_impl(Value self, Value* args, size_t nargs, Tuple* kw, const char* name, int where) {
  method_args(name, nargs, kw, 1, 2);
  Str* s = self_str(self);
  int64_t width = index_value(args[0], name);
  std::string fill = " ";
  if (nargs == 2) {
    Str* f = must_be_str(args[1], "The fill character must be a unicode character");
    if (f->length != 1) raise(&exc::TypeError, "The fill character must be exactly one character long");
    fill = f->data;
  }
  if (width <= s->length) return self;
  int64_t n = width - s->length, left = 0;
  if (where == 0) left = n / 2 + (n & width & 1);  // CPython's center rounding
  else if (where == 2) left = n;
  std::string out;
  for (int64_t i = 0; i < left; ++i) out += fill;
  out += s->data;
  for (int64_t i = 0; i < n - left; ++i) out += fill;
  return str_value(std::move(out));
}
Value s_center(Value self, Value* a, size_t n, Tuple* kw) { return pad_impl(self, a, n, kw, "center", 0); }
Value s_ljust(Value self, Value* a, size_t n, Tuple* kw) { return pad_impl(self, a, n, kw, "ljust", 1); }
Value s_rjust(Value self, Value* a, size_t n, Tuple* kw) { return pad_impl(self, a, n, kw, "rjust", 2); }

Value s_zfill(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("zfill", nargs, kw, 1, 1);
  Str* s = self_str(self);
  int64_t width = index_value(args[0], "zfill");
  if (width <= s->length) return self;
  std::string d = s->data;
  size_t sign = !d.empty() && (d[0] == '+' || d[0] == '-') ? 1 : 0;
  d.insert(sign, std::string(static_cast<size_t>(width - s->length), '0'));
  return str_value(std::move(d));
}

Value partition_impl(Value self, Value* args, size_t nargs, Tuple* kw, bool reverse) {
  method_args(reverse ? "rpartition" : "partition", nargs, kw, 1, 1);
  const std::string& s = self_str(self)->data;
  const std::string& sep = must_be_str(args[0], "must be str")->data;
  if (sep.empty()) raise(&exc::ValueError, "empty separator");
  size_t at = reverse ? s.rfind(sep) : s.find(sep);
  Value empty = Value::object(intern(""));
  if (at == std::string::npos)
    return reverse ? tuple_value({empty, empty, self}) : tuple_value({self, empty, empty});
  return tuple_value({str_value(s.substr(0, at)), args[0], str_value(s.substr(at + sep.size()))});
}
Value s_partition(Value self, Value* a, size_t n, Tuple* kw) { return partition_impl(self, a, n, kw, false); }
Value s_rpartition(Value self, Value* a, size_t n, Tuple* kw) { return partition_impl(self, a, n, kw, true); }

// str.format: {}, {0}, {name}, {0[1]}, {x.attr}, conversions and format specs.
Value s_format(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  const std::string& f = self_str(self)->data;
  size_t npos = nargs - keyword_count(kwnames);
  auto keyword = [&](const std::string& name) -> Value {
    for (size_t k = 0; k < keyword_count(kwnames); ++k)
      if (kwnames->items[k].as<Str>()->data == name) return args[npos + k];
    raise_key_error(str_value(name));
  };
  std::string out;
  size_t auto_index = 0;
  bool used_auto = false, used_manual = false;
  for (size_t i = 0; i < f.size(); ++i) {
    char c = f[i];
    if (c == '}') {
      if (i + 1 < f.size() && f[i + 1] == '}') {
        out += '}';
        ++i;
        continue;
      }
      raise(&exc::ValueError, "Single '}' encountered in format string");
    }
    if (c != '{') {
      out += c;
      continue;
    }
    if (i + 1 < f.size() && f[i + 1] == '{') {
      out += '{';
      ++i;
      continue;
    }
    // Find the matching '}' (format specs may nest one level of {}).
    size_t j = i + 1;
    int depth = 1;
    while (j < f.size() && depth > 0) {
      if (f[j] == '{') ++depth;
      else if (f[j] == '}') --depth;
      if (depth > 0) ++j;
    }
    if (j >= f.size()) raise(&exc::ValueError, "expected '}' before end of string");
    std::string field = f.substr(i + 1, j - i - 1);
    i = j;
    std::string spec;
    char conversion = 0;
    size_t colon = std::string::npos;
    int bracket = 0;
    for (size_t k = 0; k < field.size(); ++k) {
      if (field[k] == '[') ++bracket;
      else if (field[k] == ']') --bracket;
      else if (bracket == 0 && (field[k] == ':' || field[k] == '!')) {
        colon = k;
        break;
      }
    }
    std::string name = field.substr(0, colon);
    if (colon != std::string::npos) {
      std::string rest = field.substr(colon);
      if (rest[0] == '!') {
        if (rest.size() < 2) raise(&exc::ValueError, "end of string while looking for conversion specifier");
        conversion = rest[1];
        if (rest.size() > 2 && rest[2] != ':') raise(&exc::ValueError, "expected ':' after conversion specifier");
        if (rest.size() > 2) spec = rest.substr(3);
      } else {
        spec = rest.substr(1);
      }
    }
    // The first part: index, keyword or empty (automatic numbering).
    size_t first_end = name.find_first_of(".[");
    std::string head = name.substr(0, first_end);
    Value v;
    if (head.empty()) {
      if (used_manual)
        raise(&exc::ValueError, "cannot switch from manual field specification to automatic field numbering");
      used_auto = true;
      if (auto_index >= npos)
        raise(&exc::IndexError, "Replacement index " + std::to_string(auto_index) + " out of range for positional args tuple");
      v = args[auto_index++];
    } else if (std::all_of(head.begin(), head.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
      if (used_auto)
        raise(&exc::ValueError, "cannot switch from automatic field numbering to manual field specification");
      used_manual = true;
      size_t index = std::stoul(head);
      if (index >= npos)
        raise(&exc::IndexError, "Replacement index " + head + " out of range for positional args tuple");
      v = args[index];
    } else {
      v = keyword(head);
    }
    // Attribute and index lookups.
    size_t k = first_end;
    while (k != std::string::npos && k < name.size()) {
      if (name[k] == '.') {
        size_t e = name.find_first_of(".[", k + 1);
        v = getattr(v, intern(name.substr(k + 1, e == std::string::npos ? std::string::npos : e - k - 1)));
        k = e;
      } else {
        size_t e = name.find(']', k);
        if (e == std::string::npos) raise(&exc::ValueError, "Missing ']' in format string");
        std::string key = name.substr(k + 1, e - k - 1);
        bool numeric = !key.empty() && std::all_of(key.begin(), key.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
        v = getitem(v, numeric ? make_int(std::stoll(key)) : str_value(key));
        k = e + 1;
      }
    }
    if (conversion == 'r' || conversion == 'a') v = repr(v);
    else if (conversion == 's') v = to_str(v);
    else if (conversion) raise(&exc::ValueError, std::string("Unknown conversion specifier ") + conversion);
    // Nested fields inside the spec ("{:{width}}").
    if (spec.find('{') != std::string::npos) {
      std::vector<Value> sub_args(args, args + nargs);
      Value inner = s_format(str_value(spec), sub_args.data(), nargs, kwnames);
      spec = inner.as<Str>()->data;
    }
    out += format(v, str_value(spec)).as<Str>()->data;
  }
  return str_value(std::move(out));
}

const MethodEntry kStrMethods[] = {
    {"upper", s_upper},         {"lower", s_lower},       {"swapcase", s_swapcase}, {"capitalize", s_capitalize},
    {"title", s_title},         {"isdigit", s_isdigit},   {"isalpha", s_isalpha},   {"isalnum", s_isalnum},
    {"isspace", s_isspace},     {"isupper", s_isupper},   {"islower", s_islower},   {"strip", s_strip},
    {"lstrip", s_lstrip},       {"rstrip", s_rstrip},     {"split", s_split},       {"rsplit", s_rsplit},
    {"splitlines", s_splitlines}, {"join", s_join},       {"replace", s_replace},   {"find", s_find},
    {"rfind", s_rfind},         {"index", s_index},       {"rindex", s_rindex},     {"count", s_count},
    {"startswith", s_startswith}, {"endswith", s_endswith}, {"center", s_center},   {"ljust", s_ljust},
    {"rjust", s_rjust},         {"zfill", s_zfill},       {"partition", s_partition}, {"rpartition", s_rpartition},
    {"format", s_format},       {"isdecimal", s_isdigit}, {"isnumeric", s_isdigit},
};

}  // namespace

void install_str_methods() { install_methods(&types::str, std::begin(kStrMethods), std::end(kStrMethods)); }

}  // namespace rt
