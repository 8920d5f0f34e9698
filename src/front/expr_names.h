// Small helpers shared by the builder's error checks.
#pragma once

#include <string>
#include <string_view>

#include "ast/nodes.h"

namespace front {

// How CPython's error messages name an expression ("function call", "literal", ...),
// as _PyPegen_get_expr_name does.
const char* expr_name(const ast::expr* e);

// NFKC normalisation of a non-ASCII identifier (PEP 3131).
std::string normalize_identifier(std::string_view s);

}  // namespace front
