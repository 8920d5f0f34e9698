// The match statement and its patterns.
#include "front/builder.h"

namespace front {

using TN = antlr4::tree::TerminalNode;
using L = pygen::PythonLexer;
using K = ast::Kind;
using CK = ast::ConstantValue::Kind;

ast::stmt* Builder::match_stmt(P::Match_stmtContext* ctx) {
  auto* n = make<ast::Match>();
  n->subject = star_named_expressions(ctx->subject);
  for (auto* c : ctx->case_block()) {
    auto* mc = make<ast::match_case>();
    auto* ps = c->patterns();
    auto items = ps->maybe_star_pattern();
    if (items.size() == 1 && ps->COMMA().empty()) {
      mc->pattern_ = maybe_star_pattern(items[0]);
    } else {
      auto* seq = make<ast::MatchSequence>();
      for (auto* i : items) seq->patterns.push_back(maybe_star_pattern(i));
      seq->span = span_of(ps);
      mc->pattern_ = seq;
    }
    if (c->guard) mc->guard = namedexpr_test(c->guard);
    block(c->block(), mc->body);
    n->cases.push_back(mc);
  }
  return at(n, through_block(span_of(ctx), ctx->case_block().back()->block()));
}

ast::pattern* Builder::maybe_star_pattern(P::Maybe_star_patternContext* ctx) {
  if (auto* p = ctx->pattern()) return pattern(p);
  auto* n = make<ast::MatchStar>();
  ast::Identifier name = ident(ctx->name());
  if (!(name == "_")) n->name = name;
  return at(n, span_of(ctx));
}

ast::pattern* Builder::pattern(P::PatternContext* ctx) {
  auto* orp = ctx->or_pattern();
  auto closed = orp->closed_pattern();
  ast::pattern* p;
  if (closed.size() == 1) {
    p = closed_pattern(closed[0]);
  } else {
    auto* m = make<ast::MatchSequence>(K::MatchOr);
    for (auto* c : closed) m->patterns.push_back(closed_pattern(c));
    p = at(m, span_of(orp));
  }
  if (auto* nm = ctx->name()) {
    ast::Identifier name = ident(nm);
    if (name == "_") error_at(span_of(nm), "cannot use '_' as a target");
    auto* as = make<ast::MatchAs>();
    as->pattern_ = p;
    as->name = name;
    return at(as, span_of(ctx));
  }
  return p;
}

ast::expr* Builder::name_or_attr(P::Name_or_attrContext* ctx) {
  auto names = ctx->name();
  auto* first = make<ast::Name>();
  first->id = ident(names[0]);
  ast::expr* e = at(first, span_of(names[0]));
  const Token& start = tok(ctx->getStart());
  for (size_t i = 1; i < names.size(); ++i) {
    auto* a = make<ast::Attribute>();
    a->value = e;
    a->attr = ident(names[i]);
    e = at(a, span_of(start, tok(names[i]->getStop())));
  }
  return e;
}

ast::expr* Builder::literal_pattern_expr(P::Literal_patternContext* ctx) {
  auto strs = ctx->STRING();
  if (!strs.empty()) return strings(strs, span_of(ctx));
  auto nums = ctx->NUMBER();
  const Token& first = tok(ctx->getStart());
  ast::expr* real = number(tok(nums[0]));
  if (first.type == L::MINUS) {
    auto* u = make<ast::UnaryOp>();
    u->op = ast::UnaryOpKind::USub;
    u->operand = real;
    real = at(u, span_of(first, tok(nums[0])));
  }
  if (nums.size() == 1) return real;
  auto* imag = number(tok(nums[1]));
  if (static_cast<ast::Constant*>(real->kind == K::UnaryOp ? static_cast<ast::UnaryOp*>(real)->operand : real)
          ->value.kind == CK::Complex)
    error_at(real->span, "real number required in complex literal");
  if (static_cast<ast::Constant*>(imag)->value.kind != CK::Complex)
    error_at(imag->span, "imaginary number required in complex literal");
  auto* b = make<ast::BinOp>();
  b->left = real;
  b->op = ctx->PLUS() ? ast::OperatorKind::Add : ast::OperatorKind::Sub;
  b->right = imag;
  return at(b, span_of(ctx));
}

ast::pattern* Builder::closed_pattern(P::Closed_patternContext* ctx) {
  ast::Span span = span_of(ctx);
  if (auto* c = as<P::LiteralPatternContext>(ctx)) {
    auto* lp = c->literal_pattern();
    int first = static_cast<int>(tok(lp->getStart()).type);
    if (first == L::NONE || first == L::TRUE || first == L::FALSE) {
      auto* m = make<ast::MatchSingleton>();
      m->value.kind = first == L::NONE ? CK::None : first == L::TRUE ? CK::True : CK::False;
      return at(m, span);
    }
    auto* m = make<ast::MatchValue>();
    m->value = literal_pattern_expr(lp);
    return at(m, span);
  }
  if (auto* c = as<P::NameOrClassPatternContext>(ctx)) {
    auto* noa = c->name_or_attr();
    if (!c->LPAR()) {
      if (noa->name().size() == 1) {
        auto* m = make<ast::MatchAs>();
        ast::Identifier name = ident(noa->name(0));
        if (!(name == "_")) m->name = name;
        return at(m, span);
      }
      auto* m = make<ast::MatchValue>();
      m->value = name_or_attr(noa);
      return at(m, span);
    }
    auto* m = make<ast::MatchClass>();
    m->cls = name_or_attr(noa);
    for (auto* a : c->pattern_arg()) {
      if (auto* nm = a->name()) {
        m->kwd_attrs.push_back(ident(nm));
        m->kwd_patterns.push_back(pattern(a->pattern()));
      } else {
        if (!m->kwd_attrs.empty())
          error_at(span_of(a), "positional patterns follow keyword patterns");
        m->patterns.push_back(pattern(a->pattern()));
      }
    }
    return at(m, span);
  }
  if (auto* c = as<P::ParenPatternContext>(ctx)) {
    auto items = c->maybe_star_pattern();
    if (items.size() == 1 && c->COMMA().empty() && items[0]->pattern())
      return pattern(items[0]->pattern());
    auto* m = make<ast::MatchSequence>();
    for (auto* i : items) m->patterns.push_back(maybe_star_pattern(i));
    return at(m, span);
  }
  if (auto* c = as<P::ListPatternContext>(ctx)) {
    auto* m = make<ast::MatchSequence>();
    for (auto* i : c->maybe_star_pattern()) m->patterns.push_back(maybe_star_pattern(i));
    return at(m, span);
  }
  auto* c = static_cast<P::MappingPatternContext*>(ctx);
  auto* m = make<ast::MatchMapping>();
  auto items = c->mapping_item();
  for (size_t i = 0; i < items.size(); ++i) {
    auto* it = items[i];
    if (it->DOUBLESTAR()) {
      if (i + 1 != items.size()) error_at(span_of(items[i + 1]->getStart() ? tok(items[i + 1]->getStart()) : tok(it->getStart()), tok(items[i + 1]->getStart())), "invalid syntax");
      m->rest = ident(it->name());
      continue;
    }
    if (auto* lp = it->literal_pattern()) {
      int first = static_cast<int>(tok(lp->getStart()).type);
      if (first == L::NONE || first == L::TRUE || first == L::FALSE) {
        auto* k = make<ast::Constant>();
        k->value.kind = first == L::NONE ? CK::None : first == L::TRUE ? CK::True : CK::False;
        m->keys.push_back(at(k, span_of(lp)));
      } else {
        m->keys.push_back(literal_pattern_expr(lp));
      }
    } else {
      if (it->name_or_attr()->name().size() == 1) error_at(span_of(it->name_or_attr()), "invalid syntax");
      m->keys.push_back(name_or_attr(it->name_or_attr()));
    }
    m->patterns.push_back(pattern(it->pattern()));
  }
  return at(m, span);
}

}  // namespace front
