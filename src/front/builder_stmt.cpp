// Statements: parse tree → ast::stmt.
#include "front/builder.h"
#include "front/expr_names.h"
#include "front/source_error.h"

namespace front {

using TN = antlr4::tree::TerminalNode;
using L = pygen::PythonLexer;

ast::Span Builder::span_of(const Token& first, const Token& last) const {
  ast::Span s{first.line, first.col, last.end_line, last.end_col};
  if (s.lineno == 1) s.col_offset += shift_.first_line_col;
  if (s.end_lineno == 1) s.end_col_offset += shift_.first_line_col;
  s.lineno += shift_.line_delta;
  s.end_lineno += shift_.line_delta;
  return s;
}

ast::Identifier Builder::ident(TN* n) { return intern(text(n)); }
ast::Identifier Builder::ident(P::NameContext* n) {
  auto* t = static_cast<TN*>(n->children[0]);
  std::string_view s = text(t);
  for (unsigned char c : s) {
    if (c >= 0x80) return intern(normalize_identifier(s));
  }
  return intern(s);
}

void Builder::error_at(const ast::Span& s, const std::string& msg, const char* type) const {
  raise_error(file_src_, type, msg, s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
}
void Builder::error_at_token(const Token& t, const std::string& msg) const {
  error_at(span_of(t, t), msg);
}

ast::Module* Builder::file_input(P::File_inputContext* ctx) {
  auto* m = make<ast::Module>();
  for (auto* child : ctx->children) {
    if (auto* s = as<P::StmtContext>(child)) stmt(s, m->body);
  }
  return m;
}

void Builder::stmt(P::StmtContext* ctx, ast::Seq<ast::stmt*>& out) {
  if (auto* s = as<P::Simple_stmtsContext>(ctx->children[0])) {
    simple_stmts(s, out);
  } else {
    out.push_back(compound_stmt(static_cast<P::Compound_stmtContext*>(ctx->children[0])));
  }
}

void Builder::simple_stmts(P::Simple_stmtsContext* ctx, ast::Seq<ast::stmt*>& out) {
  for (auto* child : ctx->children) {
    if (!is_terminal(child)) out.push_back(simple_stmt(static_cast<P::Simple_stmtContext*>(child)));
  }
}

void Builder::block(P::BlockContext* ctx, ast::Seq<ast::stmt*>& out) {
  if (auto* s = as<P::Simple_stmtsContext>(ctx->children[0])) {
    simple_stmts(s, out);
    return;
  }
  for (auto* child : ctx->children) {
    if (auto* s = as<P::StmtContext>(child)) stmt(s, out);
  }
}

ast::stmt* Builder::simple_stmt(P::Simple_stmtContext* ctx) {
  ast::Span span = span_of(ctx);
  if (auto* c = as<P::ExprStmtContext>(ctx))
    return expr_stmt(static_cast<P::Expr_stmtContext*>(c->children[0]));
  if (auto* c = as<P::ReturnStmtContext>(ctx)) {
    auto* n = make<ast::Return>();
    if (auto* v = c->star_expressions()) n->value = star_expressions(v);
    return at(n, span);
  }
  if (auto* c = as<P::ImportStmtContext>(ctx)) return import_name(c->import_name());
  if (auto* c = as<P::ImportFromStmtContext>(ctx)) return import_from(c->import_from());
  if (auto* c = as<P::RaiseStmtContext>(ctx)) {
    auto* n = make<ast::Raise>();
    auto tests = c->test();
    if (!tests.empty()) n->exc = test(tests[0]);
    if (tests.size() > 1) n->cause = test(tests[1]);
    return at(n, span);
  }
  if (as<P::PassStmtContext>(ctx)) return at(make<ast::SimpleStmt>(ast::Kind::Pass), span);
  if (as<P::BreakStmtContext>(ctx)) return at(make<ast::SimpleStmt>(ast::Kind::Break), span);
  if (as<P::ContinueStmtContext>(ctx))
    return at(make<ast::SimpleStmt>(ast::Kind::Continue), span);
  if (auto* c = as<P::DelStmtContext>(ctx)) {
    auto* n = make<ast::Delete>();
    auto* targets = c->star_expressions();
    ast::expr* e = star_expressions(targets);
    // `del a, b` deletes two targets; `del (a, b)` one tuple target.
    bool bare_tuple = e->kind == ast::Kind::Tuple && targets->COMMA().size() > 0;
    if (bare_tuple) {
      for (auto* t : static_cast<ast::List*>(e)->elts) {
        set_context(t, ast::ExprContext::Del);
        n->targets.push_back(t);
      }
    } else {
      set_context(e, ast::ExprContext::Del);
      n->targets.push_back(e);
    }
    return at(n, span);
  }
  if (auto* c = as<P::AssertStmtContext>(ctx)) {
    auto* n = make<ast::Assert>();
    n->test = test(c->test(0));
    if (c->test().size() > 1) n->msg = test(c->test(1));
    return at(n, span);
  }
  auto names = [&](std::vector<P::NameContext*> v, ast::Kind k) {
    auto* n = make<ast::Global>(k);
    for (auto* nm : v) n->names.push_back(ident(nm));
    return at(n, span);
  };
  if (auto* c = as<P::GlobalStmtContext>(ctx)) return names(c->name(), ast::Kind::Global);
  if (auto* c = as<P::NonlocalStmtContext>(ctx))
    return names(c->name(), ast::Kind::Nonlocal);
  error_at(span, "invalid syntax");
}

static ast::OperatorKind augop(std::string_view op) {
  using O = ast::OperatorKind;
  op.remove_suffix(1);
  if (op == "+") return O::Add;
  if (op == "-") return O::Sub;
  if (op == "*") return O::Mult;
  if (op == "@") return O::MatMult;
  if (op == "/") return O::Div;
  if (op == "%") return O::Mod;
  if (op == "&") return O::BitAnd;
  if (op == "|") return O::BitOr;
  if (op == "^") return O::BitXor;
  if (op == "<<") return O::LShift;
  if (op == ">>") return O::RShift;
  if (op == "**") return O::Pow;
  return O::FloorDiv;
}

ast::stmt* Builder::expr_stmt(P::Expr_stmtContext* ctx) {
  ast::Span span = span_of(ctx);
  ast::expr* first = rhs(ctx->first);
  if (ctx->children.size() == 1) {
    auto* n = make<ast::Expr>();
    n->value = first;
    return at(n, span);
  }
  if (ctx->annotation) {
    auto* n = make<ast::AnnAssign>();
    switch (first->kind) {
      case ast::Kind::Name: case ast::Kind::Attribute: case ast::Kind::Subscript: break;
      case ast::Kind::Tuple:
        // A bare `a, b: int` blames its first element, `(a, b): int` the tuple.
        if (tok(ctx->first->getStart()).type != L::LPAR)
          error_at(static_cast<ast::List*>(first)->elts[0]->span,
                   "only single target (not tuple) can be annotated");
        error_at(first->span, "only single target (not tuple) can be annotated");
      case ast::Kind::List:
        error_at(first->span, "only single target (not list) can be annotated");
      default:
        error_at(first->span, "illegal target for annotation");
    }
    set_context(first, ast::ExprContext::Store);
    n->target = first;
    n->annotation = test(ctx->annotation);
    if (ctx->annotated) n->value = rhs(ctx->annotated);
    bool parenthesized = tok(ctx->first->getStart()).type == L::LPAR;
    n->simple = first->kind == ast::Kind::Name && !parenthesized;
    return at(n, span);
  }
  if (auto* aug = ctx->augassign()) {
    switch (first->kind) {
      case ast::Kind::Name: case ast::Kind::Attribute: case ast::Kind::Subscript: break;
      default:
        error_at(first->span, std::string("'") + expr_name(first) +
                                  "' is an illegal expression for augmented assignment");
    }
    set_context(first, ast::ExprContext::Store, true);
    auto* n = make<ast::AugAssign>();
    n->target = first;
    n->op = augop(text(tok(aug->getStart())));
    n->value = rhs(ctx->aug);
    return at(n, span);
  }
  auto parts = ctx->rhs();
  check_first_target(ctx, first, parts);
  auto* n = make<ast::Assign>();
  for (size_t i = 0; i + 1 < parts.size(); ++i) {
    ast::expr* t = i == 0 ? first : rhs(parts[i]);
    if (t->kind == ast::Kind::Yield || t->kind == ast::Kind::YieldFrom)
      error_at(t->span, "assignment to yield expression not possible");
    set_context(t, ast::ExprContext::Store);
    n->targets.push_back(t);
  }
  n->value = rhs(parts.back());
  return at(n, span);
}

ast::stmt* Builder::import_name(P::Import_nameContext* ctx) {
  auto* n = make<ast::Import>();
  for (auto* d : ctx->dotted_as_name()) {
    auto* al = make<ast::alias>();
    auto* dn = d->dotted_name();
    std::string name;
    for (auto* part : dn->name()) {
      if (!name.empty()) name += '.';
      name += ident(part).text;
    }
    al->name = intern(name);
    if (auto* as = d->name()) al->asname = ident(as);
    al->span = span_of(d);
    n->names.push_back(al);
  }
  return at(n, span_of(ctx));
}

ast::stmt* Builder::import_from(P::Import_fromContext* ctx) {
  auto* n = make<ast::ImportFrom>();
  for (auto* d : ctx->dots()) n->level += text(tok(d->getStart())).size();
  if (auto* dn = ctx->dotted_name()) {
    std::string name;
    for (auto* part : dn->name()) {
      if (!name.empty()) name += '.';
      name += ident(part).text;
    }
    n->module = intern(name);
  }
  auto* targets = ctx->import_targets();
  if (auto* names = targets->import_as_names()) {
    for (auto* item : names->import_as_name()) {
      auto* al = make<ast::alias>();
      al->name = ident(item->name(0));
      if (item->name().size() > 1) al->asname = ident(item->name(1));
      al->span = span_of(item);
      n->names.push_back(al);
    }
    if (targets->RPAR() == nullptr && targets->COMMA() != nullptr)
      error_at_token(tok(targets->COMMA()), "trailing comma not allowed without surrounding parentheses");
  } else {
    auto* al = make<ast::alias>();
    al->name = intern("*");
    al->span = span_of(targets);
    n->names.push_back(al);
  }
  return at(n, span_of(ctx));
}

ast::stmt* Builder::compound_stmt(P::Compound_stmtContext* ctx) {
  auto* c = ctx->children[0];
  if (auto* s = as<P::If_stmtContext>(c)) return if_stmt(s);
  if (auto* s = as<P::FuncdefContext>(c)) return funcdef(s, false, nullptr);
  if (auto* s = as<P::For_stmtContext>(c)) return for_stmt(s, false, nullptr);
  if (auto* s = as<P::While_stmtContext>(c)) return while_stmt(s);
  if (auto* s = as<P::Try_stmtContext>(c)) return try_stmt(s);
  if (auto* s = as<P::With_stmtContext>(c)) return with_stmt(s, false, nullptr);
  if (auto* s = as<P::ClassdefContext>(c)) return classdef(s);
  if (auto* s = as<P::DecoratedContext>(c)) return decorated(s);
  if (auto* s = as<P::Match_stmtContext>(c)) return match_stmt(s);
  auto* as = static_cast<P::Async_stmtContext*>(c);
  const Token* async_tok = &tok(as->getStart());
  if (auto* f = as->funcdef()) return funcdef(f, true, async_tok);
  if (auto* f = as->with_stmt()) return with_stmt(f, true, async_tok);
  return for_stmt(as->for_stmt(), true, async_tok);
}

// A compound statement ends with the last token of its last block that is not a
// NEWLINE, INDENT or DEDENT (so a trailing ';' counts, as in CPython).
ast::Span Builder::through_block(const ast::Span& start, P::BlockContext* last_block) const {
  size_t i = last_block->getStop()->getTokenIndex();
  while (i > 0 && (toks_[i].type == L::NEWLINE || toks_[i].type == L::DEDENT ||
                   toks_[i].type == L::INDENT))
    --i;
  ast::Span end = span_of(toks_[i], toks_[i]);
  return {start.lineno, start.col_offset, end.end_lineno, end.end_col_offset};
}

ast::stmt* Builder::if_stmt(P::If_stmtContext* ctx) {
  auto* n = make<ast::If>();
  n->test = namedexpr_test(ctx->namedexpr_test());
  block(ctx->block(), n->body);
  ast::Span head = span_of(ctx);
  // elif chains nest: each elif is an If in the previous one's orelse.
  ast::If* cur = n;
  std::vector<ast::If*> chain{n};
  // The block that ends each If of the chain (its own body, or the next part's).
  std::vector<P::BlockContext*> last_blocks{ctx->block()};
  for (auto* e : ctx->elif_clause()) {
    auto* m = make<ast::If>();
    m->test = namedexpr_test(e->namedexpr_test());
    block(e->block(), m->body);
    m->span = span_of(e);
    cur->orelse.push_back(m);
    cur = m;
    chain.push_back(m);
    last_blocks.push_back(e->block());
  }
  if (auto* e = ctx->else_clause()) {
    block(e->block(), cur->orelse);
    last_blocks.back() = e->block();
  }
  // Every If in the chain ends where the whole chain ends.
  for (auto& b : last_blocks) b = last_blocks.back();
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    ast::If* x = *it;
    x->span = through_block(it + 1 == chain.rend() ? head : x->span, last_blocks[static_cast<size_t>(chain.rend() - it - 1)]);
  }
  return n;
}

ast::stmt* Builder::while_stmt(P::While_stmtContext* ctx) {
  auto* n = make<ast::While>();
  n->test = namedexpr_test(ctx->namedexpr_test());
  block(ctx->block(), n->body);
  if (auto* e = ctx->else_clause()) block(e->block(), n->orelse);
  return at(n, through_block(span_of(ctx), ctx->else_clause() ? ctx->else_clause()->block() : ctx->block()));
}

ast::stmt* Builder::for_stmt(P::For_stmtContext* ctx, bool is_async, const Token* async_tok) {
  auto* n = make<ast::For>(is_async ? ast::Kind::AsyncFor : ast::Kind::For);
  n->target = target_list(ctx->target_list());
  set_context(n->target, ast::ExprContext::Store);
  n->iter = star_expressions(ctx->star_expressions());
  block(ctx->block(), n->body);
  if (auto* e = ctx->else_clause()) block(e->block(), n->orelse);
  ast::Span s = through_block(span_of(ctx), ctx->else_clause() ? ctx->else_clause()->block() : ctx->block());
  if (async_tok) s = join(span_of(*async_tok, *async_tok), s);
  return at(n, s);
}

ast::stmt* Builder::try_stmt(P::Try_stmtContext* ctx) {
  auto clauses = ctx->except_clause();
  bool star = false;
  for (size_t i = 0; i < clauses.size(); ++i) {
    bool s = clauses[i]->STAR() != nullptr;
    if (i == 0) star = s;
    else if (s != star)
      error_at_token(tok(clauses[i]->getStart()),
                     "cannot have both 'except' and 'except*' on the same 'try'");
  }
  auto* n = make<ast::Try>(star ? ast::Kind::TryStar : ast::Kind::Try);
  block(ctx->block(), n->body);
  for (size_t i = 0; i < clauses.size(); ++i) {
    auto* c = clauses[i];
    auto* h = make<ast::ExceptHandler>();
    if (auto* t = c->test()) h->type = test(t);
    else if (c->STAR())
      error_at_token(tok(c->COLON()), "expected one or more exception types");
    if (auto* nm = c->name()) h->name = ident(nm);
    if (!h->type && i + 1 < clauses.size())
      error_at(span_of(tok(c->getStart()), tok(c->COLON())), "default 'except:' must be last");
    block(c->block(), h->body);
    h->span = through_block(span_of(c), c->block());
    n->handlers.push_back(h);
  }
  if (auto* e = ctx->else_clause()) block(e->block(), n->orelse);
  if (auto* f = ctx->finally_clause()) block(f->block(), n->finalbody);
  ast::Span s = span_of(ctx);
  if (auto* f = ctx->finally_clause()) s = through_block(s, f->block());
  else if (auto* e = ctx->else_clause()) s = through_block(s, e->block());
  else s = join(s, n->handlers.back()->span);
  return at(n, s);
}

ast::stmt* Builder::with_stmt(P::With_stmtContext* ctx, bool is_async, const Token* async_tok) {
  auto* n = make<ast::With>(is_async ? ast::Kind::AsyncWith : ast::Kind::With);
  for (auto* item : ctx->with_item()) {
    auto* w = make<ast::withitem>();
    w->context_expr = test(item->test());
    if (auto* t = item->star_target()) {
      w->optional_vars = star_target(t);
      set_context(w->optional_vars, ast::ExprContext::Store);
    }
    n->items.push_back(w);
  }
  block(ctx->block(), n->body);
  ast::Span s = through_block(span_of(ctx), ctx->block());
  if (async_tok) s = join(span_of(*async_tok, *async_tok), s);
  return at(n, s);
}

ast::stmt* Builder::funcdef(P::FuncdefContext* ctx, bool is_async, const Token* async_tok) {
  auto* n = make<ast::FunctionDef>(is_async ? ast::Kind::AsyncFunctionDef : ast::Kind::FunctionDef);
  n->name = ident(ctx->name());
  auto* params = ctx->parameters();
  n->args = params->typedargslist() ? typedargslist(params->typedargslist()) : empty_arguments();
  if (auto* r = ctx->test()) n->returns = test(r);
  block(ctx->block(), n->body);
  ast::Span s = through_block(span_of(ctx), ctx->block());
  if (async_tok) s = join(span_of(*async_tok, *async_tok), s);
  return at(n, s);
}

ast::stmt* Builder::classdef(P::ClassdefContext* ctx) {
  auto* n = make<ast::ClassDef>();
  n->name = ident(ctx->name());
  if (auto* args = ctx->arglist()) arglist(args, n->bases, n->keywords, false);
  block(ctx->block(), n->body);
  return at(n, through_block(span_of(ctx), ctx->block()));
}

ast::stmt* Builder::decorated(P::DecoratedContext* ctx) {
  ast::stmt* def;
  if (auto* c = ctx->classdef()) def = classdef(c);
  else if (auto* f = ctx->funcdef()) def = funcdef(f, false, nullptr);
  else {
    auto* af = ctx->async_funcdef();
    def = funcdef(af->funcdef(), true, &tok(af->getStart()));
  }
  ast::Seq<ast::expr*>& decos = def->kind == ast::Kind::ClassDef
                                    ? static_cast<ast::ClassDef*>(def)->decorator_list
                                    : static_cast<ast::FunctionDef*>(def)->decorator_list;
  for (auto* d : ctx->decorator()) decos.push_back(namedexpr_test(d->namedexpr_test()));
  return def;
}

// ---- parameters -------------------------------------------------------------------

ast::arguments* Builder::typedargslist(P::TypedargslistContext* ctx) {
  auto* out = make<ast::arguments>();
  bool seen_slash = false, seen_star = false, seen_default = false, seen_kwarg = false;
  bool star_bare = false;
  auto make_arg = [&](P::NameContext* nm, Ctx* annotation_ctx, ast::expr* annotation) {
    auto* a = make<ast::arg>();
    a->arg_ = ident(nm);
    a->annotation = annotation;
    a->span = annotation_ctx ? span_of(tok(nm->getStart()), tok(annotation_ctx->getStop()))
                             : span_of(nm);
    return a;
  };
  auto params = ctx->tparam();
  for (size_t i = 0; i < params.size(); ++i) {
    auto* p = params[i];
    const Token& first = tok(p->getStart());
    if (seen_kwarg)
      error_at_token(first, "arguments cannot follow var-keyword argument");
    if (p->SLASH()) {
      if (seen_slash) error_at_token(first, "/ may appear only once");
      if (seen_star) error_at_token(first, "/ must be ahead of *");
      if (out->args.empty())
        error_at_token(first, i + 1 < params.size() ? "at least one argument must precede /" : "invalid syntax");
      seen_slash = true;
      for (auto* a : out->args) out->posonlyargs.push_back(a);
      out->args.clear();
      continue;
    }
    if (p->DOUBLESTAR()) {
      auto* d = p->tfpdef();
      ast::expr* ann = d->test() ? test(d->test()) : nullptr;
      out->kwarg = make_arg(d->name(), d->test(), ann);
      seen_kwarg = true;
      continue;
    }
    if (p->STAR()) {
      if (seen_star) error_at_token(first, "* argument may appear only once");
      seen_star = true;
      if (auto* nm = p->name()) {
        ast::expr* ann = nullptr;
        Ctx* ann_ctx = nullptr;
        if (auto* t = p->test()) { ann = test(t); ann_ctx = t; }
        else if (auto* s = p->star_expr()) { ann = star_expr(s); ann_ctx = s; }
        out->vararg = make_arg(nm, ann_ctx, ann);
      } else {
        star_bare = true;
        if (i + 1 == params.size() || params[i + 1]->DOUBLESTAR())
          error_at_token(first, "named arguments must follow bare *");
      }
      continue;
    }
    auto* d = p->tfpdef();
    ast::expr* ann = d->test() ? test(d->test()) : nullptr;
    ast::arg* a = make_arg(d->name(), d->test(), ann);
    ast::expr* def = p->test() ? test(p->test()) : nullptr;
    if (seen_star) {
      out->kwonlyargs.push_back(a);
      out->kw_defaults.push_back(def);
    } else {
      out->args.push_back(a);
      if (def) {
        out->defaults.push_back(def);
        seen_default = true;
      } else if (seen_default) {
        error_at(a->span, "non-default argument follows default argument");
      }
    }
  }
  (void)star_bare;
  return out;
}

ast::arguments* Builder::varargslist(P::VarargslistContext* ctx) {
  auto* out = make<ast::arguments>();
  bool seen_slash = false, seen_star = false, seen_default = false, seen_kwarg = false;
  auto make_arg = [&](P::NameContext* nm) {
    auto* a = make<ast::arg>();
    a->arg_ = ident(nm);
    a->span = span_of(nm);
    return a;
  };
  auto params = ctx->vparam();
  for (size_t i = 0; i < params.size(); ++i) {
    auto* p = params[i];
    const Token& first = tok(p->getStart());
    if (seen_kwarg) error_at_token(first, "arguments cannot follow var-keyword argument");
    if (p->SLASH()) {
      if (seen_slash) error_at_token(first, "/ may appear only once");
      if (seen_star) error_at_token(first, "/ must be ahead of *");
      if (out->args.empty())
        error_at_token(first, i + 1 < params.size() ? "at least one argument must precede /" : "invalid syntax");
      seen_slash = true;
      for (auto* a : out->args) out->posonlyargs.push_back(a);
      out->args.clear();
      continue;
    }
    if (p->DOUBLESTAR()) {
      out->kwarg = make_arg(p->name());
      seen_kwarg = true;
      continue;
    }
    if (p->STAR()) {
      if (seen_star) error_at_token(first, "* argument may appear only once");
      seen_star = true;
      if (auto* nm = p->name()) {
        out->vararg = make_arg(nm);
      } else if (i + 1 == params.size() || params[i + 1]->DOUBLESTAR()) {
        // CPython's lambda rule reports where it stopped: ':' or '**'.
        size_t next = p->getStop()->getTokenIndex() + 1;
        if (toks_[next].type == L::COMMA) ++next;
        error_at_token(toks_[next], "named arguments must follow bare *");
      }
      continue;
    }
    ast::arg* a = make_arg(p->name());
    ast::expr* def = p->test() ? test(p->test()) : nullptr;
    if (seen_star) {
      out->kwonlyargs.push_back(a);
      out->kw_defaults.push_back(def);
    } else {
      out->args.push_back(a);
      if (def) {
        out->defaults.push_back(def);
        seen_default = true;
      } else if (seen_default) {
        error_at(a->span, "non-default argument follows default argument");
      }
    }
  }
  return out;
}

}  // namespace front

