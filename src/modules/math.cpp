// The math module (CPython's Modules/mathmodule.c): the functions programs commonly use.
#include <cmath>
#include <limits>

#include "modules/registry.h"
#include "runtime/args.h"
#include "runtime/methods_util.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/text_file.h"
#include "runtime/runtime.h"

namespace rt {

namespace {


double to_float(Value v, const char* fn) {
  (void)fn;
  if (v.is_float()) return v.as_float();
  if (is_int(v)) return int_to_double(v);
  raise(&exc::TypeError, "must be real number, not " + type_name(v));
}

[[noreturn]] void domain_error() { raise(&exc::ValueError, "math domain error"); }

double checked(double r, double x) {
  if (std::isnan(r) && !std::isnan(x)) domain_error();
  if (std::isinf(r) && std::isfinite(x)) raise(&exc::OverflowError, "math range error");
  return r;
}

// The one-argument float functions share their body; Text is the signature.
template <double (*F)(double), const char* Text>
Value unary(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig(Text);
  auto [arg] = sig.bind<1>(self, args, nargs, kw);
  double x = to_float(arg, "");
  return Value::from_double(checked(F(x), x));
}

constexpr char kSqrt[] = "math.sqrt(x, /)";
constexpr char kExp[] = "math.exp(x, /)";
constexpr char kLog2[] = "math.log2(x, /)";
constexpr char kLog10[] = "math.log10(x, /)";
constexpr char kSin[] = "math.sin(x, /)";
constexpr char kCos[] = "math.cos(x, /)";
constexpr char kTan[] = "math.tan(x, /)";
constexpr char kAsin[] = "math.asin(x, /)";
constexpr char kAcos[] = "math.acos(x, /)";
constexpr char kAtan[] = "math.atan(x, /)";
constexpr char kFabs[] = "math.fabs(x, /)";
constexpr char kDegrees[] = "math.degrees(x, /)";
constexpr char kRadians[] = "math.radians(x, /)";

double sqrt_checked(double x) {
  if (x < 0) domain_error();
  return std::sqrt(x);
}
double log_checked(double x) {
  if (x <= 0) domain_error();
  return std::log(x);
}
double log2_checked(double x) {
  if (x <= 0) domain_error();
  return std::log2(x);
}
double log10_checked(double x) {
  if (x <= 0) domain_error();
  return std::log10(x);
}
double exp_(double x) { return std::exp(x); }
double sin_(double x) {
  if (std::isinf(x)) domain_error();
  return std::sin(x);
}
double cos_(double x) {
  if (std::isinf(x)) domain_error();
  return std::cos(x);
}
double tan_(double x) {
  if (std::isinf(x)) domain_error();
  return std::tan(x);
}
double asin_(double x) {
  if (x < -1 || x > 1) domain_error();
  return std::asin(x);
}
double acos_(double x) {
  if (x < -1 || x > 1) domain_error();
  return std::acos(x);
}
double atan_(double x) { return std::atan(x); }
double fabs_(double x) { return std::fabs(x); }
double degrees_(double x) { return x * 180.0 / M_PI; }
double radians_(double x) { return x * M_PI / 180.0; }

Value m_log(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("math.log(x, [base=math.e])");
  auto [x, base_arg] = sig.bind<2>(self, args, nargs, kw);
  auto ln = [](Value v) {
    if (is_int(v) && !v.is_float()) {
      if (int_sign(v) <= 0) domain_error();
      // Big ints: log(m) + e*log(2) with v = m * 2**e, m correctly rounded (as CPython).
      auto small = int_as_int64(v);
      if (!small) {
        mpz_t z, top;
        mpz_init(z);
        mpz_init(top);
        int_to_mpz(v, z);
        size_t bits = mpz_sizeinbase(z, 2);
        size_t shift = bits - 55;
        mpz_tdiv_q_2exp(top, z, shift);
        uint64_t q = mpz_get_ui(top);
        bool sticky = mpz_scan1(z, 0) < shift;
        bool half = (q >> 1) & 1, rest = sticky || (q & 1);
        q >>= 2;
        if (half && (rest || (q & 1))) ++q;
        mpz_clear(z);
        mpz_clear(top);
        double m = std::ldexp(static_cast<double>(q), -53);  // in [0.5, 1]
        return std::log(m) + std::log(2.0) * static_cast<double>(bits);
      }
    }
    return log_checked(to_float(v, "log"));
  };
  double r = ln(x);
  if (!base_arg.is_null()) {
    double base = ln(base_arg);
    if (base == 0.0) raise(&exc::ZeroDivisionError, "float division by zero");
    r /= base;
  }
  return Value::from_double(r);
}

Value m_pow(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("math.pow(x, y, /)");
  auto [x_arg, y_arg] = sig.bind<2>(self, args, nargs, kw);
  double x = to_float(x_arg, "pow"), y = to_float(y_arg, "pow");
  if (x == 0.0 && y < 0) domain_error();
  if (x < 0 && y != std::floor(y) && std::isfinite(y)) domain_error();
  double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) raise(&exc::OverflowError, "math range error");
  return Value::from_double(r);
}

Value m_atan2(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("math.atan2(y, x, /)");
  auto [y, x] = sig.bind<2>(self, args, nargs, kw);
  return Value::from_double(std::atan2(to_float(y, ""), to_float(x, "")));
}

Value m_hypot(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("math.hypot(*coordinates)");
  Signature::Rest coordinates = sig.parse(self, args, nargs, kw, nullptr);
  double r = 0;
  for (size_t i = 0; i < coordinates.nvarargs; ++i) r = std::hypot(r, to_float(coordinates.varargs[i], "hypot"));
  return Value::from_double(r);
}

Value m_copysign(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("math.copysign(x, y, /)");
  auto [x, y] = sig.bind<2>(self, args, nargs, kw);
  return Value::from_double(std::copysign(to_float(x, ""), to_float(y, "")));
}

Value m_fmod(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("math.fmod(x, y, /)");
  auto [x_arg, y_arg] = sig.bind<2>(self, args, nargs, kw);
  double x = to_float(x_arg, ""), y = to_float(y_arg, "");
  if (y == 0.0 || std::isinf(x)) domain_error();
  return Value::from_double(std::fmod(x, y));
}

Value m_modf(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("math.modf(x, /)");
  auto [x] = sig.bind<1>(self, args, nargs, kw);
  double whole;
  double frac = std::modf(to_float(x, ""), &whole);
  return tuple_value({Value::from_double(frac), Value::from_double(whole)});
}

Value rounding(Value v, double (*f)(double)) {
  if (is_int(v)) return v.is_bool() ? make_int(v.is_true()) : v;
  return int_from_double(f(to_float(v, "")));
}
Value m_floor(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("math.floor(x, /)");
  auto [x] = sig.bind<1>(self, args, nargs, kw);
  return rounding(x, std::floor);
}
Value m_ceil(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("math.ceil(x, /)");
  auto [x] = sig.bind<1>(self, args, nargs, kw);
  return rounding(x, std::ceil);
}
Value m_trunc(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("math.trunc(x, /)");
  auto [x] = sig.bind<1>(self, args, nargs, kw);
  return rounding(x, std::trunc);
}

Value int_arg(Value v) {
  if (!is_int(v)) raise(&exc::TypeError, "'" + type_name(v) + "' object cannot be interpreted as an integer");
  return v.is_bool() ? make_int(v.is_true()) : v;
}

Value m_gcd(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("math.gcd(*integers)");
  Signature::Rest integers = sig.parse(self, args, nargs, kw, nullptr);
  mpz_t r, x;
  mpz_init(r);
  mpz_init(x);
  for (size_t i = 0; i < integers.nvarargs; ++i) {
    int_to_mpz(int_arg(integers.varargs[i]), x);
    mpz_gcd(r, r, x);
  }
  Value out = make_int_mpz(r);
  mpz_clear(r);
  mpz_clear(x);
  return out;
}

Value m_lcm(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("math.lcm(*integers)");
  Signature::Rest integers = sig.parse(self, args, nargs, kw, nullptr);
  mpz_t r, x;
  mpz_init_set_ui(r, 1);
  mpz_init(x);
  for (size_t i = 0; i < integers.nvarargs; ++i) {
    int_to_mpz(int_arg(integers.varargs[i]), x);
    mpz_lcm(r, r, x);
  }
  Value out = make_int_mpz(r);
  mpz_clear(r);
  mpz_clear(x);
  return out;
}

Value m_factorial(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("math.factorial(n, /)");
  auto [n_arg] = sig.bind<1>(self, args, nargs, kw);
  if (n_arg.is_float()) raise(&exc::TypeError, "'float' object cannot be interpreted as an integer");
  Value n = int_arg(n_arg);
  if (int_sign(n) < 0) raise(&exc::ValueError, "factorial() not defined for negative values");
  auto k = int_as_int64(n);
  if (!k || *k > 1000000) raise(&exc::OverflowError, "factorial() argument should not exceed 1000000");
  mpz_t r;
  mpz_init(r);
  mpz_fac_ui(r, static_cast<unsigned long>(*k));
  Value out = make_int_mpz(r);
  mpz_clear(r);
  return out;
}

Value m_isqrt(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("math.isqrt(n, /)");
  auto [n_arg] = sig.bind<1>(self, args, nargs, kw);
  Value n = int_arg(n_arg);
  if (int_sign(n) < 0) raise(&exc::ValueError, "isqrt() argument must be nonnegative");
  mpz_t r;
  mpz_init(r);
  int_to_mpz(n, r);
  mpz_sqrt(r, r);
  Value out = make_int_mpz(r);
  mpz_clear(r);
  return out;
}

Value m_comb(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("math.comb(n, k, /)");
  auto [n_arg, k_arg] = sig.bind<2>(self, args, nargs, kw);
  Value n = int_arg(n_arg), k = int_arg(k_arg);
  if (int_sign(n) < 0) raise(&exc::ValueError, "n must be a non-negative integer");
  if (int_sign(k) < 0) raise(&exc::ValueError, "k must be a non-negative integer");
  auto kk = int_as_int64(k);
  if (int_compare(k, n) > 0) return make_int(0);
  mpz_t r, nz;
  mpz_init(r);
  mpz_init(nz);
  int_to_mpz(n, nz);
  mpz_bin_ui(r, nz, static_cast<unsigned long>(*kk));
  Value out = make_int_mpz(r);
  mpz_clear(r);
  mpz_clear(nz);
  return out;
}

Value m_perm(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("math.perm(n, k=None, /)");
  auto [n_arg, k_arg] = sig.bind<2>(self, args, nargs, kw);
  Value n = int_arg(n_arg);
  Value k = k_arg.is_none() ? n : int_arg(k_arg);
  if (int_sign(n) < 0) raise(&exc::ValueError, "n must be a non-negative integer");
  if (int_sign(k) < 0) raise(&exc::ValueError, "k must be a non-negative integer");
  if (int_compare(k, n) > 0) return make_int(0);
  Value r = make_int(1);
  Value i = n;
  auto count = int_as_int64(k);
  for (int64_t j = 0; j < *count; ++j) {
    r = int_binary(bytecode::BinaryOp::Multiply, r, i);
    i = int_binary(bytecode::BinaryOp::Subtract, i, make_int(1));
  }
  return r;
}

Value m_isnan(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("math.isnan(x, /)");
  auto [x] = sig.bind<1>(self, args, nargs, kw);
  return Value::boolean(std::isnan(to_float(x, "")));
}
Value m_isinf(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("math.isinf(x, /)");
  auto [x] = sig.bind<1>(self, args, nargs, kw);
  return Value::boolean(std::isinf(to_float(x, "")));
}
Value m_isfinite(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("math.isfinite(x, /)");
  auto [x] = sig.bind<1>(self, args, nargs, kw);
  return Value::boolean(std::isfinite(to_float(x, "")));
}

Value m_isclose(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)");
  auto [a_arg, b_arg, rel_arg, abs_arg] = sig.bind<4>(self, args, nargs, kwnames);
  double a = to_float(a_arg, ""), b = to_float(b_arg, "");
  double rel = to_float(rel_arg, ""), abs_tol = to_float(abs_arg, "");
  if (rel < 0.0 || abs_tol < 0.0) raise(&exc::ValueError, "tolerances must be non-negative");
  if (a == b) return Value::boolean(true);
  if (std::isinf(a) || std::isinf(b)) return Value::boolean(false);
  double diff = std::fabs(b - a);
  return Value::boolean(diff <= std::fabs(rel * b) || diff <= std::fabs(rel * a) || diff <= abs_tol);
}

