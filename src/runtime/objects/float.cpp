#include "runtime/objects/float.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include <utf8proc.h>

#include "runtime/objects/complex.h"
#include "runtime/objects/containers.h"
#include "runtime/objects/exceptions.h"
#include "runtime/ops.h"
#include "text/utf8.h"

namespace rt {

using bytecode::BinaryOp;

namespace {

bool is_unicode_space(uint32_t cp) {
  switch (cp) {
    case 0x1C: case 0x1D: case 0x1E: case 0x1F: case 0x85: case 0xA0: case 0x1680: case 0x2028:
    case 0x2029: case 0x202F: case 0x205F: case 0x3000:
      return true;
    default:
      return (cp >= 0x9 && cp <= 0xD) || cp == ' ' || (cp >= 0x2000 && cp <= 0x200A);
  }
}

// The value of a Unicode decimal digit: every run of Nd code points starts at
// a zero and comes in whole decades.
int decimal_digit_value(uint32_t cp) {
  auto is_nd = [](uint32_t c) {
    return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_ND;
  };
  if (!is_nd(cp)) return -1;
  uint32_t start = cp;
  while (start > 0 && is_nd(start - 1)) --start;
  return static_cast<int>((cp - start) % 10);
}

bool ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

bool match_word(const char* p, const char* end, const char* word) {
  size_t n = std::strlen(word);
  if (static_cast<size_t>(end - p) < n) return false;
  for (size_t i = 0; i < n; ++i)
    if ((p[i] | 0x20) != word[i]) return false;
  return true;
}

}  // namespace

std::string numeric_to_ascii(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  size_t i = 0;
  while (i < utf8.size()) {
    auto c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    uint32_t cp = text::next_code_point_unchecked(utf8, i);
    if (is_unicode_space(cp)) out += ' ';
    else if (int d = decimal_digit_value(cp); d >= 0) out += static_cast<char>('0' + d);
    else out += '?';
  }
  return out;
}

bool remove_number_underscores(std::string_view s, std::string& out) {
  out.clear();
  if (s.find('_') == std::string_view::npos) {
    out.assign(s);
    return true;
  }
  char prev = '\0';
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '_') {
      if (!ascii_digit(prev) || i + 1 >= s.size() || !ascii_digit(s[i + 1])) return false;
    } else {
      out += c;
    }
    prev = c;
  }
  return true;
}

const char* parse_float_prefix(const char* s, const char* end, double& out) {
  const char* p = s;
  bool negative = false;
  if (p < end && (*p == '+' || *p == '-')) {
    negative = *p == '-';
    ++p;
  }
  double value;
  if (match_word(p, end, "infinity")) {
    value = HUGE_VAL;
    p += 8;
  } else if (match_word(p, end, "inf")) {
    value = HUGE_VAL;
    p += 3;
  } else if (match_word(p, end, "nan")) {
    value = NAN;
    p += 3;
  } else {
    const char* q = p;
    size_t digits = 0;
    while (q < end && ascii_digit(*q)) ++q, ++digits;
    if (q < end && *q == '.') {
      ++q;
      while (q < end && ascii_digit(*q)) ++q, ++digits;
    }
    if (digits == 0) return s;
    if (q < end && (*q == 'e' || *q == 'E')) {
      const char* r = q + 1;
      if (r < end && (*r == '+' || *r == '-')) ++r;
      if (r < end && ascii_digit(*r)) {
        while (r < end && ascii_digit(*r)) ++r;
        q = r;
      }
    }
    // strtod is correctly rounded (glibc) and gives inf/0 on overflow/underflow.
    std::string number(p, q);
    value = std::strtod(number.c_str(), nullptr);
    p = q;
  }
  out = negative ? -value : value;
  return p;
}

std::optional<double> float_from_string(std::string_view utf8) {
  std::string ascii = numeric_to_ascii(utf8);
  std::string_view s = ascii;
  while (!s.empty() && ascii_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && ascii_space(s.back())) s.remove_suffix(1);
  std::string clean;
  if (!remove_number_underscores(s, clean)) return std::nullopt;
  double value;
  const char* end = clean.data() + clean.size();
  if (clean.empty() || parse_float_prefix(clean.data(), end, value) != end) return std::nullopt;
  return value;
}

Value float_binary(BinaryOp op, double a, double b) {
  int code = static_cast<int>(op);
  if (code >= static_cast<int>(BinaryOp::InplaceAdd)) code -= static_cast<int>(BinaryOp::InplaceAdd);
  switch (static_cast<BinaryOp>(code)) {
    case BinaryOp::Add: return Value::from_double(a + b);
    case BinaryOp::Subtract: return Value::from_double(a - b);
    case BinaryOp::Multiply: return Value::from_double(a * b);
    case BinaryOp::TrueDivide:
      if (b == 0.0) raise(&exc::ZeroDivisionError, "float division by zero");
      return Value::from_double(a / b);
    case BinaryOp::FloorDivide:
    case BinaryOp::Remainder: {
      // CPython's float_divmod.
      if (b == 0.0)
        raise(&exc::ZeroDivisionError,
              static_cast<BinaryOp>(code) == BinaryOp::Remainder ? "float modulo" : "float floor division by zero");
      double mod = std::fmod(a, b);
      double div = (a - mod) / b;
      if (mod != 0.0) {
        if ((b < 0) != (mod < 0)) {
          mod += b;
          div -= 1.0;
        }
      } else {
        mod = std::copysign(0.0, b);
      }
      if (static_cast<BinaryOp>(code) == BinaryOp::Remainder) return Value::from_double(mod);
      double floordiv;
      if (div != 0.0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
      } else {
        floordiv = std::copysign(0.0, a / b);
      }
      return Value::from_double(floordiv);
    }
    case BinaryOp::Power: {
      if (b == 0.0) return Value::from_double(1.0);
      if (a == 0.0 && b < 0.0 && std::isfinite(b))
        raise(&exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
      // A negative number to a fractional power is complex (CPython's float_pow).
      if (a < 0.0 && std::isfinite(a) && std::isfinite(b) && b != std::floor(b))
        return complex_power({a, 0.0}, {b, 0.0});
      double r = std::pow(a, b);
      if (std::isinf(r) && std::isfinite(a) && std::isfinite(b))
        raise(&exc::OverflowError, "(34, 'Numerical result out of range')");
      return Value::from_double(r);
    }
    default:
      return not_implemented();
  }
}

Value float_divmod(double a, double b) {
  if (b == 0.0) raise(&exc::ZeroDivisionError, "float divmod()");
  return tuple_value({float_binary(BinaryOp::FloorDivide, a, b), float_binary(BinaryOp::Remainder, a, b)});
}

// CPython's _Py_HashDouble: equal to int_hash for integral values.
int64_t float_hash(double d) {
  constexpr int kBits = 61;
  constexpr uint64_t kModulus = (uint64_t{1} << kBits) - 1;
  if (std::isinf(d)) return d > 0 ? 314159 : -314159;
  if (std::isnan(d)) return 0;
  int e;
  double m = std::frexp(d, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & kModulus) | x >> (kBits - 28);
    m *= 268435456.0;
    e -= 28;
    auto y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kModulus) x -= kModulus;
  }
  e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
  x = ((x << e) & kModulus) | x >> (kBits - e);
  auto h = static_cast<int64_t>(x) * sign;
  return h == -1 ? -2 : h;
}

}  // namespace rt
