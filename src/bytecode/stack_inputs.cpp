// How many stack items each generic opcode reads. A second column beside
// opcodes.def's net effect: BINARY_OP's net -1 hides that it reads two items,
// and the verifier must know that to rule out underflow.
#include "bytecode/verifier.h"

namespace bytecode {

namespace {

// -1 = not listed. The static_assert below makes a new generic opcode in
// opcodes.def fail the build until it gets a line here.
constexpr int inputs_of(Op op, uint32_t oparg) {
  const int n = static_cast<int>(oparg);
  auto bit = [oparg](uint32_t mask) { return (oparg & mask) != 0 ? 1 : 0; };
  switch (op) {
    case Op::NOP: return 0;
    case Op::POP_TOP: return 1;
    case Op::COPY: return n;
    case Op::SWAP: return n;
    case Op::LOAD_CONST: case Op::LOAD_FAST: case Op::DELETE_FAST: case Op::LOAD_GLOBAL:
    case Op::DELETE_GLOBAL: case Op::LOAD_NAME: case Op::DELETE_NAME: case Op::LOAD_DEREF:
    case Op::LOAD_CLOSURE:
      return 0;
    case Op::STORE_FAST: case Op::STORE_GLOBAL: case Op::STORE_NAME: case Op::STORE_DEREF:
    case Op::LOAD_ATTR: case Op::DELETE_ATTR:
      return 1;
    case Op::STORE_ATTR: return 2;
    case Op::UNARY_POSITIVE: case Op::UNARY_NEGATIVE: case Op::UNARY_NOT: case Op::UNARY_INVERT:
      return 1;
    case Op::BINARY_OP: case Op::COMPARE_OP: case Op::IS_OP: case Op::CONTAINS_OP:
    case Op::BINARY_SUBSCR: case Op::DELETE_SUBSCR:
      return 2;
    case Op::STORE_SUBSCR: return 3;
    case Op::BUILD_TUPLE: case Op::BUILD_LIST: case Op::BUILD_SET: case Op::BUILD_STRING:
    case Op::BUILD_SLICE:
      return n;
    case Op::BUILD_MAP: return 2 * n;
    // The container sits oparg items below the popped value(s).
    case Op::LIST_APPEND: case Op::LIST_EXTEND: case Op::SET_ADD: case Op::SET_UPDATE:
    case Op::DICT_UPDATE:
      return n + 1;
    case Op::MAP_ADD: return n + 2;
    case Op::LIST_TO_TUPLE: return 1;
    case Op::FORMAT_VALUE: return 1 + bit(4);
    case Op::UNPACK_SEQUENCE: case Op::UNPACK_EX: return 1;
    case Op::JUMP: return 0;
    case Op::POP_JUMP_IF_FALSE: case Op::POP_JUMP_IF_TRUE: case Op::POP_JUMP_IF_NONE:
    case Op::POP_JUMP_IF_NOT_NONE: case Op::JUMP_IF_FALSE_OR_POP: case Op::JUMP_IF_TRUE_OR_POP:
    case Op::GET_ITER: case Op::FOR_ITER:
      return 1;
    case Op::CALL: return n + 1;
    case Op::CALL_KW: return n + 2;
    case Op::CALL_FUNCTION_EX: return 2 + bit(1);
    case Op::MAKE_FUNCTION: return 1 + bit(1) + bit(2) + bit(4) + bit(8);
    case Op::RETURN_VALUE: return 1;
    case Op::IMPORT_NAME: return 2;
    case Op::IMPORT_FROM: return 1;
    case Op::IMPORT_STAR: return 1;
    case Op::RAISE_VARARGS: return n;
    case Op::RERAISE: return 1;
    case Op::PUSH_EXC_INFO: return 1;
    case Op::POP_EXCEPT: return 1;
    case Op::CHECK_EXC_MATCH: return 2;
    case Op::LOAD_BUILD_CLASS: case Op::LOAD_CLASSDEREF: return 0;
    case Op::LOAD_METHOD: return 1;
    case Op::CALL_METHOD: return n + 2;
    case Op::CALL_METHOD_KW: return n + 3;
    case Op::BEFORE_WITH: return 1;
    case Op::WITH_EXCEPT_START: return 4;
    case Op::YIELD_VALUE: return 1 + bit(1);
    case Op::GET_YIELD_FROM_ITER: return 1;
    case Op::SEND: return 2;
    case Op::GET_LEN: case Op::MATCH_MAPPING: case Op::MATCH_SEQUENCE: return 1;
    case Op::MATCH_KEYS: return 2;
    case Op::MATCH_CLASS: return 3;
    case Op::CHECK_EG_MATCH: case Op::PREP_RERAISE_STAR: return 2;
    case Op::GET_AWAITABLE: case Op::GET_AITER: case Op::GET_ANEXT: return 1;
    case Op::END_ASYNC_FOR: return 2;
    case Op::BEFORE_ASYNC_WITH: case Op::ASYNC_GEN_WRAP: return 1;
    case Op::DELETE_DEREF: return 0;
    case Op::PRINT_EXPR: return 1;
    default: return -1;
  }
}

constexpr bool every_generic_opcode_listed() {
  for (int i = 0; i < kOpCount; ++i)
    if (!is_internal(static_cast<Op>(i)) && inputs_of(static_cast<Op>(i), 0) < 0) return false;
  return true;
}
static_assert(every_generic_opcode_listed(),
              "a generic opcode in opcodes.def has no stack-input count in src/bytecode/stack_inputs.cpp");

}  // namespace

int stack_inputs(Op op, uint32_t oparg) { return inputs_of(op, oparg); }

}  // namespace bytecode
