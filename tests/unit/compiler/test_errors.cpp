// Compile-time errors: CPython's symtable/compiler SyntaxErrors (message, line,
// columns, text).
#include <catch2/catch.hpp>

#include "ast/syntax_error.h"
#include "compiler/compiler.h"
#include "front/parse.h"
#include "helpers.h"

namespace {

ast::SyntaxError syntax_error_of(const std::string& source) {
  try {
    test::compile(source);
  } catch (const ast::SyntaxError& e) {
    return e;
  }
  FAIL("no SyntaxError for: " << source);
  throw;
}

}  // namespace

TEST_CASE("SyntaxErrors from the compiler", "[compiler][errors]") {
  struct Case {
    const char* source;
    const char* msg;
    int line, offset, end_offset;
  };
  const Case cases[] = {
      {"return 5\n", "'return' outside function", 1, 1, 9},
      {"while 1:\n    pass\nelse:\n    break\n", "'break' outside loop", 4, 5, 10},
      {"for x in y:\n    def f():\n        continue\n", "'continue' not properly in loop", 3, 9, 17},
      {"nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1, 11},
      {"def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5, 15},
      {"def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3, 5, 13},
      {"def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3, 5, 13},
      {"def f(x):\n    global x\n", "name 'x' is parameter and global", 2, 5, 13},
      {"def f():\n    global x\n    nonlocal x\n", "name 'x' is nonlocal and global", 2, 5, 13},
      {"def f():\n    from m import *\n", "import * only allowed at module level", 2, 19, 20},
      {"yield 1\n", "'yield' outside function", 1, 1, 8},
      {"a, *b, *c = d\n", "multiple starred expressions in assignment", 1, 1, 10},
      {"f(a=1, a=2)\n", "keyword argument repeated: a", 1, 8, 11},
      {"s = 'é'; return\n", "'return' outside function", 1, 10, 16},
  };
  for (const Case& c : cases) {
    INFO(c.source);
    ast::SyntaxError e = syntax_error_of(c.source);
    CHECK(e.type == "SyntaxError");
    CHECK(e.msg == c.msg);
    CHECK(e.lineno == c.line);
    CHECK(e.offset == c.offset);
    CHECK(e.end_offset == c.end_offset);
    CHECK(e.filename == "t.py");
    CHECK(!e.text.empty());
  }
}

TEST_CASE("every construct of the 3.11 grammar compiles", "[compiler]") {
  CHECK_NOTHROW(test::compile("x = 1\nasync def f():\n    async with a as b, c:\n        async for x in y:\n"
                              "            await x\n    return [z async for z in w]\n"));
  CHECK_NOTHROW(test::compile("async def g():\n    yield 1\n    x = (await i async for i in a)\n"));
  CHECK_NOTHROW(test::compile("try:\n    pass\nexcept* E:\n    pass\n"));
  CHECK_NOTHROW(test::compile("with a:\n    pass\nclass A:\n    pass\n"));
  CHECK_NOTHROW(test::compile("match x:\n    case [1, *r] | {'k': r} if r:\n        pass\n    case _:\n        pass\n"));
  CHECK_NOTHROW(test::compile("def g():\n    yield 1\nx = (i for i in a)\n"));
  CHECK_NOTHROW(test::compile("def f():\n    x = 1\n    def g():\n        return x\n    del x\n"));
}

TEST_CASE("nesting deeper than CPython compiles is a RecursionError, not a crash", "[compiler][errors]") {
  auto chain = [](int terms) {
    std::string s = "x = 1";
    for (int i = 1; i < terms; ++i) s += " + 1";
    return s + "\n";
  };
  CHECK_NOTHROW(test::compile(chain(2999)));
  CHECK_THROWS_AS(test::compile(chain(3000)), compiler::RecursionLimitError);
}

TEST_CASE("'default except: must be last'", "[compiler][errors]") {
  ast::SyntaxError e = syntax_error_of("try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n");
  CHECK(e.msg == "default 'except:' must be last");
  CHECK(e.lineno == 3);
}

TEST_CASE("SyntaxErrors inside constructs not compiled yet still win", "[compiler][errors]") {
  struct Case {
    const char* source;
    const char* msg;
    int line;
  };
  // CPython reports these; the unsupported construct around them must not hide them.
  const Case cases[] = {
      {"class A:\n    return 1\n", "'return' outside function", 2},
      {"while True:\n    class A:\n        continue\n", "'continue' not properly in loop", 3},
      {"class A(metaclass=M, metaclass=N):\n    pass\n", "keyword argument repeated: metaclass", 1},
      {"with a:\n    break\n", "'break' outside loop", 2},
      {"def f():\n    async for x in y:\n        pass\n", "'async for' outside async function", 2},
      {"def f():\n    async with x:\n        pass\n", "'async with' outside async function", 2},
      {"def f():\n    await x\n", "'await' outside async function", 2},
      {"def f():\n    return [x async for x in y]\n",
       "asynchronous comprehension outside of an asynchronous function", 2},
      {"async def f():\n    yield from x\n", "'yield from' inside async function", 2},
      {"async def f():\n    yield 1\n    return 2\n", "'return' with value in async generator", 3},
      {"match x:\n    case a:\n        pass\n    case 1:\n        pass\n",
       "name capture 'a' makes remaining patterns unreachable", 2},
      {"match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
       "wildcard makes remaining patterns unreachable", 2},
      {"match x:\n    case [a, a]:\n        pass\n", "multiple assignments to name 'a' in pattern", 2},
      {"match x:\n    case [a] | [b]:\n        pass\n", "alternative patterns bind different names", 2},
      {"match x:\n    case {'a': 1, 'a': 2}:\n        pass\n", "mapping pattern checks duplicate key ('a')", 2},
      {"match x:\n    case C(a=1, a=2):\n        pass\n", "attribute name repeated in class pattern: a", 2},
      {"__debug__ = 1\n", "cannot assign to __debug__", 1},
      {"def f(__debug__):\n    pass\n", "cannot assign to __debug__", 1},
      {"f(__debug__=1)\n", "cannot assign to __debug__", 1},
      {"from __future__ import braces\n", "not a chance", 1},
      {"from __future__ import nope\n", "future feature nope is not defined", 1},
      {"x = 1\nfrom __future__ import annotations\n", "from __future__ imports must occur at the beginning of the file", 2},
      {"[i := 0 for i in range(3)]\n", "assignment expression cannot rebind comprehension iteration variable 'i'", 1},
      {"[x for x in (y := [1])]\n", "assignment expression cannot be used in a comprehension iterable expression", 1},
      {"def f():\n    x: int\n    global x\n", "annotated name 'x' can't be global", 3},
      {"x = 1\nnonlocal x\n", "name 'x' is assigned to before nonlocal declaration", 2},
  };
  for (const Case& c : cases) {
    INFO(c.source);
    ast::SyntaxError e = syntax_error_of(c.source);
    CHECK(e.msg == c.msg);
    CHECK(e.lineno == c.line);
  }
}

TEST_CASE("futures and __debug__", "[compiler]") {
  // A docstring-only future import at the top is fine.
  CHECK_NOTHROW(test::compile("'''doc'''\nfrom __future__ import annotations\ndef f(x: Undefined) -> int:\n    return x\n"));
  // __debug__ reads as the constant True.
  CHECK(test::listing(*test::compile("x = __debug__\n"))[0] == "LOAD_CONST True");
}

TEST_CASE("SyntaxWarnings as CPython words them", "[compiler][warnings]") {
  const std::string source =
      "x = 5\n"
      "if x is 5:\n"
      "    pass\n"
      "assert (x, 'm')\n"
      "[1, 2] (3)\n"
      "v = (1, 2)['a']\n"
      "w = x is None\n";
  ast::ParsedModule parsed = front::parse_module(source, "t.py");
  std::vector<compiler::CompileWarning> warnings;
  compiler::compile_module(*parsed.module, "t.py", source, &warnings);
  REQUIRE(warnings.size() == 4);
  CHECK(compiler::format_warning(warnings[0], "t.py", source) ==
        "t.py:2: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n  if x is 5:\n");
  CHECK(warnings[1].line == 4);
  CHECK(warnings[1].message == "assertion is always true, perhaps remove parentheses?");
  CHECK(warnings[2].message == "'list' object is not callable; perhaps you missed a comma?");
  CHECK(warnings[3].message == "tuple indices must be integers or slices, not str; perhaps you missed a comma?");
}
