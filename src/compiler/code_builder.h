// Accumulates the instructions of one code object with symbolic jump labels and
// turns them into a bytecode::Code: labels are resolved to absolute instruction
// indices, jumps are threaded, unreachable code and redundant NOPs are removed
// (as CPython's assembler does) and the exact maximum stack depth is computed over
// the control-flow graph.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "bytecode/code.h"

namespace compiler {

struct Label {
  int id = -1;
  bool valid() const { return id >= 0; }
};

// CPython's pseudo-instructions for exception handling: they only mark where a
// protected range starts and ends; the assembler turns them into the
// exception table and drops them.
// SetupWith is CPython's SETUP_WITH: a cleanup whose handler finds the stack
// one item lower than at the SETUP (the __enter__ result is not kept).
enum class Pseudo : uint8_t { None, SetupFinally, SetupCleanup, SetupWith, PopBlock };

class CodeBuilder {
 public:
  Label new_label();
  // The next emitted instruction is the label's target.
  void bind(Label label);

  void emit(bytecode::Op op, uint32_t arg = 0);
  void emit_jump(bytecode::Op op, Label target);
  // Instructions from here to the matching emit_pop_block() send exceptions to
  // `handler`, with the stack cut to its depth here; a cleanup handler also
  // finds the raising instruction's index pushed (CPython's SETUP_FINALLY /
  // SETUP_CLEANUP and POP_BLOCK).
  void emit_setup(Label handler, bool cleanup);
  // After BEFORE_WITH: a cleanup range whose handler keeps the bound __exit__
  // but not the __enter__ result on top of it.
  void emit_setup_with(Label handler);
  void emit_pop_block();

  // Location given to the instructions emitted from now on.
  void set_location(const bytecode::Location& loc) { loc_ = loc; }
  const bytecode::Location& location() const { return loc_; }
  // Location of the last emitted instruction (or the current one if none yet).
  bytecode::Location last_location() const { return instrs_.empty() ? loc_ : instrs_.back().loc; }

  // Index of a constant / name / fast local, added on first use (CPython's order).
  uint32_t add_const(const bytecode::Constant& c);
  uint32_t add_name(std::string_view name);
  uint32_t add_varname(std::string_view name);
  bool has_varname(std::string_view name) const { return varnames_.count(std::string(name)) != 0; }

  // True when the last emitted instruction never falls through (return, jump,
  // raise) and no label points past it.
  bool ends_with_terminator() const;

  // Moves everything into `code` (whose header fields the caller fills) and
  // finishes it. Throws std::logic_error on an internal inconsistency (a stack
  // depth that differs between two paths), which is a compiler bug.
  void assemble(bytecode::Code& code);

 private:
  struct Instr {
    bytecode::Op op;
    uint32_t arg;
    int label;  // jump target label id, or -1
    bytecode::Location loc;
    Pseudo pseudo = Pseudo::None;
  };
  std::vector<Instr> instrs_;
  std::vector<int> label_pos_;  // label id -> instruction index (-1 unbound)
  bytecode::Location loc_;
  std::vector<bytecode::Constant> consts_;
  std::map<std::string, uint32_t> const_index_;
  std::vector<std::string> names_;
  std::map<std::string, uint32_t, std::less<>> name_index_;
  std::vector<std::string> varnames_order_;
  std::map<std::string, uint32_t> varnames_;
};

// A key that tells constants apart exactly as CPython's constant cache does
// (1, 1.0, True and 0.0/-0.0 are all different constants).
std::string constant_key(const bytecode::Constant& c);

}  // namespace compiler
