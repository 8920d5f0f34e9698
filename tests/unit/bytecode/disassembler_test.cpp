#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "bytecode/disassembler.h"
#include "bytecode/repr.h"
#include "code_samples.h"

using namespace bytecode;
using samples::emit;

TEST_CASE("disassembler lays out a code tree like python3 -m dis") {
  Code m;
  m.name = "<module>";
  m.filename = "x.py";
  m.stacksize = 3;
  m.consts = {Constant{std::shared_ptr<const Code>(samples::add_function())}, Constant{int64_t{1}},
              Constant{int64_t{2}}, Constant{}};
  m.names = {"add", "x"};
  emit(m, Op::LOAD_CONST, 0, 1);
  emit(m, Op::MAKE_FUNCTION, 0, 1);
  emit(m, Op::STORE_NAME, 0, 1);
  emit(m, Op::LOAD_NAME, 0, 3);
  emit(m, Op::LOAD_CONST, 1, 3);
  emit(m, Op::LOAD_CONST, 2, 3);
  emit(m, Op::CALL, 2, 3);
  emit(m, Op::STORE_NAME, 1, 3);
  emit(m, Op::LOAD_NAME, 1, 4);
  emit(m, Op::POP_JUMP_IF_FALSE, 11, 4);
  emit(m, Op::JUMP, 8, 4);
  emit(m, Op::LOAD_CONST, 3, 4);
  emit(m, Op::RETURN_VALUE, 0, 4);

  const char* expected =
      "  1           0 LOAD_CONST               0 (<code object add, file \"x.py\", line 1>)\n"
      "              1 MAKE_FUNCTION            0\n"
      "              2 STORE_NAME               0 (add)\n"
      "\n"
      "  3           3 LOAD_NAME                0 (add)\n"
      "              4 LOAD_CONST               1 (1)\n"
      "              5 LOAD_CONST               2 (2)\n"
      "              6 CALL                     2\n"
      "              7 STORE_NAME               1 (x)\n"
      "\n"
      "  4     >>    8 LOAD_NAME                1 (x)\n"
      "              9 POP_JUMP_IF_FALSE       11 (to 11)\n"
      "             10 JUMP                     8 (to 8)\n"
      "        >>   11 LOAD_CONST               3 (None)\n"
      "             12 RETURN_VALUE\n"
      "\n"
      "Disassembly of <code object add, file \"x.py\", line 1>:\n"
      "  2           0 LOAD_FAST                0 (a)\n"
      "              1 LOAD_FAST                1 (b)\n"
      "              2 BINARY_OP                0 (+)\n"
      "              3 RETURN_VALUE\n";
  CHECK(disassemble(m) == expected);
}

TEST_CASE("disassembler shows flags, comparisons and the exception table") {
  Code c;
  c.name = "f";
  c.filename = "y.py";
  c.first_line = 7;
  c.stacksize = 4;
  c.varnames = {"v"};
  emit(c, Op::LOAD_FAST, 0, 8);
  emit(c, Op::LOAD_FAST, 0, 8);
  emit(c, Op::COMPARE_OP, static_cast<uint32_t>(CompareOp::Ge), 8);
  emit(c, Op::FORMAT_VALUE, 2, 8);
  emit(c, Op::RETURN_VALUE, 0, 8);
  emit(c, Op::RERAISE, 0, 9);
  c.exception_table.push_back({0, 4, 5, 0, true});
  std::string text = disassemble(c);
  CHECK_THAT(text, Catch::Contains("COMPARE_OP               5 (>=)"));
  CHECK_THAT(text, Catch::Contains("FORMAT_VALUE             2 (repr)"));
  CHECK_THAT(text, Catch::Contains(">>    5 RERAISE\n"));
  CHECK_THAT(text, Catch::EndsWith("ExceptionTable:\n  0 to 3 -> 5 [0] lasti\n"));
}

TEST_CASE("constant reprs follow CPython") {
  ConstTuple one{Constant{int64_t{1}}};
  CHECK(repr_constant(Constant{one}) == "(1,)");
  CHECK(repr_constant(Constant{ConstTuple{}}) == "()");
  CHECK(repr_constant(Constant{ConstTuple{Constant{true}, Constant{}, Constant{Ellipsis{}},
                                          Constant{BigInt{"99999999999999999999"}}, Constant{one}}}) ==
        "(True, None, Ellipsis, 99999999999999999999, (1,))");
}
