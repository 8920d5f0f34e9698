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

const MethodEntry kIntMethods[] = {
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
