#include "runtime/objects/float.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

#include "runtime/objects/exceptions.h"
#include "runtime/ops.h"

namespace rt {

using bytecode::BinaryOp;

std::optional<double> float_from_string(std::string_view s) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s.empty()) return std::nullopt;
  std::string lower;
  for (char c : s) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  double value;
  if (lower == "inf" || lower == "infinity") {
    value = HUGE_VAL;
  } else if (lower == "nan") {
    value = NAN;
  } else {
    // Underscores are allowed only between digits, as in literals.
    std::string clean;
    for (size_t i = 0; i < s.size(); ++i) {
      char c = s[i];
      if (c == '_') {
        auto digit = [](char x) { return x >= '0' && x <= '9'; };
        if (i == 0 || i + 1 == s.size() || !digit(s[i - 1]) || !digit(s[i + 1])) return std::nullopt;
        continue;
      }
      if (!((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-'))
        return std::nullopt;
      clean += c;
    }
    auto res = std::from_chars(clean.data(), clean.data() + clean.size(), value);
    if (res.ec == std::errc::result_out_of_range) {
      // from_chars reports overflow/underflow; CPython returns inf or 0.
      value = std::strtod(clean.c_str(), nullptr);
    } else if (res.ec != std::errc() || res.ptr != clean.data() + clean.size()) {
      return std::nullopt;
    }
  }
  return negative ? -value : value;
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
      if (a < 0.0 && std::isfinite(a) && std::isfinite(b) && b != std::floor(b))
        raise(&exc::ValueError, "math domain error");  // CPython returns a complex here
      double r = std::pow(a, b);
      if (std::isinf(r) && std::isfinite(a) && std::isfinite(b))
        raise(&exc::OverflowError, "(34, 'Numerical result out of range')");
      return Value::from_double(r);
    }
    default:
      return not_implemented();
  }
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
