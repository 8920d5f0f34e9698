// The math module (CPython's Modules/mathmodule.c): the functions programs commonly use.
#include <cmath>
#include <limits>

#include "modules/registry.h"
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

template <double (*F)(double)>
Value unary(Value, Value* args, size_t nargs, Tuple* kw) {
  method_args("math function", nargs, kw, 1, 1);
  double x = to_float(args[0], "");
  return Value::from_double(checked(F(x), x));
}

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

Value m_log(Value, Value* args, size_t nargs, Tuple* kw) {
  method_args("log", nargs, kw, 1, 2);
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
  double r = ln(args[0]);
  if (nargs == 2) {
    double base = ln(args[1]);
    if (base == 0.0) raise(&exc::ZeroDivisionError, "float division by zero");
    r /= base;
  }
  return Value::from_double(r);
}

Value m_pow(Value, Value* args, size_t nargs, Tuple* kw) {
  method_args("pow", nargs, kw, 2, 2);
  double x = to_float(args[0], "pow"), y = to_float(args[1], "pow");
  if (x == 0.0 && y < 0) domain_error();
  if (x < 0 && y != std::floor(y) && std::isfinite(y)) domain_error();
  double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) raise(&exc::OverflowError, "math range error");
  return Value::from_double(r);
}

Value m_atan2(Value, Value* args, size_t nargs, Tuple* kw) {
  method_args("atan2", nargs, kw, 2, 2);
  return Value::from_double(std::atan2(to_float(args[0], ""), to_float(args[1], "")));
}

Value m_hypot(Value, Value* args, size_t nargs, Tuple* kw) {
  method_args("hypot", nargs, kw, 0, 1000);
  double r = 0;
  for (size_t i = 0; i < nargs; ++i) r = std::hypot(r, to_float(args[i], "hypot"));
  return Value::from_double(r);
}

Value m_copysign(Value, Value* args, size_t nargs, Tuple* kw) {
  method_args("copysign", nargs, kw, 2, 2);
  return Value::from_double(std::copysign(to_float(args[0], ""), to_float(args[1], "")));
}

Value m_fmod(Value, Value* args, size_t nargs, Tuple* kw) {
  method_args("fmod", nargs, kw, 2, 2);
  double x = to_float(args[0], ""), y = to_float(args[1], "");
  if (y == 0.0 || std::isinf(x)) domain_error();
  return Value::from_double(std::fmod(x, y));
}

Value m_modf(Value, Value* args, size_t nargs, Tuple* kw) {
  method_args("modf", nargs, kw, 1, 1);
  double whole;
  double frac = std::modf(to_float(args[0], ""), &whole);
  return tuple_value({Value::from_double(frac), Value::from_double(whole)});
}

Value rounding(Value v, double (*f)(double)) {
  if (is_int(v)) return v.is_bool() ? make_int(v.is_true()) : v;
  return int_from_double(f(to_float(v, "")));
}
Value m_floor(Value, Value* args, size_t nargs, Tuple* kw) {
  method_args("floor", nargs, kw, 1, 1);
  return rounding(args[0], std::floor);
}
Value m_ceil(Value, Value* args, size_t nargs, Tuple* kw) {
  method_args("ceil", nargs, kw, 1, 1);
  return rounding(args[0], std::ceil);
}
Value m_trunc(Value, Value* args, size_t nargs, Tuple* kw) {
  method_args("trunc", nargs, kw, 1, 1);
  return rounding(args[0], std::trunc);
}

Value int_arg(Value v) {
  if (!is_int(v)) raise(&exc::TypeError, "'" + type_name(v) + "' object cannot be interpreted as an integer");
  return v.is_bool() ? make_int(v.is_true()) : v;
}

Value m_gcd(Value, Value* args, size_t nargs, Tuple* kw) {
  method_args("gcd", nargs, kw, 0, 1000);
  mpz_t r, x;
  mpz_init(r);
  mpz_init(x);
  for (size_t i = 0; i < nargs; ++i) {
    int_to_mpz(int_arg(args[i]), x);
    mpz_gcd(r, r, x);
  }
  Value out = make_int_mpz(r);
  mpz_clear(r);
  mpz_clear(x);
  return out;
}

Value m_lcm(Value, Value* args, size_t nargs, Tuple* kw) {
  method_args("lcm", nargs, kw, 0, 1000);
  mpz_t r, x;
  mpz_init_set_ui(r, 1);
  mpz_init(x);
  for (size_t i = 0; i < nargs; ++i) {
    int_to_mpz(int_arg(args[i]), x);
    mpz_lcm(r, r, x);
  }
  Value out = make_int_mpz(r);
  mpz_clear(r);
  mpz_clear(x);
  return out;
}

