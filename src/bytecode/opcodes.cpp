#include "bytecode/opcodes.h"

namespace bytecode {

namespace {
struct OpInfo {
  const char* name;
  OperandKind operand;
};
constexpr OpInfo kOpInfo[] = {
#define OPCODE(name, operand, fall, jump) {#name, OperandKind::operand},
#include "bytecode/opcodes.def"
#undef OPCODE
};
}  // namespace

const char* op_name(Op op) {
  auto i = static_cast<int>(op);
  return i < kOpCount ? kOpInfo[i].name : "<invalid>";
}

OperandKind op_operand(Op op) { return kOpInfo[static_cast<int>(op)].operand; }

bool is_jump(Op op) { return op_operand(op) == OperandKind::Jump; }

int stack_effect(Op op, uint32_t arg, bool jump) {
  const int oparg = static_cast<int>(arg);
  (void)oparg;
  switch (op) {
#define OPCODE(name, operand, fall, jmp) \
  case Op::name:                        \
    return jump ? (jmp) : (fall);
#include "bytecode/opcodes.def"
#undef OPCODE
    case Op::COUNT_:
      break;
  }
  return 0;
}

const char* binary_op_symbol(BinaryOp op) {
  static const char* const kSymbols[] = {
      "+",  "&",  "//",  "<<",  "@",  "*",  "%",  "|",  "**",  ">>",  "-",  "/",  "^",
      "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};
  auto i = static_cast<unsigned>(op);
  return i < static_cast<unsigned>(BinaryOp::COUNT_) ? kSymbols[i] : "?";
}

const char* compare_op_symbol(CompareOp op) {
  static const char* const kSymbols[] = {"<", "<=", "==", "!=", ">", ">="};
  auto i = static_cast<unsigned>(op);
  return i < static_cast<unsigned>(CompareOp::COUNT_) ? kSymbols[i] : "?";
}

}  // namespace bytecode
