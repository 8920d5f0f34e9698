// int's Python-level attributes and methods (real, imag, numerator,
// denominator, conjugate, bit_length, bit_count, as_integer_ratio).
// The arithmetic itself is in int.cpp; the operator wrappers in dunder_ops.cpp.
#include <gmp.h>

#include "runtime/methods_util.h"
#include "runtime/objects/int.h"
#include "runtime/ops.h"
#include "runtime/objects/descr.h"

namespace rt {

namespace {

// The plain int value of an int, bool or int subclass instance.
Value int_value(Value v) {
  if (v.is_small_int()) return v;
  if (v.is_bool()) return make_int(v.is_true() ? 1 : 0);
  mpz_t z;
  mpz_init(z);
  int_to_mpz(v, z);
  Value r = make_int_mpz(z);
  mpz_clear(z);
  return r;
}

Value get_zero(Value) { return make_int(0); }
Value get_one(Value) { return make_int(1); }

Value i_conjugate(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("conjugate($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  return int_value(self);
}

Value i_bit_length(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("bit_length($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  if (int_sign(self) == 0) return make_int(0);
  mpz_t z;
  mpz_init(z);
  int_to_mpz(self, z);
  mpz_abs(z, z);
  size_t bits = mpz_sizeinbase(z, 2);
  mpz_clear(z);
  return make_int(static_cast<int64_t>(bits));
}

Value i_bit_count(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("bit_count($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  mpz_t z;
  mpz_init(z);
  int_to_mpz(self, z);
  mpz_abs(z, z);
  auto count = static_cast<int64_t>(mpz_popcount(z));
  mpz_clear(z);
  return make_int(count);
}

Value i_as_integer_ratio(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("as_integer_ratio($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  return tuple_value({int_value(self), make_int(1)});
}

Value i_trunc(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__trunc__($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  return int_value(self);
}
Value i_floor(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__floor__($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  return int_value(self);
}
Value i_ceil(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__ceil__($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  return int_value(self);
}

Value i_getnewargs(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__getnewargs__($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  return tuple_value({int_value(self)});
}

// round(x, ndigits) for ints: a negative ndigits rounds half to even at 10**-ndigits.
Value i_round(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__round__($self, ndigits=<unrepresentable>, /)");
  auto [nd] = sig.bind<1>(self, args, nargs, kw);
  Value x = int_value(self);
  if (nd.is_null() || nd.is_none()) return x;
  Value n = as_index(nd);
  if (int_sign(n) >= 0) return x;
  auto k = int_as_int64(int_negate(n));
  // 10**k beyond any int's size: everything rounds to 0.
  if (!k || *k > (int64_t{1} << 32)) return make_int(0);
  mpz_t v, p, q, r, twice;
  mpz_inits(v, p, q, r, twice, nullptr);
  int_to_mpz(x, v);
  mpz_ui_pow_ui(p, 10, static_cast<unsigned long>(*k));
  mpz_fdiv_qr(q, r, v, p);
  mpz_mul_2exp(twice, r, 1);
  int c = mpz_cmp(twice, p);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
  mpz_mul(q, q, p);
  Value result = make_int_mpz(q);
  mpz_clears(v, p, q, r, twice, nullptr);
  return result;
}

Value i_divmod(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__divmod__($self, value, /)");
  auto [other] = sig.bind<1>(self, args, nargs, kw);
  if (!is_int(other)) return not_implemented();
  Value a = int_value(self), b = int_value(other);
  return tuple_value({int_binary(bytecode::BinaryOp::FloorDivide, a, b), int_binary(bytecode::BinaryOp::Remainder, a, b)});
}
Value i_rdivmod(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__rdivmod__($self, value, /)");
  auto [other] = sig.bind<1>(self, args, nargs, kw);
  if (!is_int(other)) return not_implemented();
  Value a = int_value(other), b = int_value(self);
  return tuple_value({int_binary(bytecode::BinaryOp::FloorDivide, a, b), int_binary(bytecode::BinaryOp::Remainder, a, b)});
}

const MethodEntry kIntMethods[] = {
    {"__trunc__", i_trunc},
    {"__floor__", i_floor},
    {"__ceil__", i_ceil},
    {"__round__", i_round},
    {"__getnewargs__", i_getnewargs},
    {"__divmod__", i_divmod},
    {"__rdivmod__", i_rdivmod},
    {"conjugate", i_conjugate},
    {"bit_length", i_bit_length},
    {"bit_count", i_bit_count},
    {"as_integer_ratio", i_as_integer_ratio},
};

}  // namespace

void install_int_methods() {
  add_getset(&types::int_, "real", int_value);
  add_getset(&types::int_, "imag", get_zero);
  add_getset(&types::int_, "numerator", int_value);
  add_getset(&types::int_, "denominator", get_one);
  install_methods(&types::int_, std::begin(kIntMethods), std::end(kIntMethods));
}

}  // namespace rt
