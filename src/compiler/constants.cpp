#include "compiler/constants.h"

#include <gmp.h>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <memory>

namespace compiler {

using bytecode::Constant;

namespace {

// CPython's limit on folded strings (Python/ast_opt.c MAX_STR_SIZE).
constexpr size_t kMaxFoldedStr = 4096;
// Ints up to this magnitude convert to double exactly.
constexpr int64_t kExactDouble = int64_t{1} << 53;

template <class T>
const T* get(const Constant& c) {
  return std::get_if<T>(&c.value);
}

// int64 value of an int or bool constant.
std::optional<int64_t> as_int(const Constant& c) {
  if (auto* i = get<int64_t>(c)) return *i;
  if (auto* b = get<bool>(c)) return *b ? 1 : 0;
  return std::nullopt;
}

// double value of a float, or of an int that converts exactly.
std::optional<double> as_float(const Constant& c) {
  if (auto* d = get<double>(c)) return *d;
  if (auto i = as_int(c); i && *i <= kExactDouble && *i >= -kExactDouble) return static_cast<double>(*i);
  return std::nullopt;
}

bool is_float(const Constant& c) { return get<double>(c) != nullptr; }

std::optional<int64_t> int_pow(int64_t base, int64_t exp) {
  int64_t result = 1;
  while (exp > 0) {
    if (exp & 1) {
      if (__builtin_mul_overflow(result, base, &result)) return std::nullopt;
    }
    exp >>= 1;
    if (exp > 0 && __builtin_mul_overflow(base, base, &base)) return std::nullopt;
  }
  return result;
}

std::optional<Constant> fold_int_binop(ast::OperatorKind op, int64_t a, int64_t b) {
  using O = ast::OperatorKind;
  int64_t r = 0;
  switch (op) {
    case O::Add:
      if (__builtin_add_overflow(a, b, &r)) return std::nullopt;
      return Constant{r};
    case O::Sub:
      if (__builtin_sub_overflow(a, b, &r)) return std::nullopt;
      return Constant{r};
    case O::Mult:
      if (__builtin_mul_overflow(a, b, &r)) return std::nullopt;
      return Constant{r};
    case O::FloorDiv:
    case O::Mod: {
      if (b == 0 || (a == std::numeric_limits<int64_t>::min() && b == -1)) return std::nullopt;
      int64_t q = a / b, m = a % b;
      if (m != 0 && ((m < 0) != (b < 0))) {  // Python rounds toward negative infinity
        q -= 1;
        m += b;
      }
      return Constant{op == O::FloorDiv ? q : m};
    }
    case O::Div:
      if (b == 0 || a > kExactDouble || a < -kExactDouble || b > kExactDouble || b < -kExactDouble)
        return std::nullopt;
      return Constant{static_cast<double>(a) / static_cast<double>(b)};
    case O::Pow: {
      if (b < 0) return std::nullopt;
      auto p = int_pow(a, b);
      if (!p) return std::nullopt;
      return Constant{*p};
    }
    case O::LShift:
      if (b < 0 || b >= 63) return a == 0 && b >= 0 ? std::optional<Constant>(Constant{int64_t{0}}) : std::nullopt;
      r = static_cast<int64_t>(static_cast<uint64_t>(a) << b);
      if ((r >> b) != a) return std::nullopt;
      return Constant{r};
    case O::RShift:
      if (b < 0) return std::nullopt;
      return Constant{b >= 63 ? (a < 0 ? int64_t{-1} : int64_t{0}) : (a >> b)};
    case O::BitAnd: return Constant{a & b};
    case O::BitOr: return Constant{a | b};
    case O::BitXor: return Constant{a ^ b};
    case O::MatMult: return std::nullopt;
  }
  return std::nullopt;
}

// Ints of any size, through GMP, within CPython's limits (Python/ast_opt.c:
// results that could grow past 128 bits are left to run time).
constexpr size_t kMaxIntBits = 128;

struct Mpz {
  mpz_t v;
  Mpz() { mpz_init(v); }
  ~Mpz() { mpz_clear(v); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  size_t bits() const { return mpz_sgn(v) == 0 ? 0 : mpz_sizeinbase(v, 2); }
  bool fits_ulong() const { return mpz_fits_ulong_p(v) != 0; }
};

bool to_mpz(const Constant& c, Mpz& out) {
  if (auto i = as_int(c)) {
    std::string text = std::to_string(*i);
    return mpz_set_str(out.v, text.c_str(), 10) == 0;
  }
  if (auto* big = get<bytecode::BigInt>(c)) return mpz_set_str(out.v, big->decimal.c_str(), 10) == 0;
  return false;
}

Constant from_mpz(const Mpz& m) {
  std::unique_ptr<char, void (*)(void*)> text(mpz_get_str(nullptr, 10, m.v), &std::free);
  return int_constant(text.get());
}

std::optional<Constant> fold_big_int_binop(ast::OperatorKind op, const Constant& l, const Constant& r) {
  using O = ast::OperatorKind;
  Mpz a, b, out;
  if (!to_mpz(l, a) || !to_mpz(r, b)) return std::nullopt;
  switch (op) {
    case O::Add: mpz_add(out.v, a.v, b.v); break;
    case O::Sub: mpz_sub(out.v, a.v, b.v); break;
    case O::Mult:
      if (a.bits() + b.bits() > kMaxIntBits) return std::nullopt;
      mpz_mul(out.v, a.v, b.v);
      break;
    case O::FloorDiv:
    case O::Mod:
      if (mpz_sgn(b.v) == 0) return std::nullopt;
      if (op == O::FloorDiv) mpz_fdiv_q(out.v, a.v, b.v); else mpz_fdiv_r(out.v, a.v, b.v);
      break;
    case O::Pow: {
      if (mpz_sgn(b.v) < 0 || !b.fits_ulong()) return std::nullopt;
      unsigned long e = mpz_get_ui(b.v);
      if (e > 0 && a.bits() > kMaxIntBits / e) return std::nullopt;
      mpz_pow_ui(out.v, a.v, e);
      break;
    }
    case O::LShift: {
      if (mpz_sgn(b.v) < 0 || !b.fits_ulong()) return std::nullopt;
      unsigned long n = mpz_get_ui(b.v);
      if (n > kMaxIntBits || a.bits() > kMaxIntBits - n) return std::nullopt;
      mpz_mul_2exp(out.v, a.v, n);
      break;
    }
    case O::RShift: {
      if (mpz_sgn(b.v) < 0) return std::nullopt;
      unsigned long n = b.fits_ulong() ? mpz_get_ui(b.v) : ~0ul;
      mpz_fdiv_q_2exp(out.v, a.v, n > (1ul << 30) ? (1ul << 30) : n);  // floor, as Python
      break;
    }
    case O::BitAnd: mpz_and(out.v, a.v, b.v); break;
    case O::BitOr: mpz_ior(out.v, a.v, b.v); break;
    case O::BitXor: mpz_xor(out.v, a.v, b.v); break;
    default: return std::nullopt;  // true division and @ stay at run time
  }
  return from_mpz(out);
}

// float % and // exactly as CPython's float_rem / float_divmod compute them.
double float_mod(double vx, double wx) {
  double mod = std::fmod(vx, wx);
  if (mod != 0.0) {
    if ((wx < 0) != (mod < 0)) mod += wx;
  } else {
    mod = std::copysign(0.0, wx);
  }
  return mod;
}

double float_floordiv(double vx, double wx) {
  double mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod != 0.0 && (wx < 0) != (mod < 0)) div -= 1.0;
  if (div != 0.0) {
    double floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
    return floordiv;
  }
  return std::copysign(0.0, vx / wx);
}

std::optional<Constant> fold_float_binop(ast::OperatorKind op, double a, double b) {
  using O = ast::OperatorKind;
  switch (op) {
    case O::Add: return Constant{a + b};
    case O::Sub: return Constant{a - b};
    case O::Mult: return Constant{a * b};
    case O::Div:
      if (b == 0.0) return std::nullopt;
      return Constant{a / b};
    case O::Mod:
      if (b == 0.0 || !std::isfinite(a) || !std::isfinite(b)) return std::nullopt;
      return Constant{float_mod(a, b)};
    case O::FloorDiv:
      if (b == 0.0 || !std::isfinite(a) || !std::isfinite(b)) return std::nullopt;
      return Constant{float_floordiv(a, b)};
    case O::Pow: {
      // Only the plain cases: no ZeroDivisionError (0 ** -1), no complex result
      // (negative ** fraction), no OverflowError (a finite pair giving inf).
      if (!std::isfinite(a) || !std::isfinite(b)) return std::nullopt;
      if (a == 0.0 && b < 0.0) return std::nullopt;
      if (a < 0.0 && b != std::floor(b)) return std::nullopt;
      double r = std::pow(a, b);
      if (!std::isfinite(r)) return std::nullopt;
      return Constant{r};
    }
    default:
      return std::nullopt;
  }
}

// CPython's limit on folded tuples (Python/ast_opt.c MAX_COLLECTION_SIZE).
constexpr size_t kMaxFoldedTuple = 256;

// "-" * 20 (CPython leaves negative counts to run time).
std::optional<std::string> repeat_text(const std::string& s, int64_t n) {
  if (n < 0) return std::nullopt;
  if (n == 0 || s.empty()) return std::string();
  if (static_cast<uint64_t>(n) > kMaxFoldedStr / s.size()) return std::nullopt;
  std::string out;
  out.reserve(s.size() * n);
  for (int64_t i = 0; i < n; ++i) out += s;
  return out;
}

std::optional<Constant> fold_sequence_binop(ast::OperatorKind op, const Constant& l, const Constant& r) {
  using O = ast::OperatorKind;
  auto li = as_int(l), ri = as_int(r);
  if (auto* ls = get<std::string>(l)) {
    if (auto* rs = get<std::string>(r); rs && op == O::Add && ls->size() + rs->size() <= kMaxFoldedStr)
      return Constant{*ls + *rs};
    if (ri && op == O::Mult) {
      if (auto t = repeat_text(*ls, *ri)) return Constant{std::move(*t)};
    }
    return std::nullopt;
  }
  if (auto* rs = get<std::string>(r); rs && li && op == O::Mult) {
    if (auto t = repeat_text(*rs, *li)) return Constant{std::move(*t)};
    return std::nullopt;
  }
  if (auto* lb = get<bytecode::Bytes>(l)) {
    if (auto* rb = get<bytecode::Bytes>(r); rb && op == O::Add && lb->data.size() + rb->data.size() <= kMaxFoldedStr)
      return Constant{bytecode::Bytes{lb->data + rb->data}};
    if (ri && op == O::Mult) {
      if (auto t = repeat_text(lb->data, *ri)) return Constant{bytecode::Bytes{std::move(*t)}};
    }
    return std::nullopt;
  }
  if (auto* lt = get<bytecode::ConstTuple>(l)) {
    if (auto* rt = get<bytecode::ConstTuple>(r); rt && op == O::Add && lt->size() + rt->size() <= kMaxFoldedTuple) {
      bytecode::ConstTuple out = *lt;
      out.insert(out.end(), rt->begin(), rt->end());
      return Constant{std::move(out)};
    }
    if (ri && op == O::Mult && *ri >= 0 &&
        (lt->empty() || static_cast<uint64_t>(*ri) <= kMaxFoldedTuple / lt->size())) {
      bytecode::ConstTuple out;
      for (int64_t i = 0; i < *ri; ++i) out.insert(out.end(), lt->begin(), lt->end());
      return Constant{std::move(out)};
    }
  }
  return std::nullopt;
}

// complex(x) of an int, float or complex constant.
std::optional<bytecode::Complex> as_complex(const Constant& c) {
  if (auto* z = get<bytecode::Complex>(c)) return *z;
  if (auto f = as_float(c)) return bytecode::Complex{*f, 0.0};
  return std::nullopt;
}

// `1 + 2j` and friends, with CPython's formulas (Objects/complexobject.c).
std::optional<Constant> fold_complex_binop(ast::OperatorKind op, bytecode::Complex a, bytecode::Complex b) {
  using O = ast::OperatorKind;
  switch (op) {
    case O::Add: return Constant{bytecode::Complex{a.real + b.real, a.imag + b.imag}};
    case O::Sub: return Constant{bytecode::Complex{a.real - b.real, a.imag - b.imag}};
    case O::Mult:
      return Constant{bytecode::Complex{a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real}};
    default:
      return std::nullopt;
  }
}

std::optional<Constant> fold_binop(ast::OperatorKind op, const Constant& l, const Constant& r) {
  using O = ast::OperatorKind;
  if (get<bytecode::Complex>(l) || get<bytecode::Complex>(r)) {
    auto a = as_complex(l), b = as_complex(r);
    if (a && b) return fold_complex_binop(op, *a, *b);
    return std::nullopt;
  }
  auto li = as_int(l), ri = as_int(r);
  if (auto *lb = get<bool>(l), *rb = get<bool>(r); lb && rb) {  // bool & bool stays a bool
    if (op == O::BitAnd) return Constant{*lb && *rb};
    if (op == O::BitOr) return Constant{*lb || *rb};
    if (op == O::BitXor) return Constant{*lb != *rb};
  }
  if (li && ri) {
    if (auto folded = fold_int_binop(op, *li, *ri)) return folded;
    // int ** negative int is a float power.
    if (op == O::Pow && *ri < 0) {
      auto lf = as_float(l), rf = as_float(r);
      if (lf && rf) return fold_float_binop(op, *lf, *rf);
      return std::nullopt;
    }
  }
  const bool lint = li || get<bytecode::BigInt>(l), rint = ri || get<bytecode::BigInt>(r);
  if (lint && rint) return fold_big_int_binop(op, l, r);
  if (is_float(l) || is_float(r)) {
    auto lf = as_float(l), rf = as_float(r);
    if (lf && rf) return fold_float_binop(op, *lf, *rf);
    return std::nullopt;
  }
  return fold_sequence_binop(op, l, r);
}

std::optional<Constant> fold_unary(ast::UnaryOpKind op, const Constant& v) {
  using U = ast::UnaryOpKind;
  if (op == U::Not) return Constant{!constant_truth(v)};
  if (auto i = as_int(v)) {
    switch (op) {
      case U::USub:
        if (*i == std::numeric_limits<int64_t>::min()) return int_constant("9223372036854775808");
        return Constant{-*i};
      case U::UAdd: return Constant{*i};
      case U::Invert: return Constant{~*i};
      default: break;
    }
  }
  if (auto* big = get<bytecode::BigInt>(v)) {
    if (op == U::UAdd) return v;
    if (op == U::Invert) {  // ~x == -x - 1
      Mpz m;
      if (!to_mpz(v, m)) return std::nullopt;
      mpz_com(m.v, m.v);
      return from_mpz(m);
    }
    if (op == U::USub) {
      const std::string& d = big->decimal;
      return int_constant(!d.empty() && d[0] == '-' ? d.substr(1) : "-" + d);
    }
    return std::nullopt;
  }
  if (auto* d = get<double>(v)) {
    if (op == U::USub) return Constant{-*d};
    if (op == U::UAdd) return Constant{*d};
  }
  if (auto* z = get<bytecode::Complex>(v)) {
    if (op == U::USub) return Constant{bytecode::Complex{-z->real, -z->imag}};
    if (op == U::UAdd) return v;
  }
  return std::nullopt;
}

}  // namespace

Constant int_constant(const std::string& decimal) {
  int64_t value = 0;
  auto [ptr, ec] = std::from_chars(decimal.data(), decimal.data() + decimal.size(), value);
  if (ec == std::errc() && ptr == decimal.data() + decimal.size()) return Constant{value};
  return Constant{bytecode::BigInt{decimal}};
}

Constant to_constant(const ast::ConstantValue& v) {
  using K = ast::ConstantValue::Kind;
  switch (v.kind) {
    case K::None: return Constant{};
    case K::True: return Constant{true};
    case K::False: return Constant{false};
    case K::Ellipsis: return Constant{bytecode::Ellipsis{}};
    case K::Int: return int_constant(std::string(v.text));
    case K::Float: return Constant{v.number};
    case K::Complex: return Constant{bytecode::Complex{0.0, v.number}};
    case K::Str: return Constant{std::string(v.text)};
    case K::Bytes: return Constant{bytecode::Bytes{std::string(v.text)}};
  }
  return Constant{};
}

std::optional<Constant> fold_constant(const ast::expr& e) {
  switch (e.kind) {
    case ast::Kind::Constant:
      return to_constant(static_cast<const ast::Constant&>(e).value);
    case ast::Kind::UnaryOp: {
      const auto& u = static_cast<const ast::UnaryOp&>(e);
      auto v = fold_constant(*u.operand);
      if (!v) return std::nullopt;
      return fold_unary(u.op, *v);
    }
    case ast::Kind::BinOp: {
      const auto& b = static_cast<const ast::BinOp&>(e);
      auto l = fold_constant(*b.left);
      if (!l) return std::nullopt;
      auto r = fold_constant(*b.right);
      if (!r) return std::nullopt;
      return fold_binop(b.op, *l, *r);
    }
    case ast::Kind::Tuple: {
      const auto& t = static_cast<const ast::List&>(e);
      if (t.ctx != ast::ExprContext::Load) return std::nullopt;
      bytecode::ConstTuple items;
      for (const ast::expr* elt : t.elts) {
        auto v = fold_constant(*elt);
        if (!v) return std::nullopt;
        items.push_back(std::move(*v));
      }
      return Constant{std::move(items)};
    }
    default:
      return std::nullopt;
  }
}

bool constant_truth(const Constant& c) {
  struct Truth {
    bool operator()(std::monostate) const { return false; }
    bool operator()(bool b) const { return b; }
    bool operator()(int64_t i) const { return i != 0; }
    bool operator()(const bytecode::BigInt&) const { return true; }  // never zero
    bool operator()(double d) const { return d != 0.0; }
    bool operator()(const bytecode::Complex& z) const { return z.real != 0.0 || z.imag != 0.0; }
    bool operator()(const std::string& s) const { return !s.empty(); }
    bool operator()(const bytecode::Bytes& b) const { return !b.data.empty(); }
    bool operator()(bytecode::Ellipsis) const { return true; }
    bool operator()(const bytecode::ConstTuple& t) const { return !t.empty(); }
    bool operator()(const std::shared_ptr<const bytecode::Code>&) const { return true; }
  };
  return std::visit(Truth{}, c.value);
}

}  // namespace compiler
