#include "bytecode/repr.h"

#include <utf8proc.h>

#include <charconv>
#include <cmath>
#include <cstdio>

#include "bytecode/disassembler.h"
#include "bytecode/utf8.h"

namespace bytecode {

namespace {

// str.isprintable() for one code point: everything except the Other and
// Separator categories, but ASCII space is printable.
bool is_printable(int32_t cp) {
  if (cp == ' ') return true;
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF: case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_ZS:
      return false;
    default:
      return true;
  }
}

void append_hex(std::string& out, const char* prefix, uint32_t value, int digits) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%s%0*x", prefix, digits, value);
  out += buf;
}

void append_utf8(std::string& out, int32_t cp) {
  utf8proc_uint8_t buf[4];
  // utf8proc_encode_char refuses surrogates; encode every code point by hand.
  auto u = static_cast<uint32_t>(cp);
  if (u < 0x80) {
    out.push_back(static_cast<char>(u));
    return;
  }
  int n;
  if (u < 0x800) {
    buf[0] = static_cast<utf8proc_uint8_t>(0xC0 | (u >> 6)), n = 2;
  } else if (u < 0x10000) {
    buf[0] = static_cast<utf8proc_uint8_t>(0xE0 | (u >> 12)), n = 3;
  } else {
    buf[0] = static_cast<utf8proc_uint8_t>(0xF0 | (u >> 18)), n = 4;
  }
  for (int k = 1; k < n; ++k) buf[k] = static_cast<utf8proc_uint8_t>(0x80 | ((u >> (6 * (n - 1 - k))) & 0x3F));
  out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

// Python picks double quotes only when the text has single quotes and no double ones.
char quote_for(std::string_view s) {
  bool single = s.find('\'') != std::string_view::npos;
  bool dbl = s.find('"') != std::string_view::npos;
  return single && !dbl ? '"' : '\'';
}

// CPython's float_repr_style 'r': shortest round-trip digits, exponent form
// outside 1e-4 <= |x| < 1e16. `add_dot_0` is float's flag (complex parts lack it).
std::string format_r(double x, bool add_dot_0, bool always_sign) {
  std::string out;
  if (std::isnan(x)) return always_sign ? "+nan" : "nan";
  if (std::signbit(x)) out = "-";
  else if (always_sign) out = "+";
  if (std::isinf(x)) return out + "inf";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, std::fabs(x), std::chars_format::scientific);
  std::string_view sci(buf, static_cast<std::size_t>(res.ptr - buf));
  auto e = sci.find('e');
  std::string digits;
  for (char ch : sci.substr(0, e))
    if (ch != '.') digits.push_back(ch);
  int exponent = std::stoi(std::string(sci.substr(e + 1)));
  int decpt = exponent + 1;  // value = 0.DIGITS * 10^decpt
  const int nd = static_cast<int>(digits.size());
  if (decpt <= -4 || decpt > 16) {
    out += digits[0];
    if (nd > 1) out += "." + digits.substr(1);
    char ebuf[16];
    std::snprintf(ebuf, sizeof ebuf, "e%+03d", decpt - 1);
    out += ebuf;
  } else if (decpt <= 0) {
    out += "0." + std::string(static_cast<std::size_t>(-decpt), '0') + digits;
  } else if (decpt >= nd) {
    out += digits + std::string(static_cast<std::size_t>(decpt - nd), '0');
    if (add_dot_0) out += ".0";
  } else {
    out += digits.substr(0, static_cast<std::size_t>(decpt)) + "." + digits.substr(static_cast<std::size_t>(decpt));
  }
  return out;
}

}  // namespace

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
    } else if (is_printable(cp)) {
      append_utf8(out, cp);
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

std::string repr_float(double value) { return format_r(value, true, false); }

std::string repr_complex(double real, double imag) {
  if (real == 0.0 && !std::signbit(real)) return format_r(imag, false, false) + "j";
  std::string out = "(";
  out.append(format_r(real, false, false)).append(format_r(imag, false, true)).append("j)");
  return out;
}

std::string repr_constant(const Constant& constant) {
  struct Visitor {
    std::string operator()(std::monostate) const { return "None"; }
    std::string operator()(bool b) const { return b ? "True" : "False"; }
    std::string operator()(int64_t i) const { return std::to_string(i); }
    std::string operator()(const BigInt& b) const { return b.decimal; }
    std::string operator()(double d) const { return repr_float(d); }
    std::string operator()(const Complex& c) const { return repr_complex(c.real, c.imag); }
    std::string operator()(const std::string& s) const { return repr_str(s); }
    std::string operator()(const Bytes& b) const { return repr_bytes(b.data); }
    std::string operator()(Ellipsis) const { return "Ellipsis"; }
    std::string operator()(const ConstTuple& t) const {
      std::string out = "(";
      for (std::size_t i = 0; i < t.size(); ++i) {
        if (i) out += ", ";
        out += repr_constant(t[i]);
      }
      if (t.size() == 1) out += ",";
      return out + ")";
    }
    std::string operator()(const std::shared_ptr<const Code>& c) const {
      return c ? code_object_repr(*c) : "<null code object>";
    }
  };
  return std::visit(Visitor{}, constant.value);
}

}  // namespace bytecode
