// Hand-built code objects shared by the bytecode tests.
#pragma once

#include <cmath>
#include <cstring>
#include <limits>
#include <memory>

#include "bytecode/code.h"

namespace samples {

using namespace bytecode;

inline void emit(Code& c, Op op, uint32_t arg = 0, int32_t line = 1) {
  c.code.push_back(make_instr(op, arg));
  c.locations.push_back(Location{line, line, 0, 1});
}

// def add(a, b): return a + b
inline std::shared_ptr<Code> add_function() {
  auto f = std::make_shared<Code>();
  f->name = "add";
  f->qualname = "add";
  f->filename = "x.py";
  f->first_line = 1;
  f->argcount = 2;
  f->flags = kOptimized | kNewLocals;
  f->stacksize = 2;
  f->varnames = {"a", "b"};
  emit(*f, Op::LOAD_FAST, 0, 2);
  emit(*f, Op::LOAD_FAST, 1, 2);
  emit(*f, Op::BINARY_OP, static_cast<uint32_t>(BinaryOp::Add), 2);
  emit(*f, Op::RETURN_VALUE, 0, 2);
  return f;
}

// A module holding every constant kind, a nested function and a loop.
inline std::shared_ptr<Code> module_with_everything() {
  auto m = std::make_shared<Code>();
  m->name = "<module>";
  m->qualname = "<module>";
  m->filename = "x.py";
  m->stacksize = 3;
  m->names = {"add", "x", "print"};
  Constant nested_tuple{ConstTuple{Constant{int64_t{1}}, Constant{ConstTuple{Constant{std::string("a")}}},
                                   Constant{ConstTuple{}}}};
  double nan_with_payload;
  uint64_t bits = 0x7ff8000000000123ULL;
  std::memcpy(&nan_with_payload, &bits, 8);
  m->consts = {
      Constant{std::shared_ptr<const Code>(add_function())},  // 0
      Constant{},                                               // 1 None
      Constant{true},                                           // 2
      Constant{false},                                          // 3
      Constant{int64_t{-42}},                                   // 4
      Constant{BigInt{"-123456789012345678901234567890"}},      // 5
      Constant{-0.0},                                           // 6
      Constant{nan_with_payload},                               // 7
      Constant{Complex{1.5, -2.0}},                             // 8
      Constant{std::string("h\xc3\xa9llo \xed\xa0\x80")},       // 9: é and a lone surrogate
      Constant{Bytes{std::string("\0\xff'", 3)}},               // 10
      Constant{Ellipsis{}},                                     // 11
      nested_tuple,                                             // 12
      Constant{std::numeric_limits<double>::infinity()},        // 13
  };
  emit(*m, Op::LOAD_CONST, 0, 1);
  emit(*m, Op::MAKE_FUNCTION, 0, 1);
  emit(*m, Op::STORE_NAME, 0, 1);
  emit(*m, Op::LOAD_CONST, 12, 3);     // 3: for item in (...):
  emit(*m, Op::GET_ITER, 0, 3);        // 4
  emit(*m, Op::FOR_ITER, 9, 3);        // 5
  emit(*m, Op::STORE_NAME, 1, 3);      // 6
  emit(*m, Op::NOP, 0, 4);             // 7
  emit(*m, Op::JUMP, 5, 4);            // 8
  emit(*m, Op::LOAD_CONST, 1, 5);      // 9
  emit(*m, Op::RETURN_VALUE, 0, 5);    // 10
  emit(*m, Op::POP_TOP, 0, 6);         // 11: handler for the loop body: exception, iterator
  emit(*m, Op::POP_TOP, 0, 6);         // 12
  emit(*m, Op::LOAD_CONST, 1, 6);      // 13
  emit(*m, Op::RETURN_VALUE, 0, 6);    // 14
  ExceptionEntry e;
  e.start = 7, e.end = 8, e.target = 11, e.depth = 1, e.push_lasti = false;
  m->exception_table.push_back(e);
  return m;
}

}  // namespace samples
