// Compile-time SyntaxWarnings, with CPython 3.11's checks and wording
// (Python/compile.c: check_is_arg, check_compare, check_caller,
// check_subscripter, check_index, infer_type).
#include "compiler/codegen.h"
#include "compiler/constants.h"

namespace compiler {

namespace {

// The type name of a constant, as type(c).__name__.
const char* constant_type_name(const bytecode::Constant& c) {
  struct Name {
    const char* operator()(std::monostate) const { return "NoneType"; }
    const char* operator()(bool) const { return "bool"; }
    const char* operator()(int64_t) const { return "int"; }
    const char* operator()(const bytecode::BigInt&) const { return "int"; }
    const char* operator()(double) const { return "float"; }
    const char* operator()(const bytecode::Complex&) const { return "complex"; }
    const char* operator()(const std::string&) const { return "str"; }
    const char* operator()(const bytecode::Bytes&) const { return "bytes"; }
    const char* operator()(bytecode::Ellipsis) const { return "ellipsis"; }
    const char* operator()(const bytecode::ConstTuple&) const { return "tuple"; }
    const char* operator()(const std::shared_ptr<const bytecode::Code>&) const { return "code"; }
  };
  return std::visit(Name{}, c.value);
}

// CPython's infer_type: the type an expression surely has, or nullptr.
const char* infer_type(const ast::expr& e) {
  using K = ast::Kind;
  if (auto c = fold_constant(e)) return constant_type_name(*c);
  switch (e.kind) {
    case K::Tuple: return "tuple";
    case K::List:
    case K::ListComp: return "list";
    case K::Dict:
    case K::DictComp: return "dict";
    case K::Set:
    case K::SetComp: return "set";
    case K::GeneratorExp: return "generator";
    case K::Lambda: return "function";
    case K::JoinedStr:
    case K::FormattedValue: return "str";
    case K::Slice: return "slice";
    default: return nullptr;
  }
}

// Fine on either side of `is`: not a literal, or a singleton literal.
bool is_arg_ok(const ast::expr& e) {
  auto c = fold_constant(e);
  if (!c) return true;
  return std::holds_alternative<std::monostate>(c->value) || std::holds_alternative<bool>(c->value) ||
         std::holds_alternative<bytecode::Ellipsis>(c->value);
}

bool is_constant_of(const ast::expr& e, bool (*pred)(const bytecode::Constant&)) {
  if (e.kind != ast::Kind::Constant) return false;
  return pred(to_constant(static_cast<const ast::Constant&>(e).value));
}

}  // namespace

void Codegen::warn(const ast::Span& where, std::string message) {
  warnings_.push_back({where.lineno, std::move(message)});
}

void Codegen::check_compare(const ast::Compare& e) {
  const ast::expr* left = e.left;
  for (size_t i = 0; i < e.ops.size(); ++i) {
    const ast::CmpOpKind op = e.ops[i];
    const ast::expr* right = e.comparators[i];
    if ((op == ast::CmpOpKind::Is || op == ast::CmpOpKind::IsNot) && (!is_arg_ok(*left) || !is_arg_ok(*right))) {
      warn(e.span, op == ast::CmpOpKind::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                            : "\"is not\" with a literal. Did you mean \"!=\"?");
      return;
    }
    left = right;
  }
}

void Codegen::check_caller(const ast::Call& e) {
  using K = ast::Kind;
  const ast::expr& f = *e.func;
  switch (f.kind) {
    case K::Constant: case K::Tuple: case K::List: case K::ListComp: case K::Dict: case K::DictComp:
    case K::Set: case K::SetComp: case K::GeneratorExp: case K::JoinedStr: case K::FormattedValue:
      warn(e.span, std::string("'") + infer_type(f) + "' object is not callable; perhaps you missed a comma?");
      return;
    default:
      return;
  }
}

void Codegen::check_subscript(const ast::Subscript& e) {
  using K = ast::Kind;
  const ast::expr& v = *e.value;
  // check_subscripter: values that never support [].
  bool not_subscriptable = false;
  switch (v.kind) {
    case K::Constant:
      not_subscriptable = is_constant_of(v, [](const bytecode::Constant& c) {
        return std::holds_alternative<std::monostate>(c.value) || std::holds_alternative<bool>(c.value) ||
               std::holds_alternative<int64_t>(c.value) || std::holds_alternative<bytecode::BigInt>(c.value) ||
               std::holds_alternative<double>(c.value) || std::holds_alternative<bytecode::Complex>(c.value) ||
               std::holds_alternative<bytecode::Ellipsis>(c.value);
      });
      break;
    case K::Set: case K::SetComp: case K::GeneratorExp: case K::Lambda:
      not_subscriptable = true;
      break;
    default:
      break;
  }
  if (not_subscriptable) {
    warn(e.span, std::string("'") + infer_type(v) + "' object is not subscriptable; perhaps you missed a comma?");
    return;
  }
  // check_index: sequences indexed by something that is surely not an int or slice.
  switch (v.kind) {
    case K::Constant:
      if (!is_constant_of(v, [](const bytecode::Constant& c) {
            return std::holds_alternative<std::string>(c.value) || std::holds_alternative<bytecode::Bytes>(c.value) ||
                   std::holds_alternative<bytecode::ConstTuple>(c.value);
          }))
        return;
      break;
    case K::Tuple: case K::List: case K::ListComp: case K::JoinedStr: case K::FormattedValue:
      break;
    default:
      return;
  }
  const char* index = infer_type(*e.slice);
  if (!index) return;
  const std::string index_type = index;
  if (index_type == "int" || index_type == "bool" || index_type == "slice") return;
  warn(e.span, std::string(infer_type(v)) + " indices must be integers or slices, not " + index_type +
                   "; perhaps you missed a comma?");
}

}  // namespace compiler
