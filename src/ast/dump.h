// CPython 3.11's ast.dump, byte for byte (Lib/ast.py), and the repr() of the
// constant values it prints.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "ast/nodes.h"

namespace ast {

std::string dump(const Node& node, bool include_attributes = false,
                 std::optional<int> indent = std::nullopt);

// Python's repr() of a str given as UTF-8 (WTF-8 surrogates allowed).
std::string repr_str(std::string_view utf8);
// Python's repr() of bytes.
std::string repr_bytes(std::string_view bytes);
// Python's repr() of a float (shortest round-trip, Python's exponent rules).
std::string repr_float(double v);
// Python's repr() of a constant value.
std::string repr_constant(const ConstantValue& v);

}  // namespace ast
