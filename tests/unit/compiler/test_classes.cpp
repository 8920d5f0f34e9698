// Classes, private-name mangling, method calls and `with`, compared with what
// CPython 3.11 emits for the same source (minus RESUME/PUSH_NULL/PRECALL/CACHE,
// with this project's CALL convention: CALL 3 calls the item under three args).
#include <catch2/catch.hpp>

#include "ast/syntax_error.h"
#include "bytecode/verifier.h"
#include "helpers.h"

using Strings = std::vector<std::string>;
using test::compile;
using test::listing;
using test::nested;

namespace {

// Compiles and runs the loader's verifier over the whole code tree.
std::shared_ptr<bytecode::Code> compile_verified(const std::string& source) {
  auto code = compile(source);
  bytecode::verify(*code);
  return code;
}

bool same_location(const bytecode::Location& loc, int line, int end_line, int col, int end_col) {
  return loc.line == line && loc.end_line == end_line && loc.col == col && loc.end_col == end_col;
}

}  // namespace

// ---- class statements ---------------------------------------------------------

TEST_CASE("class: LOAD_BUILD_CLASS, body function, name, call, store", "[compiler][class]") {
  auto code = compile_verified("class A:\n    pass\n");
  CHECK(listing(*code) == Strings{"LOAD_BUILD_CLASS", "LOAD_CONST <code A>", "MAKE_FUNCTION 0", "LOAD_CONST 'A'",
                                  "CALL 2", "STORE_GLOBAL A", "LOAD_CONST None", "RETURN_VALUE"});
  const auto& body = nested(*code, "A");
  CHECK(listing(body) == Strings{"LOAD_NAME __name__", "STORE_NAME __module__", "LOAD_CONST 'A'",
                                 "STORE_NAME __qualname__", "LOAD_CONST None", "RETURN_VALUE"});
  CHECK(body.qualname == "A");
  CHECK(body.argcount == 0);
  CHECK((body.flags & bytecode::kOptimized) == 0);
  CHECK((body.flags & bytecode::kNewLocals) == 0);
  CHECK(body.first_line == 1);
}

TEST_CASE("class: bases and keywords are call arguments", "[compiler][class]") {
  auto code = compile_verified("class A(B, C, metaclass=M, x=1):\n    pass\n");
  CHECK(listing(*code) == Strings{"LOAD_BUILD_CLASS", "LOAD_CONST <code A>", "MAKE_FUNCTION 0", "LOAD_CONST 'A'",
                                  "LOAD_GLOBAL B", "LOAD_GLOBAL C", "LOAD_GLOBAL M", "LOAD_CONST 1",
                                  "LOAD_CONST ('metaclass', 'x')", "CALL_KW 6", "STORE_GLOBAL A",
                                  "LOAD_CONST None", "RETURN_VALUE"});
}

TEST_CASE("class: *bases and **keywords go through CALL_FUNCTION_EX", "[compiler][class]") {
  // The body function and the name become the first items of the args tuple.
  auto code = compile_verified("class A(B, *c, x=1, **k):\n    pass\n");
  CHECK(listing(*code) == Strings{"LOAD_BUILD_CLASS", "LOAD_CONST <code A>", "MAKE_FUNCTION 0", "LOAD_CONST 'A'",
                                  "LOAD_GLOBAL B", "BUILD_LIST 3", "LOAD_GLOBAL c", "LIST_EXTEND 1",
                                  "LIST_TO_TUPLE", "LOAD_CONST 'x'", "LOAD_CONST 1", "BUILD_MAP 1",
                                  "LOAD_GLOBAL k", "DICT_UPDATE 1", "CALL_FUNCTION_EX 1", "STORE_GLOBAL A",
                                  "LOAD_CONST None", "RETURN_VALUE"});
  auto star_only = compile_verified("class D(*b):\n    pass\n");
  CHECK(listing(*star_only) == Strings{"LOAD_BUILD_CLASS", "LOAD_CONST <code D>", "MAKE_FUNCTION 0",
                                       "LOAD_CONST 'D'", "BUILD_LIST 2", "LOAD_GLOBAL b", "LIST_EXTEND 1",
                                       "LIST_TO_TUPLE", "CALL_FUNCTION_EX 0", "STORE_GLOBAL D",
                                       "LOAD_CONST None", "RETURN_VALUE"});
  auto kw_only = compile_verified("class E(**k):\n    pass\n");
  CHECK(listing(*kw_only) == Strings{"LOAD_BUILD_CLASS", "LOAD_CONST <code E>", "MAKE_FUNCTION 0",
                                     "LOAD_CONST 'E'", "BUILD_TUPLE 2", "BUILD_MAP 0", "LOAD_GLOBAL k",
                                     "DICT_UPDATE 1", "CALL_FUNCTION_EX 1", "STORE_GLOBAL E",
                                     "LOAD_CONST None", "RETURN_VALUE"});
}

