#include "ast/kinds.h"

#include "ast/nodes.h"

namespace ast {

const char* kind_name(Kind k) {
  static const char* const kNames[] = {
#define PYVM_AST_KIND_NAME(name, type) #name,
      PYVM_AST_NODES(PYVM_AST_KIND_NAME)
#undef PYVM_AST_KIND_NAME
  };
  return kNames[static_cast<int>(k)];
}

const char* name_of(ExprContext c) {
  static const char* const kNames[] = {"Load", "Store", "Del"};
  return kNames[static_cast<int>(c)];
}
const char* name_of(BoolOpKind o) {
  static const char* const kNames[] = {"And", "Or"};
  return kNames[static_cast<int>(o)];
}
const char* name_of(OperatorKind o) {
  static const char* const kNames[] = {"Add",    "Sub",    "Mult",  "MatMult", "Div",
                                       "Mod",    "Pow",    "LShift", "RShift", "BitOr",
                                       "BitXor", "BitAnd", "FloorDiv"};
  return kNames[static_cast<int>(o)];
}
const char* name_of(UnaryOpKind o) {
  static const char* const kNames[] = {"Invert", "Not", "UAdd", "USub"};
  return kNames[static_cast<int>(o)];
}
const char* name_of(CmpOpKind o) {
  static const char* const kNames[] = {"Eq", "NotEq", "Lt", "LtE", "Gt",
                                       "GtE", "Is", "IsNot", "In", "NotIn"};
  return kNames[static_cast<int>(o)];
}

}  // namespace ast
