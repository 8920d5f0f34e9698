#include "bytecode/disassembler.h"

#include <algorithm>
#include <vector>

#include "bytecode/repr.h"

namespace bytecode {

namespace {

// Column widths of CPython 3.11's dis (_OPNAME_WIDTH, _OPARG_WIDTH).
constexpr std::size_t kOpnameWidth = 20;
constexpr std::size_t kOpargWidth = 5;

std::string pad_left(const std::string& s, std::size_t width) {
  return s.size() >= width ? s : std::string(width - s.size(), ' ') + s;
}
std::string pad_right(const std::string& s, std::size_t width) {
  return s.size() >= width ? s : s + std::string(width - s.size(), ' ');
}

template <class T>
std::string name_at(const std::vector<T>& v, std::size_t i) {
  if (i < v.size()) return v[i];
  std::string unknown = "<";
  return unknown.append(std::to_string(i)).append("?>");
}

std::string flag_list(uint32_t arg, std::initializer_list<const char*> names) {
  std::string out;
  uint32_t bit = 1;
  for (const char* n : names) {
    if (arg & bit) out += out.empty() ? n : std::string(", ") + n;
    bit <<= 1;
  }
  return out;
}

// The "(...)" text dis prints after an argument: what the number means.
std::string argument_meaning(const Code& c, Op op, uint32_t arg) {
  switch (op_operand(op)) {
    case OperandKind::None: return "";
    case OperandKind::Const: return arg < c.consts.size() ? repr_constant(c.consts[arg]) : "<bad constant>";
    case OperandKind::Name: return name_at(c.names, arg);
    case OperandKind::Local: return name_at(c.varnames, arg);
    case OperandKind::Deref:
      return arg < c.cellvars.size() ? c.cellvars[arg] : name_at(c.freevars, arg - c.cellvars.size());
    case OperandKind::Jump: return "to " + std::to_string(arg);
    case OperandKind::BinOp: return binary_op_symbol(static_cast<BinaryOp>(std::min<uint32_t>(arg, 255)));
    case OperandKind::CmpOp: return compare_op_symbol(static_cast<CompareOp>(std::min<uint32_t>(arg, 255)));
    case OperandKind::Count: return "";
    case OperandKind::Flags: break;
  }
  switch (op) {
    case Op::IS_OP: return arg ? "is not" : "is";
    case Op::CONTAINS_OP: return arg ? "not in" : "in";
    case Op::FORMAT_VALUE: {
      static const char* const kConversions[] = {"", "str", "repr", "ascii"};
      std::string out = kConversions[arg & 3];
      if (arg & 4) out += out.empty() ? "with format" : ", with format";
      return out;
    }
    case Op::MAKE_FUNCTION: return flag_list(arg, {"defaults", "kwdefaults", "annotations", "closure"});
    case Op::CALL_FUNCTION_EX: return arg & 1 ? "with kwargs" : "";
    default: return "";
  }
}

void disassemble_one(const Code& c, std::string& out) {
  const std::size_t n = c.code.size();
  // Line starts as dis.findlinestarts: where the known line changes.
  std::vector<int32_t> starts_line(n, 0);
  int32_t last = 0, max_line = 0;
  for (std::size_t i = 0; i < n && i < c.locations.size(); ++i) {
    int32_t line = c.locations[i].line;
    if (line > 0 && line != last) starts_line[i] = last = line;
    max_line = std::max(max_line, line);
  }
  std::vector<bool> is_target(n, false);
  for (Instr ins : c.code)
    if (static_cast<int>(ins & 0xFF) < kOpCount && is_jump(instr_op(ins)) && instr_arg(ins) < n)
      is_target[instr_arg(ins)] = true;
  for (const auto& e : c.exception_table)
    if (e.target < n) is_target[e.target] = true;

  const std::size_t line_width = max_line == 0 ? 0 : max_line >= 1000 ? std::to_string(max_line).size() : 3;
  const std::size_t offset_width = n > 10000 ? std::to_string(n - 1).size() : 4;

  for (std::size_t i = 0; i < n; ++i) {
    if (starts_line[i] && i > 0) out += '\n';
    std::string row;
    if (line_width) row += (starts_line[i] ? pad_left(std::to_string(starts_line[i]), line_width) : std::string(line_width, ' ')) + " ";
    row += "   ";
    row += is_target[i] ? " >>" : "   ";
    row.append(" ").append(pad_left(std::to_string(i), offset_width)).append(" ");
    const Instr ins = c.code[i];
    if (static_cast<int>(ins & 0xFF) >= kOpCount) {
      row.append("<").append(std::to_string(ins & 0xFF)).append(">");
    } else {
      const Op op = instr_op(ins);
      const uint32_t arg = instr_arg(ins);
      row += pad_right(op_name(op), kOpnameWidth);
      if (op_operand(op) != OperandKind::None || arg != 0) {
        row.append(" ").append(pad_left(std::to_string(arg), kOpargWidth));
        std::string meaning = argument_meaning(c, op, arg);
        if (!meaning.empty()) row += " (" + meaning + ")";
      }
    }
    while (!row.empty() && row.back() == ' ') row.pop_back();
    out += row + "\n";
  }
  if (!c.exception_table.empty()) {
    out += "ExceptionTable:\n";
    for (const auto& e : c.exception_table) {
      out += "  " + std::to_string(e.start) + " to " + std::to_string(e.end == 0 ? 0 : e.end - 1) + " -> " +
             std::to_string(e.target) + " [" + std::to_string(e.depth) + "]" + (e.push_lasti ? " lasti" : "") + "\n";
    }
  }
}

void disassemble_nested(const Constant& k, std::string& out);

void disassemble_tree(const Code& c, std::string& out) {
  disassemble_one(c, out);
  for (const auto& k : c.consts) disassemble_nested(k, out);
}

void disassemble_nested(const Constant& k, std::string& out) {
  if (auto* nested = std::get_if<std::shared_ptr<const Code>>(&k.value); nested && *nested) {
    out += "\nDisassembly of " + code_object_repr(**nested) + ":\n";
    disassemble_tree(**nested, out);
  }
}

}  // namespace

std::string code_object_repr(const Code& code) {
  return "<code object " + code.name + ", file \"" + code.filename + "\", line " + std::to_string(code.first_line) +
         ">";
}

std::string disassemble(const Code& code) {
  std::string out;
  disassemble_tree(code, out);
  return out;
}

}  // namespace bytecode