TEST_CASE("class: decorators are evaluated first and applied innermost first", "[compiler][class]") {
  auto code = compile_verified("@d1\n@d2(x)\nclass A:\n    pass\n");
  CHECK(listing(*code) == Strings{"LOAD_GLOBAL d1", "LOAD_GLOBAL d2", "LOAD_GLOBAL x", "CALL 1",
                                  "LOAD_BUILD_CLASS", "LOAD_CONST <code A>", "MAKE_FUNCTION 0", "LOAD_CONST 'A'",
                                  "CALL 2", "CALL 1", "CALL 1", "STORE_GLOBAL A", "LOAD_CONST None",
                                  "RETURN_VALUE"});
  CHECK(code->locations[8].line == 3);  // the __build_class__ call: the class line
  CHECK(code->locations[9].line == 2);  // each decorator call: its decorator's line
  CHECK(code->locations[10].line == 1);
  CHECK(nested(*code, "A").first_line == 1);
}

TEST_CASE("class: docstring, names in the body, annotations", "[compiler][class]") {
  auto code = compile_verified(
      "class A:\n"
      "    'doc'\n"
      "    y: int = 1\n"
      "    z: str\n"
      "    w = y\n"
      "    del w\n");
  CHECK(listing(nested(*code, "A")) ==
        Strings{"LOAD_NAME __name__", "STORE_NAME __module__", "LOAD_CONST 'A'", "STORE_NAME __qualname__",
                // CPython's SETUP_ANNOTATIONS
                "BUILD_MAP 0", "STORE_NAME __annotations__",
                "LOAD_CONST 'doc'", "STORE_NAME __doc__",
                "LOAD_CONST 1", "STORE_NAME y", "LOAD_NAME int", "LOAD_NAME __annotations__", "LOAD_CONST 'y'",
                "STORE_SUBSCR",
                "LOAD_NAME str", "LOAD_NAME __annotations__", "LOAD_CONST 'z'", "STORE_SUBSCR",
                "LOAD_NAME y", "STORE_NAME w", "DELETE_NAME w", "LOAD_CONST None", "RETURN_VALUE"});
  // Without annotations there is no __annotations__; a nested annotation counts.
  auto plain = compile_verified("class B:\n    x = 1\n");
  CHECK(listing(nested(*plain, "B"))[4] == "LOAD_CONST 1");
  auto in_if = compile_verified("class C:\n    if t:\n        x: int\n");
  CHECK(listing(nested(*in_if, "C"))[4] == "BUILD_MAP 0");
}

TEST_CASE("module annotations build __annotations__ too", "[compiler][class]") {
  auto code = compile_verified("x: int = 1\n(y): int\n");
  CHECK(listing(*code) == Strings{"BUILD_MAP 0", "STORE_GLOBAL __annotations__", "LOAD_CONST 1", "STORE_GLOBAL x",
                                  "LOAD_GLOBAL int", "LOAD_GLOBAL __annotations__", "LOAD_CONST 'x'",
                                  "STORE_SUBSCR", "LOAD_GLOBAL int", "POP_TOP", "LOAD_CONST None",
                                  "RETURN_VALUE"});
  // In functions, annotations of names are not evaluated at all.
  auto f = compile_verified("def f():\n    x: int = 1\n    return x\n");
  CHECK(listing(nested(*f, "f")) == Strings{"LOAD_CONST 1", "STORE_FAST x", "LOAD_FAST x", "RETURN_VALUE"});
}