namespace front {

// The top-level `bitwise_or` an expression context starts with (CPython's
// invalid_named_expression matches one), or nullptr when it starts otherwise.
static P::ArithContext* leading_bitwise_or(P::Star_expr_or_testContext* e) {
  auto* t = e->test();
  if (!t) return nullptr;
  if (as<P::LambdefContext>(t->children[0])) return nullptr;
  auto* l = static_cast<P::LogicalContext*>(t->children[0]);
  while (as<P::AndExprContext>(l) || as<P::OrExprContext>(l))
    l = static_cast<P::LogicalContext*>(l->children[0]);
  auto* c = as<P::ComparisonExprContext>(l);
  if (!c) return nullptr;
  return static_cast<P::ArithContext*>(c->comparison()->children[0]);
}

// Whether `e` is exactly a bitwise_or (no comparison, boolean operator, ternary).
static bool is_bitwise_or(P::Star_expr_or_testContext* e) {
  auto* t = e->test();
  if (!t || t->children.size() != 1) return false;
  auto* c = as<P::ComparisonExprContext>(t->children[0]);
  return c && c->comparison()->children.size() == 1;
}

// CPython's invalid_named_expression, as reached from invalid_assignment: an
// invalid first target followed by `= bitwise_or` and no further `=` gets
// "... here. Maybe you meant '==' instead of '='?".
void Builder::check_first_target(P::Expr_stmtContext* ctx, ast::expr* first,
                                 const std::vector<P::RhsContext*>& parts) {
  (void)ctx;
  if (parts.size() < 2 || !invalid_target_of(first)) return;
  auto* lhs = parts[0]->star_expressions();
  if (!lhs) return;
  auto items = lhs->star_expr_or_test();
  P::Star_expr_or_testContext* cand = items.back();
  ast::expr* cand_expr = first;
  if (items.size() > 1 || !lhs->COMMA().empty()) {
    if (!lhs->COMMA().empty() && lhs->children.back() == lhs->COMMA().back()) return;
    cand_expr = static_cast<ast::List*>(first)->elts.back();
  }
  if (!is_bitwise_or(cand)) return;
  auto* rhs_exprs = parts[1]->star_expressions();
  if (!rhs_exprs) return;
  P::ArithContext* b = leading_bitwise_or(rhs_exprs->star_expr_or_test(0));
  if (!b) return;
  const Token& after = toks_[b->getStop()->getTokenIndex() + 1];
  if (after.type == L::EQUAL || after.type == L::COLONEQUAL) return;
  if (cand_expr->kind == ast::Kind::Name) {
    ast::Span s = join(cand_expr->span, span_of(b));
    error_at(s, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  }
  const Token& open = tok(cand->getStart());
  bool parenthesized_tuple = cand_expr->kind == ast::Kind::Tuple && open.type == L::LPAR;
  bool excluded = cand_expr->kind == ast::Kind::List || parenthesized_tuple ||
                  cand_expr->kind == ast::Kind::GeneratorExp;
  if (cand_expr->kind == ast::Kind::Constant) {
    auto k = static_cast<ast::Constant*>(cand_expr)->value.kind;
    using CK = ast::ConstantValue::Kind;
    // `True = 1`: only the keyword tokens themselves are excluded, not `(True)`.
    if ((k == CK::True || k == CK::False || k == CK::None) && open.type != L::LPAR) excluded = true;
  }
  if (excluded) return;
  error_at(cand_expr->span, std::string("cannot assign to ") + expr_name(cand_expr) +
                                " here. Maybe you meant '==' instead of '='?");
}

}  // namespace front
