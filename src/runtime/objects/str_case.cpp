// str's Unicode-aware methods: case mappings (full SpecialCasing, final
// sigma), the is* predicates, casefold, expandtabs, splitlines on every line
// boundary, maketrans/translate, removeprefix/removesuffix, __getnewargs__.
// The character data comes from src/text/unicode (CPython's Unicode 14.0).
#include "text/unicode.h"
#include "runtime/args.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/int.h"
#include "runtime/methods_util.h"

namespace rt {

namespace {

Str* self_str(Value v) { return v.as<Str>(); }

// A method that returns its receiver unchanged gives back an exact str (a
// subclass instance is copied), as CPython's unicode_result_unchanged.
Value unchanged(Value self) {
  if (is_type(self, &types::str)) return self;
  Str* s = self_str(self);
  return Value::object(heap().make<Str>(s->data, s->length, s->ascii));
}

// The case mappings of ASCII text, byte by byte (the common case, and the
// one that must be fast); other text goes through the Unicode tables.
enum class AsciiCase { Upper, Lower, Title, Capitalize, Swapcase };
Value ascii_case(const Str* s, AsciiCase kind) {
  std::string out = s->data;
  auto is_upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto is_lower = [](char c) { return c >= 'a' && c <= 'z'; };
  auto to_upper = [&](char& c) { if (is_lower(c)) c = static_cast<char>(c - 32); };
  auto to_lower = [&](char& c) { if (is_upper(c)) c = static_cast<char>(c + 32); };
  bool previous_cased = false;
  for (size_t i = 0; i < out.size(); ++i) {
    char& c = out[i];
    switch (kind) {
      case AsciiCase::Upper: to_upper(c); break;
      case AsciiCase::Lower: to_lower(c); break;
      case AsciiCase::Swapcase:
        if (is_upper(c)) c = static_cast<char>(c + 32);
        else if (is_lower(c)) c = static_cast<char>(c - 32);
        break;
      case AsciiCase::Capitalize: i == 0 ? to_upper(c) : to_lower(c); break;
      case AsciiCase::Title: {
        bool cased = is_upper(c) || is_lower(c);
        previous_cased ? to_lower(c) : to_upper(c);
        previous_cased = cased;
        break;
      }
    }
  }
  return Value::object(heap().make<Str>(std::move(out), s->length, true));
}

Value mapped(Value self, std::string (*f)(std::string_view), AsciiCase ascii_kind) {
  const Str* s = self_str(self);
  if (s->ascii) return ascii_case(s, ascii_kind);
  return str_value(f(s->data));
}

#define STR_CASE_METHOD(name, ascii_kind)                            \
  Value s_##name(Value self, Value* args, size_t nargs, Tuple* kw) { \
    static const Signature sig(#name "($self, /)");                  \
    sig.parse(self, args, nargs, kw, nullptr);                       \
    return mapped(self, text::name, AsciiCase::ascii_kind);          \
  }
STR_CASE_METHOD(upper, Upper)
STR_CASE_METHOD(lower, Lower)
STR_CASE_METHOD(title, Title)
STR_CASE_METHOD(capitalize, Capitalize)
STR_CASE_METHOD(swapcase, Swapcase)
STR_CASE_METHOD(casefold, Lower)
#undef STR_CASE_METHOD

// Every code point satisfies pred (False for the empty string).
template <bool (*Pred)(uint32_t)>
Value s_all(Value self, Value* args, size_t nargs, Tuple* kw, const Signature& sig) {
  sig.parse(self, args, nargs, kw, nullptr);
  Str* s = self_str(self);
  if (s->length == 0) return Value::boolean(false);
  for (size_t i = 0; i < s->data.size();)
    if (!Pred(text::next_code_point_unchecked(s->data, i))) return Value::boolean(false);
  return Value::boolean(true);
}

#define STR_ALL_METHOD(name, pred)                                   \
  Value s_##name(Value self, Value* args, size_t nargs, Tuple* kw) { \
    static const Signature sig(#name "($self, /)");                  \
    return s_all<pred>(self, args, nargs, kw, sig);                  \
  }
STR_ALL_METHOD(isalpha, text::is_alpha)
STR_ALL_METHOD(isalnum, text::is_alnum)
STR_ALL_METHOD(isdigit, text::is_digit)
STR_ALL_METHOD(isspace, text::is_space)
#undef STR_ALL_METHOD

Value s_isprintable(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("isprintable($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  const std::string& d = self_str(self)->data;
  for (size_t i = 0; i < d.size();)
    if (!text::is_printable(text::next_code_point_unchecked(d, i))) return Value::boolean(false);
  return Value::boolean(true);  // the empty string is printable
}

Value s_isascii(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("isascii($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  Str* s = self_str(self);
  return Value::boolean(static_cast<int64_t>(s->data.size()) == s->length);
}

// isupper/islower: no cased character of the other case, and at least one cased.
Value cased_check(Value self, bool want_upper) {
  const std::string& d = self_str(self)->data;
  bool cased = false;
  for (size_t i = 0; i < d.size();) {
    uint32_t c = text::next_code_point_unchecked(d, i);
    if (want_upper ? text::is_lower(c) || text::is_titlecase(c) : text::is_upper(c) || text::is_titlecase(c))
      return Value::boolean(false);
    cased |= want_upper ? text::is_upper(c) : text::is_lower(c);
  }
  return Value::boolean(cased);
}
Value s_isupper(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("isupper($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  return cased_check(self, true);
}
Value s_islower(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("islower($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  return cased_check(self, false);
}

// unicode_istitle: upper/titlecase only after uncased, lowercase only after cased.
Value s_istitle(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("istitle($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  const std::string& d = self_str(self)->data;
  bool cased = false, previous_is_cased = false;
  for (size_t i = 0; i < d.size();) {
    uint32_t c = text::next_code_point_unchecked(d, i);
    if (text::is_upper(c) || text::is_titlecase(c)) {
      if (previous_is_cased) return Value::boolean(false);
      previous_is_cased = cased = true;
    } else if (text::is_lower(c)) {
      if (!previous_is_cased) return Value::boolean(false);
      previous_is_cased = cased = true;
    } else {
      previous_is_cased = false;
    }
  }
  return Value::boolean(cased);
}

Value s_expandtabs(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("expandtabs($self, /, tabsize=8)");
  auto [tabsize_arg] = sig.bind<1>(self, args, nargs, kw);
  int64_t tabsize = index_value(tabsize_arg, "expandtabs");
  const std::string& d = self_str(self)->data;
  if (d.find('\t') == std::string::npos) return unchanged(self);
  std::string out;
  int64_t column = 0;
  for (size_t i = 0; i < d.size();) {
    size_t start = i;
    uint32_t c = text::next_code_point_unchecked(d, i);
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t n = tabsize - column % tabsize;
        out.append(static_cast<size_t>(n), ' ');
        column += n;
      }
    } else {
      out.append(d, start, i - start);
      column = c == '\n' || c == '\r' ? 0 : column + 1;
    }
  }
  return str_value(std::move(out));
}

bool is_line_break(uint32_t c) {
  return (c >= '\n' && c <= '\r') || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 || c == 0x2029;
}

Value s_splitlines(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("splitlines($self, /, keepends=False)");
  auto [keepends] = sig.bind<1>(self, args, nargs, kw);
  bool keep = truthy(keepends);
  const std::string& s = self_str(self)->data;
  std::vector<Value> parts;
  size_t start = 0;
  for (size_t i = 0; i < s.size();) {
    size_t at = i;
    uint32_t c = text::next_code_point_unchecked(s, i);
    if (!is_line_break(c)) continue;
    if (c == '\r' && i < s.size() && s[i] == '\n') ++i;
    parts.push_back(str_value(s.substr(start, (keep ? i : at) - start)));
    start = i;
  }
  if (start < s.size()) parts.push_back(start == 0 ? unchanged(self) : str_value(s.substr(start)));
  return Value::object(new_list(std::move(parts)));
}

Value affix_remove(const Signature& sig, Value self, Value* args, size_t nargs, Tuple* kw, bool prefix) {
  auto [affix] = sig.bind<1>(self, args, nargs, kw);
  if (!isinstance(affix, &types::str))
    raise(&exc::TypeError, sig.name() + "() argument must be str, not " + type_name(affix));
  const std::string& s = self_str(self)->data;
  const std::string& a = affix.as<Str>()->data;
  if (a.empty() || !(prefix ? s.starts_with(a) : s.ends_with(a))) return unchanged(self);
  return str_value(prefix ? s.substr(a.size()) : s.substr(0, s.size() - a.size()));
}
Value s_removeprefix(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("removeprefix($self, prefix, /)");
  return affix_remove(sig, self, args, nargs, kw, true);
}
Value s_removesuffix(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("removesuffix($self, suffix, /)");
  return affix_remove(sig, self, args, nargs, kw, false);
}

Value s_getnewargs(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__getnewargs__($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  Str* s = self_str(self);
  return tuple_value({Value::object(heap().make<Str>(s->data, s->length, s->ascii))});
}

// str.maketrans(x[, y[, z]]), a static method (unicode_maketrans_impl).
Value s_maketrans(Value, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("maketrans(x, y=<unrepresentable>, z=<unrepresentable>, /)",
                             ArgStyle::CheckPositional);
  auto [x, y, z] = sig.bind<3>(Value::null(), args, nargs, kw);
  Dict* table = new_dict();
  if (!y.is_null()) {
    if (!is_type(y, &types::str) && !isinstance(y, &types::str))
      raise(&exc::TypeError, "maketrans() argument 2 must be str, not " + type_name(y));
    if (!z.is_null() && !isinstance(z, &types::str))
      raise(&exc::TypeError, "maketrans() argument 3 must be str, not " + type_name(z));
    if (!isinstance(x, &types::str))
      raise(&exc::TypeError, "first maketrans argument must be a string if there is a second argument");
    Str* xs = x.as<Str>();
    Str* ys = y.as<Str>();
    if (xs->length != ys->length) raise(&exc::ValueError, "the first two maketrans arguments must have equal length");
    for (size_t i = 0, j = 0; i < xs->data.size();) {
      uint32_t from = text::next_code_point_unchecked(xs->data, i);
      uint32_t to = text::next_code_point_unchecked(ys->data, j);
      table->set(make_int(from), make_int(to));
    }
    if (!z.is_null()) {
      const std::string& zs = z.as<Str>()->data;
      for (size_t i = 0; i < zs.size();) table->set(make_int(text::next_code_point_unchecked(zs, i)), Value::none());
    }
    return Value::object(table);
  }
  if (!isinstance(x, &types::dict))
    raise(&exc::TypeError, "if you give only one argument to maketrans it must be a dict");
  for (const auto& e : x.as<Dict>()->entries) {
    if (e.key.is_null()) continue;
    if (isinstance(e.key, &types::str)) {
      Str* k = e.key.as<Str>();
      if (k->length != 1) raise(&exc::ValueError, "string keys in translate table must be of length 1");
      table->set(make_int(k->code_point_at(0)), e.value);
    } else if (is_int(e.key)) {
      table->set(e.key, e.value);
    } else {
      raise(&exc::TypeError, "keys in translate table must be strings or integers");
    }
  }
  return Value::object(table);
}

// str.translate(table): table[ord(c)] through __getitem__; LookupError keeps c.
Value s_translate(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("translate($self, table, /)");
  auto [table] = sig.bind<1>(self, args, nargs, kw);
  const std::string& s = self_str(self)->data;
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    uint32_t c = text::next_code_point_unchecked(s, i);
    Value r;
    try {
      r = getitem(table, make_int(c));
    } catch (PyError& e) {
      if (!isinstance(e.exc, &exc::LookupError)) throw;
      out.append(s, start, i - start);
      continue;
    }
    if (r.is_none()) continue;
    if (is_int(r)) {
      auto v = int_as_int64(r);
      if (!v || *v < 0 || *v > 0x10FFFF) raise(&exc::ValueError, "character mapping must be in range(0x110000)");
      text::append_utf8(out, static_cast<uint32_t>(*v));
    } else if (isinstance(r, &types::str)) {
      out += r.as<Str>()->data;
    } else {
      raise(&exc::TypeError, "character mapping must return integer, None or str");
    }
  }
  return str_value(std::move(out));
}

const MethodEntry kStrCaseMethods[] = {
    {"upper", s_upper},           {"lower", s_lower},             {"title", s_title},
    {"capitalize", s_capitalize}, {"swapcase", s_swapcase},       {"casefold", s_casefold},
    {"isalpha", s_isalpha},       {"isalnum", s_isalnum},         {"isdigit", s_isdigit},
    {"isspace", s_isspace},
    {"isprintable", s_isprintable}, {"isascii", s_isascii},       {"isupper", s_isupper},
    {"islower", s_islower},       {"istitle", s_istitle},         {"expandtabs", s_expandtabs},
    {"splitlines", s_splitlines}, {"removeprefix", s_removeprefix}, {"removesuffix", s_removesuffix},
    {"__getnewargs__", s_getnewargs}, {"translate", s_translate},
};

}  // namespace

void install_str_case_methods() {
  install_methods(&types::str, std::begin(kStrCaseMethods), std::end(kStrCaseMethods));
  Builtin* maketrans = heap().make<Builtin>("maketrans", s_maketrans);
  types::str.dict->set_str(intern("maketrans"), Value::object(new_staticmethod(Value::object(maketrans))));
}

}  // namespace rt