Value m_factorial(Value, Value* args, size_t nargs, Tuple* kw) {
  method_args("factorial", nargs, kw, 1, 1);
  if (args[0].is_float()) raise(&exc::TypeError, "'float' object cannot be interpreted as an integer");
  Value n = int_arg(args[0]);
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

Value m_isqrt(Value, Value* args, size_t nargs, Tuple* kw) {
  method_args("isqrt", nargs, kw, 1, 1);
  Value n = int_arg(args[0]);
  if (int_sign(n) < 0) raise(&exc::ValueError, "isqrt() argument must be nonnegative");
  mpz_t r;
  mpz_init(r);
  int_to_mpz(n, r);
  mpz_sqrt(r, r);
  Value out = make_int_mpz(r);
  mpz_clear(r);
  return out;
}

Value m_comb(Value, Value* args, size_t nargs, Tuple* kw) {
  method_args("comb", nargs, kw, 2, 2);
  Value n = int_arg(args[0]), k = int_arg(args[1]);
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

Value m_perm(Value, Value* args, size_t nargs, Tuple* kw) {
  method_args("perm", nargs, kw, 1, 2);
  Value n = int_arg(args[0]);
  Value k = nargs == 2 && !args[1].is_none() ? int_arg(args[1]) : n;
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

Value m_isnan(Value, Value* args, size_t nargs, Tuple* kw) {
  method_args("isnan", nargs, kw, 1, 1);
  return Value::boolean(std::isnan(to_float(args[0], "")));
}
Value m_isinf(Value, Value* args, size_t nargs, Tuple* kw) {
  method_args("isinf", nargs, kw, 1, 1);
  return Value::boolean(std::isinf(to_float(args[0], "")));
}
Value m_isfinite(Value, Value* args, size_t nargs, Tuple* kw) {
  method_args("isfinite", nargs, kw, 1, 1);
  return Value::boolean(std::isfinite(to_float(args[0], "")));
}

Value m_isclose(Value, Value* args, size_t nargs, Tuple* kwnames) {
  size_t npos = nargs - keyword_count(kwnames);
  if (npos != 2) raise(&exc::TypeError, "isclose() takes exactly 2 positional arguments");
  double rel = 1e-09, abs_tol = 0.0;
  for (size_t k = 0; k < keyword_count(kwnames); ++k) {
    const std::string& n = kwnames->items[k].as<Str>()->data;
    if (n == "rel_tol") rel = to_float(args[npos + k], "");
    else if (n == "abs_tol") abs_tol = to_float(args[npos + k], "");
    else raise(&exc::TypeError, "isclose() got an unexpected keyword argument '" + n + "'");
  }
  double a = to_float(args[0], ""), b = to_float(args[1], "");
  if (a == b) return Value::boolean(true);
  if (std::isinf(a) || std::isinf(b)) return Value::boolean(false);
  double diff = std::fabs(b - a);
  return Value::boolean(diff <= std::fabs(rel * b) || diff <= std::fabs(rel * a) || diff <= abs_tol);
}

Value m_prod(Value, Value* args, size_t nargs, Tuple* kw) {
  method_args("prod", nargs, kw, 1, 1);
  Value r = make_int(1);
  for (Value v : iterate(args[0])) r = binary_op(bytecode::BinaryOp::Multiply, r, v);
  return r;
}

Value m_fsum(Value, Value* args, size_t nargs, Tuple* kw) {
  method_args("fsum", nargs, kw, 1, 1);
  // Shewchuk's exact summation, as CPython's math.fsum.
  std::vector<double> partials;
  for (Value v : iterate(args[0])) {
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
    {"sqrt", unary<sqrt_checked>}, {"exp", unary<exp_>},       {"log", m_log},
    {"log2", unary<log2_checked>}, {"log10", unary<log10_checked>}, {"sin", unary<sin_>},
    {"cos", unary<cos_>},          {"tan", unary<tan_>},       {"asin", unary<asin_>},
    {"acos", unary<acos_>},        {"atan", unary<atan_>},     {"atan2", m_atan2},
    {"hypot", m_hypot},            {"fabs", unary<fabs_>},     {"degrees", unary<degrees_>},
    {"radians", unary<radians_>},  {"pow", m_pow},             {"copysign", m_copysign},
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
