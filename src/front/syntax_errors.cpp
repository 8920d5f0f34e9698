#include "front/syntax_errors.h"

#include <utf8proc.h>

#include <algorithm>

#include "PythonLexer.h"
#include "PythonParser.h"
#include "front/builder.h"
#include "front/expr_names.h"
#include "front/source_error.h"

namespace front {

using L = pygen::PythonLexer;
using P = pygen::PythonParser;

namespace {

// The statement a block belongs to, as CPython names it in "expected an indented
// block after ...".
std::string block_owner(antlr4::ParserRuleContext* block_parent, const std::vector<Token>& toks,
                        int& line) {
  antlr4::Token* start = block_parent->getStart();
  line = toks[start->getTokenIndex()].line;
  switch (block_parent->getRuleIndex()) {
    case P::RuleIf_stmt: return "'if' statement";
    case P::RuleElif_clause: return "'elif' statement";
    case P::RuleElse_clause: return "'else' statement";
    case P::RuleWhile_stmt: return "'while' statement";
    case P::RuleFor_stmt: return "'for' statement";
    case P::RuleWith_stmt: return "'with' statement";
    case P::RuleFuncdef: return "function definition";
    case P::RuleClassdef: return "class definition";
    case P::RuleFinally_clause: return "'finally' statement";
    case P::RuleCase_block: return "'case' statement";
    case P::RuleExcept_clause: {
      auto* c = static_cast<P::Except_clauseContext*>(block_parent);
      return c->STAR() ? "'except*' statement" : "'except' statement";
    }
    case P::RuleTry_stmt: return "'try' statement";
    default: return "";
  }
}

}  // namespace

namespace {

// The line of the last real token before index k (skipping DEDENT/NEWLINE at EOF).
int last_line(const std::vector<Token>& toks, size_t k) {
  for (size_t i = std::min(k, toks.size() - 1) + 1; i-- > 0;) {
    int ty = toks[i].type;
    if (ty != L::DEDENT && ty != L::NEWLINE && ty != kEndMarker && ty != L::ERRORTOKEN && ty != L::INDENT)
      return toks[i].end_line;
  }
  return 1;
}

bool starts_operand(int type) {
  switch (type) {
    case L::NAME: case L::MATCH: case L::CASE: case L::NUMBER: case L::STRING: case L::LPAR:
    case L::LSQB: case L::LBRACE: case L::MINUS: case L::PLUS: case L::TILDE: case L::NOT:
    case L::AWAIT: case L::NONE: case L::TRUE: case L::FALSE: case L::ELLIPSIS: case L::LAMBDA:
      return true;
    default:
      return false;
  }
}

bool is_binary_operator(int type) {
  switch (type) {
    case L::PLUS: case L::MINUS: case L::STAR: case L::SLASH: case L::DOUBLESLASH:
    case L::PERCENT: case L::AT: case L::DOUBLESTAR: case L::LEFTSHIFT: case L::RIGHTSHIFT:
    case L::AMPER: case L::VBAR: case L::CIRCUMFLEX: case L::LESS: case L::GREATER:
    case L::EQEQUAL: case L::NOTEQUAL: case L::LESSEQUAL: case L::GREATEREQUAL: case L::IN:
    case L::IS: case L::NOT: case L::AND: case L::OR: case L::IF: case L::ELSE:
      return true;
    default:
      return false;
  }
}

// Index of the last token of the expression starting at token k (a rough reading of
// CPython's `expression`: operands, trailers and binary operators), or k - 1.
size_t scan_expression(const std::vector<Token>& toks, size_t k, bool bitwise_only) {
  size_t i = k;
  size_t last = k - 1;
  while (i < toks.size()) {
    // Prefix operators.
    while (i < toks.size() &&
           (toks[i].type == L::MINUS || toks[i].type == L::PLUS || toks[i].type == L::TILDE ||
            toks[i].type == L::AWAIT || (!bitwise_only && toks[i].type == L::NOT)))
      ++i;
    if (i >= toks.size() || !starts_operand(toks[i].type) || toks[i].type == L::LAMBDA) return last;
    // The operand: an atom (brackets skipped whole) and its trailers.
    auto skip_group = [&](size_t j) {
      int depth = 0;
      for (; j < toks.size(); ++j) {
        int t = toks[j].type;
        if (t == L::LPAR || t == L::LSQB || t == L::LBRACE) ++depth;
        if (t == L::RPAR || t == L::RSQB || t == L::RBRACE) {
          if (--depth == 0) return j;
        }
        if (t == kEndMarker) return j - 1;
      }
      return j - 1;
    };
    int t = toks[i].type;
    if (t == L::LPAR || t == L::LSQB || t == L::LBRACE) {
      i = skip_group(i);
    } else if (t == L::STRING) {
      while (i + 1 < toks.size() && toks[i + 1].type == L::STRING) ++i;
    }
    last = i;
    ++i;
    while (i < toks.size()) {
      int u = toks[i].type;
      if (u == L::LPAR || u == L::LSQB) {
        i = skip_group(i);
        last = i;
        ++i;
      } else if (u == L::DOT && i + 1 < toks.size() &&
                 (toks[i + 1].type == L::NAME || toks[i + 1].type == L::MATCH || toks[i + 1].type == L::CASE)) {
        last = i + 1;
        i += 2;
      } else {
        break;
      }
    }
    if (i >= toks.size()) return last;
    int op = toks[i].type;
    if (bitwise_only && (op == L::LESS || op == L::GREATER || op == L::EQEQUAL || op == L::NOTEQUAL ||
                         op == L::LESSEQUAL || op == L::GREATEREQUAL || op == L::IN || op == L::IS ||
                         op == L::NOT || op == L::AND || op == L::OR || op == L::IF || op == L::ELSE))
      return last;
    if (!is_binary_operator(op)) return last;
    ++i;
    if (op == L::NOT && i < toks.size() && toks[i].type == L::IN) ++i;
    if (op == L::IS && i < toks.size() && toks[i].type == L::NOT) ++i;
  }
  return last;
}

int bracket_depth_before(const std::vector<Token>& toks, size_t k) {
  int depth = 0;
  for (size_t i = 0; i < k && i < toks.size(); ++i) {
    int t = toks[i].type;
    if (t == L::LPAR || t == L::LSQB || t == L::LBRACE) ++depth;
    if (t == L::RPAR || t == L::RSQB || t == L::RBRACE) --depth;
  }
  return depth;
}

// The deepest-leftmost context of `kind` ending at token `stop` inside `root`.
// Only completed contexts count: those on the failed parse's rule stack are not.
template <class C>
C* find_ending_at(antlr4::tree::ParseTree* root, size_t stop,
                  const std::vector<antlr4::ParserRuleContext*>& open) {
  auto* ctx = dynamic_cast<antlr4::ParserRuleContext*>(root);
  if (!ctx) return nullptr;
  bool is_open = std::find(open.begin(), open.end(), ctx) != open.end();
  if (!is_open && ctx->getStop() && ctx->getStop()->getTokenIndex() == stop &&
      ctx->getStart()->getTokenIndex() <= stop) {
    if (auto* c = dynamic_cast<C*>(ctx)) return c;
  }
  for (auto it = ctx->children.rbegin(); it != ctx->children.rend(); ++it) {
    if (auto* r = find_ending_at<C>(*it, stop, open)) return r;
  }
  return nullptr;
}

struct Reporter {
  const ParseErrorContext& ctx;
  const ParseFailure& f;
  const std::vector<Token>& toks;
  size_t k;  // offending token index
  const Token& t;

