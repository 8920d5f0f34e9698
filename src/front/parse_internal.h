// Entry points shared inside src/front (not part of the public API in parse.h).
#pragma once

#include <string_view>

#include "ast/arena.h"
#include "front/builder.h"

namespace front {

// Parses the expression of an f-string replacement field. `sub_source` is
// "(" + expression text + ")"; `shift` places it in the file.
ast::expr* parse_fstring_expression(ast::Arena& arena, std::string_view file_source,
                                    std::string_view sub_source, PositionShift shift);

}  // namespace front
