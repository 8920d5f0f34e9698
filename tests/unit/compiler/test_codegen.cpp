// Instruction sequences for small programs, compared with what CPython 3.11
// emits for the same source (minus its RESUME/PUSH_NULL/PRECALL/CACHE entries,
// with this project's LOAD_GLOBAL at module level and absolute jumps).
#include <catch2/catch.hpp>

#include "helpers.h"

using Strings = std::vector<std::string>;
using test::compile;
using test::listing;
using test::nested;

TEST_CASE("module names are globals", "[compiler]") {
  auto code = compile("x = 10\ny = x + 2\n");
  CHECK(listing(*code) == Strings{"LOAD_CONST 10", "STORE_GLOBAL x", "LOAD_GLOBAL x", "LOAD_CONST 2",
                                  "BINARY_OP +", "STORE_GLOBAL y", "LOAD_CONST None", "RETURN_VALUE"});
  CHECK(code->stacksize == 2);
  CHECK(code->locations[0].line == 1);
  CHECK(code->locations[2].line == 2);
}

TEST_CASE("def add(a, b): return a + b", "[compiler]") {
  auto code = compile("def add(a, b):\n    return a + b\n");
  const auto& add = nested(*code, "add");
  CHECK(listing(add) == Strings{"LOAD_FAST a", "LOAD_FAST b", "BINARY_OP +", "RETURN_VALUE"});
  for (const auto& loc : add.locations) CHECK(loc.line == 2);
  CHECK(add.stacksize == 2);
  CHECK(add.consts.size() >= 1);
  CHECK(test::constant_text(add.consts[0]) == "None");
  CHECK(listing(*code) == Strings{"LOAD_CONST <code add>", "MAKE_FUNCTION 0", "STORE_GLOBAL add",
                                  "LOAD_CONST None", "RETURN_VALUE"});
}

TEST_CASE("constant folding", "[compiler]") {
  CHECK(listing(*compile("x = 2 ** 10\n"))[0] == "LOAD_CONST 1024");
  CHECK(listing(*compile("x = -1\n"))[0] == "LOAD_CONST -1");
  CHECK(listing(*compile("x = '-' * 3\n"))[0] == "LOAD_CONST '---'");
  CHECK(listing(*compile("x = (1, 2, (3, 'a'))\n"))[0] == "LOAD_CONST (1, 2, (3, 'a'))");
  CHECK(listing(*compile("x = 7 // -2\n"))[0] == "LOAD_CONST -4");
  CHECK(listing(*compile("x = 7 % -2\n"))[0] == "LOAD_CONST -1");
  // Errors stay at run time.
  CHECK(listing(*compile("x = 1 / 0\n")) ==
        Strings{"LOAD_CONST 1", "LOAD_CONST 0", "BINARY_OP /", "STORE_GLOBAL x", "LOAD_CONST None",
                "RETURN_VALUE"});
  CHECK(listing(*compile("x = 2 ** 100\n"))[2] == "BINARY_OP **");
  CHECK(listing(*compile("x = True & False\n"))[0] == "LOAD_CONST False");
  CHECK(listing(*compile("x = True + True\n"))[0] == "LOAD_CONST 2");
  CHECK(listing(*compile("x = 2 ** 64\n"))[0] == "LOAD_CONST 18446744073709551616");
  CHECK(listing(*compile("x = -2 ** 63\n"))[0] == "LOAD_CONST -9223372036854775808");
  CHECK(listing(*compile("x = (0,) * 3\n"))[0] == "LOAD_CONST (0, 0, 0)");
  CHECK(listing(*compile("x = 'ab' * -1\n"))[2] == "BINARY_OP *");
}

