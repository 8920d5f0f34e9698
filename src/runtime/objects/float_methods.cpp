// float's Python-level methods (CPython's Objects/floatobject.c): hex and
// fromhex, as_integer_ratio, conjugate, real/imag, __round__ (correctly
// rounded through exact arithmetic, as CPython's dtoa-based double_round),
// __trunc__/__floor__/__ceil__/__int__, __divmod__, __getnewargs__ and
// __getformat__. The operators themselves are in float.cpp / dunder_ops.cpp.
#include <gmp.h>

#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <string>

#include "runtime/methods_util.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/float.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/objects/layouts.h"
#include "runtime/objects/type.h"
#include "runtime/ops.h"

namespace rt {

namespace {

struct Mpz {
  mpz_t z;
  Mpz() { mpz_init(z); }
  ~Mpz() { mpz_clear(z); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
};

double self_double(Value self) { return float_value(self).as_float(); }

// q = n / d rounded half to even (d > 0).
void div_round_half_even(mpz_t q, const mpz_t n, const mpz_t d) {
  Mpz r, twice;
  mpz_fdiv_qr(q, r.z, n, d);
  mpz_mul_2exp(twice.z, r.z, 1);
  int c = mpz_cmp(twice.z, d);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
}

}  // namespace

// round(x, ndigits) for a finite or non-finite double: the exact value of x
// rounded half-even at 10**-ndigits, then correctly rounded back to a double.
double float_round(double x, int64_t ndigits) {
  // Beyond these every double is unchanged / rounds to zero (CPython's NDIGITS_MAX/MIN).
  constexpr int64_t kMaxDigits = static_cast<int64_t>((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
  constexpr int64_t kMinDigits = -static_cast<int64_t>((DBL_MAX_EXP + 1) * 0.30103);
  if (!std::isfinite(x) || x == 0.0 || ndigits > kMaxDigits) return x;
  if (ndigits < kMinDigits) return 0.0 * x;
  int e;
  double m = std::frexp(std::fabs(x), &e);
  Mpz mant, num, den, q;
  mpz_set_d(mant.z, std::ldexp(m, DBL_MANT_DIG));
  e -= DBL_MANT_DIG;  // |x| = mant * 2**e exactly
  // |x| * 10**ndigits = num / den.
  mpz_set(num.z, mant.z);
  mpz_set_ui(den.z, 1);
  if (e >= 0) mpz_mul_2exp(num.z, num.z, static_cast<mp_bitcnt_t>(e));
  else mpz_mul_2exp(den.z, den.z, static_cast<mp_bitcnt_t>(-e));
  Mpz p;
  mpz_ui_pow_ui(p.z, 10, static_cast<unsigned long>(ndigits >= 0 ? ndigits : -ndigits));
  if (ndigits >= 0) mpz_mul(num.z, num.z, p.z);
  else mpz_mul(den.z, den.z, p.z);
  div_round_half_even(q.z, num.z, den.z);
  // q * 10**-ndigits, correctly rounded by strtod.
  std::string text(mpz_sizeinbase(q.z, 10) + 2, '\0');
  mpz_get_str(text.data(), 10, q.z);
  text.resize(std::char_traits<char>::length(text.c_str()));
  text += "e" + std::to_string(-ndigits);
  double r = std::strtod(text.c_str(), nullptr);
  if (std::isinf(r)) raise(&exc::OverflowError, "rounded value too large to represent");
  return std::copysign(r, x);
}

std::string float_hex(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  if (x == 0.0) return std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0";
  int e;
  double m = std::frexp(std::fabs(x), &e);
  // Normal numbers show a leading 1; subnormals keep the exponent at -1022.
  int shift = 1 - std::max(DBL_MIN_EXP - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  static const char kHex[] = "0123456789abcdef";
  std::string out = x < 0 ? "-0x" : "0x";
  int d = static_cast<int>(m);
  out += kHex[d];
  m -= d;
  out += '.';
  for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; ++i) {
    m *= 16.0;
    d = static_cast<int>(m);
    out += kHex[d];
    m -= d;
  }
  out += 'p';
  out += e < 0 ? '-' : '+';
  out += std::to_string(std::abs(e));
  return out;
}

// float.fromhex's parser; raises ValueError/OverflowError as CPython.
double float_fromhex(std::string_view s) {
  auto invalid = [] { raise(&exc::ValueError, "invalid hexadecimal floating-point string"); };
  auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  size_t i = 0, n = s.size();
  while (i < n && space(s[i])) ++i;
  while (n > i && space(s[n - 1])) --n;
  std::string_view t = s.substr(i, n - i);
  bool negative = false;
  if (!t.empty() && (t[0] == '+' || t[0] == '-')) {
    negative = t[0] == '-';
    t.remove_prefix(1);
  }
  auto lower_is = [&](std::string_view word) {
    if (t.size() != word.size()) return false;
    for (size_t k = 0; k < word.size(); ++k)
      if ((t[k] | 0x20) != word[k]) return false;
    return true;
  };
  if (lower_is("inf") || lower_is("infinity")) return negative ? -HUGE_VAL : HUGE_VAL;
  if (lower_is("nan")) return NAN;
  if (t.size() >= 2 && t[0] == '0' && (t[1] | 0x20) == 'x') t.remove_prefix(2);
  auto hexval = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = static_cast<char>(c | 0x20);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
  };
  std::string digits;
  size_t k = 0;
  int64_t frac_digits = 0;
  while (k < t.size() && hexval(t[k]) >= 0) digits += t[k++];
  if (k < t.size() && t[k] == '.') {
    ++k;
    while (k < t.size() && hexval(t[k]) >= 0) {
      digits += t[k++];
      ++frac_digits;
    }
  }
  if (digits.empty()) invalid();
  // The binary exponent, saturated far beyond any double's range.
  int64_t exp = 0;
  if (k < t.size() && (t[k] | 0x20) == 'p') {
    ++k;
    bool eneg = false;
    if (k < t.size() && (t[k] == '+' || t[k] == '-')) eneg = t[k++] == '-';
    if (k >= t.size() || t[k] < '0' || t[k] > '9') invalid();
    while (k < t.size() && t[k] >= '0' && t[k] <= '9') {
      if (exp < (int64_t{1} << 40)) exp = exp * 10 + (t[k] - '0');
      ++k;
    }
    if (eneg) exp = -exp;
  }
  if (k != t.size()) invalid();
  Mpz m;
  mpz_set_str(m.z, digits.c_str(), 16);
  exp -= 4 * frac_digits;  // value = m * 2**exp
  if (mpz_sgn(m.z) == 0) return negative ? -0.0 : 0.0;
  auto nbits = static_cast<int64_t>(mpz_sizeinbase(m.z, 2));
  int64_t top = nbits + exp;  // 2**(top-1) <= value < 2**top
  auto overflow = [] { raise(&exc::OverflowError, "hexadecimal value too large to represent as a float"); };
  if (top > DBL_MAX_EXP) overflow();
  // The bits a double keeps at this magnitude (fewer for subnormals).
  int64_t keep = top - 1 >= DBL_MIN_EXP - 1 ? DBL_MANT_DIG : DBL_MANT_DIG - ((DBL_MIN_EXP - 1) - (top - 1));
  if (keep < 0) return negative ? -0.0 : 0.0;
  int64_t drop = nbits - keep;
  Mpz q;
  if (drop > 0) {
    Mpz d;
    mpz_set_ui(d.z, 1);
    mpz_mul_2exp(d.z, d.z, static_cast<mp_bitcnt_t>(drop));
    div_round_half_even(q.z, m.z, d.z);
    exp += drop;
  } else {
    mpz_set(q.z, m.z);
  }
  double r = std::ldexp(mpz_get_d(q.z), static_cast<int>(std::max<int64_t>(exp, -2000)));
  if (std::isinf(r)) overflow();
  return negative ? -r : r;
}

namespace {

Value f_hex(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("hex($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  return str_value(float_hex(self_double(self)));
}

Value f_fromhex(Value cls, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("fromhex($type, string, /)");
  auto [s] = sig.bind<1>(cls, args, nargs, kw);
  if (!isinstance(s, &types::str)) raise(&exc::TypeError, "bad argument type for built-in operation");
  Value r = Value::from_double(float_fromhex(s.as<Str>()->data));
  if (cls.is_object() && cls.as_object() != &types::float_) return call(cls, &r, 1);
  return r;
}

Value f_as_integer_ratio(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("as_integer_ratio($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  double x = self_double(self);
  if (std::isinf(x)) raise(&exc::OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(x)) raise(&exc::ValueError, "cannot convert NaN to integer ratio");
  int e;
  double m = std::frexp(x, &e);
  for (int i = 0; i < 300 && m != std::floor(m); ++i) {
    m *= 2.0;
    --e;
  }
  Mpz num, den;
  mpz_set_d(num.z, m);
  mpz_set_ui(den.z, 1);
  if (e > 0) mpz_mul_2exp(num.z, num.z, static_cast<mp_bitcnt_t>(e));
  else mpz_mul_2exp(den.z, den.z, static_cast<mp_bitcnt_t>(-e));
  return tuple_value({make_int_mpz(num.z), make_int_mpz(den.z)});
}

Value f_conjugate(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("conjugate($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  return float_value(self);
}

Value f_trunc(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__trunc__($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  return int_from_double(self_double(self));
}
Value f_int(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__int__($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  return int_from_double(self_double(self));
}
Value f_floor(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__floor__($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  return int_from_double(std::floor(self_double(self)));
}
Value f_ceil(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__ceil__($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  return int_from_double(std::ceil(self_double(self)));
}

Value f_round(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__round__($self, ndigits=None, /)");
  auto [nd] = sig.bind<1>(self, args, nargs, kw);
  double x = self_double(self);
  if (nd.is_none()) {
    double r = std::nearbyint(x);  // the default rounding mode: half to even
    return int_from_double(r);
  }
  Value n = as_index(nd);
  auto digits = int_as_int64(n);
  // Huge ndigits saturate: every double is unchanged, or rounds to zero.
  int64_t d = digits ? *digits : (int_sign(n) > 0 ? INT64_MAX : INT64_MIN);
  return Value::from_double(float_round(x, d));
}

// Both operands as doubles for __divmod__ (int or float), else NotImplemented.
bool divmod_operand(Value v, double& out) {
  if (v.is_float() || isinstance(v, &types::float_)) {
    out = float_value(v).as_float();
    return true;
  }
  if (is_int(v)) {
    out = int_to_double(v);
    return true;
  }
  return false;
}

Value divmod_pair(double a, double b) { return float_divmod(a, b); }

Value f_divmod(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__divmod__($self, value, /)");
  auto [other] = sig.bind<1>(self, args, nargs, kw);
  double b;
  if (!divmod_operand(other, b)) return not_implemented();
  return divmod_pair(self_double(self), b);
}
Value f_rdivmod(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__rdivmod__($self, value, /)");
  auto [other] = sig.bind<1>(self, args, nargs, kw);
  double a;
  if (!divmod_operand(other, a)) return not_implemented();
  return divmod_pair(a, self_double(self));
}

Value f_getnewargs(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__getnewargs__($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  return tuple_value({float_value(self)});
}

Value f_getformat(Value cls, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__getformat__($type, typestr, /)");
  auto [t] = sig.bind<1>(cls, args, nargs, kw);
  if (!isinstance(t, &types::str))
    raise(&exc::TypeError, "__getformat__() argument must be str, not " + type_name(t));
  const std::string& s = t.as<Str>()->data;
  if (s != "double" && s != "float")
    raise(&exc::ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
  return str_value("IEEE, little-endian");
}

Value get_real(Value v) { return float_value(v); }
Value get_imag(Value) { return Value::from_double(0.0); }

const MethodEntry kFloatMethods[] = {
    {"hex", f_hex},
    {"as_integer_ratio", f_as_integer_ratio},
    {"conjugate", f_conjugate},
    {"__trunc__", f_trunc},
    {"__int__", f_int},
    {"__floor__", f_floor},
    {"__ceil__", f_ceil},
    {"__round__", f_round},
    {"__divmod__", f_divmod},
    {"__rdivmod__", f_rdivmod},
    {"__getnewargs__", f_getnewargs},
};

void add_classmethod(Type* t, const char* name, NativeFn fn) {
  Builtin* b = heap().make<Builtin>(name, fn);
  b->method_of = t;
  t->dict->set_str(intern(name), Value::object(new_classmethod(Value::object(b))));
}

}  // namespace

void install_float_methods() {
  add_getset(&types::float_, "real", get_real);
  add_getset(&types::float_, "imag", get_imag);
  install_methods(&types::float_, std::begin(kFloatMethods), std::end(kFloatMethods));
  add_classmethod(&types::float_, "fromhex", f_fromhex);
  add_classmethod(&types::float_, "__getformat__", f_getformat);
}

}  // namespace rt
