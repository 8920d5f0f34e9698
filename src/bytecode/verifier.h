// Proves a code-object tree safe to run before the VM sees it, so the VM's fast
// paths need no bounds checks. Linear in the size of the code.
#pragma once

#include "bytecode/code.h"
#include "bytecode/errors.h"

namespace bytecode {

// Largest stacksize accepted (the VM allocates that many slots per frame).
constexpr uint32_t kMaxStackSize = 1u << 20;

// Checks `code` and every nested code constant; throws LoadError whose message
// names the code object and instruction ("invalid bytecode in 'f' (line 3),
// instruction 7 JUMP: target 99 is past the end (12 instructions)"). Checks:
//  - every opcode is a known generic opcode (INTERNAL_OPCODE forms are rejected);
//  - arguments fit their OperandKind: Const/Name/Local/Deref index in range,
//    Jump target < code size, None-kind argument 0, BinOp/CmpOp a known operator,
//    Count/Flags values the opcode accepts;
//  - the last instruction is RETURN_VALUE, RAISE_VARARGS, RERAISE or JUMP;
//  - locations.size() == code.size();
//  - exception table: start < end <= size, target < size, depth + 1 + push_lasti
//    <= stacksize; entries sorted by start and not overlapping (as CPython 3.11
//    emits them; the VM may binary-search);
//  - stack depth: from 0 at instruction 0 and at each handler (depth + push_lasti
//    + 1), over fall-through and jump edges (stack_effect), every reachable
//    instruction finds enough items for what it reads (stack_inputs), the depth
//    agrees wherever paths merge, never exceeds stacksize, and inside a protected
//    range it is at least the entry's depth;
//  - argcount + kwonlyargcount (+ varargs/varkeywords flags) <= varnames.size(),
//    posonlyargcount <= argcount, stacksize <= kMaxStackSize.
void verify(const Code& code);

// How many stack items `op` reads (pops or peeks at) — the verifier's underflow
// check; stack_effect() is only the net change.
int stack_inputs(Op op, uint32_t oparg);

}  // namespace bytecode
