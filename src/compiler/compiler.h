// The compiler: AST -> code objects (CPython 3.11's code generation, adapted to
// this project's instruction set; see DESIGN.md and src/bytecode/opcodes.def).
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "ast/arena.h"
#include "ast/nodes.h"
#include "bytecode/code.h"

namespace compiler {

// Nesting deeper than the compiler's limit (CPython raises RecursionError
// "maximum recursion depth exceeded during compilation" at about the same depth).
struct RecursionLimitError : std::runtime_error {
  RecursionLimitError() : std::runtime_error("maximum recursion depth exceeded during compilation") {}
};

// A SyntaxWarning CPython's compiler issues (`x is 1`, `assert (a, b)`,
// `[1, 2] [3]`...): the program still compiles; the tools print it as CPython
// does ("file:line: SyntaxWarning: message" and the stripped source line).
struct CompileWarning {
  int line = 0;
  std::string message;
};

// Compiles a parsed module to its code object. `filename` goes into every code
// object (tracebacks print it). `source` is the module's text, used to fill the
// source line and character offsets of compile-time SyntaxErrors; it may be empty.
// Throws ast::SyntaxError (what CPython's symtable and compiler report, e.g.
// `'return' outside function`) or RecursionLimitError; every construct of the
// Python 3.11 grammar compiles (std::logic_error means a malformed tree).
// `interactive`: compile(..., 'single'), where each top-level expression
// statement prints its value through sys.displayhook. `dynamic`: code for
// compile()/exec(), which may run with locals apart from its globals.
std::shared_ptr<bytecode::Code> compile_module(const ast::Module& module, const std::string& filename,
                                               std::string_view source = {},
                                               std::vector<CompileWarning>* warnings = nullptr,
                                               bool interactive = false, bool dynamic = false);
// compile(..., 'eval'): code that returns the value of `parsed.body` (dynamic).
std::shared_ptr<bytecode::Code> compile_expression(ast::ParsedExpression& parsed, const std::string& filename,
                                                   std::string_view source = {},
                                                   std::vector<CompileWarning>* warnings = nullptr);

// The text CPython prints for a warning (ends in a newline).
std::string format_warning(const CompileWarning& w, const std::string& filename, std::string_view source);

}  // namespace compiler
