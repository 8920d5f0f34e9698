// The cmath module (CPython's Modules/cmathmodule.c). The values come from the
// C library's complex functions (C99 Annex G: branch cuts and special values
// as CPython's tables give them); the errors are CPython's: ValueError "math
// domain error" where CPython sets EDOM (an infinite argument where the result
// has no meaningful value, a logarithm of zero, atan(±1j), atanh(±1)) and
// OverflowError "math range error" when a finite argument overflows.
#include <algorithm>
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <complex>

#include "modules/registry.h"
#include "runtime/args.h"
#include "runtime/methods_util.h"
#include "runtime/objects/complex.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/layouts.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"

namespace rt {

namespace {

using C = std::complex<double>;

// PyArg's "d": a real number (float, int, or __float__ / __index__).
double real_arg(Value v) {
  if (v.is_float()) return v.as_float();
  if (is_int(v)) return int_to_double(v);
  if (isinstance(v, &types::float_)) return float_value(v).as_float();
  Type* t = type_of(v);
  if (t->is_heap() && (!type_lookup(t, names::float_).is_null() || !type_lookup(t, names::index).is_null()))
    return call(type_value(&types::float_), &v, 1).as_float();
  raise(&exc::TypeError, "must be real number, not " + type_name(v));
}

// PyArg's "D": a complex, __complex__, else a real number.
C complex_arg(Value v) {
  if (is_complex(v)) {
    CDouble z = complex_value(v);
    return {z.real, z.imag};
  }
  Type* t = type_of(v);
  if (t->is_heap()) {
    Value f = type_lookup(t, intern("__complex__"));
    if (!f.is_null()) {
      Value r = call_with_self(f, v, t, nullptr, 0, nullptr);
      if (!is_complex(r))
        raise(&exc::TypeError, "__complex__ returned non-complex (type " + type_name(r) + ")");
      CDouble z = complex_value(r);
      return {z.real, z.imag};
    }
  }
  return {real_arg(v), 0.0};
}

[[noreturn]] void domain_error() { raise(&exc::ValueError, "math domain error"); }
[[noreturn]] void range_error() { raise(&exc::OverflowError, "math range error"); }

bool finite(C z) { return std::isfinite(z.real()) && std::isfinite(z.imag()); }
bool overflowed(C r) { return std::isinf(r.real()) || std::isinf(r.imag()); }

Value result(C r) { return make_complex(r.real(), r.imag()); }

// Finite arguments use the formulas CPython uses (Kahan's, with rescaling
// near overflow and underflow), so results agree to the last bit; infinite
// and NaN arguments take the C library's Annex G values.
constexpr double kLarge = DBL_MAX / 4.0;
const double kSqrtLarge = std::sqrt(kLarge);
const double kLogLarge = std::log(kLarge);
const double kSqrtDblMin = std::sqrt(DBL_MIN);

// Negation that leaves a NaN's sign alone: the C library reads NaN signs
// (C11) where CPython's special-value tables do not.
double neg(double x) { return std::isnan(x) ? x : -x; }
C times_i_inverse(C s) { return {s.imag(), neg(s.real())}; }  // -i * s
C times_i(C z) { return {neg(z.imag()), z.real()}; }          // i * z

C k_sqrt(C z) {
  if (!finite(z)) return std::sqrt(z);
  if (z.real() == 0.0 && z.imag() == 0.0) return {0.0, z.imag()};
  double ax = std::fabs(z.real()), ay = std::fabs(z.imag()), s;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax = std::ldexp(ax, 53);
    s = std::ldexp(std::sqrt(ax + std::hypot(ax, std::ldexp(ay, 53))), -27);
  } else {
    ax /= 8.0;
    s = 2.0 * std::sqrt(ax + std::hypot(ax, ay / 8.0));
  }
  double d = ay / (2.0 * s);
  if (z.real() >= 0.0) return {s, std::copysign(d, z.imag())};
  return {d, std::copysign(s, z.imag())};
}

C k_log(C z) {
  if (!finite(z)) return std::log(z);
  double ax = std::fabs(z.real()), ay = std::fabs(z.imag()), re;
  if (ax > kLarge || ay > kLarge) {
    re = std::log(std::hypot(ax / 2.0, ay / 2.0)) + M_LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax == 0.0 && ay == 0.0) domain_error();
    re = std::log(std::hypot(std::ldexp(ax, 53), std::ldexp(ay, 53))) - 53 * M_LN2;
  } else {
    double h = std::hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      double am = std::max(ax, ay), an = std::min(ax, ay);
      re = std::log1p((am - 1) * (am + 1) + an * an) / 2.0;
    } else {
      re = std::log(h);
    }
  }
  return {re, std::atan2(z.imag(), z.real())};
}

