#include "text/repr.h"

#include <utf8proc.h>

#include <charconv>
#include <cmath>
#include <cstdio>

#include "text/utf8.h"

namespace text {

// is_printable: text/unicode.cpp (CPython's Unicode database).

void shortest_digits(double d, std::string& digits, int& exponent) {
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, std::fabs(d), std::chars_format::scientific);
  std::string_view sci(buf, static_cast<std::size_t>(res.ptr - buf));
  auto e = sci.find('e');
  digits.clear();
  for (char ch : sci.substr(0, e))
    if (ch != '.') digits.push_back(ch);
  exponent = 0;
  std::from_chars(sci.data() + e + 1 + (sci[e + 1] == '+'), sci.data() + sci.size(), exponent);
}

namespace {

void append_hex(std::string& out, const char* prefix, uint32_t value, int digits) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%s%0*x", prefix, digits, value);
  out += buf;
}

// Python picks double quotes only when the text has single quotes and no double ones.
char quote_for(std::string_view s) {
  bool single = s.find('\'') != std::string_view::npos;
  bool dbl = s.find('"') != std::string_view::npos;
  return single && !dbl ? '"' : '\'';
}

}  // namespace

// Shortest round-trip digits, exponent form outside 1e-4 <= |x| < 1e16.
std::string format_float_r(double x, bool add_dot_0, bool always_sign) {
  std::string out;
  if (std::isnan(x)) return always_sign ? "+nan" : "nan";
  if (std::signbit(x)) out = "-";
  else if (always_sign) out = "+";
  if (std::isinf(x)) return out.append("inf");
  std::string digits;
  int exponent;
  shortest_digits(x, digits, exponent);
  int decpt = exponent + 1;  // value = 0.DIGITS * 10^decpt
  const int nd = static_cast<int>(digits.size());
  if (decpt <= -4 || decpt > 16) {
    out += digits[0];
    if (nd > 1) out.append(".").append(digits, 1);
    char ebuf[16];
    std::snprintf(ebuf, sizeof ebuf, "e%+03d", decpt - 1);
    out += ebuf;
  } else if (decpt <= 0) {
    out.append("0.").append(static_cast<std::size_t>(-decpt), '0').append(digits);
  } else if (decpt >= nd) {
    out.append(digits).append(static_cast<std::size_t>(decpt - nd), '0');
    if (add_dot_0) out += ".0";
  } else {
    out.append(digits, 0, static_cast<std::size_t>(decpt)).append(".").append(digits, static_cast<std::size_t>(decpt));
  }
  return out;
}

std::string repr_str(std::string_view utf8) {
  const char quote = quote_for(utf8);
  std::string out(1, quote);
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    int32_t cp = next_code_point(utf8, pos);
    if (cp < 0) {  // not valid text: show the byte rather than fail
      append_hex(out, "\\x", static_cast<unsigned char>(utf8[pos]), 2);
      ++pos;
      continue;
    }
    if (cp == quote || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp < ' ' || cp == 0x7F) {
      append_hex(out, "\\x", static_cast<uint32_t>(cp), 2);
    } else if (cp < 0x7F) {
      out += static_cast<char>(cp);
    } else if (is_printable(static_cast<uint32_t>(cp))) {
      append_utf8(out, static_cast<uint32_t>(cp));
    } else if (cp <= 0xFF) {
      append_hex(out, "\\x", static_cast<uint32_t>(cp), 2);
    } else if (cp <= 0xFFFF) {
      append_hex(out, "\\u", static_cast<uint32_t>(cp), 4);
    } else {
      append_hex(out, "\\U", static_cast<uint32_t>(cp), 8);
    }
  }
  out += quote;
  return out;
}

std::string repr_bytes(std::string_view bytes) {
  const char quote = quote_for(bytes);
  std::string out = "b";
  out += quote;
  for (char ch : bytes) {
    auto b = static_cast<unsigned char>(ch);
    if (b == static_cast<unsigned char>(quote) || b == '\\') {
      out += '\\';
      out += ch;
    } else if (b == '\t') {
      out += "\\t";
    } else if (b == '\n') {
      out += "\\n";
    } else if (b == '\r') {
      out += "\\r";
    } else if (b < ' ' || b >= 0x7F) {
      append_hex(out, "\\x", b, 2);
    } else {
      out += ch;
    }
  }
  out += quote;
  return out;
}

std::string repr_float(double value) { return format_float_r(value, true, false); }

std::string repr_complex(double real, double imag) {
  if (real == 0.0 && !std::signbit(real)) return format_float_r(imag, false, false).append("j");
  std::string out = "(";
  out.append(format_float_r(real, false, false)).append(format_float_r(imag, false, true)).append("j)");
  return out;
}

}  // namespace text
