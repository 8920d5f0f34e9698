// Running hand-built code objects through the VM: calls, loops, recursion
// limits, exception handlers and the caret-anchor scanner of tracebacks.
#include <catch2/catch.hpp>

#include "runtime/objects/containers.h"
#include "runtime/objects/exceptions.h"
#include "runtime/ops.h"
#include "runtime/runtime.h"
#include "runtime/objects/str.h"
#include "vm/caret_anchors.h"
#include "vm/interpreter.h"

using bytecode::BinaryOp;
using bytecode::CompareOp;
using bytecode::make_instr;
using bytecode::Op;
using rt::Value;

namespace {

using CodePtr = std::shared_ptr<bytecode::Code>;

CodePtr make_code(const std::string& name, std::vector<bytecode::Instr> instrs) {
  auto c = std::make_shared<bytecode::Code>();
  c->name = c->qualname = name;
  c->filename = "<test>";
  c->code = std::move(instrs);
  c->locations.resize(c->code.size());
  c->stacksize = 16;
  return c;
}

bytecode::Constant K(int64_t i) { return {i}; }
bytecode::Constant K(const CodePtr& c) { return {std::shared_ptr<const bytecode::Code>(c)}; }
bytecode::Constant None() { return {std::monostate{}}; }
uint32_t B(BinaryOp o) { return static_cast<uint32_t>(o); }

// Runs module code; returns the module's globals (the error summary if it raises).
rt::Dict* run_module(vm::VM& machine, const CodePtr& code, std::string* error = nullptr) {
  rt::CodeObj* c = vm::load_code(code, "");
  rt::Dict* globals = rt::new_dict();
  globals->set_str(rt::intern("__name__"), rt::str_value("__main__"));
  auto* module = rt::heap().make<rt::Module>(rt::intern("__main__"), globals);
  try {
    machine.exec_module(c, module);
  } catch (const rt::PyError& e) {
    if (error) *error = rt::exception_summary(e.exc);
  }
  return globals;
}

std::string global(rt::Dict* g, const char* name) {
  Value v = g->get_str(rt::intern(name));
  return v.is_null() ? "<unset>" : rt::repr_string(v);
}

// def f(n): return n * 2 ; result = f(21)
CodePtr call_program() {
  auto f = make_code("f", {make_instr(Op::LOAD_FAST, 0), make_instr(Op::LOAD_CONST, 0),
                           make_instr(Op::BINARY_OP, B(BinaryOp::Multiply)), make_instr(Op::RETURN_VALUE, 0)});
  f->argcount = 1;
  f->varnames = {"n"};
  f->consts = {K(2)};
  auto m = make_code("<module>", {make_instr(Op::LOAD_CONST, 0), make_instr(Op::MAKE_FUNCTION, 0),
                                  make_instr(Op::STORE_GLOBAL, 0), make_instr(Op::LOAD_GLOBAL, 0),
                                  make_instr(Op::LOAD_CONST, 1), make_instr(Op::CALL, 1),
                                  make_instr(Op::STORE_GLOBAL, 1), make_instr(Op::LOAD_CONST, 2),
                                  make_instr(Op::RETURN_VALUE, 0)});
  m->consts = {K(f), K(21), None()};
  m->names = {"f", "result"};
  return m;
}

}  // namespace

TEST_CASE("a module defines and calls a function") {
  vm::VM machine;
  rt::Dict* g = run_module(machine, call_program());
  CHECK(global(g, "result") == "42");
}

TEST_CASE("a loop sums a range with an inline-cached global") {
  vm::VM machine;
  // total = 0; for i in range(100000): total = total + i
  auto m = make_code("<module>", {
                                     make_instr(Op::LOAD_CONST, 0),                   // 0
                                     make_instr(Op::STORE_GLOBAL, 0),                 // 1 total
                                     make_instr(Op::LOAD_GLOBAL, 1),                  // 2 range
                                     make_instr(Op::LOAD_CONST, 1),                   // 3
                                     make_instr(Op::CALL, 1),                         // 4
                                     make_instr(Op::GET_ITER, 0),                     // 5
                                     make_instr(Op::FOR_ITER, 13),                    // 6
                                     make_instr(Op::STORE_GLOBAL, 2),                 // 7 i
                                     make_instr(Op::LOAD_GLOBAL, 0),                  // 8
                                     make_instr(Op::LOAD_GLOBAL, 2),                  // 9
                                     make_instr(Op::BINARY_OP, B(BinaryOp::Add)),     // 10
                                     make_instr(Op::STORE_GLOBAL, 0),                 // 11
                                     make_instr(Op::JUMP, 6),                         // 12
                                     make_instr(Op::LOAD_CONST, 2),                   // 13
                                     make_instr(Op::RETURN_VALUE, 0),                 // 14
                                 });
  m->consts = {K(0), K(100000), None()};
  m->names = {"total", "range", "i"};
  rt::Dict* g = run_module(machine, m);
  CHECK(global(g, "total") == "4999950000");
}