TEST_CASE("class: global and nonlocal names in the body", "[compiler][class]") {
  auto code = compile_verified(
      "def f():\n"
      "    x = 1\n"
      "    class A:\n"
      "        global g\n"
      "        g = x\n"
      "        y = x\n"
      "    return A\n");
  CHECK(listing(nested(*code, "A")) ==
        Strings{"LOAD_NAME __name__", "STORE_NAME __module__", "LOAD_CONST 'f.<locals>.A'",
                "STORE_NAME __qualname__", "LOAD_CLASSDEREF x", "STORE_GLOBAL g", "LOAD_CLASSDEREF x",
                "STORE_NAME y", "LOAD_CONST None", "RETURN_VALUE"});
  CHECK(nested(*code, "A").freevars == Strings{"x"});
  // The class body function is a closure.
  CHECK(listing(nested(*code, "f")) ==
        Strings{"LOAD_CONST 1", "STORE_DEREF x", "LOAD_BUILD_CLASS", "LOAD_CLOSURE x", "BUILD_TUPLE 1",
                "LOAD_CONST <code A>", "MAKE_FUNCTION 8", "LOAD_CONST 'A'", "CALL 2", "STORE_FAST A",
                "LOAD_FAST A", "RETURN_VALUE"});
}

TEST_CASE("class: super() gives the body a __class__ cell, returned as __classcell__", "[compiler][class]") {
  auto code = compile_verified(
      "class A(B):\n"
      "    def f(self):\n"
      "        return super().f()\n"
      "    def g(self):\n"
      "        return 1\n");
  const auto& body = nested(*code, "A");
  CHECK(body.cellvars == Strings{"__class__"});
  CHECK(listing(body) == Strings{"LOAD_NAME __name__", "STORE_NAME __module__", "LOAD_CONST 'A'",
                                 "STORE_NAME __qualname__", "LOAD_CLOSURE __class__", "BUILD_TUPLE 1",
                                 "LOAD_CONST <code f>", "MAKE_FUNCTION 8", "STORE_NAME f", "LOAD_CONST <code g>",
                                 "MAKE_FUNCTION 0", "STORE_NAME g", "LOAD_CLOSURE __class__", "COPY 1",
                                 "STORE_NAME __classcell__", "RETURN_VALUE"});
  const auto& f = nested(*code, "f");
  CHECK(f.freevars == Strings{"__class__"});
  CHECK(listing(f) == Strings{"LOAD_GLOBAL super", "CALL 0", "LOAD_METHOD f", "CALL_METHOD 0", "RETURN_VALUE"});
  // Naming __class__ in a method does the same.
  auto direct = compile_verified("class C:\n    def m(self):\n        return __class__\n");
  CHECK(nested(*direct, "C").cellvars == Strings{"__class__"});
  CHECK(listing(nested(*direct, "m")) == Strings{"LOAD_DEREF __class__", "RETURN_VALUE"});
}

TEST_CASE("class: qualified names of methods, nested classes and their functions", "[compiler][class]") {
  auto code = compile_verified(
      "class A:\n"
      "    def f(self):\n"
      "        def g():\n"
      "            pass\n"
      "        return g\n"
      "    class B:\n"
      "        def h(self):\n"
      "            return [lambda: 0 for i in x]\n"
      "    global k\n"
      "    def k():\n"
      "        pass\n");
  CHECK(nested(*code, "f").qualname == "A.f");
  CHECK(nested(*code, "g").qualname == "A.f.<locals>.g");
  CHECK(nested(*code, "B").qualname == "A.B");
  CHECK(nested(*code, "h").qualname == "A.B.h");
  CHECK(nested(*code, "<listcomp>").qualname == "A.B.h.<locals>.<listcomp>");
  CHECK(nested(*code, "<lambda>").qualname == "A.B.h.<locals>.<listcomp>.<lambda>");
  CHECK(nested(*code, "k").qualname == "k");  // declared global in the class
  const auto& b = nested(*code, "B");
  CHECK(listing(b)[2] == "LOAD_CONST 'A.B'");
}

