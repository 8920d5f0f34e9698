#include "runtime/objects/int.h"

#include <cfloat>
#include <cmath>

#include <algorithm>

#include "runtime/objects/exceptions.h"
#include "runtime/objects/float.h"
#include "runtime/ops.h"

namespace rt {

using bytecode::BinaryOp;

BigInt::BigInt() : Object(&types::int_) { mpz_init(z); }
BigInt::~BigInt() { mpz_clear(z); }

bool is_int(Value v) {
  if (v.is_small_int() || v.is_bool()) return true;
  return v.is_object() && is_subtype(v.as_object()->type, &types::int_);
}

Value make_big_int(int64_t i) {
  BigInt* b = heap().make<BigInt>();
  mpz_set_si(b->z, i);
  return Value::object(b);
}

Value make_int_mpz(const mpz_t z) {
  if (mpz_fits_slong_p(z)) {
    long i = mpz_get_si(z);
    if (Value::fits_small(i)) return Value::small_int(i);
  }
  BigInt* b = heap().make<BigInt>();
  mpz_set(b->z, z);
  return Value::object(b);
}

void int_to_mpz(Value v, mpz_t out) {
  if (v.is_small_int()) mpz_set_si(out, v.as_small_int());
  else if (v.is_bool()) mpz_set_si(out, v.is_true() ? 1 : 0);
  else mpz_set(out, v.as<BigInt>()->z);
}

static int64_t small_of(Value v) { return v.is_small_int() ? v.as_small_int() : v.is_true() ? 1 : 0; }
static bool is_small(Value v) { return v.is_small_int() || v.is_bool(); }

std::optional<int64_t> int_as_int64(Value v) {
  if (is_small(v)) return small_of(v);
  if (mpz_fits_slong_p(v.as<BigInt>()->z)) return mpz_get_si(v.as<BigInt>()->z);
  return std::nullopt;
}

int int_sign(Value v) {
  if (is_small(v)) {
    int64_t i = small_of(v);
    return (i > 0) - (i < 0);
  }
  return mpz_sgn(v.as<BigInt>()->z);
}

// RAII holder for temporaries.
struct Mpz {
  mpz_t z;
  Mpz() { mpz_init(z); }
  explicit Mpz(Value v) { mpz_init(z); int_to_mpz(v, z); }
  ~Mpz() { mpz_clear(z); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
};

size_t int_max_str_digits = kDefaultMaxStrDigits;

std::string int_to_string(Value v, int base) {
  Mpz m(v);
  const size_t limit = int_max_str_digits;
  auto too_long = [&] {
    raise(&exc::ValueError, "Exceeds the limit (" + std::to_string(limit) +
                                " digits) for integer string conversion; use sys.set_int_max_str_digits() to "
                                "increase the limit");
  };
  if (base == 10 && limit && mpz_sizeinbase(m.z, 10) > limit + 1) too_long();
  std::string s(mpz_sizeinbase(m.z, base) + 2, '\0');
  mpz_get_str(s.data(), base, m.z);
  s.resize(std::char_traits<char>::length(s.c_str()));
  if (base == 10 && limit && s.size() - (s[0] == '-' ? 1 : 0) > limit) too_long();
  return s;
}

static int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

std::optional<Value> int_from_string(std::string_view s, int base, bool limit_digits) {
  // Unicode decimal digits and spaces count as their ASCII forms.
  std::string ascii;
  if (std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
    ascii = numeric_to_ascii(s);
    s = ascii;
  }
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  auto has_prefix = [&](char p) {
    return s.size() >= 2 && s[0] == '0' && (s[1] == p || s[1] == p - 32);
  };
  if (base == 0) {
    if (has_prefix('x')) base = 16;
    else if (has_prefix('o')) base = 8;
    else if (has_prefix('b')) base = 2;
    else base = 10;
    // Base 0 reads decimal as a literal would: no leading zeros ("007").
    if (base == 10 && !s.empty() && s[0] == '0' &&
        s.find_first_not_of("0_") != std::string_view::npos)
      return std::nullopt;
    if (base != 10) {
      s.remove_prefix(2);
      if (!s.empty() && s[0] == '_') s.remove_prefix(1);
    }
  } else if ((base == 16 && has_prefix('x')) || (base == 8 && has_prefix('o')) || (base == 2 && has_prefix('b'))) {
    s.remove_prefix(2);
    if (!s.empty() && s[0] == '_') s.remove_prefix(1);
  }
  if (s.empty()) return std::nullopt;
  std::string digits;
  digits.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '_') {
      // Underscores only between digits.
      if (i == 0 || i + 1 == s.size() || s[i - 1] == '_') return std::nullopt;
      continue;
    }
    if (digit_value(c) >= base) return std::nullopt;
    digits += c;
  }
  if (limit_digits && (base & (base - 1)) != 0 && int_max_str_digits && digits.size() > int_max_str_digits)
    raise(&exc::ValueError, "Exceeds the limit (" + std::to_string(int_max_str_digits) +
                                " digits) for integer string conversion: value has " +
                                std::to_string(digits.size()) +
                                " digits; use sys.set_int_max_str_digits() to increase the limit");
  Mpz m;
  if (mpz_set_str(m.z, digits.c_str(), base) != 0) return std::nullopt;
  if (negative) mpz_neg(m.z, m.z);
  return make_int_mpz(m.z);
}

