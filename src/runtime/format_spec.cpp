// The format-specification mini-language of int, float, str and complex, and
// PyOS_double_to_string, following CPython 3.11's Python/formatter_unicode.c
// and Python/pystrtod.c step by step so that every width, padding and error
// message comes out the same.
#include <climits>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "runtime/format.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"

namespace rt {

namespace {

std::string code_point_text(uint32_t c) {
  std::string s;
  text::append_utf8(s, c);
  return s;
}

// "'d'" or "'\x1'" / "'\xe9'" as CPython prints a presentation type it rejects.
std::string quoted_code(uint32_t c) {
  if (c > 32 && c < 128) return std::string("'") + static_cast<char>(c) + "'";
  char buf[32];
  std::snprintf(buf, sizeof buf, "'\\x%x'", c);
  return buf;
}

[[noreturn]] void unknown_presentation_type(uint32_t type, const std::string& type_name) {
  raise(&exc::ValueError, "Unknown format code " + quoted_code(type) + " for object of type '" + type_name + "'");
}

[[noreturn]] void too_many_digits() { raise(&exc::ValueError, "Too many decimal digits in format string"); }

bool is_alignment(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

}  // namespace

FormatSpec parse_format_spec(std::string_view spec_text, const std::string& type_name, uint32_t default_type,
                             char default_align) {
  // The spec as code points; short specs (nearly all) need no allocation.
  uint32_t small[32];
  std::vector<uint32_t> large;
  uint32_t* s = small;
  if (spec_text.size() > 32) {
    large.resize(spec_text.size());
    s = large.data();
  }
  size_t count = 0;
  for (size_t i = 0; i < spec_text.size();) s[count++] = text::next_code_point_unchecked(spec_text, i);
  FormatSpec f;
  f.type = default_type;
  f.align = default_align;
  size_t pos = 0, end = count;
  bool fill_specified = false, align_specified = false;
  if (end - pos >= 2 && is_alignment(s[pos + 1])) {
    f.fill = s[pos];
    f.align = static_cast<char>(s[pos + 1]);
    fill_specified = align_specified = true;
    pos += 2;
  } else if (end - pos >= 1 && is_alignment(s[pos])) {
    f.align = static_cast<char>(s[pos]);
    align_specified = true;
    ++pos;
  }
  if (end - pos >= 1 && (s[pos] == ' ' || s[pos] == '+' || s[pos] == '-')) f.sign = static_cast<char>(s[pos++]);
  if (end - pos >= 1 && s[pos] == 'z') {
    f.no_neg_0 = true;
    ++pos;
  }
  if (end - pos >= 1 && s[pos] == '#') {
    f.alternate = true;
    ++pos;
  }
  // The '0' flag: zero fill, and '=' alignment for numbers unless an alignment was given.
  if (!fill_specified && end - pos >= 1 && s[pos] == '0') {
    f.fill = '0';
    if (!align_specified && default_align == '>') f.align = '=';
    ++pos;
  }
  auto read_integer = [&](int64_t& out) {
    size_t start = pos;
    int64_t acc = 0;
    while (pos < end && s[pos] >= '0' && s[pos] <= '9') {
      int d = static_cast<int>(s[pos] - '0');
      if (acc > (INT64_MAX - d) / 10) too_many_digits();
      acc = acc * 10 + d;
      ++pos;
    }
    if (pos > start) out = acc;
    return pos - start;
  };
  read_integer(f.width);
  if (end - pos >= 1 && s[pos] == ',') {
    f.thousands = ',';
    ++pos;
  }
  if (end - pos >= 1 && s[pos] == '_') {
    if (f.thousands) raise(&exc::ValueError, "Cannot specify both ',' and '_'.");
    f.thousands = '_';
    ++pos;
  }
  if (end - pos >= 1 && s[pos] == ',' && f.thousands == '_') raise(&exc::ValueError, "Cannot specify both ',' and '_'.");
  if (end - pos >= 1 && s[pos] == '.') {
    ++pos;
    if (read_integer(f.precision) == 0) raise(&exc::ValueError, "Format specifier missing precision");
  }
  if (end - pos > 1)
    raise(&exc::ValueError, "Invalid format specifier '" + std::string(spec_text) + "' for object of type '" +
                                type_name + "'");
  if (end - pos == 1) f.type = s[pos++];
  if (f.thousands) {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.thousands == '_') {
          f.thousands = '4';
          break;
        }
        [[fallthrough]];
      default:
        raise(&exc::ValueError, std::string("Cannot specify '") + f.thousands + "' with " + quoted_code(f.type) + ".");
    }
  }
  return f;
}

