#include "compiler/code_builder.h"

#include <algorithm>
#include <cstring>

#include "compiler/constants.h"
#include <stdexcept>

namespace compiler {

using bytecode::Op;

namespace {

bool is_terminator(Op op) {
  return op == Op::JUMP || op == Op::RETURN_VALUE || op == Op::RAISE_VARARGS || op == Op::RERAISE;
}

template <class... Ts>
struct Overloaded : Ts... { using Ts::operator()...; };
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

// Appends pieces one at a time: `"x" + std::to_string(n)` trips GCC 12's
// -Wrestrict false positive.
void put(std::string& out, char tag, const std::string& text) {
  out += tag;
  out += text;
  out += ';';
}

void append_key(std::string& out, const bytecode::Constant& c) {
  std::visit(Overloaded{
                 [&](std::monostate) { out += "N;"; },
                 [&](bool b) { out += b ? "T;" : "F;"; },
                 [&](int64_t i) { put(out, 'i', std::to_string(i)); },
                 [&](const bytecode::BigInt& b) { put(out, 'I', b.decimal); },
                 [&](double d) {
                   // Bits, not value: 0.0 and -0.0 (and NaNs) stay distinct.
                   uint64_t bits;
                   std::memcpy(&bits, &d, sizeof bits);
                   put(out, 'f', std::to_string(bits));
                 },
                 [&](const bytecode::Complex& z) {
                   uint64_t re, im;
                   std::memcpy(&re, &z.real, sizeof re);
                   std::memcpy(&im, &z.imag, sizeof im);
                   put(out, 'c', std::to_string(re));
                   put(out, ',', std::to_string(im));
                 },
                 [&](const std::string& s) {
                   put(out, 's', std::to_string(s.size()));
                   out += s;
                 },
                 [&](const bytecode::Bytes& b) {
                   put(out, 'b', std::to_string(b.data.size()));
                   out += b.data;
                 },
                 [&](bytecode::Ellipsis) { out += "E;"; },
                 [&](const bytecode::ConstTuple& t) {
                   put(out, '(', std::to_string(t.size()));
                   for (const auto& e : t) append_key(out, e);
                   out += ')';
                 },
                 [&](const std::shared_ptr<const bytecode::Code>& code) {
                   // Code objects are never shared between two MAKE_FUNCTIONs.
                   put(out, 'C', std::to_string(reinterpret_cast<uintptr_t>(code.get())));
                 },
             },
             c.value);
}

}  // namespace

std::string constant_key(const bytecode::Constant& c) {
  std::string key;
  append_key(key, c);
  return key;
}

Label CodeBuilder::new_label() {
  label_pos_.push_back(-1);
  return Label{static_cast<int>(label_pos_.size() - 1)};
}

void CodeBuilder::bind(Label label) { label_pos_.at(label.id) = static_cast<int>(instrs_.size()); }

void CodeBuilder::emit(Op op, uint32_t arg) { instrs_.push_back({op, arg, -1, loc_, Pseudo::None}); }

void CodeBuilder::emit_jump(Op op, Label target) { instrs_.push_back({op, 0, target.id, loc_}); }

void CodeBuilder::emit_setup(Label handler, bool cleanup) {
  instrs_.push_back({Op::NOP, 0, handler.id, loc_, cleanup ? Pseudo::SetupCleanup : Pseudo::SetupFinally});
}

void CodeBuilder::emit_setup_with(Label handler) {
  instrs_.push_back({Op::NOP, 0, handler.id, loc_, Pseudo::SetupWith});
}

void CodeBuilder::emit_pop_block() { instrs_.push_back({Op::NOP, 0, -1, loc_, Pseudo::PopBlock}); }

uint32_t CodeBuilder::add_const(const bytecode::Constant& c) {
  auto [it, inserted] = const_index_.try_emplace(constant_key(c), consts_.size());
  if (inserted) consts_.push_back(c);
  return it->second;
}

uint32_t CodeBuilder::add_name(std::string_view name) {
  auto it = name_index_.find(name);
  if (it != name_index_.end()) return it->second;
  names_.emplace_back(name);
  name_index_.emplace(std::string(name), names_.size() - 1);
  return names_.size() - 1;
}

uint32_t CodeBuilder::add_varname(std::string_view name) {
  auto [it, inserted] = varnames_.try_emplace(std::string(name), varnames_order_.size());
  if (inserted) varnames_order_.emplace_back(name);
  return it->second;
}

bool CodeBuilder::ends_with_terminator() const {
  for (int pos : label_pos_)
    if (pos == static_cast<int>(instrs_.size())) return false;
  return !instrs_.empty() && is_terminator(instrs_.back().op);
}

namespace {

// An instruction with its jump target resolved to an index in the same vector.
struct Resolved {
  Op op;
  uint32_t arg;
  int target;  // -1 for non-jumps (for a SETUP pseudo-instruction: its handler)
  bytecode::Location loc;
  Pseudo pseudo = Pseudo::None;
  // The handler an exception raised here goes to (CPython's i_except): its
  // instruction index (-1: none), the stack depth it cuts to, and whether the
  // raising instruction's index is pushed below the exception.
  int handler = -1;
  int handler_depth = 0;
  bool handler_lasti = false;
};

bool is_setup(const Resolved& r) {
  return r.pseudo == Pseudo::SetupFinally || r.pseudo == Pseudo::SetupCleanup || r.pseudo == Pseudo::SetupWith;
}
// Stack depth a SETUP's handler cuts to, given the depth at the SETUP.
int handler_depth_at(const Resolved& setup, int depth) { return setup.pseudo == Pseudo::SetupWith ? depth - 1 : depth; }
bool handler_pushes_lasti(const Resolved& setup) { return setup.pseudo != Pseudo::SetupFinally; }

// Depth of the value stack on entry to each instruction (-1: unreachable).
// Edges: fall-through, jumps, a SETUP to its handler (which finds the exception,
// and for cleanups the raising instruction's index, pushed), and every
// instruction with a handler to that handler.
std::vector<int> stack_depths(const std::vector<Resolved>& code, int* max_depth) {
  std::vector<int> depth(code.size(), -1);
  std::vector<int> work;
  auto reach = [&](int i, int d) {
    if (d < 0) throw std::logic_error("compiler: stack underflow");
    if (i >= static_cast<int>(code.size())) throw std::logic_error("compiler: code falls off its end");
    if (depth[i] == -1) {
      depth[i] = d;
      work.push_back(i);
    } else if (depth[i] != d) {
      throw std::logic_error("compiler: inconsistent stack depth at instruction " + std::to_string(i));
    }
  };
  int max = 0;
  if (!code.empty()) reach(0, 0);
  while (!work.empty()) {
    int i = work.back();
    work.pop_back();
    const Resolved& in = code[i];
    int d = depth[i];
    if (d > max) max = d;
    if (in.handler >= 0) {
      int after = in.handler_depth + (in.handler_lasti ? 1 : 0) + 1;
      if (after > max) max = after;
      reach(in.handler, after);
    }
    if (is_setup(in)) {
      int after = handler_depth_at(in, d) + (handler_pushes_lasti(in) ? 2 : 1);
      if (after > max) max = after;
      reach(in.target, after);
      reach(i + 1, d);
      continue;
    }
    if (in.target >= 0) {
      int after = d + bytecode::stack_effect(in.op, in.arg, true);
      if (after > max) max = after;
      reach(in.target, after);
    }
    if (!is_terminator(in.op)) {
      int after = d + bytecode::stack_effect(in.op, in.arg, false);
      if (after > max) max = after;
      reach(i + 1, after);
    }
  }
  if (max_depth) *max_depth = max;
  return depth;
}

// CPython's label_exception_targets: walks the control flow with the stack of
// active SETUPs, gives every instruction its innermost handler, then turns the
// pseudo-instructions into NOPs (the dead-code pass drops them).
void assign_handlers(std::vector<Resolved>& code) {
  const int n = static_cast<int>(code.size());
  if (n == 0) return;
  std::vector<bool> visited(n, false);
  std::vector<int> setup_of(n, -1);  // innermost SETUP protecting each instruction
  std::vector<std::pair<int, std::vector<int>>> work;  // start, stack of SETUP indices
  work.push_back({0, {}});
  while (!work.empty()) {
    auto [i, stack] = std::move(work.back());
    work.pop_back();
    for (; i < n && !visited[i]; ++i) {
      visited[i] = true;
      Resolved& in = code[i];
      const int top = stack.empty() ? -1 : stack.back();
      if (is_setup(in)) {
        work.push_back({in.target, stack});  // the handler runs under the outer handlers
        stack.push_back(i);
        continue;
      }
      if (in.pseudo == Pseudo::PopBlock) {
        if (stack.empty()) throw std::logic_error("compiler: POP_BLOCK without SETUP");
        stack.pop_back();
        continue;
      }
      setup_of[i] = top;
      if (in.target >= 0) work.push_back({in.target, stack});
      if (is_terminator(in.op)) break;
    }
  }
  // Depths at each SETUP are the handlers' depths.
  std::vector<int> depth = stack_depths(code, nullptr);
  for (int i = 0; i < n; ++i) {
    if (setup_of[i] < 0 || depth[i] < 0) continue;
    const Resolved& setup = code[setup_of[i]];
    code[i].handler_depth = handler_depth_at(setup, depth[setup_of[i]]);
    code[i].handler_lasti = handler_pushes_lasti(setup);
    code[i].handler = setup.target;
  }
  for (Resolved& in : code) {
    if (in.pseudo == Pseudo::None) continue;
    in.pseudo = Pseudo::None;
    in.op = Op::NOP;
    in.arg = 0;
    in.target = -1;
  }
}

// CPython's jump threading: a jump to a jump goes straight to the final target,
// and a value-keeping boolean jump onto the opposite test skips it.
void thread_jumps(std::vector<Resolved>& code) {
  const int n = static_cast<int>(code.size());
  for (auto& in : code) {
    if (in.target < 0 || in.pseudo != Pseudo::None) continue;
    for (int guard = 0; guard < n; ++guard) {
      const Resolved& t = code[in.target];
      // As CPython's jump_thread: only within one line, so that every line a
      // program passes through keeps an instruction of its own.
      if (t.pseudo != Pseudo::None || t.loc.line != in.loc.line) break;
      if (t.op == Op::JUMP && t.target != in.target &&
          (in.op == Op::JUMP || in.op == Op::POP_JUMP_IF_FALSE || in.op == Op::POP_JUMP_IF_TRUE ||
           in.op == Op::POP_JUMP_IF_NONE || in.op == Op::POP_JUMP_IF_NOT_NONE ||
           in.op == Op::JUMP_IF_FALSE_OR_POP || in.op == Op::JUMP_IF_TRUE_OR_POP)) {
        in.target = t.target;
      } else if ((in.op == Op::JUMP_IF_FALSE_OR_POP || in.op == Op::JUMP_IF_TRUE_OR_POP) &&
                 t.op == in.op && t.target != in.target) {
        in.target = t.target;  // same test on the same value: it jumps again
      } else if (in.op == Op::JUMP_IF_FALSE_OR_POP && t.op == Op::JUMP_IF_TRUE_OR_POP) {
        in.op = Op::POP_JUMP_IF_FALSE;  // the false value is popped there and falls through
        in.target = in.target + 1;
      } else if (in.op == Op::JUMP_IF_TRUE_OR_POP && t.op == Op::JUMP_IF_FALSE_OR_POP) {
        in.op = Op::POP_JUMP_IF_TRUE;
        in.target = in.target + 1;
      } else {
        break;
      }
    }
  }
}

// CPython's peephole for a constant tested at once (`while 1:`, `print(0 or x)`):
// the test is decided now, leaving a plain jump or nothing.
void fold_constant_tests(std::vector<Resolved>& code, const std::vector<bytecode::Constant>& consts) {
  std::vector<bool> is_target(code.size() + 1, false);
  for (const Resolved& r : code)
    if (r.target >= 0) is_target[r.target] = true;
  for (size_t i = 0; i + 1 < code.size(); ++i) {
    Resolved& load = code[i];
    Resolved& test = code[i + 1];
    if (load.op != Op::LOAD_CONST || load.pseudo != Pseudo::None || test.pseudo != Pseudo::None ||
        is_target[i + 1])
      continue;
    const bytecode::Constant& c = consts.at(load.arg);
    const bool is_none = std::holds_alternative<std::monostate>(c.value);
    bool taken;
    switch (test.op) {
      case Op::POP_JUMP_IF_TRUE: taken = constant_truth(c); break;
      case Op::POP_JUMP_IF_FALSE: taken = !constant_truth(c); break;
      case Op::POP_JUMP_IF_NONE: taken = is_none; break;
      case Op::POP_JUMP_IF_NOT_NONE: taken = !is_none; break;
      case Op::JUMP_IF_TRUE_OR_POP:
      case Op::JUMP_IF_FALSE_OR_POP: {
        // The value stays when the jump is taken; else both go.
        taken = constant_truth(c) == (test.op == Op::JUMP_IF_TRUE_OR_POP);
        if (taken) {
          test.op = Op::JUMP;
        } else {
          load.op = test.op = Op::NOP;
          load.arg = 0;
          test.target = -1;
        }
        continue;
      }
      default:
        continue;
    }
    load.op = Op::NOP;
    load.arg = 0;
    if (taken) {
      test.op = Op::JUMP;
    } else {
      test.op = Op::NOP;
      test.target = -1;
    }
  }
}

// `a, b = b, a`: building a tuple only to unpack it at once is a stack swap.
void swap_build_unpack(std::vector<Resolved>& code, const std::vector<bool>& is_target) {
  for (size_t i = 0; i + 1 < code.size(); ++i) {
    Resolved& a = code[i];
    Resolved& b = code[i + 1];
    if (a.op != Op::BUILD_TUPLE || b.op != Op::UNPACK_SEQUENCE || a.arg != b.arg ||
        a.pseudo != Pseudo::None || b.pseudo != Pseudo::None || is_target[i + 1] || a.arg < 1 || a.arg > 3)
      continue;
    if (a.arg == 1) {
      a.op = Op::NOP;
    } else {
      a.op = Op::SWAP;
    }
    b.op = Op::NOP;
    b.arg = 0;
  }
}

// CPython's apply_static_swaps: `SWAP n` followed by n stores to fast locals
// (or POP_TOPs) on one line becomes the same stores in another order, so
// `a, b = b, a + b` in a function is loads, an add and two stores. Stores to
// the same local are never reordered (that would change which value wins).
void apply_static_swaps(std::vector<Resolved>& code, const std::vector<bool>& is_target) {
  const size_t n = code.size();
  for (size_t i = 0; i < n; ++i) {
    Resolved& swap = code[i];
    if (swap.op != Op::SWAP || swap.pseudo != Pseudo::None) continue;
    std::vector<size_t> taken;
    for (size_t j = i + 1; j < n && taken.size() < swap.arg; ++j) {
      const Resolved& r = code[j];
      if (is_target[j] || r.pseudo != Pseudo::None) break;
      if (r.op == Op::NOP) continue;
      if (r.op != Op::STORE_FAST && r.op != Op::POP_TOP) break;
      if (!taken.empty() && r.loc.line != code[taken[0]].loc.line) break;
      taken.push_back(j);
    }
    if (taken.size() != swap.arg) continue;
    bool distinct = true;
    for (size_t a = 0; a < taken.size(); ++a)
      for (size_t b = a + 1; b < taken.size(); ++b)
        if (code[taken[a]].op == Op::STORE_FAST && code[taken[b]].op == Op::STORE_FAST &&
            code[taken[a]].arg == code[taken[b]].arg)
          distinct = false;
    if (!distinct) continue;
    std::swap(code[taken.front()], code[taken.back()]);
    swap.op = Op::NOP;
    swap.arg = 0;
  }
}

// Drops unreachable instructions, NOPs that carry no line of their own and jumps
// to the next instruction; returns true if anything changed.
bool remove_dead(std::vector<Resolved>& code) {
  const int n = static_cast<int>(code.size());
  std::vector<int> depth = stack_depths(code, nullptr);
  std::vector<bool> keep(n);
  for (int i = 0; i < n; ++i) keep[i] = depth[i] >= 0;
  // A NOP stays only when it is the sole instruction of its line (`pass`).
  int prev_line = -1;
  for (int i = 0; i < n; ++i) {
    if (!keep[i]) continue;
    if (code[i].op == Op::NOP) {
      int line = code[i].loc.line;
      int next = i + 1;
      while (next < n && !keep[next]) ++next;
      bool next_same = next < n && code[next].loc.line == line;
      if (line <= 0 || line == prev_line || next_same) {
        keep[i] = false;
        continue;
      }
    }
    prev_line = is_terminator(code[i].op) ? -1 : code[i].loc.line;
  }
  // A jump to the next kept instruction becomes a NOP, which the next round
  // keeps only if it is the sole instruction of its line (`if 0:` stays visible).
  auto next_kept = [&](int i) {
    while (i < n && !keep[i]) ++i;
    return i;
  };
  bool changed = false;
  for (int i = 0; i < n; ++i) {
    if (keep[i] && code[i].op == Op::JUMP && next_kept(code[i].target) == next_kept(i + 1)) {
      code[i].op = Op::NOP;
      code[i].target = -1;
      changed = true;
    }
  }
  for (int i = 0; i < n; ++i) changed |= !keep[i];
  if (!changed) return false;
  if (std::all_of(keep.begin(), keep.end(), [](bool k) { return k; })) return true;
  // new_index[i] = index, after removal, of the first kept instruction at or after i.
  std::vector<int> new_index(n + 1);
  int count = 0;
  for (int i = 0; i < n; ++i) {
    new_index[i] = count;
    if (keep[i]) ++count;
  }
  new_index[n] = count;
  std::vector<Resolved> out;
  out.reserve(count);
  for (int i = 0; i < n; ++i) {
    if (!keep[i]) continue;
    Resolved r = code[i];
    if (r.target >= 0) r.target = new_index[r.target];
    if (r.handler >= 0) r.handler = new_index[r.handler];
    out.push_back(r);
  }
  code = std::move(out);
  return true;
}

// Consecutive instructions with the same handler form one table entry.
std::vector<bytecode::ExceptionEntry> exception_table(const std::vector<Resolved>& code) {
  std::vector<bytecode::ExceptionEntry> table;
  const uint32_t n = static_cast<uint32_t>(code.size());
  for (uint32_t i = 0; i < n;) {
    const Resolved& r = code[i];
    if (r.handler < 0) {
      ++i;
      continue;
    }
    uint32_t j = i + 1;
    while (j < n && code[j].handler == r.handler && code[j].handler_depth == r.handler_depth &&
           code[j].handler_lasti == r.handler_lasti)
      ++j;
    table.push_back({i, j, static_cast<uint32_t>(r.handler), static_cast<uint32_t>(r.handler_depth),
                     r.handler_lasti});
    i = j;
  }
  return table;
}

}  // namespace

void CodeBuilder::assemble(bytecode::Code& code) {
  std::vector<Resolved> resolved;
  resolved.reserve(instrs_.size());
  std::vector<bool> is_target(instrs_.size() + 1, false);
  for (const Instr& in : instrs_) {
    int target = -1;
    if (in.label >= 0) {
      target = label_pos_.at(in.label);
      if (target < 0 || target >= static_cast<int>(instrs_.size()))
        throw std::logic_error("compiler: jump to an unbound label");
      is_target[target] = true;
    }
    Resolved r{in.op, in.arg, target, in.loc};
    r.pseudo = in.pseudo;
    resolved.push_back(r);
  }
  for (int pos : label_pos_)
    if (pos >= 0) is_target[pos] = true;
  swap_build_unpack(resolved, is_target);
  apply_static_swaps(resolved, is_target);
  fold_constant_tests(resolved, consts_);
  thread_jumps(resolved);
  assign_handlers(resolved);
  for (int round = 0; round < 16 && remove_dead(resolved); ++round) {
  }
  int max_depth = 0;
  stack_depths(resolved, &max_depth);

  code.code.clear();
  code.locations.clear();
  for (const Resolved& r : resolved) {
    uint32_t arg = r.target >= 0 ? static_cast<uint32_t>(r.target) : r.arg;
    if (arg > bytecode::kMaxOparg) throw std::length_error("code object too large");
    code.code.push_back(bytecode::make_instr(r.op, arg));
    code.locations.push_back(r.loc);
  }
  code.exception_table = exception_table(resolved);
  code.stacksize = static_cast<uint32_t>(max_depth);
  code.consts = std::move(consts_);
  code.names = std::move(names_);
  code.varnames = std::move(varnames_order_);
}

}  // namespace compiler
