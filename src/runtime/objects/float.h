// float: repr, arithmetic with CPython's semantics, parsing, hashing.
#pragma once

#include "text/repr.h"  // text::repr_float, text::shortest_digits

#include <optional>
#include <string>
#include <string_view>

#include "bytecode/opcodes.h"
#include "runtime/value.h"

namespace rt {

std::optional<double> float_from_string(std::string_view s);
Value float_binary(bytecode::BinaryOp op, double a, double b);
int64_t float_hash(double d);

}  // namespace rt
