// format(value, spec): CPython's format-specification mini-language for int,
// float and str, and printf-style `str % args`.
#include <cmath>
#include <cstdio>

#include "runtime/objects/containers.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/ops.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/type.h"
#include "runtime/objects/str.h"

namespace rt {

namespace {

struct Spec {
  std::string fill = " ";
  char align = 0;
  char sign = 0;
  bool alt = false;
  bool zero = false;
  bool no_neg_zero = false;
  int64_t width = -1;
  char grouping = 0;
  int64_t precision = -1;
  char type = 0;
};

[[noreturn]] void invalid_spec() { raise(&exc::ValueError, "Invalid format specifier"); }

Spec parse_spec(const Str* s) {
  Spec spec;
  const std::string& d = s->data;
  size_t i = 0;
  auto is_align = [](char c) { return c == '<' || c == '>' || c == '=' || c == '^'; };
  // The fill may be any code point: look at what follows the first one.
  size_t first_end = 0;
  if (!d.empty()) text::next_code_point_unchecked(d, first_end);
  if (first_end < d.size() && is_align(d[first_end])) {
    spec.fill = d.substr(0, first_end);
    spec.align = d[first_end];
    i = first_end + 1;
  } else if (!d.empty() && is_align(d[0])) {
    spec.align = d[0];
    i = 1;
  }
  if (i < d.size() && (d[i] == '+' || d[i] == '-' || d[i] == ' ')) spec.sign = d[i++];
  if (i < d.size() && d[i] == 'z') {
    spec.no_neg_zero = true;
    ++i;
  }
  if (i < d.size() && d[i] == '#') {
    spec.alt = true;
    ++i;
  }
  if (i < d.size() && d[i] == '0') {
    spec.zero = true;
    ++i;
  }
  auto read_number = [&]() -> int64_t {
    int64_t n = -1;
    while (i < d.size() && d[i] >= '0' && d[i] <= '9') {
      n = (n < 0 ? 0 : n) * 10 + (d[i++] - '0');
      if (n > (int64_t{1} << 40)) raise(&exc::ValueError, "Too many decimal digits in format string");
    }
    return n;
  };
  spec.width = read_number();
  if (i < d.size() && (d[i] == ',' || d[i] == '_')) spec.grouping = d[i++];
  if (i < d.size() && (d[i] == ',' || d[i] == '_')) raise(&exc::ValueError, "Cannot specify both ',' and '_'.");
  if (i < d.size() && d[i] == '.') {
    ++i;
    spec.precision = read_number();
    if (spec.precision < 0) raise(&exc::ValueError, "Format specifier missing precision");
  }
  if (i < d.size()) spec.type = d[i++];
  if (i < d.size()) invalid_spec();
  if (spec.zero && spec.align == 0) {
    spec.fill[0] = '0';  // fill is still the default single space here
    spec.align = '=';
  }
  return spec;
}

std::string group_digits(const std::string& digits, char sep, size_t every) {
  std::string out;
  size_t n = digits.size();
  for (size_t i = 0; i < n; ++i) {
    out += digits[i];
    size_t left = n - 1 - i;
    if (left > 0 && left % every == 0) out += sep;
  }
  return out;
}

// Pads sign+prefix and body to the width with the alignment rules.
std::string pad(const Spec& spec, const std::string& sign, const std::string& body, char default_align) {
  int64_t len = text::code_point_count(sign) + text::code_point_count(body);
  char align = spec.align ? spec.align : default_align;
  if (spec.width <= len) return sign + body;
  int64_t n = spec.width - len;
  auto fill = [&](int64_t k) {
    std::string f;
    for (int64_t j = 0; j < k; ++j) f += spec.fill;
    return f;
  };
  switch (align) {
    case '<': return sign + body + fill(n);
    case '^': return fill(n / 2) + sign + body + fill(n - n / 2);
    case '=': return sign + fill(n) + body;
    default: return fill(n) + sign + body;
  }
}

std::string sign_of(bool negative, char sign) {
  if (negative) return "-";
  if (sign == '+') return "+";
  if (sign == ' ') return " ";
  return "";
}

// Zero padding with grouping groups the padding zeros too ('00,001,234').
std::string grouped_zero_pad(const Spec& spec, std::string digits, size_t prefix_len, size_t every) {
  if (!(spec.align == '=' && spec.fill == "0" && spec.width > 0)) return group_digits(digits, spec.grouping, every);
  std::string out = group_digits(digits, spec.grouping, every);
  while (static_cast<int64_t>(out.size() + prefix_len) < spec.width) {
    digits.insert(digits.begin(), '0');
    out = group_digits(digits, spec.grouping, every);
  }
  return out;
}

Value format_float_value(double x, const Spec& spec_in, bool from_int);

Value format_int(Value v, const Spec& spec) {
  char type = spec.type ? spec.type : 'd';
  switch (type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return format_float_value(int_to_double(v), spec, true);
    case 'd': case 'b': case 'o': case 'x': case 'X': case 'c': case 'n':
      break;
    default:
      raise(&exc::ValueError, std::string("Unknown format code '") + type + "' for object of type 'int'");
  }
  if (spec.precision >= 0) raise(&exc::ValueError, "Precision not allowed in integer format specifier");
  if (type == 'c') {
    if (spec.sign) raise(&exc::ValueError, "Sign not allowed with integer format specifier 'c'");
    auto cp = int_as_int64(v);
    if (!cp || *cp < 0 || *cp > 0x10FFFF) raise(&exc::OverflowError, "%c arg not in range(0x110000)");
    std::string s;
    text::append_utf8(s, static_cast<uint32_t>(*cp));
    return str_value(pad(spec, "", s, '<'));
  }
  if (spec.grouping == ',' && type != 'd' && type != 'n')
    raise(&exc::ValueError, std::string("Cannot specify ',' with '") + type + "'.");
  int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
  bool negative = int_sign(v) < 0;
  std::string digits = int_to_string(negative ? int_negate(v) : v, base);
  if (type == 'X')
    for (char& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  const char* prefix = "";
  if (spec.alt && base != 10) prefix = type == 'b' ? "0b" : type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
  std::string sign = sign_of(negative, spec.sign);
  sign.append(prefix);
  if (spec.grouping) digits = grouped_zero_pad(spec, digits, sign.size(), base == 10 ? 3 : 4);
  return str_value(pad(spec, sign, digits, '>'));
}

std::string c_format(const char* conv, int64_t precision, double x, bool alt) {
  char fmt[16];
  std::snprintf(fmt, sizeof fmt, "%%%s.*%s", alt ? "#" : "", conv);
  int n = std::snprintf(nullptr, 0, fmt, static_cast<int>(precision), x);
  std::string out(n + 1, '\0');
  std::snprintf(out.data(), out.size(), fmt, static_cast<int>(precision), x);
  out.resize(n);
  return out;
}

Value format_float_value(double x, const Spec& spec, bool from_int) {
  char type = spec.type;
  switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': case 'n':
      break;
    default:
      raise(&exc::ValueError, std::string("Unknown format code '") + type + "' for object of type '" +
                                  (from_int ? "int" : "float") + "'");
  }
  bool negative = std::signbit(x) && !std::isnan(x);
  double ax = std::fabs(x);
  std::string body;
  int64_t precision = spec.precision;
  if (type == 0 && precision < 0) {
    body = text::repr_float(ax);
  } else {
    if (precision < 0) precision = 6;
    switch (type) {
      case 'e': case 'E': body = c_format(type == 'e' ? "e" : "E", precision, ax, spec.alt); break;
      case 'f': case 'F': body = c_format(type == 'f' ? "f" : "F", precision, ax, spec.alt); break;
      case 'g': case 'G': case 'n': body = c_format(type == 'G' ? "G" : "g", precision, ax, spec.alt); break;
      case '%': body = c_format("f", precision, ax * 100, spec.alt) + "%"; break;
      default: {
        // No type with a precision: like 'g', but a fixed-point result keeps one decimal.
        body = c_format("g", precision == 0 ? 1 : precision, ax, spec.alt);
        if (std::isfinite(ax) && body.find_first_of(".e") == std::string::npos) body += ".0";
        break;
      }
    }
  }
  if (spec.no_neg_zero && negative) {
    bool all_zero = true;
    for (char c : body)
      if (c >= '1' && c <= '9') all_zero = false;
    if (all_zero) negative = false;
  }
  if (spec.grouping) {
    size_t end = body.find_first_of(".eE%");
    if (end == std::string::npos) end = body.size();
    if (std::isfinite(ax)) {
      std::string sign = sign_of(negative, spec.sign);
      std::string int_part = body.substr(0, end);
      std::string rest = body.substr(end);
      Spec inner = spec;
      inner.width = spec.width - static_cast<int64_t>(rest.size());
      body = grouped_zero_pad(inner, int_part, sign.size(), 3) + rest;
    }
  }
  Spec eff = spec;
  if (!std::isfinite(x) && eff.fill == "0" && eff.align == '=' && spec.zero) eff.fill = " ";
  return str_value(pad(eff, sign_of(negative, spec.sign), body, '>'));
}

Value format_str(Value v, const Spec& spec) {
  if (spec.type && spec.type != 's')
    raise(&exc::ValueError, std::string("Unknown format code '") + spec.type + "' for object of type 'str'");
  if (spec.sign) raise(&exc::ValueError, "Sign not allowed in string format specifier");
  if (spec.alt) raise(&exc::ValueError, "Alternate form (#) not allowed in string format specifier");
  if (spec.grouping) raise(&exc::ValueError, std::string("Cannot specify '") + spec.grouping + "' with 's'.");
  if (spec.align == '=') raise(&exc::ValueError, "'=' alignment not allowed in string format specifier");
  Str* s = v.as<Str>();
  std::string body = spec.precision >= 0 && spec.precision < s->length ? std::string(s->substr(0, spec.precision))
                                                                         : s->data;
  return str_value(pad(spec, "", body, '<'));
}

}  // namespace

std::string format_float_repr(double d) { return text::repr_float(d); }

Value format(Value v, Value spec_value) {
  Str* spec_str = spec_value.as<Str>();
  Type* t = type_of(v);
  if (t->is_heap()) {
    // A class's __format__ (object.__format__ accepts only an empty spec).
    Value f = type_lookup(t, intern("__format__"));
    Value r = call_with_self(f, v, t, &spec_value, 1, nullptr);
    if (!isinstance(r, &types::str))
      raise(&exc::TypeError, "__format__ must return a str, not " + type_name(r));
    return r;
  }
  if (spec_str->data.empty()) return to_str(v);
  Spec spec = parse_spec(spec_str);
  if (t == &types::str) return format_str(v, spec);
  if (t == &types::float_) return format_float_value(v.as_float(), spec, false);
  if (is_int(v)) return format_int(v, spec);
  raise(&exc::TypeError, "unsupported format string passed to " + t->name + ".__format__");
}

// ---- printf-style formatting ------------------------------------------------------

Value str_percent_format(Value fmt_value, Value args_value) {
  const std::string& fmt = fmt_value.as<Str>()->data;
  std::vector<Value> args;
  bool is_tuple = is_type(args_value, &types::tuple);
  if (is_tuple) args = args_value.as<Tuple>()->items;
  else args.push_back(args_value);
  size_t next_arg = 0;
  auto take = [&]() -> Value {
    if (next_arg >= args.size()) raise(&exc::TypeError, "not enough arguments for format string");
    return args[next_arg++];
  };
  std::string out;
  for (size_t i = 0; i < fmt.size(); ++i) {
    char c = fmt[i];
    if (c != '%') {
      out += c;
      continue;
    }
    if (++i >= fmt.size()) raise(&exc::ValueError, "incomplete format");
    std::string flags;
    while (i < fmt.size() && std::string("-+ #0").find(fmt[i]) != std::string::npos) flags += fmt[i++];
    int64_t width = -1, precision = -1;
    if (i < fmt.size() && fmt[i] == '*') {
      width = index_value(take(), "width");
      ++i;
    } else {
      while (i < fmt.size() && std::isdigit(static_cast<unsigned char>(fmt[i]))) width = (width < 0 ? 0 : width) * 10 + (fmt[i++] - '0');
    }
    if (i < fmt.size() && fmt[i] == '.') {
      ++i;
      precision = 0;
      while (i < fmt.size() && std::isdigit(static_cast<unsigned char>(fmt[i]))) precision = precision * 10 + (fmt[i++] - '0');
    }
    if (i >= fmt.size()) raise(&exc::ValueError, "incomplete format");
    char conv = fmt[i];
    if (conv == '%') {
      out += '%';
      continue;
    }
    Spec spec;
    spec.width = width;
    spec.precision = precision;
    spec.alt = flags.find('#') != std::string::npos;
    if (flags.find('+') != std::string::npos) spec.sign = '+';
    else if (flags.find(' ') != std::string::npos) spec.sign = ' ';
    if (flags.find('-') != std::string::npos) spec.align = '<';
    else if (flags.find('0') != std::string::npos && conv != 's' && conv != 'r') {
      spec.fill = "0";
      spec.align = '=';
    } else spec.align = '>';
    Value arg = take();
    switch (conv) {
      case 's': case 'r': case 'a': {
        Value s = conv == 's' ? to_str(arg) : repr(arg);
        spec.sign = 0;
        spec.alt = false;
        out += format_str(s, spec).as<Str>()->data;
        break;
      }
      case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': case 'c': {
        if (conv == 'c' && is_type(arg, &types::str)) {
          out += pad(spec, "", arg.as<Str>()->data, '>');
          break;
        }
        Value n = arg;
        if (arg.is_float()) n = int_from_double(arg.as_float());
        else if (!is_int(arg))
          raise(&exc::TypeError, std::string("%") + conv + " format: " +
                                     (conv == 'x' || conv == 'X' || conv == 'o' ? "an integer" : "a real number") +
                                     " is required, not " + type_name(arg));
        spec.type = conv == 'i' || conv == 'u' ? 'd' : conv;
        spec.precision = -1;
        out += format_int(n, spec).as<Str>()->data;
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        if (!arg.is_float() && !is_int(arg))
          raise(&exc::TypeError, std::string("must be real number, not ") + type_name(arg));
        spec.type = conv;
        out += format_float_value(arg.is_float() ? arg.as_float() : int_to_double(arg), spec, false)
                   .as<Str>()
                   ->data;
        break;
      }
      default: {
        char buf[128];
        std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %zu", conv,
                      static_cast<unsigned char>(conv), i);
        raise(&exc::ValueError, buf);
      }
    }
  }
  if (next_arg < args.size() && (is_tuple || next_arg == 0))
    raise(&exc::TypeError, "not all arguments converted during string formatting");
  return str_value(std::move(out));
}

}  // namespace rt
