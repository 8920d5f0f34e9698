// Opcodes, generated from opcodes.def (the one table), and the instruction format.
#pragma once

#include <cstdint>

namespace bytecode {

enum class Op : uint8_t {
#define OPCODE(name, operand, fall, jump) name,
#include "bytecode/opcodes.def"
#undef OPCODE
  COUNT_
};

constexpr int kOpCount = static_cast<int>(Op::COUNT_);

enum class OperandKind : uint8_t { None, Const, Name, Local, Jump, Count, BinOp, CmpOp, Flags, Deref };

// One instruction: opcode in the low 8 bits, argument in the high 24 bits.
using Instr = uint32_t;
constexpr uint32_t kMaxOparg = (1u << 24) - 1;
constexpr Instr make_instr(Op op, uint32_t arg) { return static_cast<uint32_t>(op) | (arg << 8); }
constexpr Op instr_op(Instr i) { return static_cast<Op>(i & 0xFF); }
constexpr uint32_t instr_arg(Instr i) { return i >> 8; }

// BINARY_OP's argument, numbered as CPython 3.11's NB_* (in-place forms +13).
enum class BinaryOp : uint8_t {
  Add, And, FloorDivide, Lshift, MatrixMultiply, Multiply, Remainder, Or, Power, Rshift,
  Subtract, TrueDivide, Xor,
  InplaceAdd, InplaceAnd, InplaceFloorDivide, InplaceLshift, InplaceMatrixMultiply,
  InplaceMultiply, InplaceRemainder, InplaceOr, InplacePower, InplaceRshift,
  InplaceSubtract, InplaceTrueDivide, InplaceXor,
  COUNT_
};
// COMPARE_OP's argument, in CPython's order.
enum class CompareOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge, COUNT_ };

// Specialised forms the VM rewrites generic instructions into (INTERNAL_OPCODE in
// opcodes.def): the compiler never emits them and the verifier rejects them in files.
namespace detail {
constexpr bool kOpIsInternal[] = {
#define OPCODE(name, operand, fall, jump) false,
#define INTERNAL_OPCODE(name, operand, fall, jump) true,
#include "bytecode/opcodes.def"
#undef INTERNAL_OPCODE
#undef OPCODE
    false};
}  // namespace detail
constexpr bool is_internal(Op op) {
  return static_cast<int>(op) >= kOpCount || detail::kOpIsInternal[static_cast<int>(op)];
}

const char* op_name(Op op);
OperandKind op_operand(Op op);
// Net stack effect of an instruction on its fall-through path / its jump path.
int stack_effect(Op op, uint32_t oparg, bool jump);
bool is_jump(Op op);
// The symbol dis prints for a BINARY_OP / COMPARE_OP argument ("+", "+=", "<", ...).
const char* binary_op_symbol(BinaryOp op);
const char* compare_op_symbol(CompareOp op);

}  // namespace bytecode