// ---- number layout (calc_number_widths + fill_number) ---------------------------------

namespace {

// The thousands grouping of the spec's locale: the separator and the group size
// (0 = none). 'n' uses the current locale, which is the C locale here.
struct Grouping {
  std::string_view sep;
  int size = 0;
};
Grouping grouping_of(const FormatSpec& f) {
  if (f.type == 'n') return {};
  switch (f.thousands) {
    case ',': return {",", 3};
    case '_': return {"_", 3};
    case '4': return {"_", 4};
    default: return {};
  }
}

// _PyUnicode_InsertThousandsGrouping: the digits grouped from the right and,
// when min_width asks for it, zero-padded on the left (padding zeros are
// grouped too: "0,000,001,234").
std::string insert_grouping(std::string_view digits, int64_t min_width, const Grouping& g) {
  min_width = std::max<int64_t>(0, min_width);
  std::string rev;
  int64_t remaining = static_cast<int64_t>(digits.size());
  int64_t digits_pos = remaining;
  const int64_t sep_len = static_cast<int64_t>(g.sep.size());
  bool use_sep = false;
  auto fill = [&](int64_t n_chars, int64_t n_zeros) {
    if (use_sep)
      for (auto it = g.sep.rbegin(); it != g.sep.rend(); ++it) rev += *it;
    for (int64_t k = 0; k < n_chars; ++k) rev += digits[--digits_pos];
    rev.append(n_zeros, '0');
  };
  bool broken = false;
  if (g.size > 0) {
    for (;;) {
      int64_t len = std::min<int64_t>(g.size, std::max({remaining, min_width, int64_t{1}}));
      int64_t n_zeros = std::max<int64_t>(0, len - remaining);
      int64_t n_chars = std::max<int64_t>(0, std::min(remaining, len));
      fill(n_chars, n_zeros);
      use_sep = true;
      remaining -= n_chars;
      min_width -= len;
      if (remaining <= 0 && min_width <= 0) {
        broken = true;
        break;
      }
      min_width -= sep_len;
    }
  }
  if (!broken) {
    int64_t len = std::max({remaining, min_width, int64_t{1}});
    int64_t n_zeros = std::max<int64_t>(0, len - remaining);
    int64_t n_chars = std::max<int64_t>(0, std::min(remaining, len));
    fill(n_chars, n_zeros);
  }
  return std::string(rev.rbegin(), rev.rend());
}

void append_fill(std::string& out, uint32_t fill, int64_t n) {
  if (n <= 0) return;
  if (fill < 0x80) {
    out.append(static_cast<size_t>(n), static_cast<char>(fill));
    return;
  }
  std::string one = code_point_text(fill);
  for (int64_t k = 0; k < n; ++k) out += one;
}

// A number's text laid out per the spec: `number` is the unsigned ASCII text
// (digits, then an optional '.', then the "remainder": fraction, exponent,
// '%', or all of "inf"/"nan"); `sign_char` is '-' or 0; `prefix` is "0x"...
// `all_digits`: an int's digits in any base (hex letters are digits too).
std::string layout_number(const FormatSpec& f, std::string_view number, char sign_char, std::string_view prefix,
                          bool toupper, bool all_digits = false) {
  size_t n_int = all_digits ? number.size() : 0;
  while (n_int < number.size() && number[n_int] >= '0' && number[n_int] <= '9') ++n_int;
  bool has_decimal = n_int < number.size() && number[n_int] == '.';
  std::string_view digits = number.substr(0, n_int);
  std::string_view remainder = number.substr(n_int + (has_decimal ? 1 : 0));
  char sign = 0;
  if (f.sign == '+') sign = sign_char == '-' ? '-' : '+';
  else if (f.sign == ' ') sign = sign_char == '-' ? '-' : ' ';
  else if (sign_char == '-') sign = '-';
  const int64_t n_sign = sign ? 1 : 0;
  const int64_t n_non_digit = n_sign + static_cast<int64_t>(prefix.size()) + (has_decimal ? 1 : 0) +
                              static_cast<int64_t>(remainder.size());
  int64_t min_width = (f.fill == '0' && f.align == '=') ? f.width - n_non_digit : 0;
  std::string grouped = digits.empty() ? std::string() : insert_grouping(digits, min_width, grouping_of(f));
  int64_t n_padding = f.width - (n_non_digit + static_cast<int64_t>(grouped.size()));
  int64_t lpad = 0, spad = 0, rpad = 0;
  if (n_padding > 0) {
    switch (f.align) {
      case '<': rpad = n_padding; break;
      case '^': lpad = n_padding / 2; rpad = n_padding - lpad; break;
      case '=': spad = n_padding; break;
      default: lpad = n_padding; break;
    }
  }
  std::string out;
  out.reserve(static_cast<size_t>(std::max<int64_t>(f.width, 0)) + number.size() + prefix.size() + 8);
  append_fill(out, f.fill, lpad);
  if (sign) out += sign;
  size_t start = out.size();
  out += prefix;
  append_fill(out, f.fill, spad);
  out += grouped;
  if (toupper)
    for (size_t k = start; k < out.size(); ++k)
      if (out[k] >= 'a' && out[k] <= 'z') out[k] = static_cast<char>(out[k] - 32);
  if (has_decimal) out += '.';
  out += remainder;
  append_fill(out, f.fill, rpad);
  return out;
}

// calc_padding + fill_padding around already formatted text of `len` code points.
std::string pad_text(std::string_view body, int64_t len, int64_t width, char align, uint32_t fill) {
  int64_t total = width >= 0 && width > len ? width : len;
  int64_t lpad = align == '>' ? total - len : align == '^' ? (total - len) / 2 : 0;
  int64_t rpad = total - len - lpad;
  std::string out;
  append_fill(out, fill, lpad);
  out += body;
  append_fill(out, fill, rpad);
  return out;
}

}  // namespace

