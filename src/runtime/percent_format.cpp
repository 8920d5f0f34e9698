// printf-style formatting, `str % args`, as CPython 3.11's PyUnicode_Format
// (Objects/unicodeobject.c): the argument walk (tuple, single value, mapping
// with %(key)s), the flag/width/precision parser with its exact errors, and the
// per-conversion layout. The numeric conversions and the layout are exported
// (format.h) for `bytes % args`, whose %s/%b/%a/%r/%c differ but whose numbers
// do not.
#include <climits>
#include <cstdio>

#include "runtime/format.h"
#include "runtime/objects/containers.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/int.h"
#include "runtime/objects/layouts.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type.h"
#include "runtime/ops.h"

namespace rt {

namespace {

// The special method `name` of v's type called on v; null when the type has none.
Value call_special(Value v, const char* name) {
  Type* t = type_of(v);
  Value f = type_lookup(t, intern(name));
  if (f.is_null()) return f;
  return call_with_self(f, v, t, nullptr, 0, nullptr);
}

bool has_special(Value v, const char* name) { return !type_lookup(type_of(v), intern(name)).is_null(); }

// PyNumber_Check: int, float, complex, or a type with __index__/__int__/__float__.
bool is_number(Value v) {
  if (is_int(v) || v.is_float() || isinstance(v, &types::float_)) return true;
  for (const char* name : {"__index__", "__int__", "__float__", "__complex__"})
    if (has_special(v, name)) return true;
  return false;
}

bool is_type_error(const PyError& e) { return isinstance(e.exc, &exc::TypeError); }

// PyNumber_Long / PyNumber_Index for the int conversions; null where CPython
// raises a TypeError that mainformatlong turns into its own message.
Value number_to_int(Value v, bool index_only) {
  if (is_int(v)) return v;
  try {
    if (!index_only && isinstance(v, &types::float_)) return int_from_double(float_value(v).as_float());
    static const char* const kLong[] = {"__int__", "__index__", "__trunc__"};
    static const char* const kIndex[] = {"__index__"};
    const char* const* names = index_only ? kIndex : kLong;
    for (size_t k = 0; k < (index_only ? 1u : 3u); ++k) {
      Value r = call_special(v, names[k]);
      if (r.is_null()) continue;
      if (!is_int(r)) raise(&exc::TypeError, std::string(names[k]) + " returned non-int (type " + type_name(r) + ")");
      return r;
    }
  } catch (PyError& e) {
    if (is_type_error(e)) return Value::null();
    throw;
  }
  return Value::null();
}

}  // namespace

Value percent_int_operand(Value v, char conv) {
  Value i;
  if (is_number(v)) i = number_to_int(v, conv == 'o' || conv == 'x' || conv == 'X');
  if (!i.is_null()) return i;
  const char* what = conv == 'o' || conv == 'x' || conv == 'X' ? "an integer" : "a real number";
  raise(&exc::TypeError, std::string("%") + conv + " format: " + what + " is required, not " + type_name(v));
}

std::string percent_format_long(Value val, bool alt, int64_t prec, char conv) {
  if (prec > INT_MAX - 3) raise(&exc::OverflowError, "precision too large");
  int base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
  std::string digits = int_to_string(val, base);
  bool negative = !digits.empty() && digits[0] == '-';
  if (negative) digits.erase(0, 1);
  std::string out;
  if (negative) out += '-';
  if (alt && base != 10) out += conv == 'o' ? "0o" : conv == 'X' ? "0X" : "0x";
  if (prec > static_cast<int64_t>(digits.size())) out.append(static_cast<size_t>(prec) - digits.size(), '0');
  if (conv == 'X')
    for (char& c : digits)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  out += digits;
  return out;
}

double percent_float_operand(Value v) {
  if (v.is_float()) return v.as_float();
  if (isinstance(v, &types::float_)) return float_value(v).as_float();
  if (is_int(v)) return int_to_double(v);
  Value r = call_special(v, "__float__");
  if (!r.is_null()) {
    if (!isinstance(r, &types::float_))
      raise(&exc::TypeError, type_name(v) + ".__float__ returned non-float (type " + type_name(r) + ")");
    return float_value(r).as_float();
  }
  r = call_special(v, "__index__");
  if (!r.is_null()) {
    if (!is_int(r)) raise(&exc::TypeError, "__index__ returned non-int (type " + type_name(r) + ")");
    return int_to_double(r);
  }
  raise(&exc::TypeError, "must be real number, not " + type_name(v));
}

std::string percent_format_float(double x, char conv, int64_t prec, bool alt) {
  if (prec < 0) prec = 6;
  if (prec > INT_MAX) raise(&exc::ValueError, "precision too big");
  DoubleFlags flags;
  flags.alt = alt;
  return double_to_string(x, conv, static_cast<int>(prec), flags);
}

void percent_output(std::string& out, std::string_view str, char conv, int flags, int64_t width, int64_t prec,
                    bool sign, bool utf8) {
  auto count = [&](std::string_view s) { return utf8 ? text::code_point_count(s) : static_cast<int64_t>(s.size()); };
  char fill = sign && (flags & kZeroPad) ? '0' : ' ';
  int64_t len = count(str);
  if ((width == -1 || width <= len) && (prec == -1 || prec >= len) && !(flags & (kSignFlag | kBlank))) {
    out += str;
    return;
  }
  // %s %r %a truncate to the precision.
  if ((conv == 's' || conv == 'r' || conv == 'a') && prec >= 0 && len > prec) {
    size_t bytes = 0;
    if (utf8)
      for (int64_t k = 0; k < prec; ++k) text::next_code_point_unchecked(str, bytes);
    else
      bytes = static_cast<size_t>(prec);
    str = str.substr(0, bytes);
    len = prec;
  }
  size_t pindex = 0;
  char signchar = 0;
  if (sign) {
    char ch = str.empty() ? 0 : str[0];
    if (ch == '-' || ch == '+') {
      signchar = ch;
      --len;
      ++pindex;
    } else if (flags & kSignFlag) {
      signchar = '+';
    } else if (flags & kBlank) {
      signchar = ' ';
    } else {
      sign = false;
    }
  }
  if (width < len) width = len;
  if (sign) {
    if (fill != ' ') out += signchar;
    if (width > len) --width;
  }
  bool prefix = (flags & kAlternate) && (conv == 'x' || conv == 'X' || conv == 'o');
  if (prefix) {
    if (fill != ' ') {
      out += str.substr(pindex, 2);
      pindex += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !(flags & kLeftJustify)) {
    out.append(static_cast<size_t>(width - len), fill);
    width = len;
  }
  if (fill == ' ') {
    if (sign) out += signchar;
    if (prefix) {
      out += str.substr(pindex, 2);
      pindex += 2;
    }
  }
  if (len > 0) out += str.substr(pindex);
  if (width > len) out.append(static_cast<size_t>(width - len), ' ');
}

namespace {

// The conversion character for %c: a one-character str or an int (__index__).
uint32_t format_char(Value v) {
  if (isinstance(v, &types::str)) {
    Str* s = v.as<Str>();
    if (s->length == 1) return s->code_point_at(0);
    raise(&exc::TypeError, "%c requires int or char");
  }
  Value i;
  try {
    i = as_index(v);
  } catch (PyError& e) {
    if (is_type_error(e)) raise(&exc::TypeError, "%c requires int or char");
    throw;
  }
  auto x = int_as_int64(i);
  if (!x || *x < 0 || *x > 0x10FFFF) raise(&exc::OverflowError, "%c arg not in range(0x110000)");
  return static_cast<uint32_t>(*x);
}

struct Formatter {
  const PercentHooks* hooks;
  std::string_view fmt;
  size_t pos = 0;  // byte offset of the next character
  Value args;
  int64_t arglen = -1, argidx = -2;
  Value dict;

  Value next_arg() {
    if (argidx < arglen) {
      int64_t i = argidx++;
      if (arglen < 0) return args;
      return args.as<Tuple>()->items[static_cast<size_t>(i)];
    }
    raise(&exc::TypeError, "not enough arguments for format string");
  }
  bool at_end() const { return pos >= fmt.size(); }
  // The character at pos (a code point), moving past it.
  uint32_t read() {
    if (!hooks->utf8) return static_cast<unsigned char>(fmt[pos++]);
    return text::next_code_point_unchecked(fmt, pos);
  }
  [[noreturn]] void incomplete() { raise(&exc::ValueError, "incomplete format"); }
  // CPython's str and bytes formatters name themselves in this one message.
  const char* not_all_converted() const {
    return hooks->utf8 ? "not all arguments converted during string formatting"
                       : "not all arguments converted during bytes formatting";
  }

  void one_conversion(std::string& out) {
    // At the character after '%'.
    if (!at_end() && fmt[pos] == '%') {
      ++pos;
      out += '%';
      return;
    }
    int flags = 0;
    int64_t width = -1, prec = -1;
    if (!at_end() && fmt[pos] == '(') {
      if (dict.is_null()) raise(&exc::TypeError, "format requires a mapping");
      ++pos;
      size_t keystart = pos;
      int depth = 1;
      while (depth > 0 && pos < fmt.size()) {
        if (fmt[pos] == ')') --depth;
        else if (fmt[pos] == '(') ++depth;
        ++pos;
      }
      if (depth > 0) raise(&exc::ValueError, "incomplete format key");
      Value key = hooks->make_key(fmt.substr(keystart, pos - 1 - keystart));
      args = getitem(dict, key);
      arglen = -1;
      argidx = -2;
    }
    uint32_t ch = 0;
    auto advance = [&]() -> bool {
      if (at_end()) return false;
      ch = read();
      return true;
    };
    bool have = false;
    while ((have = advance())) {
      switch (ch) {
        case '-': flags |= kLeftJustify; continue;
        case '+': flags |= kSignFlag; continue;
        case ' ': flags |= kBlank; continue;
        case '#': flags |= kAlternate; continue;
        case '0': flags |= kZeroPad; continue;
      }
      break;
    }
    if (!have) incomplete();
    if (ch == '*') {
      Value v = next_arg();
      if (!is_int(v)) raise(&exc::TypeError, "* wants int");
      auto w = int_as_int64(v);
      if (!w) raise(&exc::OverflowError, "Python int too large to convert to C ssize_t");
      width = *w;
      if (width < 0) {
        flags |= kLeftJustify;
        width = -width;
      }
      if (!advance()) incomplete();
    } else if (ch >= '0' && ch <= '9') {
      width = ch - '0';
      for (;;) {
        if (!advance()) incomplete();
        if (ch < '0' || ch > '9') break;
        if (width > (INT64_MAX - static_cast<int64_t>(ch - '0')) / 10) raise(&exc::ValueError, "width too big");
        width = width * 10 + (ch - '0');
      }
    }
    if (ch == '.') {
      prec = 0;
      if (!advance()) incomplete();
      if (ch == '*') {
        Value v = next_arg();
        if (!is_int(v)) raise(&exc::TypeError, "* wants int");
        auto p = int_as_int64(v);
        if (!p || *p > INT_MAX || *p < INT_MIN) raise(&exc::OverflowError, "Python int too large to convert to C int");
        prec = *p < 0 ? 0 : *p;
        if (!advance()) incomplete();
      } else if (ch >= '0' && ch <= '9') {
        prec = ch - '0';
        for (;;) {
          if (!advance()) incomplete();
          if (ch < '0' || ch > '9') break;
          if (prec > (INT_MAX - static_cast<int64_t>(ch - '0')) / 10)
            raise(&exc::ValueError, hooks->utf8 ? "precision too big" : "prec too big");
          prec = prec * 10 + (ch - '0');
        }
      }
    }
    if (ch == 'h' || ch == 'l' || ch == 'L')
      if (!advance()) incomplete();
    size_t conv_end = pos;

    Value v = next_arg();
    std::string body;
    bool sign = false;
    char conv = ch < 128 ? static_cast<char>(ch) : 0;
    switch (ch) {
      case 'i': case 'd': case 'u': case 'o': case 'x': case 'X': {
        // bytes' formatlong names %i as %d in its TypeError; str keeps %i.
        Value i = percent_int_operand(v, conv == 'i' && !hooks->utf8 ? 'd' : conv);
        body = percent_format_long(i, flags & kAlternate, prec, conv == 'i' || conv == 'u' ? 'd' : conv);
        sign = true;
        percent_output(out, body, conv, flags, width, prec, sign, hooks->utf8);
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        double x;
        if (hooks->utf8) {
          x = percent_float_operand(v);
        } else {
          // bytes' formatfloat replaces any PyFloat_AsDouble error with its own.
          try {
            x = percent_float_operand(v);
          } catch (PyError&) {
            raise(&exc::TypeError, "float argument required, not " + type_name(v));
          }
        }
        body = percent_format_float(x, conv, prec, flags & kAlternate);
        percent_output(out, body, conv, flags, width, prec, true, hooks->utf8);
        break;
      }
      default: {
        if (hooks->convert(out, ch, v, flags, width, prec)) break;
        int64_t index = static_cast<int64_t>(conv_end) - 1;
        if (hooks->utf8) index = text::code_point_count(fmt.substr(0, conv_end)) - 1;
        // str shows '?' for an unprintable character; bytes passes its (signed)
        // char to PyErr_Format's %c as is, so a control byte appears raw and a
        // byte >= 0x80 makes %c itself fail with OverflowError.
        char shown = (31 <= ch && ch <= 126) ? static_cast<char>(ch) : '?';
        if (!hooks->utf8) {
          if (ch >= 128) raise(&exc::OverflowError, "character argument not in range(0x110000)");
          shown = static_cast<char>(ch);
        }
        std::string msg = "unsupported format character '";
        msg += shown;
        char buf[96];
        std::snprintf(buf, sizeof buf, "' (0x%x) at index %lld", static_cast<unsigned>(ch), static_cast<long long>(index));
        msg += buf;
        raise(&exc::ValueError, msg);
      }
    }
    if (!dict.is_null() && argidx < arglen) raise(&exc::TypeError, not_all_converted());
  }
};

}  // namespace

std::string percent_format(std::string_view fmt, Value args, bool args_are_mapping, const PercentHooks& hooks) {
  Formatter f;
  f.hooks = &hooks;
  f.fmt = fmt;
  if (isinstance(args, &types::tuple)) {
    f.arglen = static_cast<int64_t>(args.as<Tuple>()->items.size());
    f.argidx = 0;
  }
  f.args = args;
  if (args_are_mapping) f.dict = args;
  std::string out;
  out.reserve(f.fmt.size() + 16);
  while (f.pos < f.fmt.size()) {
    size_t next = f.fmt.find('%', f.pos);
    if (next == std::string_view::npos) {
      out.append(f.fmt.substr(f.pos));
      break;
    }
    out.append(f.fmt.substr(f.pos, next - f.pos));
    f.pos = next + 1;
    f.one_conversion(out);
  }
  if (f.argidx < f.arglen && f.dict.is_null()) raise(&exc::TypeError, f.not_all_converted());
  return out;
}

bool percent_mapping_check(Value v) {
  Type* t = type_of(v);
  return t->getitem != nullptr || !type_lookup(t, intern("__getitem__")).is_null();
}

namespace {

// str's own conversions: %s %r %a (text of the object) and %c (a character).
bool str_text_conversion(std::string& out, uint32_t conv, Value v, int flags, int64_t width, int64_t prec) {
  switch (conv) {
    case 's': case 'r': case 'a': {
      Value s = conv == 's' ? to_str(v) : repr(v);
      if (conv == 'a') s = str_value(ascii_escape(s.as<Str>()->data));
      percent_output(out, s.as<Str>()->data, static_cast<char>(conv), flags, width, prec, false, true);
      return true;
    }
    case 'c': {
      std::string body;
      text::append_utf8(body, format_char(v));
      percent_output(out, body, 'c', flags, width, prec, false, true);
      return true;
    }
    default:
      return false;
  }
}

Value str_key(std::string_view key) { return str_value(std::string(key)); }

const PercentHooks kStrHooks{true, str_key, str_text_conversion};

}  // namespace

Value str_percent_format(Value fmt_value, Value args) {
  // PyMapping_Check(args) && !tuple && !str: then %(key)s looks keys up and
  // unused arguments are not an error ('abc' % [] is 'abc').
  bool mapping = !isinstance(args, &types::tuple) && !isinstance(args, &types::str) && percent_mapping_check(args);
  return str_value(percent_format(fmt_value.as<Str>()->data, args, mapping, kStrHooks));
}

}  // namespace rt
