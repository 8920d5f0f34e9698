// float: repr, arithmetic with CPython's semantics, parsing, hashing.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "bytecode/opcodes.h"
#include "runtime/value.h"

namespace rt {

// Shortest round-trip digits as CPython's repr: "0.1", "1e+16", "1e-05", "inf".
std::string float_repr(double d);
// Shortest digits and decimal exponent: d = 0.DIGITS * 10**exp10 ... see float.cpp.
void float_shortest(double d, std::string& digits, int& exponent);
std::optional<double> float_from_string(std::string_view s);
Value float_binary(bytecode::BinaryOp op, double a, double b);
int64_t float_hash(double d);

}  // namespace rt