TEST_CASE("class: private names are mangled", "[compiler][class][mangling]") {
  auto code = compile_verified(
      "class _A:\n"
      "    import __m\n"
      "    import __p.q\n"
      "    from __t import __u, __v as __w\n"
      "    __x = 1\n"
      "    __y__ = 2\n"
      "    def __f(self, __a, *, __k=1):\n"
      "        __l = __a\n"
      "        def inner():\n"
      "            return __l + self.__z + __q\n"
      "        return inner, __k\n"
      "    f(__kw=1)\n"
      "    o.__meth(1)\n"
      "    del o.__d\n");
  CHECK(listing(nested(*code, "_A")) ==
        Strings{"LOAD_NAME __name__", "STORE_NAME __module__", "LOAD_CONST '_A'", "STORE_NAME __qualname__",
                "LOAD_CONST 0", "LOAD_CONST None", "IMPORT_NAME _A__m", "STORE_NAME _A__m",
                // a dotted module name is never mangled; the name it binds is
                "LOAD_CONST 0", "LOAD_CONST None", "IMPORT_NAME __p.q", "STORE_NAME _A__p",
                // the fromlist keeps the names as written
                "LOAD_CONST 0", "LOAD_CONST ('__u', '__v')", "IMPORT_NAME _A__t", "IMPORT_FROM _A__u",
                "STORE_NAME _A__u", "IMPORT_FROM _A__v", "STORE_NAME _A__w", "POP_TOP",
                "LOAD_CONST 1", "STORE_NAME _A__x", "LOAD_CONST 2", "STORE_NAME __y__",
                "LOAD_CONST '_A__k'", "LOAD_CONST 1", "BUILD_MAP 1", "LOAD_CONST <code __f>", "MAKE_FUNCTION 2",
                "STORE_NAME _A__f",
                // keyword argument names are not mangled
                "LOAD_NAME f", "LOAD_CONST 1", "LOAD_CONST ('__kw',)", "CALL_KW 1", "POP_TOP",
                "LOAD_NAME o", "LOAD_METHOD _A__meth", "LOAD_CONST 1", "CALL_METHOD 1", "POP_TOP",
                "LOAD_NAME o", "DELETE_ATTR _A__d", "LOAD_CONST None", "RETURN_VALUE"});
  const auto& f = nested(*code, "__f");
  CHECK(f.qualname == "_A.__f");
  CHECK(f.varnames == Strings{"self", "_A__a", "_A__k", "inner"});
  CHECK(f.cellvars == Strings{"_A__l", "self"});
  CHECK(listing(nested(*code, "inner")) == Strings{"LOAD_DEREF _A__l", "LOAD_DEREF self", "LOAD_ATTR _A__z",
                                                   "BINARY_OP +", "LOAD_GLOBAL _A__q", "BINARY_OP +",
                                                   "RETURN_VALUE"});
  // A class named only with underscores mangles nothing; outside classes nothing is mangled.
  auto underscores = compile_verified("class ___:\n    __x = 1\n__y = o.__z\n");
  CHECK(listing(nested(*underscores, "___"))[5] == "STORE_NAME __x");
  CHECK(listing(*underscores)[7] == "LOAD_ATTR __z");
  // A nested class mangles with its own name.
  auto inner = compile_verified("class A:\n    class __B:\n        __c = 1\n");
  CHECK(listing(nested(*inner, "A"))[9] == "STORE_NAME _A__B");
  CHECK(nested(*inner, "__B").qualname == "A.__B");
  CHECK(listing(nested(*inner, "__B"))[5] == "STORE_NAME _B__c");
}

