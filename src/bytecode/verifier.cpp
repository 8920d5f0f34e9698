#include "bytecode/verifier.h"

#include <string>
#include <vector>

namespace bytecode {

namespace {

class Verifier {
 public:
  explicit Verifier(const Code& code) : c_(code), n_(code.code.size()) {}

  void run() {
    check_header();
    for (std::size_t i = 0; i < n_; ++i) check_instruction(i);
    check_terminator();
    check_exception_table();
    check_stack();
  }

 private:
  [[noreturn]] void fail(const std::string& why) const {
    throw LoadError("invalid bytecode in code object '" + c_.name + "' (file \"" + c_.filename +
                    "\", line " + std::to_string(c_.first_line) + "): " + why);
  }
  [[noreturn]] void fail_at(std::size_t i, const std::string& why) const {
    std::string where = "instruction " + std::to_string(i);
    Instr ins = c_.code[i];
    if ((ins & 0xFF) < static_cast<uint32_t>(kOpCount))
      where += std::string(" (") + op_name(instr_op(ins)) + " " + std::to_string(instr_arg(ins)) + ")";
    fail(where + ": " + why);
  }

  void check_header() const {
    if (c_.stacksize > kMaxStackSize)
      fail("stacksize " + std::to_string(c_.stacksize) + " exceeds the limit " + std::to_string(kMaxStackSize));
    if (c_.posonlyargcount > c_.argcount) fail("more positional-only parameters than positional ones");
    uint64_t params = static_cast<uint64_t>(c_.argcount) + c_.kwonlyargcount + ((c_.flags & kVarargs) ? 1 : 0) +
                      ((c_.flags & kVarKeywords) ? 1 : 0);
    if (params > c_.varnames.size())
      fail(std::to_string(params) + " parameters but only " + std::to_string(c_.varnames.size()) + " local names");
    if (n_ == 0) fail("no instructions");
    if (c_.locations.size() != n_)
      fail(std::to_string(c_.locations.size()) + " locations for " + std::to_string(n_) + " instructions");
  }

  void check_instruction(std::size_t i) const {
    Instr ins = c_.code[i];
    uint32_t raw = ins & 0xFF;
    if (raw >= static_cast<uint32_t>(kOpCount)) fail_at(i, "unknown opcode " + std::to_string(raw));
    Op op = instr_op(ins);
    if (is_internal(op)) fail_at(i, "internal opcode not allowed in a file");
    uint32_t arg = instr_arg(ins);
    auto below = [&](std::size_t limit, const char* what) {
      if (arg >= limit)
        fail_at(i, std::string(what) + " index " + std::to_string(arg) + " out of range (" + std::to_string(limit) +
                       " entries)");
    };
    auto at_most = [&](uint32_t max) {
      if (arg > max) fail_at(i, "argument " + std::to_string(arg) + " out of range (at most " + std::to_string(max) + ")");
    };
    auto at_least = [&](uint32_t min) {
      if (arg < min) fail_at(i, "argument " + std::to_string(arg) + " out of range (at least " + std::to_string(min) + ")");
    };
    switch (op_operand(op)) {
      case OperandKind::None: at_most(0); break;
      case OperandKind::Const: below(c_.consts.size(), "constant"); break;
      case OperandKind::Name: below(c_.names.size(), "name"); break;
      case OperandKind::Local: below(c_.varnames.size(), "local variable"); break;
      case OperandKind::Deref: below(c_.cellvars.size() + c_.freevars.size(), "cell/free variable"); break;
      case OperandKind::Jump:
        if (arg >= n_)
          fail_at(i, "jump target " + std::to_string(arg) + " is past the end (" + std::to_string(n_) + " instructions)");
        break;
      case OperandKind::BinOp: at_most(static_cast<uint32_t>(BinaryOp::COUNT_) - 1); break;
      case OperandKind::CmpOp: at_most(static_cast<uint32_t>(CompareOp::COUNT_) - 1); break;
      case OperandKind::Count:
      case OperandKind::Flags:
        break;
    }
    switch (op) {  // opcode-specific argument ranges
      case Op::COPY: at_least(1); break;
      case Op::SWAP: at_least(2); break;
      case Op::BUILD_SLICE: at_least(2), at_most(3); break;
      case Op::RAISE_VARARGS: at_most(2); break;
      case Op::LIST_APPEND: case Op::LIST_EXTEND: case Op::SET_ADD: case Op::SET_UPDATE:
      case Op::MAP_ADD: case Op::DICT_UPDATE:
        at_least(1);
        break;
      case Op::IS_OP: case Op::CONTAINS_OP: case Op::CALL_FUNCTION_EX: at_most(1); break;
      case Op::FORMAT_VALUE: at_most(7); break;
      case Op::MAKE_FUNCTION: at_most(15); break;
      case Op::UNPACK_EX: at_most(0xFFFF); break;
      default: break;
    }
  }