TEST_CASE("chained comparison", "[compiler]") {
  CHECK(listing(*compile("x = a < b < c\n")) ==
        Strings{"LOAD_GLOBAL a", "LOAD_GLOBAL b", "SWAP 2", "COPY 2", "COMPARE_OP <",
                "JUMP_IF_FALSE_OR_POP 9", "LOAD_GLOBAL c", "COMPARE_OP <", "JUMP 11", "SWAP 2",
                "POP_TOP", "STORE_GLOBAL x", "LOAD_CONST None", "RETURN_VALUE"});
  auto code = compile("if a < b < c:\n    pass\n");
  CHECK(listing(*code) == Strings{"LOAD_GLOBAL a", "LOAD_GLOBAL b", "SWAP 2", "COPY 2", "COMPARE_OP <",
                                  "POP_JUMP_IF_FALSE 10", "LOAD_GLOBAL c", "COMPARE_OP <",
                                  "POP_JUMP_IF_FALSE 11", "JUMP 11", "POP_TOP", "LOAD_CONST None",
                                  "RETURN_VALUE"});
  // `pass` has no instruction left of its own: the implicit return carries line 2.
  CHECK(code->locations[11].line == 2);
}

TEST_CASE("boolean operators keep values", "[compiler]") {
  CHECK(listing(*compile("x = a and b or c\n")) ==
        Strings{"LOAD_GLOBAL a", "POP_JUMP_IF_FALSE 4", "LOAD_GLOBAL b", "JUMP_IF_TRUE_OR_POP 5",
                "LOAD_GLOBAL c", "STORE_GLOBAL x", "LOAD_CONST None", "RETURN_VALUE"});
}

TEST_CASE("augmented assignment to subscript and attribute", "[compiler]") {
  CHECK(listing(*compile("a[i] += 1\n")) ==
        Strings{"LOAD_GLOBAL a", "LOAD_GLOBAL i", "COPY 2", "COPY 2", "BINARY_SUBSCR", "LOAD_CONST 1",
                "BINARY_OP +=", "SWAP 3", "SWAP 2", "STORE_SUBSCR", "LOAD_CONST None", "RETURN_VALUE"});
  CHECK(listing(*compile("a.b -= 1\n")) ==
        Strings{"LOAD_GLOBAL a", "COPY 1", "LOAD_ATTR b", "LOAD_CONST 1", "BINARY_OP -=", "SWAP 2",
                "STORE_ATTR b", "LOAD_CONST None", "RETURN_VALUE"});
}

TEST_CASE("unpacking", "[compiler]") {
  CHECK(listing(*compile("a, b = b, a\n")) ==
        Strings{"LOAD_GLOBAL b", "LOAD_GLOBAL a", "SWAP 2", "STORE_GLOBAL a", "STORE_GLOBAL b",
                "LOAD_CONST None", "RETURN_VALUE"});
  CHECK(listing(*compile("a, (b, c) = x\n")) ==
        Strings{"LOAD_GLOBAL x", "UNPACK_SEQUENCE 2", "STORE_GLOBAL a", "UNPACK_SEQUENCE 2",
                "STORE_GLOBAL b", "STORE_GLOBAL c", "LOAD_CONST None", "RETURN_VALUE"});
  CHECK(listing(*compile("a, *b, c = x\n"))[1] == "UNPACK_EX 257");
}

TEST_CASE("for loop with break, continue and else", "[compiler]") {
  auto code = compile(
      "def f(x):\n"
      "    for i in x:\n"
      "        if i:\n"
      "            break\n"
      "        continue\n"
      "    else:\n"
      "        return 1\n"
      "    return 2\n");
  CHECK(listing(nested(*code, "f")) ==
        Strings{"LOAD_FAST x", "GET_ITER", "FOR_ITER 9", "STORE_FAST i", "LOAD_FAST i",
                // Jumps are not threaded across lines: `continue` keeps its own JUMP.
                "POP_JUMP_IF_FALSE 8", "POP_TOP", "JUMP 11", "JUMP 2", "LOAD_CONST 1", "RETURN_VALUE",
                "LOAD_CONST 2", "RETURN_VALUE"});
}

