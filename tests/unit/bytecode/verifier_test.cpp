#include <catch2/catch.hpp>

#include "bytecode/verifier.h"
#include "code_samples.h"

using namespace bytecode;
using samples::emit;

namespace {

Code simple_module() {
  Code c;
  c.name = "<module>";
  c.filename = "v.py";
  c.stacksize = 2;
  c.consts = {Constant{}, Constant{int64_t{1}}};
  c.names = {"x"};
  return c;
}

}  // namespace

TEST_CASE("verifier accepts well-formed code") {
  CHECK_NOTHROW(verify(*samples::add_function()));
  CHECK_NOTHROW(verify(*samples::module_with_everything()));
}

TEST_CASE("verifier rejects a bad jump target") {
  Code c = simple_module();
  emit(c, Op::JUMP, 7);
  CHECK_THROWS_WITH(verify(c), Catch::Contains("instruction 0 (JUMP 7)") && Catch::Contains("past the end"));
}

TEST_CASE("verifier rejects stack underflow") {
  Code c = simple_module();
  emit(c, Op::LOAD_CONST, 1);
  emit(c, Op::BINARY_OP, 0);  // reads two items, one is there
  emit(c, Op::RETURN_VALUE);
  CHECK_THROWS_WITH(verify(c), Catch::Contains("instruction 1 (BINARY_OP 0): stack underflow"));

  Code d = simple_module();
  emit(d, Op::POP_TOP);
  emit(d, Op::LOAD_CONST, 0);
  emit(d, Op::RETURN_VALUE);
  CHECK_THROWS_WITH(verify(d), Catch::Contains("stack underflow"));
}

TEST_CASE("verifier rejects an unknown opcode") {
  Code c = simple_module();
  c.code.push_back(0xFF);  // opcode 255, argument 0
  c.locations.push_back({});
  emit(c, Op::LOAD_CONST, 0);
  emit(c, Op::RETURN_VALUE);
  CHECK_THROWS_WITH(verify(c), Catch::Contains("unknown opcode 255"));
}

TEST_CASE("verifier rejects out-of-range operands") {
  Code c = simple_module();
  emit(c, Op::LOAD_CONST, 2);
  emit(c, Op::RETURN_VALUE);
  CHECK_THROWS_WITH(verify(c), Catch::Contains("constant index 2 out of range"));

  Code d = simple_module();
  emit(d, Op::LOAD_FAST, 0);
  emit(d, Op::RETURN_VALUE);
  CHECK_THROWS_WITH(verify(d), Catch::Contains("local variable index 0"));

  Code e = simple_module();
  emit(e, Op::LOAD_CONST, 1);
  emit(e, Op::LOAD_CONST, 1);
  emit(e, Op::COMPARE_OP, 6);
  emit(e, Op::RETURN_VALUE);
  CHECK_THROWS_WITH(verify(e), Catch::Contains("at most 5"));

  Code f = simple_module();
  emit(f, Op::RETURN_VALUE, 3);  // None-kind argument must be 0
  CHECK_THROWS_WITH(verify(f), Catch::Contains("at most 0"));
}

TEST_CASE("verifier rejects code that falls off its end") {
  Code c = simple_module();
  emit(c, Op::LOAD_CONST, 0);
  CHECK_THROWS_WITH(verify(c), Catch::Contains("last instruction must be"));
  Code empty = simple_module();
  CHECK_THROWS_WITH(verify(empty), Catch::Contains("no instructions"));
}

TEST_CASE("verifier rejects disagreeing depths, overflow and missing locations") {
  Code c = simple_module();
  emit(c, Op::LOAD_CONST, 1);          // 0
  emit(c, Op::POP_JUMP_IF_TRUE, 4);    // 1: depth 0 on both edges
  emit(c, Op::LOAD_CONST, 0);          // 2: depth 1
  emit(c, Op::JUMP, 4);                // 3: arrives with 1, the other edge with 0
  emit(c, Op::LOAD_CONST, 0);          // 4
  emit(c, Op::RETURN_VALUE);           // 5
  CHECK_THROWS_WITH(verify(c), Catch::Contains("disagrees"));

  Code d = simple_module();
  d.stacksize = 1;
  emit(d, Op::LOAD_CONST, 0);
  emit(d, Op::LOAD_CONST, 0);
  emit(d, Op::BUILD_TUPLE, 2);
  emit(d, Op::RETURN_VALUE);
  CHECK_THROWS_WITH(verify(d), Catch::Contains("exceeds stacksize 1"));

  Code e = simple_module();
  emit(e, Op::LOAD_CONST, 0);
  emit(e, Op::RETURN_VALUE);
  e.locations.pop_back();
  CHECK_THROWS_WITH(verify(e), Catch::Contains("1 locations for 2 instructions"));
}

TEST_CASE("verifier checks the exception table") {
  Code c = simple_module();
  emit(c, Op::LOAD_CONST, 0);  // 0
  emit(c, Op::RETURN_VALUE);   // 1
  emit(c, Op::POP_TOP);        // 2: handler, depth 0 + exception
  emit(c, Op::LOAD_CONST, 0);  // 3
  emit(c, Op::RETURN_VALUE);   // 4
  c.exception_table.push_back({0, 2, 2, 0, false});
  CHECK_NOTHROW(verify(c));

  Code bad_target = c;
  bad_target.exception_table[0].target = 9;
  CHECK_THROWS_WITH(verify(bad_target), Catch::Contains("handler 9 is past the end"));
  Code bad_depth = c;
  bad_depth.exception_table[0].depth = 5;
  CHECK_THROWS_WITH(verify(bad_depth), Catch::Contains("exceeds stacksize"));
  Code overlap = c;
  overlap.exception_table.push_back({1, 2, 2, 0, false});
  CHECK_THROWS_WITH(verify(overlap), Catch::Contains("overlaps"));
  Code under = c;
  under.exception_table[0] = {0, 2, 2, 1, false};  // handler expects 1 item the range lacks
  CHECK_THROWS_WITH(verify(under), Catch::Contains("below its exception handler's depth"));
}

TEST_CASE("verifier checks nested code objects") {
  auto f = samples::add_function();
  f->code[0] = make_instr(Op::LOAD_FAST, 9);
  Code m = simple_module();
  m.consts.emplace_back();
  m.consts.back().value = std::shared_ptr<const Code>(f);
  emit(m, Op::LOAD_CONST, 0);
  emit(m, Op::RETURN_VALUE);
  CHECK_THROWS_WITH(verify(m), Catch::Contains("code object 'add'") && Catch::Contains("local variable index 9"));
}

TEST_CASE("every generic opcode has a stack-input count") {
  for (int i = 0; i < kOpCount; ++i) {
    auto op = static_cast<Op>(i);
    if (!is_internal(op)) CHECK(stack_inputs(op, 2) >= 0);
  }
}

TEST_CASE("verifier rejects the VM's internal opcodes") {
  for (int i = 0; i < kOpCount; ++i) {
    auto op = static_cast<Op>(i);
    if (!is_internal(op)) continue;
    Code c = simple_module();
    c.varnames = {"a", "b"};
    emit(c, op, 0);
    emit(c, Op::LOAD_CONST, 0);
    emit(c, Op::RETURN_VALUE);
    INFO(op_name(op));
    CHECK_THROWS_WITH(verify(c), Catch::Contains("internal opcode not allowed"));
  }
}
