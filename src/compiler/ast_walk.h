// Calls a function on every direct child node of an AST node, using the nodes'
// `fields()` lists, so passes only spell out the node kinds they care about.
#pragma once

#include <type_traits>

#include "ast/visit.h"

namespace compiler {

template <class F>
void for_each_child(const ast::Node& node, F&& f) {
  // fields() is non-const because the builder fills nodes through it; walking
  // never modifies anything.
  ast::visit(const_cast<ast::Node&>(node), [&](auto& n) {
    n.fields([&](const char*, auto& member) {
      using M = std::remove_cvref_t<decltype(member)>;
      if constexpr (std::is_pointer_v<M>) {
        if constexpr (std::is_base_of_v<ast::Node, std::remove_pointer_t<M>>) {
          if (member) f(*member);
        }
      } else if constexpr (requires { member.begin(); typename M::value_type; }) {
        using E = typename M::value_type;
        if constexpr (std::is_pointer_v<E> && std::is_base_of_v<ast::Node, std::remove_pointer_t<E>>) {
          for (auto* child : member)
            if (child) f(*child);
        }
      }
    });
  });
}

}  // namespace compiler