C k_exp(C z) {
  if (!finite(z)) {
    if (std::isinf(z.imag()) && (std::isfinite(z.real()) || z.real() == HUGE_VAL)) domain_error();
    if (z.real() == -HUGE_VAL && !std::isfinite(z.imag())) return {0.0, 0.0};
    return std::exp(z);
  }
  C r;
  if (z.real() > kLogLarge) {
    double l = std::exp(z.real() - 1.0);
    r = {l * std::cos(z.imag()) * M_E, l * std::sin(z.imag()) * M_E};
  } else {
    double l = std::exp(z.real());
    r = {l * std::cos(z.imag()), l * std::sin(z.imag())};
  }
  if (overflowed(r)) range_error();
  return r;
}

C k_cosh(C z) {
  if (!finite(z)) {
    if (std::isinf(z.imag()) && !std::isnan(z.real())) domain_error();
    if (std::isnan(z.real()) && z.imag() == 0.0) return {NAN, 0.0};
    return std::cosh(z);
  }
  C r;
  if (std::fabs(z.real()) > kLogLarge) {
    double x = z.real() - std::copysign(1.0, z.real());
    r = {std::cos(z.imag()) * std::cosh(x) * M_E, std::sin(z.imag()) * std::sinh(x) * M_E};
  } else {
    r = {std::cos(z.imag()) * std::cosh(z.real()), std::sin(z.imag()) * std::sinh(z.real())};
  }
  if (overflowed(r)) range_error();
  return r;
}

C k_sinh(C z) {
  if (!finite(z)) {
    if (std::isinf(z.imag()) && !std::isnan(z.real())) domain_error();
    if (z.real() == 0.0 && std::isnan(z.imag())) return {0.0, NAN};
    return std::sinh(z);
  }
  C r;
  if (std::fabs(z.real()) > kLogLarge) {
    double x = z.real() - std::copysign(1.0, z.real());
    r = {std::cos(z.imag()) * std::sinh(x) * M_E, std::sin(z.imag()) * std::cosh(x) * M_E};
  } else {
    r = {std::cos(z.imag()) * std::sinh(z.real()), std::sin(z.imag()) * std::cosh(z.real())};
  }
  if (overflowed(r)) range_error();
  return r;
}

C k_tanh(C z) {
  if (!finite(z)) {
    if (std::isinf(z.imag()) && std::isfinite(z.real())) domain_error();
    if (z.real() == 0.0 && std::isnan(z.imag())) return {NAN, NAN};  // C99's value, not C11's ±0
    if (std::isinf(z.real()) && std::isinf(z.imag())) return {std::copysign(1.0, z.real()), 0.0};
    return std::tanh(z);
  }
  if (std::fabs(z.real()) > kLogLarge)
    return {std::copysign(1.0, z.real()),
            4 * std::sin(z.imag()) * std::cos(z.imag()) * std::exp(-2.0 * std::fabs(z.real()))};
  double tx = std::tanh(z.real()), ty = std::tan(z.imag()), cx = 1.0 / std::cosh(z.real());
  double txty = tx * ty, denom = 1.0 + txty * txty;
  return {tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx};
}

