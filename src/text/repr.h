// Python's repr() of text, bytes and numbers, to the letter of CPython 3.11
// (quote choice, escapes, shortest round-trip floats). One implementation for
// `pyc ast` (ast.dump), `pyc dis` (constants) and the runtime's repr().
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace text {

// str.isprintable() for one code point: everything but the Other and Separator
// categories, with ASCII space printable (CPython's Py_UNICODE_ISPRINTABLE).
bool is_printable(uint32_t cp);

std::string repr_str(std::string_view utf8);     // 'it''s' -> "it's"; lone surrogates -> '\ud800'
std::string repr_bytes(std::string_view bytes);  // b'\x00abc'
std::string repr_float(double value);            // 1.0, 1e+16, 1e-05, inf, nan, -0.0
std::string repr_complex(double real, double imag);  // 2j, (1+2j), (-0-1j)

// CPython's float_repr_style 'r'. `add_dot_0`: float's ".0" on integral values
// (complex parts lack it); `always_sign`: a leading '+' on non-negative values.
std::string format_float_r(double x, bool add_dot_0, bool always_sign);

// The shortest round-trip significant digits of |d| (no leading zeros) and the
// decimal exponent of the first digit: |d| = D.DDD * 10**exponent. d is finite.
void shortest_digits(double d, std::string& digits, int& exponent);

}  // namespace text
