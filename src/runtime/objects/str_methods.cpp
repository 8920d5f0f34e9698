// str's methods (split, join, strip, replace, format, ...).
#include "text/identifier.h"
#include "text/unicode.h"
#include "runtime/args.h"
#include "runtime/objects/int.h"
#include "runtime/format.h"
#include "runtime/objects/type.h"
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

bool is_space_cp(uint32_t c) { return text::is_space(c); }

// Every code point satisfies p (False for the empty string).
template <class Pred>
Value all_chars(Value self, Pred p) {
  Str* s = self_str(self);
  if (s->length == 0) return Value::boolean(false);
  for (size_t i = 0; i < s->data.size();)
    if (!p(text::next_code_point_unchecked(s->data, i))) return Value::boolean(false);
  return Value::boolean(true);
}
Value s_isdecimal(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("isdecimal($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  return all_chars(self, text::is_decimal);
}
Value s_isnumeric(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("isnumeric($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  return all_chars(self, text::is_numeric);
}

Value s_isidentifier(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("isidentifier($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  return Value::boolean(text::is_identifier(self.as<Str>()->data));
}

// strip family: which = 1 left, 2 right, 3 both.
// A piece of `parent`'s text as a new str: an ASCII parent's pieces are ASCII,
// so their length is known without measuring them.
Value piece(const Str* parent, std::string text) {
  if (!parent->ascii) return str_value(std::move(text));
  int64_t n = static_cast<int64_t>(text.size());
  return Value::object(heap().make<Str>(std::move(text), n, true));
}

Value strip(Value self, Value chars_arg, int which, const char* name) {
  Str* s = self_str(self);
  std::vector<uint32_t> chars;
  bool custom = !chars_arg.is_none();
  if (custom) {
    Str* set = str_arg(chars_arg, name);
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
  return piece(s, std::string(s->substr(start, stop)));
}
Value s_strip(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("strip($self, chars=None, /)");
  auto [chars] = sig.bind<1>(self, args, nargs, kw);
  return strip(self, chars, 3, "strip");
}
Value s_lstrip(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("lstrip($self, chars=None, /)");
  auto [chars] = sig.bind<1>(self, args, nargs, kw);
  return strip(self, chars, 1, "lstrip");
}
Value s_rstrip(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("rstrip($self, chars=None, /)");
  auto [chars] = sig.bind<1>(self, args, nargs, kw);
  return strip(self, chars, 2, "rstrip");
}

// split's and rsplit's (sep, maxsplit), checked.
void split_args(const Signature& sig, Value self, Value* args, size_t nargs, Tuple* kwnames, Value& sep,
                int64_t& maxsplit) {
  auto [sep_arg, maxsplit_arg] = sig.bind<2>(self, args, nargs, kwnames);
  sep = sep_arg;
  maxsplit = index_value(maxsplit_arg, "split");
  if (!sep.is_none()) {
    must_be_str(sep, "must be str or None");
    if (sep.as<Str>()->data.empty()) raise(&exc::ValueError, "empty separator");
  }
}

Value split_impl(Value self, Value sep, int64_t maxsplit) {
  const Str* self_s = self_str(self);
  const std::string& s = self_s->data;
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
        parts.push_back(piece(self_s, s.substr(i)));  // the rest as it is, trailing whitespace too
        i = s.size();
        break;
      }
      size_t start = i;
      while (i < s.size()) {
        size_t j = i;
        if (is_space_cp(text::next_code_point_unchecked(s, j))) break;
        i = j;
      }
      parts.push_back(piece(self_s, s.substr(start, i - start)));
      skip_space();
    }
  } else {
    const std::string& d = sep.as<Str>()->data;
    size_t start = 0;
    for (;;) {
      if (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit) break;
      size_t at = s.find(d, start);
      if (at == std::string::npos) break;
      parts.push_back(piece(self_s, s.substr(start, at - start)));
      start = at + d.size();
    }
    parts.push_back(piece(self_s, s.substr(start)));
  }
  return Value::object(new_list(std::move(parts)));
}

Value s_split(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("split($self, /, sep=None, maxsplit=-1)");
  Value sep;
  int64_t maxsplit;
  split_args(sig, self, args, nargs, kwnames, sep, maxsplit);
  return split_impl(self, sep, maxsplit);
}

Value s_rsplit(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("rsplit($self, /, sep=None, maxsplit=-1)");
  Value sep;
  int64_t maxsplit;
  split_args(sig, self, args, nargs, kwnames, sep, maxsplit);
  if (maxsplit < 0) return split_impl(self, sep, maxsplit);
  const std::string& s = self_str(self)->data;
  std::vector<Value> parts;
  if (sep.is_none()) {
    // Whitespace rsplit with a limit.
    // Byte offsets of the code points, walked from the end.
    std::vector<size_t> starts;
    for (size_t i = 0; i < s.size();) {
      starts.push_back(i);
      text::next_code_point_unchecked(s, i);
    }
    auto space_at = [&](size_t k) {
      size_t j = starts[k];
      return is_space_cp(text::next_code_point_unchecked(s, j));
    };
    size_t end = starts.size();  // in code points
    auto byte_at = [&](size_t k) { return k < starts.size() ? starts[k] : s.size(); };
    while (end > 0) {
      while (end > 0 && space_at(end - 1)) --end;
      if (end == 0) break;
      if (static_cast<int64_t>(parts.size()) == maxsplit) {
        parts.push_back(str_value(s.substr(0, byte_at(end))));  // leading whitespace stays, as in CPython
        break;
      }
      size_t b = end;
      while (b > 0 && !space_at(b - 1)) --b;
      parts.push_back(str_value(s.substr(byte_at(b), byte_at(end) - byte_at(b))));
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

Value s_join(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("join($self, iterable, /)");
  auto [iterable] = sig.bind<1>(self, args, nargs, kw);
  const std::string& sep = self_str(self)->data;
  Type* it = type_of(iterable);
  if (!it->iter && !it->getitem && type_lookup(it, names::iter).is_null())
    raise(&exc::TypeError, "can only join an iterable");
  std::vector<Value> items = iterate(iterable);
  std::string out;
  int64_t length = 0;
  bool ascii = self_str(self)->ascii;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!isinstance(items[i], &types::str))
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
  static const Signature sig("replace($self, old, new, count=-1, /)");
  auto [old_arg, new_arg, count_arg] = sig.bind<3>(self, args, nargs, kw);
  const std::string& s = self_str(self)->data;
  const std::string& old = must_be_str(old_arg, "replace() argument 1 must be str")->data;
  const std::string& rep = must_be_str(new_arg, "replace() argument 2 must be str")->data;
  int64_t count = index_value(count_arg, "replace");
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
// (Null or None: not given.)
// Bounds beyond int64 clamp, as CPython's _PyEval_SliceIndex.
int64_t bound_value(Value v) {
  if (!is_int(v)) {
    if (type_lookup(type_of(v), names::index).is_null())
      raise(&exc::TypeError, "slice indices must be integers or None or have an __index__ method");
    v = as_index(v);
  }
  if (auto i = int_as_int64(v)) return *i;
  return int_sign(v) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
}

void range_args(Str* s, Value start_arg, Value end_arg, int64_t& start, int64_t& end) {
  start = 0;
  end = s->length;
  if (!start_arg.is_null() && !start_arg.is_none()) start = bound_value(start_arg);
  if (!end_arg.is_null() && !end_arg.is_none()) end = bound_value(end_arg);
  if (start < 0) start = std::max<int64_t>(0, start + s->length);
  if (end < 0) end = std::max<int64_t>(0, end + s->length);
  if (end > s->length) end = s->length;
}


// find, rfind, index, rindex: PyArg_ParseTuple functions in CPython, hence its wording.
int64_t find_impl(const Signature& sig, Value self, Value* args, size_t nargs, Tuple* kw, bool reverse) {
  auto [sub_arg, start_arg, end_arg] = sig.bind<3>(self, args, nargs, kw);
  Str* s = self_str(self);
  Str* sub = must_be_str(sub_arg, "must be str");
  int64_t start, end;
  range_args(s, start_arg, end_arg, start, end);
  if (start > end) return -1;
  std::string_view hay = s->substr(start, end);
  size_t at = reverse ? hay.rfind(sub->data) : hay.find(sub->data);
  if (at == std::string_view::npos) return -1;
  return start + (s->ascii ? static_cast<int64_t>(at) : text::code_point_count(hay.substr(0, at)));
}

Value s_find(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("find($self, sub, start=None, end=None, /)", ArgStyle::ParseTuple);
  return make_int(find_impl(sig, self, args, nargs, kw, false));
}
Value s_rfind(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("rfind($self, sub, start=None, end=None, /)", ArgStyle::ParseTuple);
  return make_int(find_impl(sig, self, args, nargs, kw, true));
}
Value s_index(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("index($self, sub, start=None, end=None, /)", ArgStyle::ParseTuple);
  int64_t i = find_impl(sig, self, args, nargs, kw, false);
  if (i < 0) raise(&exc::ValueError, "substring not found");
  return make_int(i);
}
Value s_rindex(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("rindex($self, sub, start=None, end=None, /)", ArgStyle::ParseTuple);
  int64_t i = find_impl(sig, self, args, nargs, kw, true);
  if (i < 0) raise(&exc::ValueError, "substring not found");
  return make_int(i);
}

Value s_count(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("count($self, sub, start=None, end=None, /)", ArgStyle::ParseTuple);
  auto [sub_arg, start_arg, end_arg] = sig.bind<3>(self, args, nargs, kw);
  Str* s = self_str(self);
  Str* sub = must_be_str(sub_arg, "must be str");
  int64_t start, end;
  range_args(s, start_arg, end_arg, start, end);
  if (start > end) return make_int(0);
  std::string_view hay = s->substr(start, end);
  if (sub->data.empty()) return make_int(text::code_point_count(hay) + 1);
  int64_t c = 0;
  for (size_t at = hay.find(sub->data); at != std::string_view::npos; at = hay.find(sub->data, at + sub->data.size()))
    ++c;
  return make_int(c);
}

Value affix(const Signature& sig, Value self, Value* args, size_t nargs, Tuple* kw, bool prefix) {
  auto [affix_arg, start_arg, end_arg] = sig.bind<3>(self, args, nargs, kw);
  const std::string& name = sig.name();
  Str* s = self_str(self);
  int64_t start, end;
  range_args(s, start_arg, end_arg, start, end);
  std::vector<Value> options;
  if (is_type(affix_arg, &types::tuple)) options = affix_arg.as<Tuple>()->items;
  else if (is_type(affix_arg, &types::str)) options.push_back(affix_arg);
  else
    raise(&exc::TypeError, name + " first arg must be str or a tuple of str, not " + type_name(affix_arg));
  if (start > s->length) return Value::boolean(false);
  std::string_view hay = start <= end ? s->substr(start, end) : std::string_view();
  for (Value o : options) {
    Str* a_str = must_be_str(o, ("tuple for " + name + " must only contain str").c_str());
    if (end - start < a_str->length) continue;  // CPython's tailmatch
    const std::string& a = a_str->data;
    if (prefix ? hay.starts_with(a) : hay.ends_with(a)) return Value::boolean(true);
  }
  return Value::boolean(false);
}
Value s_startswith(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("startswith($self, prefix, start=None, end=None, /)", ArgStyle::ParseTuple);
  return affix(sig, self, args, nargs, kw, true);
}
Value s_endswith(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("endswith($self, suffix, start=None, end=None, /)", ArgStyle::ParseTuple);
  return affix(sig, self, args, nargs, kw, false);
}

Value pad_impl(const Signature& sig, Value self, Value* args, size_t nargs, Tuple* kw, int where) {
  auto [width_arg, fillchar] = sig.bind<2>(self, args, nargs, kw);
  Str* s = self_str(self);
  int64_t width = index_value(width_arg, "width");
  Str* f = must_be_str(fillchar, "The fill character must be a unicode character");
  if (f->length != 1) raise(&exc::TypeError, "The fill character must be exactly one character long");
  const std::string& fill = f->data;
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
Value s_center(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("center($self, width, fillchar=' ', /)");
  return pad_impl(sig, self, args, nargs, kw, 0);
}
Value s_ljust(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("ljust($self, width, fillchar=' ', /)");
  return pad_impl(sig, self, args, nargs, kw, 1);
}
Value s_rjust(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("rjust($self, width, fillchar=' ', /)");
  return pad_impl(sig, self, args, nargs, kw, 2);
}

Value s_zfill(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("zfill($self, width, /)");
  auto [width_arg] = sig.bind<1>(self, args, nargs, kw);
  Str* s = self_str(self);
  int64_t width = index_value(width_arg, "zfill");
  if (width <= s->length) return self;
  std::string d = s->data;
  size_t sign = !d.empty() && (d[0] == '+' || d[0] == '-') ? 1 : 0;
  d.insert(sign, std::string(static_cast<size_t>(width - s->length), '0'));
  return str_value(std::move(d));
}

Value partition_impl(const Signature& sig, Value self, Value* args, size_t nargs, Tuple* kw, bool reverse) {
  auto [sep_arg] = sig.bind<1>(self, args, nargs, kw);
  const std::string& s = self_str(self)->data;
  const std::string& sep = must_be_str(sep_arg, "must be str")->data;
  if (sep.empty()) raise(&exc::ValueError, "empty separator");
  size_t at = reverse ? s.rfind(sep) : s.find(sep);
  Value empty = Value::object(intern(""));
  if (at == std::string::npos)
    return reverse ? tuple_value({empty, empty, self}) : tuple_value({self, empty, empty});
  return tuple_value({piece(self_str(self), s.substr(0, at)), sep_arg, piece(self_str(self), s.substr(at + sep.size()))});
}
Value s_partition(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("partition($self, sep, /)");
  return partition_impl(sig, self, args, nargs, kw, false);
}
Value s_rpartition(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("rpartition($self, sep, /)");
  return partition_impl(sig, self, args, nargs, kw, true);
}

const MethodEntry kStrMethods[] = {
    {"isidentifier", s_isidentifier}, {"strip", s_strip},
    {"lstrip", s_lstrip},       {"rstrip", s_rstrip},     {"split", s_split},       {"rsplit", s_rsplit},
    {"join", s_join},           {"replace", s_replace},   {"find", s_find},
    {"rfind", s_rfind},         {"index", s_index},       {"rindex", s_rindex},     {"count", s_count},
    {"startswith", s_startswith}, {"endswith", s_endswith}, {"center", s_center},   {"ljust", s_ljust},
    {"rjust", s_rjust},         {"zfill", s_zfill},       {"partition", s_partition}, {"rpartition", s_rpartition},
    {"format", str_format_method}, {"format_map", str_format_map_method},       {"isdecimal", s_isdecimal}, {"isnumeric", s_isnumeric},
};

}  // namespace

void install_str_case_methods();  // str_case.cpp

void install_str_methods() {
  install_methods(&types::str, std::begin(kStrMethods), std::end(kStrMethods));
  install_str_case_methods();
}

}  // namespace rt
