// Parse tree → ast:: nodes (allocated in the arena), with CPython's positions
// (1-based lines, 0-based UTF-8 byte columns) and the checks CPython makes in its
// grammar actions and invalid_* rules that a context-free grammar cannot express
// (assignment targets, parameter and argument order, ...).
#pragma once

#include <string>
#include <typeinfo>
#include <string_view>
#include <vector>

#include "PythonLexer.h"
#include "PythonParser.h"
#include "ast/arena.h"
#include "ast/nodes.h"
#include "front/string_decode.h"
#include "front/tokenizer.h"

namespace front {

using P = pygen::PythonParser;
using Ctx = antlr4::ParserRuleContext;

// Exact-type tests on parse-tree nodes. The generated accessors and dynamic_cast
// walk the class hierarchy and compare type names (a fifth of the parse time);
// every context class is a leaf, and each type_info object is unique in the
// program (the generated parser is linked statically, TerminalNodeImpl's lives in
// the runtime library), so comparing type_info addresses is enough.
template <class T>
inline bool is_exactly(antlr4::tree::ParseTree* p) {
  return &typeid(*p) == &typeid(T);
}
template <class T>
inline T* as(antlr4::tree::ParseTree* p) {
  return p && is_exactly<T>(p) ? static_cast<T*>(p) : nullptr;
}
inline bool is_terminal(antlr4::tree::ParseTree* p) {
  return is_exactly<antlr4::tree::TerminalNodeImpl>(p);
}

// Where a sub-parse (an f-string replacement field) sits in the real file.
struct PositionShift {
  int line_delta = 0;       // added to every line
  int first_line_col = 0;   // added to columns on the sub-source's first line
};

class Builder {
 public:
  Builder(ast::Arena& arena, std::string_view source, const std::vector<Token>& tokens,
          std::string_view file_source, PositionShift shift = {})
      : a_(arena), r_(arena.resource()), src_(source), toks_(tokens), file_src_(file_source),
        shift_(shift) {}

  ast::Module* file_input(P::File_inputContext* ctx);
  ast::expr* fstring_expr(P::Fstring_expr_inputContext* ctx);
  ast::expr* eval_input(P::Eval_inputContext* ctx) { return star_expressions(ctx->star_expressions()); }
  // For error reporting: the AST of a sub-expression of a failed parse.
  ast::expr* build_arith(P::ArithContext* ctx) { return arith(ctx); }

 private:
  ast::Arena& a_;
  std::pmr::memory_resource* r_;
  std::string_view src_;
  const std::vector<Token>& toks_;
  std::string_view file_src_;  // the whole file, for error lines
  PositionShift shift_;

  template <class T, class... A>
  T* make(A&&... args) { return a_.make<T>(std::forward<A>(args)...); }

  // ---- positions ----
  const Token& tok(antlr4::Token* t) const { return toks_[t->getTokenIndex()]; }
  const Token& tok(antlr4::tree::TerminalNode* n) const { return tok(n->getSymbol()); }
  ast::Span span_of(const Token& first, const Token& last) const;
  ast::Span span_of(Ctx* ctx) const { return span_of(tok(ctx->getStart()), tok(ctx->getStop())); }
  static ast::Span join(const ast::Span& a, const ast::Span& b) {
    return {a.lineno, a.col_offset, b.end_lineno, b.end_col_offset};
  }
  template <class T>
  T* at(T* n, const ast::Span& s) { n->span = s; return n; }
  std::string_view text(const Token& t) const { return src_.substr(t.begin, t.end - t.begin); }
  std::string_view text(antlr4::tree::TerminalNode* n) const { return text(tok(n)); }
  ast::Identifier ident(antlr4::tree::TerminalNode* n);
  ast::Identifier ident(P::NameContext* n);
  ast::Identifier intern(std::string_view s) { return {a_.intern(s)}; }

  // ---- errors ----
  [[noreturn]] void error_at(const ast::Span& s, const std::string& msg,
                             const char* type = "SyntaxError") const;
  [[noreturn]] void error_at_token(const Token& t, const std::string& msg) const;

  // ---- statements (builder_stmt.cpp) ----
  ast::Span through_block(const ast::Span& start, P::BlockContext* last_block) const;
  void stmt(P::StmtContext* ctx, ast::Seq<ast::stmt*>& out);
  void simple_stmts(P::Simple_stmtsContext* ctx, ast::Seq<ast::stmt*>& out);
  ast::stmt* simple_stmt(P::Simple_stmtContext* ctx);
  ast::stmt* expr_stmt(P::Expr_stmtContext* ctx);
  ast::stmt* compound_stmt(P::Compound_stmtContext* ctx);
  void block(P::BlockContext* ctx, ast::Seq<ast::stmt*>& out);
  ast::stmt* if_stmt(P::If_stmtContext* ctx);
  ast::stmt* while_stmt(P::While_stmtContext* ctx);
  ast::stmt* for_stmt(P::For_stmtContext* ctx, bool is_async, const Token* async_tok);
  ast::stmt* try_stmt(P::Try_stmtContext* ctx);
  ast::stmt* with_stmt(P::With_stmtContext* ctx, bool is_async, const Token* async_tok);
  ast::stmt* funcdef(P::FuncdefContext* ctx, bool is_async, const Token* async_tok);
  ast::stmt* classdef(P::ClassdefContext* ctx);
  ast::stmt* decorated(P::DecoratedContext* ctx);
  ast::stmt* import_name(P::Import_nameContext* ctx);
  ast::stmt* import_from(P::Import_fromContext* ctx);
  ast::arguments* typedargslist(P::TypedargslistContext* ctx);
  ast::arguments* varargslist(P::VarargslistContext* ctx);
  ast::arguments* empty_arguments() { return make<ast::arguments>(); }

