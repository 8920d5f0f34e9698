#include "bytecode/repr.h"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "bytecode/disassembler.h"
#include "text/repr.h"

namespace bytecode {

std::string repr_constant(const Constant& constant) {
  struct Visitor {
    std::string operator()(std::monostate) const { return "None"; }
    std::string operator()(bool b) const { return b ? "True" : "False"; }
    std::string operator()(int64_t i) const { return std::to_string(i); }
    std::string operator()(const BigInt& b) const { return b.decimal; }
    std::string operator()(double d) const { return text::repr_float(d); }
    std::string operator()(const Complex& c) const { return text::repr_complex(c.real, c.imag); }
    std::string operator()(const std::string& s) const { return text::repr_str(s); }
    std::string operator()(const Bytes& b) const { return text::repr_bytes(b.data); }
    std::string operator()(Ellipsis) const { return "Ellipsis"; }
    std::string operator()(const ConstTuple& t) const {
      std::string out = "(";
      for (std::size_t i = 0; i < t.size(); ++i) {
        if (i) out += ", ";
        out += repr_constant(t[i]);
      }
      if (t.size() == 1) out += ",";
      return out + ")";
    }
    std::string operator()(const std::shared_ptr<const Code>& c) const {
      return c ? code_object_repr(*c) : "<null code object>";
    }
  };
  return std::visit(Visitor{}, constant.value);
}

}  // namespace bytecode
