// Syntax errors: class, message and location as CPython 3.11 reports them for
// compile(src, ...). Expected values were produced once by python3 and pasted here.
#include <catch2/catch.hpp>

#include "front/parse.h"

namespace {

struct Expected {
  const char* src;
  const char* type;
  const char* msg;
  int lineno, offset, end_lineno, end_offset;
};

const Expected kCases[] = {
    {"y = if x > 0:\n    pass\n", "SyntaxError", "invalid syntax", 1, 5, 1, 7},
    {"if x > 0\n    pass\n", "SyntaxError", "expected ':'", 1, 9, 1, 9},
    {"print('a'\nx = 1\n", "SyntaxError", "'(' was never closed", 1, 6, 1, 0},
    {"if x:\n        a = 1\n    b = 2\n", "IndentationError", "unindent does not match any outer indentation level", 3, 10, 3, -1},
    {"if x:\npass\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5},
    {"def f():\nreturn 1\n", "IndentationError", "expected an indented block after function definition on line 1", 2, 1, 2, 7},
    {"x = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
    {"x = '''abc\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5},
    {"  x = 1\n", "IndentationError", "unexpected indent", 1, 2, 1, -1},
    {"x = 1\n    y = 2\n", "IndentationError", "unexpected indent", 2, 4, 2, -1},
    {"f() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
    {"1 = x\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2},
    {"x = f() = 1\n", "SyntaxError", "cannot assign to function call", 1, 5, 1, 8},
    {"a + 1 += 2\n", "SyntaxError", "'expression' is an illegal expression for augmented assignment", 1, 1, 1, 6},
    {"del f()\n", "SyntaxError", "cannot delete function call", 1, 5, 1, 8},
    {"for 1 in x: pass\n", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6},
    {"x = 1 +* 2\n", "SyntaxError", "invalid syntax", 1, 8, 1, 9},
    {"x = 1abc\n", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5},
    {"x = 012\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6},
    {"x = (1, 2]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 10, 1, 10},
    {"x = 1)\n", "SyntaxError", "unmatched ')'", 1, 6, 1, 6},
    {"if 1:\n\tx = 1\n        y = 2\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0},
    {"def f(a=1, b): pass\n", "SyntaxError", "non-default argument follows default argument", 1, 12, 1, 13},
    {"f(a=1, 2)\n", "SyntaxError", "positional argument follows keyword argument", 1, 9, 1, 10},
    {"f(**k, *a)\n", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8, 1, 9},
    {"f(x for x in y, 1)\n", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 15},
    {"x = b'a' 'b'\n", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13, 1, 13},
    {"print(1 2)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7, 1, 10},
    {"x = 5 if 3\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 1, 11},
    {"if x = 1:\n pass\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9},
    {"print 'hello'\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 14},
    {"from a import b,\n", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17, 1, 17},
    {"try:\n pass\nx = 1\n", "SyntaxError", "expected 'except' or 'finally' block", 3, 1, 3, 2},
    {"x = f'{}'\n", "SyntaxError", "f-string: empty expression not allowed", 1, 10, 1, 10},
    {"x = f'{a!x}'\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 13, 1, 13},
    {"x = f'a}'\n", "SyntaxError", "f-string: single '}' is not allowed", 1, 10, 1, 10},
    {"(a, b): int = 1\n", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1, 1, 7},
    {"class A(x for x in y): pass\n", "SyntaxError", "invalid syntax", 1, 11, 1, 14},
    {"def f(*a=1): pass\n", "SyntaxError", "var-positional argument cannot have default value", 1, 9, 1, 10},
    {"x = [1, 2,, 3]\n", "SyntaxError", "invalid syntax", 1, 11, 1, 12},
    {"x = (((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((\n", "SyntaxError", "too many nested parentheses", 1, 205, 1, 205},
    {"while True\n    pass\n", "SyntaxError", "expected ':'", 1, 11, 1, 11},
    {"with a as b c:\n pass\n", "SyntaxError", "invalid syntax", 1, 13, 1, 14},
    {"match x:\n    case {**rest, 'a': 1}:\n        pass\n", "SyntaxError", "invalid syntax", 2, 19, 2, 22},
    {"lambda (x): 1\n", "SyntaxError", "Lambda expression parameters cannot be parenthesized", 1, 8, 1, 11},
    {"x = 1 \\ 2\n", "SyntaxError", "unexpected character after line continuation character", 1, 8, 1, 0},
    {"x = $y\n", "SyntaxError", "invalid syntax", 1, 5, 1, 6},
};

}  // namespace

TEST_CASE("syntax errors: class, message and position", "[front][errors]") {
  for (const Expected& e : kCases) {
    INFO(e.src);
    try {
      front::parse_module(e.src, "<test>");
      FAIL("accepted");
    } catch (const ast::SyntaxError& err) {
      CHECK(err.type == e.type);
      CHECK(err.msg == e.msg);
      CHECK(err.lineno == e.lineno);
      CHECK(err.offset == e.offset);
      CHECK(err.end_lineno == e.end_lineno);
      CHECK(err.end_offset == e.end_offset);
    }
  }
}

TEST_CASE("syntax errors: the report printed for a script", "[front][errors]") {
  // python3 x.py prints this for `y = if x > 0:` (the course program).
  try {
    front::parse_module("y = if x > 0:\n    pass\n", "x.py");
    FAIL("accepted");
  } catch (const ast::SyntaxError& err) {
    CHECK(err.format() ==
          "  File \"x.py\", line 1\n"
          "    y = if x > 0:\n"
          "        ^^\n"
          "SyntaxError: invalid syntax\n");
  }
  try {
    front::parse_module("if x:\npass\n", "x.py");
    FAIL("accepted");
  } catch (const ast::SyntaxError& err) {
    CHECK(err.format() ==
          "  File \"x.py\", line 2\n"
          "    pass\n"
          "    ^\n"
          "IndentationError: expected an indented block after 'if' statement on line 1\n");
  }
}