TEST_CASE("while loop repeats its test at the bottom", "[compiler]") {
  auto code = compile("def f(n):\n    while n > 0:\n        n -= 1\n    return n\n");
  CHECK(listing(nested(*code, "f")) ==
        Strings{"LOAD_FAST n", "LOAD_CONST 0", "COMPARE_OP >", "POP_JUMP_IF_FALSE 12", "LOAD_FAST n",
                "LOAD_CONST 1", "BINARY_OP -=", "STORE_FAST n", "LOAD_FAST n", "LOAD_CONST 0",
                "COMPARE_OP >", "POP_JUMP_IF_TRUE 4", "LOAD_FAST n", "RETURN_VALUE"});
}

TEST_CASE("return inside for pops the iterator", "[compiler]") {
  auto code = compile("def g(a):\n    for x in a:\n        return x\n");
  CHECK(listing(nested(*code, "g")) ==
        Strings{"LOAD_FAST a", "GET_ITER", "FOR_ITER 8", "STORE_FAST x", "LOAD_FAST x", "SWAP 2",
                "POP_TOP", "RETURN_VALUE", "LOAD_CONST None", "RETURN_VALUE"});
}

TEST_CASE("calls with keyword arguments", "[compiler]") {
  CHECK(listing(*compile("print(a, sep='-')\n")) ==
        Strings{"LOAD_GLOBAL print", "LOAD_GLOBAL a", "LOAD_CONST '-'", "LOAD_CONST ('sep',)",
                "CALL_KW 2", "POP_TOP", "LOAD_CONST None", "RETURN_VALUE"});
  // `*args` / `**kw` keep the attribute load and the generic call.
  CHECK(listing(*compile("o.m(*a)\n")) == Strings{"LOAD_GLOBAL o", "LOAD_ATTR m", "LOAD_GLOBAL a",
                                                  "CALL_FUNCTION_EX 0", "POP_TOP", "LOAD_CONST None",
                                                  "RETURN_VALUE"});
}

TEST_CASE("f-strings", "[compiler]") {
  CHECK(listing(*compile("s = f'{x!r:>{w}} {y}'\n")) ==
        Strings{"LOAD_GLOBAL x", "LOAD_CONST '>'", "LOAD_GLOBAL w", "FORMAT_VALUE 0", "BUILD_STRING 2",
                "FORMAT_VALUE 6", "LOAD_CONST ' '", "LOAD_GLOBAL y", "FORMAT_VALUE 0", "BUILD_STRING 3",
                "STORE_GLOBAL s", "LOAD_CONST None", "RETURN_VALUE"});
}

TEST_CASE("imports", "[compiler]") {
  CHECK(listing(*compile("import a.b.c as d\n")) ==
        Strings{"LOAD_CONST 0", "LOAD_CONST None", "IMPORT_NAME a.b.c", "IMPORT_FROM b", "SWAP 2", "POP_TOP",
                "IMPORT_FROM c", "STORE_GLOBAL d", "POP_TOP", "LOAD_CONST None", "RETURN_VALUE"});
  CHECK(listing(*compile("import os.path\n")) ==
        Strings{"LOAD_CONST 0", "LOAD_CONST None", "IMPORT_NAME os.path", "STORE_GLOBAL os",
                "LOAD_CONST None", "RETURN_VALUE"});
  CHECK(listing(*compile("from m import p, q as r\n")) ==
        Strings{"LOAD_CONST 0", "LOAD_CONST ('p', 'q')", "IMPORT_NAME m", "IMPORT_FROM p", "STORE_GLOBAL p",
                "IMPORT_FROM q", "STORE_GLOBAL r", "POP_TOP", "LOAD_CONST None", "RETURN_VALUE"});
}

