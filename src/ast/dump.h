// CPython 3.11's ast.dump, byte for byte (Lib/ast.py).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "ast/nodes.h"

namespace ast {

std::string dump(const Node& node, bool include_attributes = false,
                 std::optional<int> indent = std::nullopt);

// Python's repr() of a constant value (text/repr.h has str, bytes and float).
std::string repr_constant(const ConstantValue& v);

}  // namespace ast