TEST_CASE("class: SyntaxErrors in the body and the class line", "[compiler][class][errors]") {
  CHECK_THROWS_AS(compile("class A(x=1, x=2):\n    pass\n"), ast::SyntaxError);
  CHECK_THROWS_AS(compile("class A:\n    return 1\n"), ast::SyntaxError);
  CHECK_THROWS_AS(compile("class A:\n    break\n"), ast::SyntaxError);
  // The body is compiled before the class line's keywords are checked.
  try {
    compile("class A(x=1, x=2):\n    return 1\n");
    FAIL("expected SyntaxError");
  } catch (const ast::SyntaxError& e) {
    CHECK(e.msg == "'return' outside function");
  }
}

// ---- method calls --------------------------------------------------------------

TEST_CASE("method calls: LOAD_METHOD and CALL_METHOD(_KW)", "[compiler][method]") {
  CHECK(listing(*compile_verified("o.m(1, 2)\n")) ==
        Strings{"LOAD_GLOBAL o", "LOAD_METHOD m", "LOAD_CONST 1", "LOAD_CONST 2", "CALL_METHOD 2", "POP_TOP",
                "LOAD_CONST None", "RETURN_VALUE"});
  CHECK(listing(*compile_verified("o.m()\n")) ==
        Strings{"LOAD_GLOBAL o", "LOAD_METHOD m", "CALL_METHOD 0", "POP_TOP", "LOAD_CONST None", "RETURN_VALUE"});
  CHECK(listing(*compile_verified("x = a.b.m(1, k=2)\n")) ==
        Strings{"LOAD_GLOBAL a", "LOAD_ATTR b", "LOAD_METHOD m", "LOAD_CONST 1", "LOAD_CONST 2",
                "LOAD_CONST ('k',)", "CALL_METHOD_KW 2", "STORE_GLOBAL x", "LOAD_CONST None", "RETURN_VALUE"});
  // `*args` or `**kw` anywhere: the generic call.
  CHECK(listing(*compile_verified("o.m(1, **k)\n")) ==
        Strings{"LOAD_GLOBAL o", "LOAD_ATTR m", "LOAD_CONST 1", "BUILD_TUPLE 1", "BUILD_MAP 0", "LOAD_GLOBAL k",
                "DICT_UPDATE 1", "CALL_FUNCTION_EX 1", "POP_TOP", "LOAD_CONST None", "RETURN_VALUE"});
  // Too many arguments for the stack guardrail (CPython's 30): the generic call.
  std::string many = "o.m(";
  for (int i = 0; i < 30; ++i) many += "1, ";
  many += ")\n";
  CHECK(listing(*compile_verified(many))[1] == "LOAD_ATTR m");
  CHECK(compile_verified("o.m(a, b, c)\n")->stacksize == 5);
}

TEST_CASE("method calls: locations as CPython 3.11 gives them", "[compiler][method]") {
  auto one_line = compile_verified("x = 1 + obj.meth(a, b=2) + 3\n");
  // LOAD_CONST 1, LOAD_GLOBAL obj, LOAD_METHOD, a, 2, kwnames, CALL_METHOD_KW
  REQUIRE(listing(*one_line)[2] == "LOAD_METHOD meth");
  CHECK(same_location(one_line->locations[2], 1, 1, 8, 16));  // obj.meth
  CHECK(same_location(one_line->locations[6], 1, 1, 8, 24));  // obj.meth(a, b=2)
  // The attribute split over lines: both start at the method name.
  auto split = compile_verified("x = (obj.\n     meth(a,\n          b=1))\n");
  REQUIRE(listing(*split)[1] == "LOAD_METHOD meth");
  CHECK(same_location(split->locations[1], 2, 2, 5, 9));
  REQUIRE(listing(*split)[5] == "CALL_METHOD_KW 2");
  CHECK(same_location(split->locations[5], 2, 3, 5, 14));
  auto attr = compile_verified("y = (obj.\n     attr)\n");
  REQUIRE(listing(*attr)[1] == "LOAD_ATTR attr");
  CHECK(same_location(attr->locations[1], 2, 2, 5, 9));
}

