// float: repr, arithmetic with CPython's semantics, parsing, hashing.
#pragma once

#include "text/repr.h"  // text::repr_float, text::shortest_digits

#include <optional>
#include <string>
#include <string_view>

#include "bytecode/opcodes.h"
#include "runtime/value.h"

namespace rt {

// float(s) for a str's text (Unicode digits and spaces allowed); nullopt if invalid.
std::optional<double> float_from_string(std::string_view s);
// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode decimal digits
// become '0'..'9', Unicode white space ' ', any other non-ASCII character '?'.
std::string numeric_to_ascii(std::string_view utf8);
// CPython's _Py_string_to_number_with_underscores: an underscore is allowed
// only between two digits; false if one is misplaced.
bool remove_number_underscores(std::string_view s, std::string& out);
// PyOS_string_to_double without the whole-string check: the longest prefix of
// [s, end) that is a float ("1.5e3", "-inf", "nan", ".5"), stored in `out`;
// returns the end of it (s itself when there is none). Overflow gives inf.
const char* parse_float_prefix(const char* s, const char* end, double& out);
Value float_binary(bytecode::BinaryOp op, double a, double b);
Value float_divmod(double a, double b);  // (a // b, a % b); "float divmod()" on zero
int64_t float_hash(double d);
// round(x, ndigits), correctly rounded (OverflowError when the result overflows).
double float_round(double x, int64_t ndigits);
std::string float_hex(double x);     // float.hex()
double float_fromhex(std::string_view s);  // float.fromhex(), with its errors

}  // namespace rt
