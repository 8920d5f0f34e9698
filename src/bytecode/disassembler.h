// `pyc dis`: a code-object tree as text, laid out like CPython 3.11's `dis`.
#pragma once

#include <string>

#include "bytecode/code.h"

namespace bytecode {

// The module's instructions, then "\nDisassembly of <code object f, file "x.py",
// line 1>:\n" and each nested code object's, depth-first in constant order (as
// `python3 -m dis`). Columns: line number where a new line starts, ">>" on jump
// targets, instruction index, opcode name, argument, and its meaning in
// parentheses (constant repr, name, local, "to N", operator symbol, flags).
// An "ExceptionTable:" section follows a code object that has one. Code object
// reprs omit CPython's memory address so the output is stable.
std::string disassemble(const Code& code);

// "<code object NAME, file "FILE", line N>"
std::string code_object_repr(const Code& code);

}  // namespace bytecode
