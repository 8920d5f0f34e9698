#include "compiler/compiler.h"

#include "ast/syntax_error.h"
#include "compiler/codegen.h"
#include "compiler/symtable.h"

namespace compiler {

namespace {

// Line `lineno` (1-based) of `source`, without its line ending.
std::string_view source_line(std::string_view source, int lineno) {
  size_t start = 0;
  for (int l = 1; l < lineno; ++l) {
    size_t nl = source.find('\n', start);
    if (nl == std::string_view::npos) return {};
    start = nl + 1;
  }
  size_t end = source.find('\n', start);
  std::string_view line = source.substr(start, end == std::string_view::npos ? source.size() - start : end - start);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

// 1-based byte offset within `line` -> 1-based character offset, as CPython reports.
int char_offset(std::string_view line, int byte_offset) {
  if (byte_offset <= 0) return byte_offset;
  int chars = 0;
  size_t limit = std::min<size_t>(static_cast<size_t>(byte_offset - 1), line.size());
  for (size_t i = 0; i < limit; ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++chars;
  return chars + 1 + static_cast<int>(static_cast<size_t>(byte_offset - 1) - limit);
}

void add_source(ast::SyntaxError& e, std::string_view source) {
  if (source.empty() || e.lineno <= 0) return;
  std::string_view line = source_line(source, e.lineno);
  e.offset = char_offset(line, e.offset);
  if (e.end_lineno == e.lineno) {
    e.end_offset = char_offset(line, e.end_offset);
  } else if (e.end_lineno > 0) {
    e.end_offset = char_offset(source_line(source, e.end_lineno), e.end_offset);
  }
  if (e.text.empty()) e.text = std::string(line);
}

}  // namespace

std::shared_ptr<bytecode::Code> compile_module(const ast::Module& module, const std::string& filename,
                                               std::string_view source, std::vector<CompileWarning>* warnings,
                                               bool interactive, bool dynamic) {
  try {
    std::unique_ptr<SymbolTable> table = SymbolTable::build(module, filename);
    Codegen codegen(*table, filename, dynamic);
    std::shared_ptr<bytecode::Code> code = codegen.compile_module(module, interactive);
    if (warnings) *warnings = codegen.warnings();
    return code;
  } catch (ast::SyntaxError& e) {
    add_source(e, source);
    throw;
  }
}

std::shared_ptr<bytecode::Code> compile_expression(ast::ParsedExpression& parsed, const std::string& filename,
                                                   std::string_view source, std::vector<CompileWarning>* warnings) {
  // The symbol table walks a module: the expression goes in as a module of
  // one expression statement.
  auto* stmt = parsed.arena->make<ast::Expr>();
  stmt->span = parsed.body->span;
  stmt->value = parsed.body;
  auto* module = parsed.arena->make<ast::Module>();
  module->body.push_back(stmt);
  try {
    std::unique_ptr<SymbolTable> table = SymbolTable::build(*module, filename);
    Codegen codegen(*table, filename, true);
    std::shared_ptr<bytecode::Code> code = codegen.compile_expression(*parsed.body);
    if (warnings) *warnings = codegen.warnings();
    return code;
  } catch (ast::SyntaxError& e) {
    add_source(e, source);
    throw;
  }
}

std::string format_warning(const CompileWarning& w, const std::string& filename, std::string_view source) {
  std::string out = filename;
  out += ':';
  out += std::to_string(w.line);
  out += ": SyntaxWarning: ";
  out += w.message;
  out += '\n';
  std::string_view line = source_line(source, w.line);
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t' || line.front() == '\f'))
    line.remove_prefix(1);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  if (!line.empty()) {
    out += "  ";
    out += line;
    out += '\n';
  }
  return out;
}

}  // namespace compiler