// ---- PyOS_double_to_string ------------------------------------------------------------

namespace {

// The decimal digits of |x| (finite) as David Gay's dtoa gives them: mode 0
// shortest round-trip, mode 2 `ndigits` significant digits, mode 3 `ndigits`
// digits after the point; trailing zeros stripped; |x| = 0.DIGITS * 10**decpt.
// glibc's printf rounds correctly (half-even on exact ties), as dtoa does.
void dtoa_digits(double ax, int mode, int ndigits, std::string& digits, int& decpt) {
  if (ax == 0) {
    digits = "0";
    decpt = 1;
    return;
  }
  if (mode == 0) {
    int exponent = 0;
    text::shortest_digits(ax, digits, exponent);
    decpt = exponent + 1;
    return;
  }
  // std::to_chars with a precision is correctly rounded like printf's %e/%f,
  // and several times faster than glibc's printf.
  std::string buf(static_cast<size_t>(ndigits) + 400, '\0');
  auto print = [&](std::chars_format fmt, int precision) {
    auto r = std::to_chars(buf.data(), buf.data() + buf.size(), ax, fmt, precision);
    buf.resize(static_cast<size_t>(r.ptr - buf.data()));
  };
  if (mode == 2) {
    print(std::chars_format::scientific, ndigits - 1);
    size_t e = buf.find('e');
    digits.clear();
    for (size_t k = 0; k < e; ++k)
      if (buf[k] != '.') digits += buf[k];
    decpt = std::atoi(buf.c_str() + e + 1) + 1;
  } else {
    print(std::chars_format::fixed, ndigits);
    size_t dot = buf.find('.');
    if (dot == std::string::npos) dot = buf.size();
    digits = buf.substr(0, dot);
    if (dot < buf.size()) digits += buf.substr(dot + 1);
    decpt = static_cast<int>(dot);
    size_t lead = 0;
    while (lead < digits.size() && digits[lead] == '0') ++lead;
    if (lead == digits.size()) {
      digits = "0";  // rounds to zero: laid out the same as an exact zero
      decpt = 1;
      return;
    }
    digits.erase(0, lead);
    decpt -= static_cast<int>(lead);
  }
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
}

}  // namespace