  static bool ends_flow(Op op) {
    return op == Op::RETURN_VALUE || op == Op::RAISE_VARARGS || op == Op::RERAISE || op == Op::JUMP;
  }

  void check_terminator() const {
    if (!ends_flow(instr_op(c_.code[n_ - 1])))
      fail_at(n_ - 1, "the last instruction must be RETURN_VALUE, RAISE_VARARGS, RERAISE or JUMP");
  }

  void check_exception_table() const {
    uint32_t previous_end = 0;
    for (std::size_t k = 0; k < c_.exception_table.size(); ++k) {
      const auto& e = c_.exception_table[k];
      std::string which = "exception table entry " + std::to_string(k) + ": ";
      if (e.start >= e.end || e.end > n_)
        fail(which + "range " + std::to_string(e.start) + ".." + std::to_string(e.end) + " is empty or past the end (" +
             std::to_string(n_) + " instructions)");
      if (e.start < previous_end) fail(which + "overlaps or is out of order with the previous entry");
      previous_end = e.end;
      if (e.target >= n_) fail(which + "handler " + std::to_string(e.target) + " is past the end");
      if (static_cast<uint64_t>(e.depth) + 1 + (e.push_lasti ? 1 : 0) > c_.stacksize)
        fail(which + "handler depth " + std::to_string(e.depth) + " exceeds stacksize " + std::to_string(c_.stacksize));
    }
  }

  // One pass over the control-flow graph: each instruction's depth is fixed the
  // first time a path reaches it and only compared afterwards, so the work is
  // linear in the number of instructions.
  void check_stack() {
    depth_.assign(n_, -1);
    std::vector<int32_t> protected_depth(n_, 0);
    for (const auto& e : c_.exception_table)
      for (uint32_t i = e.start; i < e.end; ++i) protected_depth[i] = static_cast<int32_t>(e.depth);

    reach(0, 0, 0);
    for (const auto& e : c_.exception_table)
      reach(e.target, static_cast<int64_t>(e.depth) + 1 + (e.push_lasti ? 1 : 0), e.start);

    while (!work_.empty()) {
      std::size_t i = work_.back();
      work_.pop_back();
      const int64_t d = depth_[i];
      Instr ins = c_.code[i];
      Op op = instr_op(ins);
      uint32_t arg = instr_arg(ins);
      int need = stack_inputs(op, arg);
      if (need < 0) fail_at(i, "opcode has no stack-input count");
      if (d < need)
        fail_at(i, "stack underflow (reads " + std::to_string(need) + " items, stack holds " + std::to_string(d) + ")");
      if (d < protected_depth[i])
        fail_at(i, "stack depth " + std::to_string(d) + " is below its exception handler's depth " +
                       std::to_string(protected_depth[i]));
      if (is_jump(op)) reach(instr_arg(ins), d + stack_effect(op, arg, true), i);
      if (!ends_flow(op)) reach(i + 1, d + stack_effect(op, arg, false), i);
    }
  }

  void reach(std::size_t target, int64_t d, std::size_t from) {
    if (target >= n_) fail_at(from, "control falls off the end of the code");
    if (d < 0) fail_at(from, "stack underflow");
    if (d > static_cast<int64_t>(c_.stacksize))
      fail_at(from, "stack depth " + std::to_string(d) + " exceeds stacksize " + std::to_string(c_.stacksize));
    if (depth_[target] < 0) {
      depth_[target] = static_cast<int32_t>(d);
      work_.push_back(target);
    } else if (depth_[target] != d) {
      fail_at(from, "stack depth " + std::to_string(d) + " at instruction " + std::to_string(target) +
                        " disagrees with " + std::to_string(depth_[target]) + " from another path");
    }
  }

  const Code& c_;
  const std::size_t n_;
  std::vector<int32_t> depth_;
  std::vector<std::size_t> work_;
};

void verify_tree(const Code& code);

void verify_constant(const Constant& k) {
  if (auto* nested = std::get_if<std::shared_ptr<const Code>>(&k.value)) {
    if (!*nested) throw LoadError("invalid bytecode: null code object constant");
    verify_tree(**nested);
  } else if (auto* tuple = std::get_if<ConstTuple>(&k.value)) {
    for (const auto& item : *tuple) verify_constant(item);
  }
}

void verify_tree(const Code& code) {
  Verifier(code).run();
  for (const auto& k : code.consts) verify_constant(k);
}

}  // namespace

void verify(const Code& code) { verify_tree(code); }

}  // namespace bytecode
