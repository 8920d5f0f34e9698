#include "front/expr_names.h"

#include <utf8proc.h>

#include <cstdlib>

namespace front {

const char* expr_name(const ast::expr* e) {
  using K = ast::Kind;
  switch (e->kind) {
    case K::Attribute: return "attribute";
    case K::Subscript: return "subscript";
    case K::Starred: return "starred";
    case K::Name: return "name";
    case K::List: return "list";
    case K::Tuple: return "tuple";
    case K::Lambda: return "lambda";
    case K::Call: return "function call";
    case K::BoolOp: case K::BinOp: case K::UnaryOp: return "expression";
    case K::GeneratorExp: return "generator expression";
    case K::Yield: case K::YieldFrom: return "yield expression";
    case K::Await: return "await expression";
    case K::ListComp: return "list comprehension";
    case K::SetComp: return "set comprehension";
    case K::DictComp: return "dict comprehension";
    case K::Dict: return "dict literal";
    case K::Set: return "set display";
    case K::JoinedStr: case K::FormattedValue: return "f-string expression";
    case K::Constant: {
      auto k = static_cast<const ast::Constant*>(e)->value.kind;
      if (k == ast::ConstantValue::Kind::None) return "None";
      if (k == ast::ConstantValue::Kind::True) return "True";
      if (k == ast::ConstantValue::Kind::False) return "False";
      if (k == ast::ConstantValue::Kind::Ellipsis) return "ellipsis";
      return "literal";
    }
    case K::Compare: return "comparison";
    case K::IfExp: return "conditional expression";
    case K::NamedExpr: return "named expression";
    default: return "expression";
  }
}

std::string normalize_identifier(std::string_view s) {
  std::string in(s);
  utf8proc_uint8_t* out = utf8proc_NFKC(reinterpret_cast<const utf8proc_uint8_t*>(in.c_str()));
  if (!out) return in;
  std::string r(reinterpret_cast<char*>(out));
  std::free(out);
  return r;
}

}  // namespace front