  // A token's span as CPython's parser sees it (NEWLINE has no width there).
  int end_col(const Token& x) const { return x.type == L::NEWLINE ? x.col : x.end_col; }

  [[noreturn]] void at_token(const char* msg) const {
    raise_error(ctx.source, "SyntaxError", msg, t.line, t.col, t.line, end_col(t));
  }
  [[noreturn]] void range(const std::string& msg, size_t first, size_t last) const {
    const Token& a = toks[first];
    const Token& b = toks[last];
    raise_error(ctx.source, "SyntaxError", msg, a.line, a.col, b.end_line, end_col(b));
  }
  const Token& prev() const { return toks[k > 0 ? k - 1 : 0]; }

  // The completed expression (a `disjunction`, i.e. no ternary) that ends just
  // before the offending token, as [first, last] token indices.
  bool expression_before(size_t& first) const {
    if (k == 0) return false;
    for (auto* c : f.rule_stack) {
      if (auto* l = find_ending_at<P::LogicalContext>(c, k - 1, f.rule_stack)) {
        // Climb to the outermost logical that still ends there.
        antlr4::ParserRuleContext* top = l;
        while (auto* p = dynamic_cast<P::LogicalContext*>(top->parent)) {
          if (p->getStop() == nullptr || p->getStop()->getTokenIndex() != k - 1) break;
          if (std::find(f.rule_stack.begin(), f.rule_stack.end(), p) != f.rule_stack.end()) break;
          top = p;
        }
        first = top->getStart()->getTokenIndex();
        return true;
      }
    }
    return false;
  }
  P::ArithContext* bitwise_or_before() const {
    for (auto* c : f.rule_stack) {
      if (auto* cmp = find_ending_at<P::ComparisonContext>(c, k - 1, f.rule_stack)) {
        if (cmp->children.size() == 1) return static_cast<P::ArithContext*>(cmp->children[0]);
        return nullptr;
      }
    }
    return nullptr;
  }