TEST_CASE("closures: cells and free variables", "[compiler][symtable]") {
  auto code = compile(
      "def outer():\n"
      "    n = 0\n"
      "    def inner():\n"
      "        nonlocal n\n"
      "        n += 1\n"
      "        return n\n"
      "    return inner\n");
  const auto& outer = nested(*code, "outer");
  const auto& inner = nested(*code, "inner");
  CHECK(outer.cellvars == Strings{"n"});
  CHECK(inner.freevars == Strings{"n"});
  CHECK(inner.qualname == "outer.<locals>.inner");
  CHECK((inner.flags & bytecode::kNested));
  CHECK(listing(outer) == Strings{"LOAD_CONST 0", "STORE_DEREF n", "LOAD_CLOSURE n", "BUILD_TUPLE 1",
                                  "LOAD_CONST <code inner>", "MAKE_FUNCTION 8", "STORE_FAST inner",
                                  "LOAD_FAST inner", "RETURN_VALUE"});
  CHECK(listing(inner) == Strings{"LOAD_DEREF n", "LOAD_CONST 1", "BINARY_OP +=", "STORE_DEREF n",
                                  "LOAD_DEREF n", "RETURN_VALUE"});
}

TEST_CASE("global declarations in functions", "[compiler][symtable]") {
  auto code = compile("def f():\n    global c\n    c = 1\n    return d\n");
  CHECK(listing(nested(*code, "f")) == Strings{"LOAD_CONST 1", "STORE_GLOBAL c", "LOAD_GLOBAL d", "RETURN_VALUE"});
}

TEST_CASE("defaults and keyword-only parameters", "[compiler]") {
  auto code = compile("def f(x, y=2, *args, k=3, **kw):\n    return x\n");
  CHECK(listing(*code) == Strings{"LOAD_CONST (2,)", "LOAD_CONST 'k'", "LOAD_CONST 3", "BUILD_MAP 1",
                                  "LOAD_CONST <code f>", "MAKE_FUNCTION 3", "STORE_GLOBAL f",
                                  "LOAD_CONST None", "RETURN_VALUE"});
  const auto& f = nested(*code, "f");
  CHECK(f.argcount == 2);
  CHECK(f.kwonlyargcount == 1);
  CHECK(f.varnames == Strings{"x", "y", "k", "args", "kw"});
  CHECK((f.flags & bytecode::kVarargs));
  CHECK((f.flags & bytecode::kVarKeywords));
}

TEST_CASE("list comprehension is a nested function", "[compiler]") {
  auto code = compile("r = [i * 2 for i in a if i]\n");
  CHECK(listing(*code) == Strings{"LOAD_CONST <code <listcomp>>", "MAKE_FUNCTION 0", "LOAD_GLOBAL a",
                                  "GET_ITER", "CALL 1", "STORE_GLOBAL r", "LOAD_CONST None", "RETURN_VALUE"});
  CHECK(listing(nested(*code, "<listcomp>")) ==
        Strings{"BUILD_LIST 0", "LOAD_FAST .0", "FOR_ITER 11", "STORE_FAST i", "LOAD_FAST i",
                "POP_JUMP_IF_FALSE 2", "LOAD_FAST i", "LOAD_CONST 2", "BINARY_OP *", "LIST_APPEND 2",
                "JUMP 2", "RETURN_VALUE"});
}

TEST_CASE("stacksize is the exact maximum depth", "[compiler]") {
  CHECK(compile("x = [1, 2, a]\n")->stacksize == 3);
  CHECK(compile("f(a, b, c, d)\n")->stacksize == 5);
  CHECK(compile("x = a < b < c\n")->stacksize == 3);
  CHECK(compile("pass\n")->stacksize == 1);
}

TEST_CASE("every instruction has a location", "[compiler]") {
  auto code = compile("x = 1\nif x:\n    y = [x, 2]\nelse:\n    y = None\nprint(y)\n");
  REQUIRE(code->locations.size() == code->code.size());
  for (const auto& loc : code->locations) CHECK(loc.line >= 1);
}

