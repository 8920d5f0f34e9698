// The front end's public API (ANTLR types never leave src/front/):
//
//   ast::ParsedModule front::parse_module(std::string_view source, const std::string& filename);
//       Source text (UTF-8, as read from the file) to AST. Throws ast::SyntaxError
//       (with filename, line, offsets and text filled in) for any bad input.
//
//   ast::ParsedExpression front::parse_expression(std::string_view source, const std::string& filename);
//       The same for eval() / compile(..., 'eval') input: one expression list.
//
//   std::string front::tokenize_dump(std::string_view source);
//       The exact text `python3 -m tokenize FILE` prints. Throws ast::SyntaxError
//       where CPython's tokenize module raises.
//
//   std::string ast::dump(const ast::Node&, bool include_attributes, std::optional<int> indent);
//       (src/ast/dump.h) CPython's ast.dump.
#pragma once

#include <string>
#include <string_view>

#include "ast/arena.h"
#include "ast/syntax_error.h"

namespace front {

ast::ParsedModule parse_module(std::string_view source, const std::string& filename);
ast::ParsedExpression parse_expression(std::string_view source, const std::string& filename);

std::string tokenize_dump(std::string_view source);

}  // namespace front
