// `match` statements are not compiled yet. Their patterns are checked for the
// errors CPython's compiler reports (compiler_pattern and helpers in
// Python/compile.c), and subject, guards and bodies are compiled as placeholder
// code for theirs; compile_module then reports the statement as unsupported.
#include <algorithm>
#include <functional>
#include <set>

#include "bytecode/repr.h"
#include "text/repr.h"
#include "compiler/codegen.h"
#include "compiler/constants.h"

namespace compiler {

namespace {

// Concatenation by append: `"literal" + std::string` trips GCC 12's -Wrestrict
// false positive.
template <class... Parts>
std::string cat(const Parts&... parts) {
  std::string out;
  (out.append(parts), ...);
  return out;
}

struct PatternCheck {
  std::vector<std::string> stores;  // names bound so far, in order
  bool allow_irrefutable = false;   // false: a catch-all here hides later cases
};

// Equal keys as Python's set sees them: 1, 1.0 and True are one key.
std::string key_identity(const bytecode::Constant& c) {
  if (auto* b = std::get_if<bool>(&c.value)) return cat("i", std::to_string(*b ? 1 : 0));
  if (auto* d = std::get_if<double>(&c.value)) {
    if (*d == static_cast<double>(static_cast<int64_t>(*d)) && *d > -9.2e18 && *d < 9.2e18)
      return cat("i", std::to_string(static_cast<int64_t>(*d)));
  }
  if (auto* i = std::get_if<int64_t>(&c.value)) return cat("i", std::to_string(*i));
  return constant_key(c);
}

class PatternChecker {
 public:
  using Fail = std::function<void(const ast::Span&, const std::string&)>;
  explicit PatternChecker(Fail fail) : fail_(std::move(fail)) {}

  void check(const ast::pattern& p, PatternCheck& pc) {
    using K = ast::Kind;
    switch (p.kind) {
      case K::MatchValue:
      case K::MatchSingleton:
        return;
      case K::MatchSequence: {
        const auto& seq = static_cast<const ast::MatchSequence&>(p);
        bool star = false;
        for (const ast::pattern* sub : seq.patterns) {
          if (sub->kind != K::MatchStar) continue;
          if (star) fail_(p.span, "multiple starred names in sequence pattern");
          star = true;
        }
        for (const ast::pattern* sub : seq.patterns) subpattern(*sub, pc);
        return;
      }
      case K::MatchMapping: {
        const auto& map = static_cast<const ast::MatchMapping&>(p);
        std::set<std::string> seen;
        for (const ast::expr* key : map.keys) {
          if (auto c = fold_constant(*key)) {
            if (!seen.insert(key_identity(*c)).second)
              fail_(p.span, cat("mapping pattern checks duplicate key (", bytecode::repr_constant(*c), ")"));
          } else if (key->kind != K::Attribute) {
            fail_(p.span, "mapping pattern keys may only match literals and attribute lookups");
          }
        }
        for (const ast::pattern* sub : map.patterns) subpattern(*sub, pc);
        if (!map.rest.none()) store(map.rest.text, p.span, pc);
        return;
      }
      case K::MatchClass: {
        const auto& cls = static_cast<const ast::MatchClass&>(p);
        for (size_t i = 0; i < cls.kwd_attrs.size(); ++i) {
          for (size_t j = i + 1; j < cls.kwd_attrs.size(); ++j) {
            if (cls.kwd_attrs[i].text == cls.kwd_attrs[j].text)
              fail_(cls.kwd_patterns[j]->span,
                    cat("attribute name repeated in class pattern: ", cls.kwd_attrs[i].text));
          }
        }
        for (const ast::pattern* sub : cls.patterns) subpattern(*sub, pc);
        for (const ast::pattern* sub : cls.kwd_patterns) subpattern(*sub, pc);
        return;
      }
      case K::MatchStar: {
        const auto& star = static_cast<const ast::MatchStar&>(p);
        if (!star.name.none()) store(star.name.text, p.span, pc);
        return;
      }
      case K::MatchAs: {
        const auto& as = static_cast<const ast::MatchAs&>(p);
        if (!as.pattern_) {
          if (!pc.allow_irrefutable) {
            if (!as.name.none())
              fail_(p.span, cat("name capture ", text::repr_str(as.name.text),
                                " makes remaining patterns unreachable"));
            fail_(p.span, "wildcard makes remaining patterns unreachable");
          }
        } else {
          subpattern(*as.pattern_, pc);
        }
        if (!as.name.none()) store(as.name.text, p.span, pc);
        return;
      }
      case K::MatchOr: {
        const auto& alts = static_cast<const ast::MatchSequence&>(p);
        std::vector<std::string> control, first;
        for (size_t i = 0; i < alts.patterns.size(); ++i) {
          PatternCheck alt;
          alt.allow_irrefutable = i + 1 == alts.patterns.size() && pc.allow_irrefutable;
          check(*alts.patterns[i], alt);
          std::vector<std::string> names = alt.stores;
          std::sort(names.begin(), names.end());
          if (i == 0) {
            control = names;
          } else if (names != control) {
            fail_(alts.patterns[i]->span, "alternative patterns bind different names");
          }
          if (i == 0) first = alt.stores;
        }
        for (const std::string& name : first) store(name, p.span, pc);
        return;
      }
      default:
        return;
    }
  }

 private:
  Fail fail_;

  void subpattern(const ast::pattern& p, PatternCheck& pc) {
    bool saved = pc.allow_irrefutable;
    pc.allow_irrefutable = true;
    check(p, pc);
    pc.allow_irrefutable = saved;
  }

  void store(std::string_view name, const ast::Span& where, PatternCheck& pc) {
    if (name == "__debug__") fail_(where, "cannot assign to __debug__");
    if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end())
      fail_(where, cat("multiple assignments to name ", text::repr_str(name), " in pattern"));
    pc.stores.emplace_back(name);
  }
};

bool is_wildcard(const ast::pattern* p) {
  return p->kind == ast::Kind::MatchAs && !static_cast<const ast::MatchAs*>(p)->pattern_ &&
         static_cast<const ast::MatchAs*>(p)->name.none();
}

}  // namespace

void Codegen::match_stmt(const ast::Match& s) {
  unsupported(s.span, "the 'match' statement");
  expr(*s.subject);
  emit(Op::POP_TOP);
  const size_t n = s.cases.size();
  // A final `case _:` is a plain default: CPython does not compile its pattern.
  const bool has_default = n > 1 && is_wildcard(s.cases[n - 1]->pattern_) && !s.cases[n - 1]->guard;
  PatternChecker checker([this](const ast::Span& where, const std::string& msg) { syntax_error(where, msg); });
  for (size_t i = 0; i < n; ++i) {
    const ast::match_case& m = *s.cases[i];
    PatternCheck pc;
    if (i + 1 < n || !has_default) {
      pc.allow_irrefutable = m.guard != nullptr || i + 1 == n;
      checker.check(*m.pattern_, pc);
    }
    for (const std::string& name : pc.stores) {  // placeholder bindings
      load_const(bytecode::Constant{});
      name_op(name, ast::ExprContext::Store);
    }
    if (m.guard) {
      expr(*m.guard);
      emit(Op::POP_TOP);
    }
    stmts(m.body);
  }
}

}  // namespace compiler