TEST_CASE("try/except builds an exception table", "[compiler][exceptions]") {
  auto code = compile(
      "try:\n"
      "    x = 1 / y\n"
      "except ZeroDivisionError as e:\n"
      "    x = e\n");
  CHECK(listing(*code) ==
        Strings{"NOP", "LOAD_CONST 1", "LOAD_GLOBAL y", "BINARY_OP /", "STORE_GLOBAL x", "JUMP 26",
                // handler: match, bind, run, unbind
                "PUSH_EXC_INFO", "LOAD_GLOBAL ZeroDivisionError", "CHECK_EXC_MATCH", "POP_JUMP_IF_FALSE 22",
                "STORE_GLOBAL e", "LOAD_GLOBAL e", "STORE_GLOBAL x", "POP_EXCEPT", "LOAD_CONST None",
                "STORE_GLOBAL e", "DELETE_GLOBAL e", "JUMP 26",
                "LOAD_CONST None", "STORE_GLOBAL e", "DELETE_GLOBAL e", "RERAISE",
                // no match: re-raise; cleanup restores the previous exception
                "RERAISE", "COPY 3", "POP_EXCEPT", "RERAISE", "LOAD_CONST None", "RETURN_VALUE"});
  REQUIRE(code->exception_table.size() == 4);
  const auto& body = code->exception_table[0];  // the try body -> the handler dispatch
  CHECK(body.start == 1);
  CHECK(body.end == 5);
  CHECK(body.target == 6);
  CHECK(body.depth == 0);
  CHECK_FALSE(body.push_lasti);
  const auto& dispatch = code->exception_table[1];  // matching -> the cleanup
  CHECK(dispatch.start == 6);
  CHECK(dispatch.target == 23);
  CHECK(dispatch.depth == 1);
  CHECK(dispatch.push_lasti);
  CHECK(code->exception_table[2].target == 18);  // the handler body -> unbind `e`, re-raise
  CHECK(code->exception_table[3].target == 23);
  CHECK(code->stacksize == 4);
}

TEST_CASE("return inside try/finally runs the finally body first", "[compiler][exceptions]") {
  auto code = compile("def f():\n    try:\n        return g()\n    finally:\n        h()\n");
  auto l = listing(nested(*code, "f"));
  REQUIRE(l.size() >= 8);
  CHECK(Strings(l.begin(), l.begin() + 7) ==
        Strings{"NOP", "LOAD_GLOBAL g", "CALL 0", "LOAD_GLOBAL h", "CALL 0", "POP_TOP", "RETURN_VALUE"});
  CHECK(nested(*code, "f").exception_table.size() >= 2);
}

TEST_CASE("break out of try/finally inside a loop", "[compiler][exceptions]") {
  auto code = compile("for i in x:\n    try:\n        break\n    finally:\n        f()\n");
  auto l = listing(*code);
  // break: leave the protected range, run the finally body, drop the iterator,
  // and fall out of the loop; nothing can raise inside the range, so the
  // exceptional copy of the finally body is dead and dropped.
  CHECK(l == Strings{"LOAD_GLOBAL x", "GET_ITER", "FOR_ITER 10", "STORE_GLOBAL i", "NOP", "NOP",
                     "LOAD_GLOBAL f", "CALL 0", "POP_TOP", "POP_TOP", "LOAD_CONST None", "RETURN_VALUE"});
  CHECK(code->exception_table.empty());
}

TEST_CASE("tuple assignment to locals needs no tuple and no swap", "[compiler]") {
  auto code = compile("def g(a, b):\n    a, b = b, a + b\n    return a\n");
  CHECK(listing(nested(*code, "g")) == Strings{"LOAD_FAST b", "LOAD_FAST a", "LOAD_FAST b", "BINARY_OP +",
                                               "STORE_FAST b", "STORE_FAST a", "LOAD_FAST a", "RETURN_VALUE"});
  // Two stores to one name keep their order: the last value wins.
  auto same = compile("def f():\n    a, a = x, y\n    return a\n");
  CHECK(listing(nested(*same, "f")) == Strings{"LOAD_GLOBAL x", "LOAD_GLOBAL y", "SWAP 2", "STORE_FAST a",
                                               "STORE_FAST a", "LOAD_FAST a", "RETURN_VALUE"});
}
