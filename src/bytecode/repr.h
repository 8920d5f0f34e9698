// Python's repr() of the constant kinds a code object holds, to the letter of
// CPython 3.11 (quote choice, escapes, shortest round-trip floats), for the
// disassembler; the runtime may use them too (they need no runtime values).
#pragma once

#include <string>
#include <string_view>

#include "bytecode/code.h"

namespace bytecode {

std::string repr_str(std::string_view utf8);  // 'it''s' -> "it's"; lone surrogates -> '\ud800'
std::string repr_bytes(std::string_view bytes);  // b'\x00abc'
std::string repr_float(double value);            // 1.0, 1e+16, 1.5e-05, inf, nan, -0.0
std::string repr_complex(double real, double imag);  // 2j, (1+2j), (-0-1j)
// Any constant; a code object is shown as code_object_repr().
std::string repr_constant(const Constant& constant);

}  // namespace bytecode