TEST_CASE("unbounded recursion raises RecursionError, not a crash") {
  vm::VM machine;
  // def f(n): return f(n + 1) ; f(0)
  auto f = make_code("f", {make_instr(Op::LOAD_GLOBAL, 0), make_instr(Op::LOAD_FAST, 0),
                           make_instr(Op::LOAD_CONST, 0), make_instr(Op::BINARY_OP, B(BinaryOp::Add)),
                           make_instr(Op::CALL, 1), make_instr(Op::RETURN_VALUE, 0)});
  f->argcount = 1;
  f->varnames = {"n"};
  f->names = {"f"};
  f->consts = {K(1)};
  auto m = make_code("<module>", {make_instr(Op::LOAD_CONST, 0), make_instr(Op::MAKE_FUNCTION, 0),
                                  make_instr(Op::STORE_GLOBAL, 0), make_instr(Op::LOAD_GLOBAL, 0),
                                  make_instr(Op::LOAD_CONST, 1), make_instr(Op::CALL, 1),
                                  make_instr(Op::RETURN_VALUE, 0)});
  m->consts = {K(f), K(0)};
  m->names = {"f"};
  std::string error;
  run_module(machine, m, &error);
  CHECK(error == "RecursionError: maximum recursion depth exceeded");
}

TEST_CASE("argument errors name the function") {
  vm::VM machine;
  auto m = call_program();
  m->code[4] = make_instr(Op::NOP, 0);
  m->code[5] = make_instr(Op::CALL, 0);  // f() without its argument
  std::string error;
  run_module(machine, m, &error);
  CHECK(error == "TypeError: f() missing 1 required positional argument: 'n'");
}

TEST_CASE("an exception table entry catches a ZeroDivisionError") {
  vm::VM machine;
  // try: x = 1 / 0
  // except ZeroDivisionError: x = -1
  auto m = make_code("<module>", {
                                     make_instr(Op::LOAD_CONST, 0),                       // 0
                                     make_instr(Op::LOAD_CONST, 1),                       // 1
                                     make_instr(Op::BINARY_OP, B(BinaryOp::TrueDivide)),  // 2
                                     make_instr(Op::STORE_GLOBAL, 0),                     // 3
                                     make_instr(Op::JUMP, 13),                            // 4
                                     make_instr(Op::PUSH_EXC_INFO, 0),                    // 5
                                     make_instr(Op::LOAD_GLOBAL, 1),                      // 6
                                     make_instr(Op::CHECK_EXC_MATCH, 0),                  // 7
                                     make_instr(Op::POP_JUMP_IF_FALSE, 15),               // 8
                                     make_instr(Op::POP_TOP, 0),                          // 9
                                     make_instr(Op::LOAD_CONST, 2),                       // 10
                                     make_instr(Op::STORE_GLOBAL, 0),                     // 11
                                     make_instr(Op::POP_EXCEPT, 0),                       // 12
                                     make_instr(Op::LOAD_CONST, 3),                       // 13
                                     make_instr(Op::RETURN_VALUE, 0),                     // 14
                                     make_instr(Op::RERAISE, 0),                          // 15
                                 });
  m->consts = {K(1), K(0), K(-1), None()};
  m->names = {"x", "ZeroDivisionError"};
  m->exception_table = {{0, 4, 5, 0, false}};
  std::string error;
  rt::Dict* g = run_module(machine, m, &error);
  CHECK(error.empty());
  CHECK(global(g, "x") == "-1");
}

TEST_CASE("caret anchors find the outermost operator or subscript") {
  size_t l, r;
  bool binop;
  REQUIRE(vm::caret_anchors("10 / 0", l, r, binop));
  CHECK((l == 3 && r == 4 && binop));
  REQUIRE(vm::caret_anchors("x[0] + (y *  2) - \"s\"", l, r, binop));
  CHECK((l == 16 && r == 17));
  REQUIRE(vm::caret_anchors("a // b", l, r, binop));
  CHECK((l == 2 && r == 4));
  REQUIRE(vm::caret_anchors("lst[5]", l, r, binop));
  CHECK((l == 3 && r == 6 && !binop));
  CHECK_FALSE(vm::caret_anchors("f(x)", l, r, binop));
  CHECK_FALSE(vm::caret_anchors("a < b", l, r, binop));
  CHECK_FALSE(vm::caret_anchors("-a ** b", l, r, binop));
  CHECK_FALSE(vm::caret_anchors("not a + b", l, r, binop));
}