C k_atanh(C z) {
  if (!finite(z)) {
    if (std::isnan(z.real()) && std::isinf(z.imag())) return {0.0, std::copysign(M_PI / 2.0, z.imag())};
    return std::atanh(z);
  }
  if (z.real() < 0.0) return -k_atanh(-z);
  double ay = std::fabs(z.imag());
  if (z.real() > kSqrtLarge || ay > kSqrtLarge) {
    double h = std::hypot(z.real() / 2.0, z.imag() / 2.0);
    return {z.real() / 4.0 / h / h, -std::copysign(M_PI / 2.0, -z.imag())};
  }
  if (z.real() == 1.0 && ay < kSqrtDblMin) {
    if (ay == 0.0) domain_error();
    return {-std::log(std::sqrt(ay) / std::sqrt(std::hypot(ay, 2.0))),
            std::copysign(std::atan2(2.0, -ay) / 2.0, z.imag())};
  }
  double x = z.real();
  return {std::log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
          -std::atan2(-2.0 * z.imag(), (1 - x) * (1 + x) - ay * ay) / 2.0};
}

C k_asinh(C z) {
  if (!finite(z)) return std::asinh(z);
  double x = z.real(), y = z.imag();
  if (std::fabs(x) > kLarge || std::fabs(y) > kLarge) {
    double l = std::log(std::hypot(x / 2.0, y / 2.0)) + M_LN2 * 2.0;
    return {y >= 0 ? std::copysign(l, x) : -std::copysign(l, -x), std::atan2(y, std::fabs(x))};
  }
  C s1 = k_sqrt({1.0 + y, -x}), s2 = k_sqrt({1.0 - y, x});
  return {std::asinh(s1.real() * s2.imag() - s2.real() * s1.imag()),
          std::atan2(y, s1.real() * s2.real() - s1.imag() * s2.imag())};
}

C k_acos(C z) {
  if (!finite(z)) {
    if (std::isinf(z.real()) && std::isnan(z.imag())) return {NAN, HUGE_VAL};
    return std::acos(z);
  }
  double x = z.real(), y = z.imag();
  if (std::fabs(x) > kLarge || std::fabs(y) > kLarge) {
    double l = std::log(std::hypot(x / 2.0, y / 2.0)) + M_LN2 * 2.0;
    return {std::atan2(std::fabs(y), x), x < 0 ? -std::copysign(l, y) : std::copysign(l, -y)};
  }
  C s1 = k_sqrt({1.0 - x, -y}), s2 = k_sqrt({1.0 + x, y});
  return {2.0 * std::atan2(s1.real(), s2.real()), std::asinh(s2.real() * s1.imag() - s2.imag() * s1.real())};
}

C k_acosh(C z) {
  if (!finite(z)) {
    if (z.real() == 0.0 && std::isnan(z.imag())) return {NAN, NAN};
    return std::acosh(z);
  }
  double x = z.real(), y = z.imag();
  if (std::fabs(x) > kLarge || std::fabs(y) > kLarge)
    return {std::log(std::hypot(x / 2.0, y / 2.0)) + M_LN2 * 2.0, std::atan2(y, x)};
  C s1 = k_sqrt({x - 1.0, y}), s2 = k_sqrt({x + 1.0, y});
  return {std::asinh(s1.real() * s2.real() + s1.imag() * s2.imag()), 2.0 * std::atan2(s1.imag(), s2.real())};
}

