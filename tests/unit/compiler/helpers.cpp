#include "helpers.h"

#include <stdexcept>

#include "compiler/compiler.h"
#include "front/parse.h"

namespace test {

std::shared_ptr<bytecode::Code> compile(const std::string& source) {
  ast::ParsedModule parsed = front::parse_module(source, "t.py");
  return compiler::compile_module(*parsed.module, "t.py", source);
}

std::shared_ptr<bytecode::Code> compile(const ast::Module& module) {
  return compiler::compile_module(module, "t.py");
}

std::string constant_text(const bytecode::Constant& c) {
  using namespace bytecode;
  if (std::holds_alternative<std::monostate>(c.value)) return "None";
  if (auto* b = std::get_if<bool>(&c.value)) return *b ? "True" : "False";
  if (auto* i = std::get_if<int64_t>(&c.value)) return std::to_string(*i);
  if (auto* big = std::get_if<BigInt>(&c.value)) return big->decimal;
  if (auto* d = std::get_if<double>(&c.value)) {
    std::string s = std::to_string(*d);
    while (s.size() > 1 && s.back() == '0' && s[s.size() - 2] != '.') s.pop_back();
    return s;
  }
  // Appends, not `"'" + s`: GCC 12 gives a false -Wrestrict on the latter.
  if (auto* s = std::get_if<std::string>(&c.value)) return std::string(1, '\'').append(*s).append(1, '\'');
  if (auto* t = std::get_if<ConstTuple>(&c.value)) {
    std::string out = "(";
    for (size_t i = 0; i < t->size(); ++i) {
      if (i) out += ", ";
      out += constant_text((*t)[i]);
    }
    if (t->size() == 1) out += ",";
    return out + ")";
  }
  if (auto* code = std::get_if<std::shared_ptr<const Code>>(&c.value)) return std::string("<code ").append((*code)->name).append(">");
  return "?";
}

std::vector<std::string> listing(const bytecode::Code& code) {
  using namespace bytecode;
  std::vector<std::string> out;
  for (Instr in : code.code) {
    Op op = instr_op(in);
    uint32_t arg = instr_arg(in);
    std::string s = op_name(op);
    s += ' ';
    switch (op_operand(op)) {
      case OperandKind::None: s.pop_back(); break;
      case OperandKind::Const: s += constant_text(code.consts.at(arg)); break;
      case OperandKind::Name: s += code.names.at(arg); break;
      case OperandKind::Local: s += code.varnames.at(arg); break;
      case OperandKind::Deref:
        s += (arg < code.cellvars.size() ? code.cellvars.at(arg) : code.freevars.at(arg - code.cellvars.size()));
        break;
      case OperandKind::BinOp: s += binary_op_symbol(static_cast<BinaryOp>(arg)); break;
      case OperandKind::CmpOp: s += compare_op_symbol(static_cast<CompareOp>(arg)); break;
      default: s += std::to_string(arg); break;
    }
    out.push_back(s);
  }
  return out;
}

const bytecode::Code& nested(const bytecode::Code& code, const std::string& name) {
  for (const auto& c : code.consts) {
    if (auto* inner = std::get_if<std::shared_ptr<const bytecode::Code>>(&c.value)) {
      if ((*inner)->name == name) return **inner;
      try {
        return nested(**inner, name);
      } catch (const std::out_of_range&) {
      }
    }
  }
  throw std::out_of_range("no code object " + name);
}

}  // namespace test