  // Whether token k is outside every bracket of an eval() input: there CPython's
  // grammar reaches no named_expression, so `x = 1` is plain "invalid syntax".
  bool at_eval_top_level() const {
    bool eval_input = false;
    for (auto* c : f.rule_stack) eval_input |= dynamic_cast<P::Eval_inputContext*>(c) != nullptr;
    if (!eval_input) return false;
    int depth = 0;
    for (size_t i = 0; i < k; ++i) {
      int type = toks[i].type;
      if (type == L::LPAR || type == L::LSQB || type == L::LBRACE) ++depth;
      if (type == L::RPAR || type == L::RSQB || type == L::RBRACE) --depth;
    }
    return depth == 0;
  }

  void try_equal_instead_of_compare() const {
    if (t.type != L::EQUAL || at_eval_top_level()) return;
    P::ArithContext* a = bitwise_or_before();
    if (!a) return;
    size_t b_last = scan_expression(toks, k + 1, true);
    if (b_last <= k) return;
    int after = toks[b_last + 1].type;
    if (after == L::EQUAL || after == L::COLONEQUAL) return;
    size_t a_first = a->getStart()->getTokenIndex();
    size_t a_last = a->getStop()->getTokenIndex();
    if (a_first == a_last && (toks[a_first].type == L::NAME || toks[a_first].type == L::MATCH ||
                              toks[a_first].type == L::CASE))
      range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", a_first, b_last);
    int first_type = toks[a_first].type;
    if (a_first == a_last && (first_type == L::TRUE || first_type == L::FALSE || first_type == L::NONE)) return;
    ast::Arena arena;
    Builder b(arena, ctx.source, toks, ctx.source);
    ast::expr* e = b.build_arith(a);
    if (e->kind == ast::Kind::List || e->kind == ast::Kind::GeneratorExp) return;
    if (e->kind == ast::Kind::Tuple && first_type == L::LPAR) return;
    range(std::string("cannot assign to ") + expr_name(e) + " here. Maybe you meant '==' instead of '='?",
          a_first, a_last);
  }

  void try_missing_comma() const {
    if (!starts_operand(t.type) || t.type == L::LAMBDA) return;
    if (bracket_depth_before(toks, k) <= 0) return;
    size_t a_first;
    if (!expression_before(a_first)) return;
    // CPython skips this when the expression starts `NAME STRING` or a soft keyword.
    int t0 = toks[a_first].type;
    if (t0 == L::MATCH || t0 == L::CASE) return;
    if (t0 == L::NAME && toks[a_first + 1].type == L::STRING) return;
    size_t b_last = scan_expression(toks, k, false);
    if (b_last < k) return;
    range("invalid syntax. Perhaps you forgot a comma?", a_first, b_last);
  }

  void try_legacy_print() const {
    if (k == 0) return;
    const Token& p = prev();
    std::string_view name = ctx.source.substr(p.begin, p.end - p.begin);
    if (p.type != L::NAME || (name != "print" && name != "exec")) return;
    if (k >= 2 && toks[k - 2].type != L::NEWLINE && toks[k - 2].type != L::INDENT &&
        toks[k - 2].type != L::DEDENT && toks[k - 2].type != L::SEMI && toks[k - 2].type != L::COLON)
      return;
    if (!starts_operand(t.type) && t.type != L::STAR) return;
    size_t last = scan_expression(toks, k, false);
    while (last + 2 < toks.size() && toks[last + 1].type == L::COMMA && starts_operand(toks[last + 2].type))
      last = scan_expression(toks, last + 2, false);
    if (last < k) return;
    range("Missing parentheses in call to '" + std::string(name) + "'. Did you mean " + std::string(name) +
              "(...)?",
          k - 1, last);
  }

  void try_ternary_without_else() const {
    bool expects_else = std::find(f.expected.begin(), f.expected.end(), L::ELSE) != f.expected.end();
    if (!expects_else || f.rule_stack.empty()) return;
    auto* test = dynamic_cast<P::TestContext*>(f.rule_stack[0]);
    if (!test || t.type == L::COLON) return;
    range("expected 'else' after 'if' expression", test->getStart()->getTokenIndex(), k - 1);
  }