// ---- with ----------------------------------------------------------------------

TEST_CASE("with: one item, normal exit and exception handler", "[compiler][with]") {
  auto code = compile_verified("def f():\n    with a as x:\n        g(x)\n    return 1\n");
  const auto& f = nested(*code, "f");
  CHECK(listing(f) == Strings{"LOAD_GLOBAL a", "BEFORE_WITH", "STORE_FAST x",              // 0-2
                              "LOAD_GLOBAL g", "LOAD_FAST x", "CALL 1", "POP_TOP",          // 3-6
                              "LOAD_CONST None", "LOAD_CONST None", "LOAD_CONST None",      // 7-9
                              "CALL 3", "POP_TOP", "JUMP 24",                               // 10-12
                              "PUSH_EXC_INFO", "WITH_EXCEPT_START", "POP_JUMP_IF_TRUE 20",  // 13-15
                              "RERAISE", "COPY 3", "POP_EXCEPT", "RERAISE",                 // 16-19
                              "POP_TOP", "POP_EXCEPT", "POP_TOP", "POP_TOP",                // 20-23
                              "LOAD_CONST 1", "RETURN_VALUE"});
  REQUIRE(f.exception_table.size() == 3);
  // The body (from the target store on): the exit function stays, lasti pushed.
  CHECK(f.exception_table[0].start == 2);
  CHECK(f.exception_table[0].end == 7);
  CHECK(f.exception_table[0].target == 13);
  CHECK(f.exception_table[0].depth == 1);
  CHECK(f.exception_table[0].push_lasti);
  // The handler itself: exit, lasti, previous exception stay.
  CHECK(f.exception_table[1].start == 13);
  CHECK(f.exception_table[1].end == 17);
  CHECK(f.exception_table[1].target == 17);
  CHECK(f.exception_table[1].depth == 3);
  CHECK(f.exception_table[1].push_lasti);
  CHECK(f.exception_table[2].start == 20);
  CHECK(f.exception_table[2].end == 21);
  CHECK(f.exception_table[2].target == 17);
  CHECK(f.stacksize == 6);  // the cleanup handler: exit, lasti, prev_exc, lasti, exc, COPY 3
  // The exit machinery is at the `with` statement.
  CHECK(f.locations[1].line == 2);
  CHECK(f.locations[10].line == 2);
  CHECK(f.locations[14].line == 2);
}

TEST_CASE("with: several items nest, targets may unpack", "[compiler][with]") {
  auto code = compile_verified("with a as x, b as (y, z):\n    g()\n");
  auto l = listing(*code);
  REQUIRE(l.size() >= 12);
  CHECK(Strings(l.begin(), l.begin() + 12) ==
        Strings{"LOAD_GLOBAL a", "BEFORE_WITH", "STORE_GLOBAL x", "LOAD_GLOBAL b", "BEFORE_WITH",
                "UNPACK_SEQUENCE 2", "STORE_GLOBAL y", "STORE_GLOBAL z", "LOAD_GLOBAL g", "CALL 0", "POP_TOP",
                "LOAD_CONST None"});
  // Inner body -> inner handler with both exit functions kept; the outer
  // range covers the inner item's setup and its whole exit machinery.
  REQUIRE(code->exception_table.size() == 9);
  CHECK(code->exception_table[0].start == 2);
  CHECK(code->exception_table[0].depth == 1);
  CHECK(code->exception_table[1].start == 5);
  CHECK(code->exception_table[1].depth == 2);
  CHECK(code->exception_table[3].depth == 4);
  // Parenthesised items are the same statement.
  CHECK(listing(*compile_verified("with (a as x, b):\n    pass\n")) ==
        listing(*compile_verified("with a as x, b:\n    pass\n")));
  // Without `as`, __enter__'s result is dropped.
  CHECK(listing(*compile_verified("with a:\n    pass\n"))[2] == "POP_TOP");
}