// The circular functions through the hyperbolic ones: f(z) = -i g(iz) or g(iz).
C f_exp(C z) { return k_exp(z); }
C f_cosh(C z) { return k_cosh(z); }
C f_sinh(C z) { return k_sinh(z); }
C f_tanh(C z) { return k_tanh(z); }
C f_cos(C z) { return k_cosh(times_i(z)); }
C f_sin(C z) { return times_i_inverse(k_sinh(times_i(z))); }
C f_tan(C z) { return times_i_inverse(k_tanh(times_i(z))); }
C f_log(C z) { return k_log(z); }
C f_log10(C z) {
  C r = k_log(z);
  return {r.real() / M_LN10, r.imag() / M_LN10};
}
C f_sqrt(C z) { return k_sqrt(z); }
C f_acos(C z) { return k_acos(z); }
C f_asin(C z) { return times_i_inverse(k_asinh(times_i(z))); }
C f_atan(C z) { return times_i_inverse(k_atanh(times_i(z))); }
C f_acosh(C z) { return k_acosh(z); }
C f_asinh(C z) { return k_asinh(z); }
C f_atanh(C z) { return k_atanh(z); }

template <C (*F)(C), const char* Text>
Value unary(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig(Text);
  auto [z] = sig.bind<1>(self, args, nargs, kw);
  return result(F(complex_arg(z)));
}

constexpr char kExp[] = "cmath.exp(z, /)";
constexpr char kCosh[] = "cmath.cosh(z, /)";
constexpr char kSinh[] = "cmath.sinh(z, /)";
constexpr char kTanh[] = "cmath.tanh(z, /)";
constexpr char kCos[] = "cmath.cos(z, /)";
constexpr char kSin[] = "cmath.sin(z, /)";
constexpr char kTan[] = "cmath.tan(z, /)";
constexpr char kLog10[] = "cmath.log10(z, /)";
constexpr char kSqrt[] = "cmath.sqrt(z, /)";
constexpr char kAcos[] = "cmath.acos(z, /)";
constexpr char kAsin[] = "cmath.asin(z, /)";
constexpr char kAtan[] = "cmath.atan(z, /)";
constexpr char kAcosh[] = "cmath.acosh(z, /)";
constexpr char kAsinh[] = "cmath.asinh(z, /)";
constexpr char kAtanh[] = "cmath.atanh(z, /)";

Value m_log(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("log(z, base=<unrepresentable>, /)");
  auto [zv, base] = sig.bind<2>(self, args, nargs, kw);
  C z = complex_arg(zv);
  C b = base.is_null() ? C() : complex_arg(base);
  C r = f_log(z);
  if (!base.is_null()) {
    int err = 0;
    C lb = f_log(b);
    CDouble q = c_quot({r.real(), r.imag()}, {lb.real(), lb.imag()}, err);
    if (err) domain_error();
    r = {q.real, q.imag};
  }
  return result(r);
}

Value m_phase(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("cmath.phase(z, /)");
  auto [zv] = sig.bind<1>(self, args, nargs, kw);
  C z = complex_arg(zv);
  return Value::from_double(std::atan2(z.imag(), z.real()));
}

Value m_polar(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("cmath.polar(z, /)");
  auto [zv] = sig.bind<1>(self, args, nargs, kw);
  C z = complex_arg(zv);
  int err = 0;
  double r = c_abs({z.real(), z.imag()}, err);
  if (err) range_error();
  return tuple_value({Value::from_double(r), Value::from_double(std::atan2(z.imag(), z.real()))});
}

// rect() of an infinite or NaN modulus or angle (CPython's rect_special_values).
C rect_special(double r, double phi) {
  if (std::isinf(r)) {
    if (phi == 0.0) return {r, r > 0 ? phi : -phi};
    return {std::fabs(r), NAN};  // angle infinite or NaN
  }
  if (std::isnan(r)) {
    if (phi == 0.0) return {NAN, 0.0};
    return {NAN, NAN};
  }
  if (r == 0.0) return {0.0, 0.0};  // finite zero modulus, non-finite angle
  return {NAN, NAN};
}

