// A compile-time error as CPython reports it (SyntaxError and its subclasses
// IndentationError and TabError). Raised by the front end (tokens, grammar, AST
// checks) and by the compiler (symbol-table errors such as `'return' outside
// function`), so it lives in the lowest shared library.
#pragma once

#include <stdexcept>
#include <string>

namespace ast {

struct SyntaxError : std::runtime_error {
  std::string type = "SyntaxError";  // or "IndentationError", "TabError"
  std::string msg;
  std::string filename;
  int lineno = 0;       // 1-based; 0 when unknown
  int offset = 0;       // 1-based column of the caret start, in characters as CPython counts
  int end_lineno = 0;
  int end_offset = 0;   // exclusive; 0 when unknown
  std::string text;     // the offending source line, without its newline

  SyntaxError(std::string type_, std::string msg_) : std::runtime_error(msg_), type(std::move(type_)), msg(std::move(msg_)) {}

  // Exactly what CPython prints to stderr for this error when running a script:
  //   File "x.py", line 2
  //     if True
  //            ^
  // SyntaxError: expected ':'
  std::string format() const;
};

}  // namespace ast