TEST_CASE("with: return calls __exit__ with the value kept", "[compiler][with]") {
  auto code = compile_verified("def f():\n    with a:\n        return g()\n");
  auto l = listing(nested(*code, "f"));
  REQUIRE(l.size() >= 12);
  CHECK(Strings(l.begin(), l.begin() + 12) ==
        Strings{"LOAD_GLOBAL a", "BEFORE_WITH", "POP_TOP", "LOAD_GLOBAL g", "CALL 0", "SWAP 2",
                "LOAD_CONST None", "LOAD_CONST None", "LOAD_CONST None", "CALL 3", "POP_TOP", "RETURN_VALUE"});
  // A constant return value is loaded after the exit call.
  auto constant = compile_verified("def f():\n    with a:\n        return 1\n");
  auto c = listing(nested(*constant, "f"));
  REQUIRE(c.size() >= 10);
  CHECK(Strings(c.begin() + 3, c.begin() + 10) == Strings{"LOAD_CONST None", "LOAD_CONST None", "LOAD_CONST None",
                                                          "CALL 3", "POP_TOP", "LOAD_CONST 1", "RETURN_VALUE"});
}

TEST_CASE("with: break and continue call __exit__ before leaving", "[compiler][with]") {
  auto code = compile_verified(
      "def r(s):\n"
      "    for i in s:\n"
      "        with a:\n"
      "            if i:\n"
      "                break\n"
      "            continue\n");
  CHECK(listing(nested(*code, "r")) ==
        Strings{"LOAD_FAST s", "GET_ITER", "FOR_ITER 34", "STORE_FAST i",                             // 0-3
                "LOAD_GLOBAL a", "BEFORE_WITH", "POP_TOP", "LOAD_FAST i", "POP_JUMP_IF_FALSE 16",     // 4-8
                // break: exit(None, None, None), drop the iterator, leave the loop
                "LOAD_CONST None", "LOAD_CONST None", "LOAD_CONST None", "CALL 3", "POP_TOP",         // 9-13
                "POP_TOP", "JUMP 34",                                                                 // 14-15
                // continue: exit(None, None, None), next iteration
                "LOAD_CONST None", "LOAD_CONST None", "LOAD_CONST None", "CALL 3", "POP_TOP",         // 16-20
                "JUMP 2",                                                                             // 21
                // the normal end of the body is unreachable; the exception path
                "PUSH_EXC_INFO", "WITH_EXCEPT_START", "POP_JUMP_IF_TRUE 29", "RERAISE",               // 22-25
                "COPY 3", "POP_EXCEPT", "RERAISE",                                                    // 26-28
                "POP_TOP", "POP_EXCEPT", "POP_TOP", "POP_TOP", "JUMP 2",                              // 29-33
                "LOAD_CONST None", "RETURN_VALUE"});
}

TEST_CASE("with: inside try/finally and around try/finally", "[compiler][with]") {
  // return unwinds the with (innermost) and then runs the finally body.
  auto code = compile_verified(
      "def f():\n"
      "    try:\n"
      "        with a:\n"
      "            return g()\n"
      "    finally:\n"
      "        h()\n");
  auto l = listing(nested(*code, "f"));
  REQUIRE(l.size() >= 16);
  CHECK(Strings(l.begin(), l.begin() + 16) ==
        Strings{"NOP", "LOAD_GLOBAL a", "BEFORE_WITH", "POP_TOP", "LOAD_GLOBAL g", "CALL 0", "SWAP 2",
                "LOAD_CONST None", "LOAD_CONST None", "LOAD_CONST None", "CALL 3", "POP_TOP", "LOAD_GLOBAL h",
                "CALL 0", "POP_TOP", "RETURN_VALUE"});
  // A with around try/finally and nested withs verify on every path.
  compile_verified(
      "def f(x):\n"
      "    for i in x:\n"
      "        with a as p, b as q:\n"
      "            try:\n"
      "                with c:\n"
      "                    if i: return i\n"
      "                    if p: break\n"
      "                    continue\n"
      "            except E as e:\n"
      "                return e\n"
      "            finally:\n"
      "                with d:\n"
      "                    pass\n"
      "    return 0\n");
}