Value m_rect(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("rect(r, phi, /)");
  auto [rv, phiv] = sig.bind<2>(self, args, nargs, kw);
  double r = real_arg(rv), phi = real_arg(phiv);
  if (std::isinf(phi) && r != 0.0 && !std::isnan(r)) domain_error();
  C out;
  if (std::isfinite(r) && std::isfinite(phi)) {
    out = phi == 0.0 ? C(r, r * phi) : C(r * std::cos(phi), r * std::sin(phi));
  } else if (std::isinf(r) && std::isfinite(phi) && phi != 0.0) {
    // The signs of the infinities come from cos(phi) and sin(phi).
    double s = r > 0 ? 1.0 : -1.0;
    out = {s * std::copysign(HUGE_VAL, std::cos(phi)), s * std::copysign(HUGE_VAL, std::sin(phi))};
  } else {
    out = rect_special(r, phi);
  }
  return result(out);
}

Value m_isfinite(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("cmath.isfinite(z, /)");
  auto [zv] = sig.bind<1>(self, args, nargs, kw);
  return Value::boolean(finite(complex_arg(zv)));
}
Value m_isinf(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("cmath.isinf(z, /)");
  auto [zv] = sig.bind<1>(self, args, nargs, kw);
  C z = complex_arg(zv);
  return Value::boolean(std::isinf(z.real()) || std::isinf(z.imag()));
}
Value m_isnan(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("cmath.isnan(z, /)");
  auto [zv] = sig.bind<1>(self, args, nargs, kw);
  C z = complex_arg(zv);
  return Value::boolean(std::isnan(z.real()) || std::isnan(z.imag()));
}

Value m_isclose(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)");
  auto [av, bv, relv, absv] = sig.bind<4>(self, args, nargs, kw);
  C a = complex_arg(av), b = complex_arg(bv);
  double rel_tol = real_arg(relv), abs_tol = real_arg(absv);
  if (rel_tol < 0.0 || abs_tol < 0.0) raise(&exc::ValueError, "tolerances must be non-negative");
  if (a == b) return Value::boolean(true);
  // Two infinities are close only when equal (above); an infinity is never close to a finite value.
  if (std::isinf(a.real()) || std::isinf(a.imag()) || std::isinf(b.real()) || std::isinf(b.imag()))
    return Value::boolean(false);
  double diff = std::abs(b - a);
  return Value::boolean((diff <= rel_tol * std::abs(b) || diff <= rel_tol * std::abs(a)) || diff <= abs_tol);
}

const MethodEntry kCmathFunctions[] = {
    {"acos", unary<f_acos, kAcos>},    {"acosh", unary<f_acosh, kAcosh>}, {"asin", unary<f_asin, kAsin>},
    {"asinh", unary<f_asinh, kAsinh>}, {"atan", unary<f_atan, kAtan>},    {"atanh", unary<f_atanh, kAtanh>},
    {"cos", unary<f_cos, kCos>},       {"cosh", unary<f_cosh, kCosh>},    {"exp", unary<f_exp, kExp>},
    {"log", m_log},                    {"log10", unary<f_log10, kLog10>}, {"sin", unary<f_sin, kSin>},
    {"sinh", unary<f_sinh, kSinh>},    {"sqrt", unary<f_sqrt, kSqrt>},    {"tan", unary<f_tan, kTan>},
    {"tanh", unary<f_tanh, kTanh>},    {"phase", m_phase},                {"polar", m_polar},
    {"rect", m_rect},                  {"isfinite", m_isfinite},          {"isinf", m_isinf},
    {"isnan", m_isnan},                {"isclose", m_isclose},
};

}  // namespace

Module* make_cmath_module() {
  Module* m = new_module("cmath");
  add_functions(m, std::begin(kCmathFunctions), std::end(kCmathFunctions));
  auto set = [&](const char* name, Value v) { m->dict->set_str(intern(name), v); };
  set("pi", Value::from_double(M_PI));
  set("e", Value::from_double(M_E));
  set("tau", Value::from_double(2 * M_PI));
  set("inf", Value::from_double(HUGE_VAL));
  set("infj", make_complex(0.0, HUGE_VAL));
  set("nan", Value::from_double(NAN));
  set("nanj", make_complex(0.0, NAN));
  return m;
}

}  // namespace rt
