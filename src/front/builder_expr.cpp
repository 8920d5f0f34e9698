// Expressions: parse tree → ast::expr.
#include "front/builder.h"
#include "ast/stack_depth.h"
#include "front/expr_names.h"
#include "front/syntax_errors.h"

namespace front {

using TN = antlr4::tree::TerminalNode;
using L = pygen::PythonLexer;
using K = ast::Kind;


ast::expr* Builder::tuple_of(std::vector<ast::expr*>& elts, const ast::Span& span) {
  auto* t = make<ast::List>(K::Tuple);
  for (auto* e : elts) t->elts.push_back(e);
  return at(t, span);
}

ast::expr* Builder::rhs(P::RhsContext* ctx) {
  if (auto* y = ctx->yield_expr()) return yield_expr(y);
  return star_expressions(ctx->star_expressions());
}

ast::expr* Builder::star_expressions(P::Star_expressionsContext* ctx) {
  if (ctx->children.size() == 1)
    return star_expr_or_test(static_cast<P::Star_expr_or_testContext*>(ctx->children[0]));
  std::vector<ast::expr*> elts;
  for (size_t i = 0; i < ctx->children.size(); i += 2)
    elts.push_back(star_expr_or_test(static_cast<P::Star_expr_or_testContext*>(ctx->children[i])));
  return tuple_of(elts, span_of(ctx));
}

ast::expr* Builder::star_expr_or_test(P::Star_expr_or_testContext* ctx) {
  auto* c = ctx->children[0];
  if (auto* t = as<P::TestContext>(c)) return test(t);
  return star_expr(static_cast<P::Star_exprContext*>(c));
}

ast::expr* Builder::star_named_expressions(P::Star_named_expressionsContext* ctx) {
  if (ctx->children.size() == 1)
    return star_named_expression(static_cast<P::Star_named_expressionContext*>(ctx->children[0]));
  std::vector<ast::expr*> elts;
  for (size_t i = 0; i < ctx->children.size(); i += 2)
    elts.push_back(star_named_expression(static_cast<P::Star_named_expressionContext*>(ctx->children[i])));
  return tuple_of(elts, span_of(ctx));
}

ast::expr* Builder::star_named_expression(P::Star_named_expressionContext* ctx) {
  auto* c = ctx->children[0];
  if (auto* t = as<P::Namedexpr_testContext>(c)) return namedexpr_test(t);
  return star_expr(static_cast<P::Star_exprContext*>(c));
}

ast::expr* Builder::star_expr(P::Star_exprContext* ctx) {
  auto* n = make<ast::Starred>();
  n->value = arith(static_cast<P::ArithContext*>(ctx->children[1]));
  return at(n, span_of(ctx));
}

ast::expr* Builder::target_list(P::Target_listContext* ctx) {
  if (ctx->children.size() == 1) return star_target(ctx->star_target(0));
  std::vector<ast::expr*> elts;
  for (auto* t : ctx->star_target()) elts.push_back(star_target(t));
  return tuple_of(elts, span_of(ctx));
}

ast::expr* Builder::star_target(P::Star_targetContext* ctx) {
  ast::expr* e = arith(ctx->arith());
  if (ctx->STAR()) {
    auto* n = make<ast::Starred>();
    n->value = e;
    return at(n, span_of(ctx));
  }
  return e;
}

ast::expr* Builder::walrus(ast::expr* target, P::TestContext* value, const ast::Span& span) {
  if (target->kind != K::Name)
    error_at(target->span,
             std::string("cannot use assignment expressions with ") + expr_name(target));
  static_cast<ast::Name*>(target)->ctx = ast::ExprContext::Store;
  auto* n = make<ast::NamedExpr>();
  n->target = target;
  n->value = test(value);
  return at(n, span);
}

ast::expr* Builder::namedexpr_test(P::Namedexpr_testContext* ctx) {
  if (ctx->children.size() == 1) return test(static_cast<P::TestContext*>(ctx->children[0]));
  return walrus(test(ctx->test(0)), ctx->test(1), span_of(ctx));
}

ast::expr* Builder::test(P::TestContext* ctx) {
  if (ast::StackDepth::exhausted()) throw_too_deep();
  auto* first = ctx->children[0];
  if (ctx->children.size() == 1) {
    if (auto* lam = as<P::LambdefContext>(first)) return lambdef(lam);
    return logical(static_cast<P::LogicalContext*>(first));
  }
  auto* n = make<ast::IfExp>();
  n->body = logical(static_cast<P::LogicalContext*>(first));
  n->test = logical(static_cast<P::LogicalContext*>(ctx->children[2]));
  n->orelse = test(static_cast<P::TestContext*>(ctx->children[4]));
  return at(n, span_of(ctx));
}

ast::expr* Builder::lambdef(P::LambdefContext* ctx) {
  auto* n = make<ast::Lambda>();
  n->args = ctx->varargslist() ? varargslist(ctx->varargslist()) : empty_arguments();
  n->body = test(ctx->test());
  return at(n, span_of(ctx));
}

ast::expr* Builder::logical(P::LogicalContext* ctx) {
  if (ctx->children.size() == 1)
    return comparison(static_cast<P::ComparisonContext*>(ctx->children[0]));
  if (ctx->children.size() == 2) {  // not x
    auto* n = make<ast::UnaryOp>();
    n->op = ast::UnaryOpKind::Not;
    n->operand = logical(static_cast<P::LogicalContext*>(ctx->children[1]));
    return at(n, span_of(ctx));
  }
  // `a and b and c` is one BoolOp: walk down the left spine of same-operator nodes.
  bool is_and = as<P::AndExprContext>(ctx) != nullptr;
  std::vector<P::LogicalContext*> rights;
  P::LogicalContext* cur = ctx;
  while (true) {
    bool same = is_and ? as<P::AndExprContext>(cur) != nullptr
                       : as<P::OrExprContext>(cur) != nullptr;
    if (!same) break;
    rights.push_back(static_cast<P::LogicalContext*>(cur->children[2]));
    cur = static_cast<P::LogicalContext*>(cur->children[0]);
  }
  auto* n = make<ast::BoolOp>();
  n->op = is_and ? ast::BoolOpKind::And : ast::BoolOpKind::Or;
  n->values.push_back(logical(cur));
  for (auto it = rights.rbegin(); it != rights.rend(); ++it) n->values.push_back(logical(*it));
  return at(n, span_of(ctx));
}

static ast::CmpOpKind cmp_op(std::string_view a, std::string_view b) {
  using C = ast::CmpOpKind;
  if (a == "<") return C::Lt;
  if (a == ">") return C::Gt;
  if (a == "==") return C::Eq;
  if (a == ">=") return C::GtE;
  if (a == "<=") return C::LtE;
  if (a == "!=") return C::NotEq;
  if (a == "in") return C::In;
  if (a == "not") return C::NotIn;
  return b.empty() ? C::Is : C::IsNot;
}

ast::expr* Builder::comparison(P::ComparisonContext* ctx) {
  if (ctx->children.size() == 1) return arith(static_cast<P::ArithContext*>(ctx->children[0]));
  auto* n = make<ast::Compare>();
  n->left = arith(static_cast<P::ArithContext*>(ctx->children[0]));
  for (size_t i = 1; i + 1 < ctx->children.size(); i += 2) {
    auto* op = static_cast<P::Comp_opContext*>(ctx->children[i]);
    std::string_view a = text(tok(op->getStart()));
    std::string_view b = op->children.size() > 1 ? text(tok(op->getStop())) : std::string_view();
    n->ops.push_back(cmp_op(a, b));
    n->comparators.push_back(arith(static_cast<P::ArithContext*>(ctx->children[i + 1])));
  }
  return at(n, span_of(ctx));
}

static ast::OperatorKind bin_op(std::string_view op) {
  using O = ast::OperatorKind;
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

ast::expr* Builder::arith(P::ArithContext* ctx) {
  // The alternatives differ in arity: primary, unary operator, binary operator.
  if (ctx->children.size() == 1) return primary(static_cast<P::PrimaryContext*>(ctx->children[0]));
  if (ctx->children.size() == 2) {
    auto* n = make<ast::UnaryOp>();
    char op = text(tok(ctx->getStart()))[0];
    n->op = op == '+' ? ast::UnaryOpKind::UAdd
            : op == '-' ? ast::UnaryOpKind::USub
                        : ast::UnaryOpKind::Invert;
    n->operand = arith(static_cast<P::ArithContext*>(ctx->children[1]));
    return at(n, span_of(ctx));
  }
  // Every other alternative is `arith OP arith`. Left-associative chains
  // (`1 + 2 + ... + n`) nest on the left: walk that spine without recursion.
  if (ast::StackDepth::exhausted()) throw_too_deep();
  std::vector<P::ArithContext*> spine;
  P::ArithContext* cur = ctx;
  while (cur->children.size() == 3) {
    spine.push_back(cur);
    cur = static_cast<P::ArithContext*>(cur->children[0]);
  }
  ast::expr* left = arith(cur);
  for (auto it = spine.rbegin(); it != spine.rend(); ++it) {
    auto* n = make<ast::BinOp>();
    n->left = left;
    n->op = bin_op(text(static_cast<TN*>((*it)->children[1])));
    n->right = arith(static_cast<P::ArithContext*>((*it)->children[2]));
    left = at(n, span_of(*it));
  }
  return left;
}

ast::expr* Builder::primary(P::PrimaryContext* ctx) {
  size_t i = 0;
  bool await = false;
  if (tok(ctx->getStart()).type == L::AWAIT) {
    await = true;
    i = 1;
  }
  auto* atom_ctx = static_cast<P::AtomContext*>(ctx->children[i]);
  ast::expr* e = atom(atom_ctx);
  const Token& first = tok(atom_ctx->getStart());
  for (++i; i < ctx->children.size(); ++i) {
    auto* t = static_cast<P::TrailerContext*>(ctx->children[i]);
    ast::Span span = span_of(first, tok(t->getStop()));
    const Token& open = tok(t->getStart());
    if (open.type == L::LPAR) {
      e = call(e, t, span);
    } else if (open.type == L::LSQB) {
      auto* n = make<ast::Subscript>();
      n->value = e;
      n->slice = subscripts(static_cast<P::SubscriptsContext*>(t->children[1]));
      e = at(n, span);
    } else {
      auto* n = make<ast::Attribute>();
      n->value = e;
      n->attr = ident(static_cast<P::NameContext*>(t->children[1]));
      e = at(n, span);
    }
  }
  if (await) {
    auto* n = make<ast::Await>(K::Await);
    n->value = e;
    return at(n, span_of(ctx));
  }
  return e;
}

ast::expr* Builder::call(ast::expr* func, P::TrailerContext* t, const ast::Span& span) {
  auto* n = make<ast::Call>();
  n->func = func;
  if (auto* args = t->children.size() == 3 ? static_cast<P::ArglistContext*>(t->children[1]) : nullptr) {
    // A lone generator argument takes the call's parentheses: f(x for x in y).
    auto argv = args->argument();
    if (argv.size() == 1) {
      if (auto* a = as<P::PlainArgumentContext>(argv[0]); a && a->comp_for()) {
        if (args->COMMA().size() > 0)
          error_at(span_of(a), "Generator expression must be parenthesized");
        auto* g = make<ast::ListComp>(K::GeneratorExp);
        g->elt = test(a->test(0));
        comp_for(a->comp_for(), g->generators);
        g->span = span_of(tok(t->getStart()), tok(t->getStop()));
        n->args.push_back(g);
        return at(n, span);
      }
    }
    arglist(args, n->args, n->keywords);
  }
  return at(n, span);
}

void Builder::arglist(P::ArglistContext* ctx, ast::Seq<ast::expr*>& args,
                      ast::Seq<ast::keyword*>& kws, bool allow_generator) {
  bool seen_keyword = false, seen_kwunpack = false;
  auto argv = ctx->argument();
  // CPython reports argument-order errors where its parser stopped: after the list.
  const Token& after = toks_[ctx->getStop()->getTokenIndex() + 1];
  for (auto* a : argv) {
    ast::Span span = span_of(a);
    if (auto* p = as<P::PlainArgumentContext>(a)) {
      if (p->comp_for()) {
        // Class bases are not a call: `class A(x for x in y)` stops at `for`.
        if (!allow_generator) error_at_token(tok(p->comp_for()->getStart()), "invalid syntax");
        if (argv.size() > 1) error_at(span, "Generator expression must be parenthesized");
        auto* g = make<ast::ListComp>(K::GeneratorExp);
        g->elt = test(p->test(0));
        comp_for(p->comp_for(), g->generators);
        args.push_back(at(g, span));
        continue;
      }
      if (p->value) {
        ast::expr* target = test(p->test(0));
        if (target->kind != K::Name) {
          if (target->kind == K::Constant) {
            auto k = static_cast<ast::Constant*>(target)->value.kind;
            if (k == ast::ConstantValue::Kind::True || k == ast::ConstantValue::Kind::False ||
                k == ast::ConstantValue::Kind::None)
              error_at(span_of(tok(a->getStart()), tok(p->EQUAL())),
                       std::string("cannot assign to ") + expr_name(target));
          }
          error_at(span_of(tok(a->getStart()), tok(p->EQUAL()->getSymbol())),
                   "expression cannot contain assignment, perhaps you meant \"==\"?");
        }
        auto* k = make<ast::keyword>();
        k->arg_ = static_cast<ast::Name*>(target)->id;
        k->value = test(p->value);
        kws.push_back(at(k, span));
        seen_keyword = true;
        continue;
      }
      ast::expr* e = test(p->test(0));
      if (p->walrus) e = walrus(e, p->walrus, span);
      if (seen_kwunpack) error_at_token(after, "positional argument follows keyword argument unpacking");
      if (seen_keyword) error_at_token(after, "positional argument follows keyword argument");
      args.push_back(e);
    } else if (auto* s = as<P::StarArgumentContext>(a)) {
      if (seen_kwunpack)
        error_at_token(tok(s->getStart()), "iterable argument unpacking follows keyword argument unpacking");
      auto* n = make<ast::Starred>();
      n->value = test(s->test());
      args.push_back(at(n, span));
    } else {
      auto* d = static_cast<P::DoubleStarArgumentContext*>(a);
      auto* k = make<ast::keyword>();
      k->value = test(d->test());
      kws.push_back(at(k, span));
      seen_kwunpack = true;
    }
  }
}

ast::expr* Builder::subscripts(P::SubscriptsContext* ctx) {
  // `a[*b]` is a one-element tuple: a starred item is never a slice on its own.
  if (ctx->children.size() == 1 && !as<P::StarSubscriptContext>(ctx->children[0]))
    return subscript(ctx->subscript(0));
  std::vector<ast::expr*> elts;
  for (auto* s : ctx->subscript()) elts.push_back(subscript(s));
  return tuple_of(elts, span_of(ctx));
}

ast::expr* Builder::subscript(P::SubscriptContext* ctx) {
  if (auto* s = as<P::StarSubscriptContext>(ctx)) return star_expr(s->star_expr());
  P::Slice_tailContext* tail;
  ast::expr* lower = nullptr;
  if (auto* c = as<P::IndexOrSliceContext>(ctx)) {
    if (c->walrus) return walrus(test(c->lower), c->walrus, span_of(ctx));
    lower = test(c->lower);
    tail = c->slice_tail();
    if (!tail) return lower;
  } else {
    tail = static_cast<P::SliceOnlyContext*>(ctx)->slice_tail();
  }
  auto* n = make<ast::Slice>();
  n->lower = lower;
  if (tail->upper) n->upper = test(tail->upper);
  if (tail->step) n->step = test(tail->step);
  return at(n, span_of(ctx));
}

ast::expr* Builder::atom(P::AtomContext* ctx) {
  // The alternatives are told apart by their first token.
  const Token& first = tok(ctx->getStart());
  ast::Span span = span_of(ctx);
  using CK = ast::ConstantValue::Kind;
  switch (first.type) {
    case L::NAME: case L::MATCH: case L::CASE: {
      auto* n = make<ast::Name>();
      n->id = ident(static_cast<P::NameContext*>(ctx->children[0]));
      return at(n, span);
    }
    case L::NUMBER:
      return number(first);
    case L::STRING: {
      std::vector<TN*> strs;
      strs.reserve(ctx->children.size());
      for (auto* c : ctx->children) strs.push_back(static_cast<TN*>(c));
      return strings(strs, span);
    }
    case L::LPAR: {
      if (ctx->children.size() == 2) return at(make<ast::List>(K::Tuple), span);
      auto* inner = ctx->children[1];
      if (auto* y = as<P::Yield_exprContext>(inner)) return yield_expr(y);
      return testlist_comp(static_cast<P::Testlist_compContext*>(inner), span, false);
    }
    case L::LSQB:
      if (ctx->children.size() == 2) return at(make<ast::List>(K::List), span);
      return testlist_comp(static_cast<P::Testlist_compContext*>(ctx->children[1]), span, true);
    case L::LBRACE:
      if (ctx->children.size() == 2) return at(make<ast::Dict>(), span);
      return dictorsetmaker(static_cast<P::DictorsetmakerContext*>(ctx->children[1]), span);
    default:
      break;
  }
  auto* n = make<ast::Constant>();
  n->value.kind = first.type == L::ELLIPSIS ? CK::Ellipsis
                  : first.type == L::NONE   ? CK::None
                  : first.type == L::TRUE   ? CK::True
                                            : CK::False;
  return at(n, span);
}

ast::expr* Builder::testlist_comp(P::Testlist_compContext* ctx, const ast::Span& span, bool list) {
  auto items = ctx->star_named_expression();
  if (auto* cf = ctx->comp_for()) {
    auto* g = make<ast::ListComp>(list ? K::ListComp : K::GeneratorExp);
    g->elt = star_named_expression(items[0]);
    if (g->elt->kind == K::Starred)
      error_at(g->elt->span, list ? "iterable unpacking cannot be used in comprehension"
                                  : "iterable unpacking cannot be used in comprehension");
    comp_for(cf, g->generators);
    return at(g, span);
  }
  if (!list && items.size() == 1 && ctx->COMMA().empty()) {
    ast::expr* e = star_named_expression(items[0]);
    if (e->kind == K::Starred) error_at(e->span, "cannot use starred expression here");
    return e;  // a parenthesized expression keeps its inner span
  }
  auto* t = make<ast::List>(list ? K::List : K::Tuple);
  for (auto* i : items) t->elts.push_back(star_named_expression(i));
  return at(t, span);
}

ast::expr* Builder::dictorsetmaker(P::DictorsetmakerContext* ctx, const ast::Span& span) {
  auto items = ctx->dict_or_set_item();
  auto is_dict_item = [](P::Dict_or_set_itemContext* i) {
    if (as<P::DoubleStarItemContext>(i)) return true;
    auto* k = as<P::KeyOrElementItemContext>(i);
    return k && k->value;
  };
  bool dict = is_dict_item(items[0]);
  for (auto* i : items) {
    if (is_dict_item(i) != dict) error_at_token(tok(i->getStart()), "invalid syntax");
  }
  auto element = [&](P::Dict_or_set_itemContext* i) -> ast::expr* {
    if (auto* s = as<P::StarItemContext>(i)) return star_expr(s->star_expr());
    auto* k = static_cast<P::KeyOrElementItemContext*>(i);
    if (k->walrus) return walrus(test(k->key), k->walrus, span_of(i));
    return test(k->key);
  };
  if (auto* cf = ctx->comp_for()) {
    if (dict) {
      auto* k = as<P::KeyOrElementItemContext>(items[0]);
      if (!k) error_at_token(tok(items[0]->getStart()), "dict unpacking cannot be used in dict comprehension");
      auto* g = make<ast::DictComp>();
      g->key = test(k->key);
      g->value = test(k->value);
      comp_for(cf, g->generators);
      return at(g, span);
    }
    auto* g = make<ast::ListComp>(K::SetComp);
    g->elt = element(items[0]);
    if (g->elt->kind == K::Starred)
      error_at(g->elt->span, "iterable unpacking cannot be used in comprehension");
    comp_for(cf, g->generators);
    return at(g, span);
  }
  if (dict) {
    auto* d = make<ast::Dict>();
    for (auto* i : items) {
      if (auto* s = as<P::DoubleStarItemContext>(i)) {
        d->keys.push_back(nullptr);
        d->values.push_back(arith(s->arith()));
      } else {
        auto* k = static_cast<P::KeyOrElementItemContext*>(i);
        d->keys.push_back(test(k->key));
        d->values.push_back(test(k->value));
      }
    }
    return at(d, span);
  }
  auto* s = make<ast::Set>();
  for (auto* i : items) s->elts.push_back(element(i));
  return at(s, span);
}

void Builder::comp_for(P::Comp_forContext* ctx, ast::Seq<ast::comprehension*>& out) {
  for (auto* c : ctx->comp_clause()) {
    auto* g = make<ast::comprehension>();
    g->is_async = c->ASYNC() != nullptr;
    g->target = target_list(c->target_list());
    set_context(g->target, ast::ExprContext::Store);
    auto logicals = c->logical();
    g->iter = logical(logicals[0]);
    for (size_t i = 1; i < logicals.size(); ++i) g->ifs.push_back(logical(logicals[i]));
    out.push_back(g);
  }
}

ast::expr* Builder::yield_expr(P::Yield_exprContext* ctx) {
  if (ctx->FROM()) {
    auto* n = make<ast::Await>(K::YieldFrom);
    n->value = test(ctx->test());
    return at(n, span_of(ctx));
  }
  auto* n = make<ast::Await>(K::Yield);
  if (auto* v = ctx->star_expressions()) n->value = star_expressions(v);
  return at(n, span_of(ctx));
}

// The first target CPython's _PyPegen_get_invalid_target would blame, or nullptr.
static ast::expr* invalid_target(ast::expr* e) {
  switch (e->kind) {
    case K::Name: case K::Attribute: case K::Subscript: return nullptr;
    case K::Starred: return invalid_target(static_cast<ast::Starred*>(e)->value);
    case K::Tuple: case K::List:
      for (auto* x : static_cast<ast::List*>(e)->elts)
        if (auto* bad = invalid_target(x)) return bad;
      return nullptr;
    default: return e;
  }
}

ast::expr* Builder::invalid_target_of(ast::expr* e) { return invalid_target(e); }

void Builder::set_context(ast::expr* e, ast::ExprContext ctx, bool augmented) {
  (void)augmented;
  if (auto* bad = invalid_target(e)) {
    error_at(bad->span, std::string(ctx == ast::ExprContext::Del ? "cannot delete " : "cannot assign to ") +
                            expr_name(bad));
  }
  switch (e->kind) {
    case K::Name: static_cast<ast::Name*>(e)->ctx = ctx; break;
    case K::Attribute: static_cast<ast::Attribute*>(e)->ctx = ctx; break;
    case K::Subscript: static_cast<ast::Subscript*>(e)->ctx = ctx; break;
    case K::Starred:
      static_cast<ast::Starred*>(e)->ctx = ctx;
      set_context(static_cast<ast::Starred*>(e)->value, ctx);
      break;
    case K::Tuple: case K::List:
      static_cast<ast::List*>(e)->ctx = ctx;
      for (auto* x : static_cast<ast::List*>(e)->elts) set_context(x, ctx);
      break;
    default: break;
  }
}

}  // namespace front

namespace front {

ast::expr* Builder::fstring_expr(P::Fstring_expr_inputContext* ctx) {
  if (auto* y = ctx->yield_expr()) return yield_expr(y);
  return star_expressions(ctx->star_expressions());
}

}  // namespace front