  bool in_rule(size_t rule) const {
    for (auto* c : f.rule_stack)
      if (c->getRuleIndex() == rule) return true;
    return false;
  }

  // `&&':'` in CPython's grammar: some statements require the colon whatever
  // follows, the others report it only before a NEWLINE.
  void try_expected_colon() const {
    if (!(f.expected.size() == 1 && f.expected[0] == L::COLON) || f.rule_stack.empty()) return;
    switch (f.rule_stack[0]->getRuleIndex()) {
      case P::RuleFuncdef: case P::RuleElse_clause: case P::RuleTry_stmt: case P::RuleFinally_clause:
        break;
      case P::RuleIf_stmt: case P::RuleElif_clause: case P::RuleWhile_stmt: case P::RuleWith_stmt:
      case P::RuleFor_stmt: case P::RuleExcept_clause: case P::RuleClassdef: case P::RuleMatch_stmt:
      case P::RuleCase_block:
        if (t.type != L::NEWLINE) return;
        break;
      default:
        return;
    }
    raise_error(ctx.source, "SyntaxError", "expected ':'", t.line, t.col, t.end_line, end_col(t));
  }

  void try_rule_specific() const {
    if (f.rule_stack.empty()) return;
    auto* inner = f.rule_stack[0];
    size_t rule = inner->getRuleIndex();
    if (rule == P::RuleTry_stmt && (t.type != L::EXCEPT && t.type != L::FINALLY)) {
      auto* tc = static_cast<P::Try_stmtContext*>(inner);
      if (tc->except_clause().empty() && !tc->finally_clause()) {
        if (t.type == kEndMarker || t.begin >= ctx.source.size()) {
          int line = last_line(toks, k);
          raise_error_offsets(ctx.source, "SyntaxError", "expected 'except' or 'finally' block", line, 0,
                              line, -1);
        }
        at_token("expected 'except' or 'finally' block");
      }
    }
    // `from m import a,`: the import is complete at `a`, so the parser stops at ','.
    if (t.type == L::COMMA && toks[k + 1].type == L::NEWLINE && rule == P::RuleSimple_stmts &&
        !inner->children.empty() && dynamic_cast<P::ImportFromStmtContext*>(inner->children.back())) {
      const Token& nl = toks[k + 1];
      raise_error(ctx.source, "SyntaxError", "trailing comma not allowed without surrounding parentheses",
                  nl.line, nl.col, nl.line, nl.col);
    }
    if (in_rule(P::RuleDict_or_set_item) && prev().type == L::COLON) {
      const Token& colon = prev();
      raise_error(ctx.source, "SyntaxError", "expression expected after dictionary key and ':'",
                  colon.line, colon.col, colon.end_line, colon.end_col);
    }
    if ((in_rule(P::RuleParameters) || in_rule(P::RuleLambdef)) && t.type == L::EQUAL && k >= 3 &&
        toks[k - 2].type == L::STAR &&
        (toks[k - 3].type == L::LPAR || toks[k - 3].type == L::COMMA || toks[k - 3].type == L::LAMBDA))
      at_token("var-positional argument cannot have default value");
    if (rule == P::RuleLambdef && t.type == L::LPAR) {
      size_t close = k;
      int depth = 0;
      for (; close < toks.size(); ++close) {
        if (toks[close].type == L::LPAR) ++depth;
        if (toks[close].type == L::RPAR && --depth == 0) break;
      }
      if (close < toks.size()) range("Lambda expression parameters cannot be parenthesized", k, close);
    }
    if (rule == P::RuleExcept_clause && t.type == L::COMMA) {
      auto* ec = static_cast<P::Except_clauseContext*>(inner);
      if (auto* test = ec->test()) {
        size_t last = scan_expression(toks, k + 1, false);
        while (last + 2 < toks.size() && toks[last + 1].type == L::COMMA)
          last = scan_expression(toks, last + 2, false);
        if (last > k) range("multiple exception types must be parenthesized", test->getStart()->getTokenIndex(), last);
      }
    }
  }
};

}  // namespace

void report_parse_failure(const ParseErrorContext& ctx, const ParseFailure& f) {
  const auto& toks = ctx.tokens.tokens;
  size_t k = std::min(f.token_index, toks.size() - 1);
  const Token& t = toks[k];
  const auto& unclosed = ctx.tokens.unclosed;
  auto never_closed = [&]() {
    const OpenBracket& b = unclosed.back();
    // CPython passes end column -1, which its location macro turns into 0.
    raise_error_offsets(ctx.source, "SyntaxError", std::string("'") + b.ch + "' was never closed",
                        b.line, b.col + 1, b.line, 0);
  };
  bool at_eof = t.begin >= ctx.source.size() && (t.type == L::ERRORTOKEN || t.type == kEndMarker ||
                                                 t.type == L::DEDENT || t.type == L::NEWLINE);
  if (!unclosed.empty() && at_eof) never_closed();
  if (!unclosed.empty() && unclosed.back().line < t.line) never_closed();

  if (t.type == L::INDENT) {
    // CPython points past the indentation, which the traceback then hides.
    raise_error(ctx.source, "IndentationError", "unexpected indent", t.line, t.end_col - 1, t.line, -1);
  }
  // A block that should have started with INDENT.
  if (f.expected.size() == 1 && f.expected[0] == L::INDENT && !f.rule_stack.empty() &&
      f.rule_stack[0]->getRuleIndex() == P::RuleBlock && f.rule_stack.size() > 1) {
    int line = 0;
    std::string owner = block_owner(f.rule_stack[1], toks, line);
    if (!owner.empty()) {
      if (t.type == kEndMarker || at_eof) {
        // The block is missing at end of input: CPython reports the last line
        // without a caret.
        int l = last_line(toks, k);
        raise_error_offsets(ctx.source, "IndentationError",
                            "expected an indented block after " + owner + " on line " + std::to_string(line),
                            l, 0, l, -1);
      }
      raise_error(ctx.source, "IndentationError",
                  "expected an indented block after " + owner + " on line " + std::to_string(line),
                  t.line, t.col, t.end_line, t.end_col);
    }
  }
  Reporter r{ctx, f, toks, k, t};
  r.try_expected_colon();
  r.try_equal_instead_of_compare();
  r.try_rule_specific();
  r.try_ternary_without_else();
  r.try_legacy_print();
  r.try_missing_comma();
  if (t.type == L::DEDENT) {
    raise_error(ctx.source, "IndentationError", "unexpected unindent", t.line, t.col - 1, t.line, -1);
  }
  if (at_eof && t.type != L::NEWLINE) {
    raise_error(ctx.source, "SyntaxError", "unexpected EOF while parsing", t.line, t.col, t.line, t.col);
  }
  raise_error(ctx.source, "SyntaxError", "invalid syntax", t.line, t.col, t.end_line, r.end_col(t));
}

void throw_too_deep() { throw ast::SyntaxError("MemoryError", ""); }

void check_source_bytes(std::string_view s, const std::string& filename) {
  // CPython reads a file line by line and checks each line's UTF-8 before its
  // NUL bytes, so invalid UTF-8 on the line of the first NUL or before wins.
  size_t nul = s.find('\0');
  size_t nul_line_end = nul == std::string_view::npos ? s.size() : s.find('\n', nul);
  check_utf8(s.substr(0, nul_line_end == std::string_view::npos ? s.size() : nul_line_end), filename);
  check_no_null_bytes(s);
  check_utf8(s, filename);
}

void check_no_null_bytes(std::string_view s) {
  size_t nul = s.find('\0');
  if (nul != std::string_view::npos) {
    ast::SyntaxError e("SyntaxError", "source code cannot contain null bytes");
    e.lineno = 1 + static_cast<int>(std::count(s.begin(), s.begin() + static_cast<long>(nul), '\n'));
    size_t line_start = s.rfind('\n', nul);
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    e.text = std::string(s.substr(line_start, nul - line_start));
    e.end_lineno = e.lineno;
    e.end_offset = -1;
    throw e;
  }
}

void check_utf8(std::string_view s, const std::string& filename) {
  size_t i = 0;
  int line = 1;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c == '\n') ++line;
      ++i;
      continue;
    }
    utf8proc_int32_t cp;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                              static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n < 0) {
      // What CPython says when reading a file with no coding declaration; it
      // prints no File line (lineno stays 0).
      char buf[64];
      std::snprintf(buf, sizeof buf, "Non-UTF-8 code starting with '\\x%02x' in file ", c);
      ast::SyntaxError e("SyntaxError", std::string(buf) + filename + " on line " + std::to_string(line) +
                                            ", but no encoding declared; see "
                                            "https://peps.python.org/pep-0263/ for details");
      throw e;
    }
    i += static_cast<size_t>(n);
  }
}

}  // namespace front