  // ---- match statement (builder_match.cpp) ----
  ast::stmt* match_stmt(P::Match_stmtContext* ctx);
  ast::pattern* pattern(P::PatternContext* ctx);
  ast::pattern* maybe_star_pattern(P::Maybe_star_patternContext* ctx);
  ast::pattern* closed_pattern(P::Closed_patternContext* ctx);
  ast::expr* literal_pattern_expr(P::Literal_patternContext* ctx);
  ast::expr* name_or_attr(P::Name_or_attrContext* ctx);

  // ---- expressions (builder_expr.cpp) ----
  ast::expr* rhs(P::RhsContext* ctx);
  ast::expr* star_expressions(P::Star_expressionsContext* ctx);
  ast::expr* star_expr_or_test(P::Star_expr_or_testContext* ctx);
  ast::expr* star_named_expressions(P::Star_named_expressionsContext* ctx);
  ast::expr* star_named_expression(P::Star_named_expressionContext* ctx);
  ast::expr* star_expr(P::Star_exprContext* ctx);
  ast::expr* target_list(P::Target_listContext* ctx);
  ast::expr* star_target(P::Star_targetContext* ctx);
  ast::expr* namedexpr_test(P::Namedexpr_testContext* ctx);
  ast::expr* walrus(ast::expr* target, P::TestContext* value, const ast::Span& span);
  ast::expr* test(P::TestContext* ctx);
  ast::expr* lambdef(P::LambdefContext* ctx);
  ast::expr* logical(P::LogicalContext* ctx);
  ast::expr* comparison(P::ComparisonContext* ctx);
  ast::expr* arith(P::ArithContext* ctx);
  ast::expr* primary(P::PrimaryContext* ctx);
  ast::expr* atom(P::AtomContext* ctx);
  ast::expr* call(ast::expr* func, P::TrailerContext* t, const ast::Span& span);
  void arglist(P::ArglistContext* ctx, ast::Seq<ast::expr*>& args, ast::Seq<ast::keyword*>& kws,
               bool allow_generator = true);
  ast::expr* subscripts(P::SubscriptsContext* ctx);
  ast::expr* subscript(P::SubscriptContext* ctx);
  ast::expr* testlist_comp(P::Testlist_compContext* ctx, const ast::Span& span, bool list);
  ast::expr* dictorsetmaker(P::DictorsetmakerContext* ctx, const ast::Span& span);
  void comp_for(P::Comp_forContext* ctx, ast::Seq<ast::comprehension*>& out);
  ast::expr* yield_expr(P::Yield_exprContext* ctx);
  ast::expr* tuple_of(std::vector<ast::expr*>& elts, const ast::Span& span);

  void check_first_target(P::Expr_stmtContext* ctx, ast::expr* first,
                          const std::vector<P::RhsContext*>& parts);
  static ast::expr* invalid_target_of(ast::expr* e);
  // Sets Store/Del context on an assignment target, or raises CPython's error.
  void set_context(ast::expr* e, ast::ExprContext ctx, bool augmented = false);

  // ---- literals (builder_literals.cpp) ----
  ast::expr* number(const Token& t);
  ast::expr* strings(const std::vector<antlr4::tree::TerminalNode*>& tokens, const ast::Span& span);

  // ---- f-strings (builder_fstring.cpp) ----
  struct FString {
    const StringPiece* piece;
    ast::Span group;      // the whole implicit concatenation
    bool unicode_kind;    // the group's first token has a `u` prefix
    const Token* after;   // the token after the group: where CPython reports errors
    ast::Span literals;   // where a trailing literal part goes (a format spec's differs)
  };
  // Parses piece text from `i` at nesting level `depth` (1 inside a format spec),
  // appending to `values`; returns the index where it stopped.
  size_t fstring_parse(const FString& f, size_t i, int depth, ast::Seq<ast::expr*>& values,
                       std::string& pending);
  size_t fstring_field(const FString& f, size_t i, int depth, ast::Seq<ast::expr*>& values,
                       std::string& pending);
  void flush_literal(const FString& f, ast::Seq<ast::expr*>& values, std::string& pending,
                     const ast::Span& span);
  [[noreturn]] void fstring_error(const FString& f, const std::string& msg) const;
};

}  // namespace front