Value int_from_double(double d) {
  if (std::isinf(d)) raise(&exc::OverflowError, "cannot convert float infinity to integer");
  if (std::isnan(d)) raise(&exc::ValueError, "cannot convert float NaN to integer");
  double t = std::trunc(d);
  if (t >= -9.0e15 && t <= 9.0e15) return make_int(static_cast<int64_t>(t));
  Mpz m;
  mpz_set_d(m.z, t);
  return make_int_mpz(m.z);
}

double int_to_double(Value v) {
  if (is_small(v)) return static_cast<double>(small_of(v));
  const mpz_t& z = v.as<BigInt>()->z;
  size_t bits = mpz_sizeinbase(z, 2);
  if (bits <= 53) return mpz_get_d(z);
  if (bits > 1024) raise(&exc::OverflowError, "int too large to convert to float");
  // Round half to even on the top 53 bits (mpz_get_d truncates).
  Mpz a;
  mpz_abs(a.z, z);
  size_t shift = bits > 55 ? bits - 55 : 0;
  Mpz top;
  mpz_tdiv_q_2exp(top.z, a.z, shift);
  uint64_t q = mpz_get_ui(top.z);
  bool sticky = shift > 0 && mpz_scan1(a.z, 0) < shift;
  size_t extra = bits - shift - 53;  // 1 or 2 bits beyond the mantissa
  bool half = (q >> (extra - 1)) & 1;
  bool rest = sticky || (q & ((uint64_t{1} << (extra - 1)) - 1)) != 0;
  q >>= extra;
  if (half && (rest || (q & 1))) ++q;
  shift += extra;
  double r = std::ldexp(static_cast<double>(q), static_cast<int>(shift));
  if (std::isinf(r)) raise(&exc::OverflowError, "int too large to convert to float");
  return mpz_sgn(z) < 0 ? -r : r;
}