std::string double_to_string(double x, char code, int precision, DoubleFlags flags) {
  bool upper = code == 'E' || code == 'F' || code == 'G';
  int mode = 0;
  switch (code) {
    case 'E': code = 'e'; [[fallthrough]];
    case 'e': mode = 2; ++precision; break;
    case 'F': code = 'f'; [[fallthrough]];
    case 'f': mode = 3; break;
    case 'G': code = 'g'; [[fallthrough]];
    case 'g': mode = 2; if (precision == 0) precision = 1; break;
    default: code = 'r'; mode = 0; precision = 0; break;
  }
  std::string out;
  bool negative = std::signbit(x);
  if (std::isnan(x) || std::isinf(x)) {
    if (std::isnan(x)) negative = false;  // the sign of a nan is ignored
    if (negative) out += '-';
    else if (flags.sign) out += '+';
    out += std::isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    return out;
  }
  std::string digits;
  int decpt_i = 0;
  dtoa_digits(std::fabs(x), mode, precision, digits, decpt_i);
  int64_t decpt = decpt_i;
  if (flags.no_neg_0 && negative && digits == "0") negative = false;
  const int64_t digits_len = static_cast<int64_t>(digits.size());
  int64_t vdigits_end = digits_len;
  bool use_exp = false;
  switch (code) {
    case 'e': use_exp = true; vdigits_end = precision; break;
    case 'f': vdigits_end = decpt + precision; break;
    case 'g':
      if (decpt <= -4 || decpt > (flags.add_dot_0 ? precision - 1 : precision)) use_exp = true;
      if (flags.alt) vdigits_end = precision;
      break;
    default:  // 'r': exponent from 1e16 on
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  int64_t exp = 0;
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  int64_t vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && flags.add_dot_0) vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
  else vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;
  if (negative) out += '-';
  else if (flags.sign) out += '+';
  if (decpt <= 0) {
    out.append(static_cast<size_t>(decpt - vdigits_start), '0');
    out += '.';
    out.append(static_cast<size_t>(-decpt), '0');
  } else {
    out.append(static_cast<size_t>(-vdigits_start), '0');
  }
  if (0 < decpt && decpt <= digits_len) {
    out.append(digits, 0, static_cast<size_t>(decpt));
    out += '.';
    out.append(digits, static_cast<size_t>(decpt), std::string::npos);
  } else {
    out += digits;
  }
  if (digits_len < decpt) {
    out.append(static_cast<size_t>(decpt - digits_len), '0');
    out += '.';
    out.append(static_cast<size_t>(vdigits_end - decpt), '0');
  } else {
    out.append(static_cast<size_t>(vdigits_end - digits_len), '0');
  }
  if (out.back() == '.' && !flags.alt) out.pop_back();
  if (use_exp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%c%+.02d", upper ? 'E' : 'e', static_cast<int>(exp));
    out += buf;
  }
  return out;
}

// ---- the builtin types' __format__ ----------------------------------------------------

