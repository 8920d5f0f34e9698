// Python's repr() of a code object's constants, for the disassembler (the
// text, bytes and number reprs themselves live in text/repr.h).
#pragma once

#include <string>
#include <string_view>

#include "bytecode/code.h"

namespace bytecode {

// Any constant; a code object is shown as code_object_repr().
std::string repr_constant(const Constant& constant);

}  // namespace bytecode