double int_true_divide(Value a, Value b) {
  if (int_sign(b) == 0) raise(&exc::ZeroDivisionError, "division by zero");
  if (is_small(a) && is_small(b)) {
    int64_t x = small_of(a), y = small_of(b);
    constexpr int64_t kExact = 1ll << 53;
    if (x >= -kExact && x <= kExact && y >= -kExact && y <= kExact)
      return static_cast<double>(x) / static_cast<double>(y);
  }
  Mpz x(a), y(b);
  bool negative = (mpz_sgn(x.z) < 0) != (mpz_sgn(y.z) < 0);
  mpz_abs(x.z, x.z);
  mpz_abs(y.z, y.z);
  if (mpz_sgn(x.z) == 0) return negative ? -0.0 : 0.0;
  // Both exactly representable: one correctly rounded division.
  if (mpz_sizeinbase(x.z, 2) <= 53 && mpz_sizeinbase(y.z, 2) <= 53) {
    double r = mpz_get_d(x.z) / mpz_get_d(y.z);
    return negative ? -r : r;
  }
  auto a_bits = static_cast<int64_t>(mpz_sizeinbase(x.z, 2));
  auto b_bits = static_cast<int64_t>(mpz_sizeinbase(y.z, 2));
  int64_t diff = a_bits - b_bits;
  if (diff > DBL_MAX_EXP) raise(&exc::OverflowError, "integer division result too large for a float");
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return negative ? -0.0 : 0.0;
  int64_t shift = std::max<int64_t>(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  if (shift >= 0) mpz_mul_2exp(y.z, y.z, shift);
  else mpz_mul_2exp(x.z, x.z, -shift);
  Mpz q, r;
  mpz_tdiv_qr(q.z, r.z, x.z, y.z);
  bool inexact = mpz_sgn(r.z) != 0;
  uint64_t qv = mpz_get_ui(q.z);
  int64_t q_bits = static_cast<int64_t>(mpz_sizeinbase(q.z, 2));
  int64_t extra_bits = std::max<int64_t>(q_bits, DBL_MIN_EXP - shift) - DBL_MANT_DIG;
  uint64_t mask = 1ull << (extra_bits - 1);
  uint64_t low = qv | (inexact ? 1 : 0);
  if ((low & mask) && (low & (3 * mask - 1))) low += mask;
  qv = low & ~(2 * mask - 1);
  double dx = static_cast<double>(qv);
  if (shift + q_bits >= DBL_MAX_EXP &&
      (shift + q_bits > DBL_MAX_EXP || dx == std::ldexp(1.0, static_cast<int>(q_bits))))
    raise(&exc::OverflowError, "integer division result too large for a float");
  double result = std::ldexp(dx, static_cast<int>(shift));
  return negative ? -result : result;
}

// The largest int result pyvm computes (2**34 bits, 2 GiB); CPython would
// usually exhaust memory before that anyway.
constexpr double kMaxIntBits = 17179869184.0;

static int64_t floor_div(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

static int64_t floor_mod(int64_t a, int64_t b) {
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

static Value int_pow(Value a, Value b) {
  if (int_sign(b) < 0) {
    double x = int_to_double(a), y = int_to_double(b);
    if (x == 0.0) raise(&exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return Value::from_double(std::pow(x, y));
  }
  auto e = int_as_int64(b);
  Mpz base(a), r;
  if (!e) {
    // Only 0, 1 and -1 can be raised to a huge power.
    if (mpz_cmp_si(base.z, 1) == 0 || mpz_sgn(base.z) == 0) return a;
    if (mpz_cmp_si(base.z, -1) == 0) return make_int(mpz_odd_p(Mpz(b).z) ? -1 : 1);
    raise(&exc::MemoryError, "");
  }
  if (is_small(a)) {
    // Fast path with overflow checks.
    int64_t x = small_of(a), result = 1;
    int64_t n = *e;
    bool overflow = false;
    while (n > 0 && !overflow) {
      if (n & 1) overflow |= __builtin_mul_overflow(result, x, &result);
      n >>= 1;
      if (n > 0) overflow |= __builtin_mul_overflow(x, x, &x);
    }
    if (!overflow) return make_int(result);
  }
  // GMP aborts the process when a result outgrows its limits; refuse first.
  if (static_cast<double>(mpz_sizeinbase(base.z, 2)) * static_cast<double>(*e) > kMaxIntBits)
    raise(&exc::MemoryError, "");
  mpz_pow_ui(r.z, base.z, static_cast<unsigned long>(*e));
  return make_int_mpz(r.z);
}

static Value shift_left(Value a, Value b) {
  if (int_sign(b) < 0) raise(&exc::ValueError, "negative shift count");
  if (int_sign(a) == 0) return make_int(0);
  auto n = int_as_int64(b);
  if (!n || *n > (1ll << 40)) raise(&exc::OverflowError, "too many digits in integer");
  if (static_cast<double>(*n) > kMaxIntBits) raise(&exc::MemoryError, "");
  if (is_small(a) && *n < 16) return make_int(small_of(a) * (int64_t{1} << *n));  // 48 + 15 bits fits
  Mpz x(a), r;
  mpz_mul_2exp(r.z, x.z, static_cast<mp_bitcnt_t>(*n));
  return make_int_mpz(r.z);
}

static Value shift_right(Value a, Value b) {
  if (int_sign(b) < 0) raise(&exc::ValueError, "negative shift count");
  auto n = int_as_int64(b);
  if (!n) return make_int(int_sign(a) < 0 ? -1 : 0);
  if (is_small(a)) return make_int(*n >= 63 ? (small_of(a) < 0 ? -1 : 0) : small_of(a) >> *n);
  Mpz x(a), r;
  mpz_fdiv_q_2exp(r.z, x.z, static_cast<mp_bitcnt_t>(*n));
  return make_int_mpz(r.z);
}

Value int_binary(BinaryOp op, Value a, Value b) {
  int code = static_cast<int>(op);
  if (code >= static_cast<int>(BinaryOp::InplaceAdd)) code -= static_cast<int>(BinaryOp::InplaceAdd);
  op = static_cast<BinaryOp>(code);
  if (is_small(a) && is_small(b)) {
    int64_t x = small_of(a), y = small_of(b);
    switch (op) {
      case BinaryOp::Add: return make_int(x + y);
      case BinaryOp::Subtract: return make_int(x - y);
      case BinaryOp::Multiply: {
        int64_t r;
        if (!__builtin_mul_overflow(x, y, &r)) return make_int(r);
        break;
      }
      case BinaryOp::FloorDivide:
        if (y == 0) raise(&exc::ZeroDivisionError, "integer division or modulo by zero");
        return make_int(floor_div(x, y));
      case BinaryOp::Remainder:
        if (y == 0) raise(&exc::ZeroDivisionError, "integer modulo by zero");
        return make_int(floor_mod(x, y));
      case BinaryOp::And: return make_int(x & y);
      case BinaryOp::Or: return make_int(x | y);
      case BinaryOp::Xor: return make_int(x ^ y);
      default: break;
    }
  }
  switch (op) {
    case BinaryOp::TrueDivide: return Value::from_double(int_true_divide(a, b));
    case BinaryOp::Power: return int_pow(a, b);
    case BinaryOp::Lshift: return shift_left(a, b);
    case BinaryOp::Rshift: return shift_right(a, b);
    default: break;
  }
  Mpz x(a), y(b), r;
  switch (op) {
    case BinaryOp::Add: mpz_add(r.z, x.z, y.z); break;
    case BinaryOp::Subtract: mpz_sub(r.z, x.z, y.z); break;
    case BinaryOp::Multiply: mpz_mul(r.z, x.z, y.z); break;
    case BinaryOp::FloorDivide:
      if (mpz_sgn(y.z) == 0) raise(&exc::ZeroDivisionError, "integer division or modulo by zero");
      mpz_fdiv_q(r.z, x.z, y.z);
      break;
    case BinaryOp::Remainder:
      if (mpz_sgn(y.z) == 0) raise(&exc::ZeroDivisionError, "integer modulo by zero");
      mpz_fdiv_r(r.z, x.z, y.z);
      break;
    case BinaryOp::And: mpz_and(r.z, x.z, y.z); break;
    case BinaryOp::Or: mpz_ior(r.z, x.z, y.z); break;
    case BinaryOp::Xor: mpz_xor(r.z, x.z, y.z); break;
    default: return not_implemented();
  }
  return make_int_mpz(r.z);
}

Value int_pow_mod(Value base, Value exp, Value mod) {
  if (int_sign(mod) == 0) raise(&exc::ValueError, "pow() 3rd argument cannot be 0");
  Mpz b(base), e(exp), m(mod), r;
  bool negative_output = mpz_sgn(m.z) < 0;
  mpz_abs(m.z, m.z);
  if (mpz_sgn(e.z) < 0) {
    // A negative exponent raises the modular inverse to the opposite power.
    if (mpz_invert(b.z, b.z, m.z) == 0 && mpz_cmp_ui(m.z, 1) != 0)
      raise(&exc::ValueError, "base is not invertible for the given modulus");
    mpz_neg(e.z, e.z);
  }
  if (mpz_cmp_ui(m.z, 1) == 0) return make_int(0);
  mpz_powm(r.z, b.z, e.z, m.z);
  if (negative_output && mpz_sgn(r.z) != 0) mpz_sub(r.z, r.z, m.z);
  return make_int_mpz(r.z);
}

Value int_negate(Value a) {
  if (is_small(a)) return make_int(-small_of(a));
  Mpz x(a);
  mpz_neg(x.z, x.z);
  return make_int_mpz(x.z);
}

Value int_invert(Value a) {
  if (is_small(a)) return make_int(~small_of(a));
  Mpz x(a);
  mpz_com(x.z, x.z);
  return make_int_mpz(x.z);
}

int int_compare(Value a, Value b) {
  if (is_small(a) && is_small(b)) {
    int64_t x = small_of(a), y = small_of(b);
    return (x > y) - (x < y);
  }
  Mpz x(a), y(b);
  int c = mpz_cmp(x.z, y.z);
  return (c > 0) - (c < 0);
}

// CPython's numeric hash: the value modulo the Mersenne prime 2**61 - 1.
int64_t int_hash(Value v) {
  constexpr int64_t kModulus = (int64_t{1} << 61) - 1;
  int64_t h;
  if (is_small(v)) {
    int64_t i = small_of(v);
    h = i >= 0 ? i % kModulus : -((-i) % kModulus);
  } else {
    Mpz x(v), r;
    mpz_abs(r.z, x.z);
    mpz_fdiv_r_ui(r.z, r.z, static_cast<unsigned long>(kModulus));
    h = static_cast<int64_t>(mpz_get_ui(r.z));
    if (mpz_sgn(x.z) < 0) h = -h;
  }
  return h == -1 ? -2 : h;
}

}  // namespace rt