namespace {

std::string format_float_internal(double val, const FormatSpec& f) {
  if (f.precision > INT_MAX) raise(&exc::ValueError, "precision too big");
  int precision = static_cast<int>(f.precision);
  int default_precision = 6;
  DoubleFlags flags;
  flags.alt = f.alternate;
  flags.no_neg_0 = f.no_neg_0;
  uint32_t type = f.type;
  if (type == 0) {
    // No type: repr(x) without a precision, else like 'g' with at least one decimal.
    flags.add_dot_0 = true;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  bool add_pct = false;
  if (type == '%') {
    type = 'f';
    val *= 100;
    add_pct = true;
  }
  if (precision < 0) precision = default_precision;
  else if (type == 'r') type = 'g';
  std::string buf = double_to_string(val, static_cast<char>(type), precision, flags);
  if (add_pct) buf += '%';
  char sign_char = 0;
  std::string_view number = buf;
  if (!number.empty() && number[0] == '-') {
    sign_char = '-';
    number.remove_prefix(1);
  }
  return layout_number(f, number, sign_char, "", false);
}

}  // namespace

std::string format_int(Value v, std::string_view spec_text, const std::string& type_name) {
  FormatSpec f = parse_format_spec(spec_text, type_name, 'd', '>');
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return format_float_internal(int_to_double(v), f);
    default:
      unknown_presentation_type(f.type, type_name);
  }
  if (f.precision != -1) raise(&exc::ValueError, "Precision not allowed in integer format specifier");
  if (f.no_neg_0) raise(&exc::ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
  if (f.type == 'c') {
    if (f.sign) raise(&exc::ValueError, "Sign not allowed with integer format specifier 'c'");
    if (f.alternate) raise(&exc::ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    auto x = int_as_int64(v);
    if (!x) raise(&exc::OverflowError, "Python int too large to convert to C long");
    if (*x < 0 || *x > 0x10FFFF) raise(&exc::OverflowError, "%c arg not in range(0x110000)");
    std::string ch = code_point_text(static_cast<uint32_t>(*x));
    // 'c' output is all "remainder": never grouped or zero-padded inside, and
    // '=' (no sign, no prefix) pads on the left as '>' does.
    int64_t n_padding = f.width - 1;
    std::string out;
    if (n_padding <= 0) return ch;
    switch (f.align) {
      case '<': out = ch; append_fill(out, f.fill, n_padding); break;
      case '^': append_fill(out, f.fill, n_padding / 2); out += ch; append_fill(out, f.fill, n_padding - n_padding / 2); break;
      default: append_fill(out, f.fill, n_padding); out += ch; break;  // '>' and '=' (no sign)
    }
    return out;
  }
  int base = 10;
  const char* prefix = "";
  switch (f.type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': case 'X': base = 16; prefix = "0x"; break;
    default: break;
  }
  std::string digits = int_to_string(v, base);
  char sign_char = 0;
  std::string_view number = digits;
  if (!number.empty() && number[0] == '-') {
    sign_char = '-';
    number.remove_prefix(1);
  }
  return layout_number(f, number, sign_char, f.alternate ? prefix : "", f.type == 'X', true);
}

std::string format_float(double x, std::string_view spec_text, const std::string& type_name) {
  FormatSpec f = parse_format_spec(spec_text, type_name, 0, '>');
  switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return format_float_internal(x, f);
    default:
      unknown_presentation_type(f.type, type_name);
  }
}

std::string format_str(std::string_view s, std::string_view spec_text, const std::string& type_name) {
  FormatSpec f = parse_format_spec(spec_text, type_name, 's', '<');
  if (f.type != 's') unknown_presentation_type(f.type, type_name);
  if (f.sign == ' ') raise(&exc::ValueError, "Space not allowed in string format specifier");
  if (f.sign) raise(&exc::ValueError, "Sign not allowed in string format specifier");
  if (f.no_neg_0) raise(&exc::ValueError, "Negative zero coercion (z) not allowed in string format specifier");
  if (f.alternate) raise(&exc::ValueError, "Alternate form (#) not allowed in string format specifier");
  if (f.align == '=') raise(&exc::ValueError, "'=' alignment not allowed in string format specifier");
  int64_t len = text::code_point_count(s);
  std::string_view body = s;
  if (f.precision >= 0 && len >= f.precision) {
    size_t bytes = 0;
    for (int64_t k = 0; k < f.precision; ++k) text::next_code_point_unchecked(s, bytes);
    body = s.substr(0, bytes);
    len = f.precision;
  }
  return pad_text(body, len, f.width, f.align, f.fill);
}

std::string format_complex(double re, double im, std::string_view spec_text, const std::string& type_name) {
  if (spec_text.empty()) return text::repr_complex(re, im);
  FormatSpec f = parse_format_spec(spec_text, type_name, 0, '>');
  switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      break;
    default:
      unknown_presentation_type(f.type, type_name);
  }
  if (f.precision > INT_MAX) raise(&exc::ValueError, "precision too big");
  if (f.fill == '0') raise(&exc::ValueError, "Zero padding is not allowed in complex format specifier");
  if (f.align == '=') raise(&exc::ValueError, "'=' alignment flag is not allowed in complex format specifier");
  int precision = static_cast<int>(f.precision);
  int default_precision = 6;
  DoubleFlags flags;
  flags.alt = f.alternate;
  flags.no_neg_0 = f.no_neg_0;
  uint32_t type = f.type;
  bool skip_re = false, add_parens = false;
  if (type == 0) {
    // Like str(z): no real part when it is +0.0, else parentheses.
    type = 'r';
    default_precision = 0;
    if (re == 0.0 && std::copysign(1.0, re) == 1.0) skip_re = true;
    else add_parens = true;
  }
  if (type == 'n') type = 'g';
  if (precision < 0) precision = default_precision;
  else if (type == 'r') type = 'g';
  std::string re_buf = double_to_string(re, static_cast<char>(type), precision, flags);
  std::string im_buf = double_to_string(im, static_cast<char>(type), precision, flags);
  // Each part laid out without padding; the imaginary part always signed
  // unless it stands alone.
  FormatSpec part = f;
  part.fill = ' ';
  part.align = '<';
  part.width = -1;
  auto lay = [&](const std::string& buf) {
    std::string_view number = buf;
    char sign_char = 0;
    if (!number.empty() && number[0] == '-') {
      sign_char = '-';
      number.remove_prefix(1);
    }
    return layout_number(part, number, sign_char, "", false);
  };
  std::string body;
  if (add_parens) body += '(';
  if (!skip_re) {
    body += lay(re_buf);
    part.sign = '+';
  }
  body += lay(im_buf);
  body += 'j';
  if (add_parens) body += ')';
  return pad_text(body, static_cast<int64_t>(body.size()), f.width, f.align, f.fill);
}

}  // namespace rt