Value m_prod(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("math.prod(iterable, /, *, start=1)");
  auto [iterable, start] = sig.bind<2>(self, args, nargs, kw);
  Value r = start;
  for (Value v : iterate(iterable)) r = binary_op(bytecode::BinaryOp::Multiply, r, v);
  return r;
}

Value m_fsum(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("math.fsum(seq, /)");
  auto [seq] = sig.bind<1>(self, args, nargs, kw);
  // Shewchuk's exact summation, as CPython's math.fsum.
  std::vector<double> partials;
  for (Value v : iterate(seq)) {
    double x = to_float(v, "fsum");
    size_t i = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) partials[i++] = lo;
      x = hi;
    }
    partials.resize(i);
    partials.push_back(x);
  }
  double total = 0.0;
  while (!partials.empty()) {
    double x = partials.back();
    partials.pop_back();
    double prev = total;
    total = prev + x;
    double lo = x - (total - prev);
    if (lo != 0.0) {
      // Half-way correction as in CPython.
      if (!partials.empty() && ((lo < 0 && partials.back() < 0) || (lo > 0 && partials.back() > 0))) {
        double y = lo * 2;
        double t = total + y;
        if (y == t - total) total = t;
      }
      break;
    }
  }
  return Value::from_double(total);
}

const MethodEntry kMath[] = {
    {"sqrt", unary<sqrt_checked, kSqrt>}, {"exp", unary<exp_, kExp>},       {"log", m_log},
    {"log2", unary<log2_checked, kLog2>}, {"log10", unary<log10_checked, kLog10>}, {"sin", unary<sin_, kSin>},
    {"cos", unary<cos_, kCos>},          {"tan", unary<tan_, kTan>},       {"asin", unary<asin_, kAsin>},
    {"acos", unary<acos_, kAcos>},        {"atan", unary<atan_, kAtan>},     {"atan2", m_atan2},
    {"hypot", m_hypot},            {"fabs", unary<fabs_, kFabs>},     {"degrees", unary<degrees_, kDegrees>},
    {"radians", unary<radians_, kRadians>},  {"pow", m_pow},             {"copysign", m_copysign},
    {"fmod", m_fmod},              {"modf", m_modf},           {"floor", m_floor},
    {"ceil", m_ceil},              {"trunc", m_trunc},         {"gcd", m_gcd},
    {"lcm", m_lcm},                {"factorial", m_factorial}, {"isqrt", m_isqrt},
    {"comb", m_comb},              {"perm", m_perm},           {"isnan", m_isnan},
    {"isinf", m_isinf},            {"isfinite", m_isfinite},   {"isclose", m_isclose},
    {"prod", m_prod},              {"fsum", m_fsum},
};

}  // namespace

Module* make_math_module() {
  Module* m = new_module("math");
  add_functions(m, std::begin(kMath), std::end(kMath));
  m->dict->set_str(intern("pi"), Value::from_double(M_PI));
  m->dict->set_str(intern("e"), Value::from_double(M_E));
  m->dict->set_str(intern("tau"), Value::from_double(2 * M_PI));
  m->dict->set_str(intern("inf"), Value::from_double(std::numeric_limits<double>::infinity()));
  m->dict->set_str(intern("nan"), Value::from_double(std::numeric_limits<double>::quiet_NaN()));
  return m;
}

}  // namespace rt
