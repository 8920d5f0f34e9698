// int: small ints live in the Value itself; anything outside 48 bits is a
// BigInt (GMP). Results are always normalised, so a BigInt never holds a
// value that fits in a small int and equality can compare representations.
#pragma once

#include <gmp.h>

#include <optional>
#include <string>
#include <string_view>

#include "bytecode/opcodes.h"
#include "runtime/object.h"

namespace rt {

struct BigInt : Object {
  mpz_t z;
  BigInt();
  ~BigInt() override;
};

bool is_int(Value v);  // int or bool
Value make_big_int(int64_t i);  // for values outside the small range
inline Value make_int(int64_t i) { return Value::fits_small(i) ? Value::small_int(i) : make_big_int(i); }
Value make_int_mpz(const mpz_t z);  // normalises
// Loads v (int or bool) into out.
void int_to_mpz(Value v, mpz_t out);
// Some(i) if v is an int that fits in int64.
std::optional<int64_t> int_as_int64(Value v);
int int_sign(Value v);
// sys.get_int_max_str_digits() (CPython 3.11's default 4300; 0 = no limit):
// decimal conversions of longer ints raise ValueError (the tools' own
// constant loading is exempt). sys.set_int_max_str_digits changes it.
constexpr size_t kDefaultMaxStrDigits = 4300;
constexpr size_t kMaxStrDigitsThreshold = 640;  // sys.int_info.str_digits_check_threshold
extern size_t int_max_str_digits;
std::string int_to_string(Value v, int base = 10);
// Parses a Python int literal-like string (int(s, base)); nullopt if invalid.
std::optional<Value> int_from_string(std::string_view s, int base, bool limit_digits = true);
Value int_from_double(double d);  // truncates; raises for inf/nan
// Correctly rounded conversion (OverflowError "int too large to convert to float").
double int_to_double(Value v);

// Arithmetic on two ints (bools allowed). Raises as CPython does.
Value int_binary(bytecode::BinaryOp op, Value a, Value b);
// pow(base, exp, mod) for ints: negative exponents invert base modulo mod.
Value int_pow_mod(Value base, Value exp, Value mod);
Value int_negate(Value a);
Value int_invert(Value a);
int int_compare(Value a, Value b);  // -1, 0, 1
int64_t int_hash(Value v);
// CPython's long_true_divide: correctly rounded a / b.
double int_true_divide(Value a, Value b);

}  // namespace rt
