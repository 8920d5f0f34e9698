// Dispatch on a node's kind to its concrete struct: visit(node, [](auto& n) {...}).
#pragma once
#include "ast/nodes.h"

namespace ast {

template <class F>
decltype(auto) visit(Node& node, F&& f) {
  switch (node.kind) {
#define PYVM_AST_VISIT_CASE(name, type) \
  case Kind::name:                      \
    return f(static_cast<type&>(node));
    PYVM_AST_NODES(PYVM_AST_VISIT_CASE)
#undef PYVM_AST_VISIT_CASE
  }
  __builtin_unreachable();
}

}  // namespace ast
