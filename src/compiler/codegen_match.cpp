// `match` statements, as CPython 3.11's compiler_match and compiler_pattern_*
// (Python/compile.c). Each case's pattern is first checked for the errors
// CPython's compiler reports (PatternChecker), then compiled: the code keeps
// CPython's order of evaluation (value patterns, class and key lookups, __len__
// and __getitem__ calls), which programs can observe.
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
  expr(*s.subject);
  const size_t n = s.cases.size();
  // A final `case _:` needs no pattern code (nor a copy of the subject).
  const bool has_default = n > 1 && is_wildcard(s.cases[n - 1]->pattern_);
  PatternChecker checker([this](const ast::Span& where, const std::string& msg) { syntax_error(where, msg); });
  Label end = new_label();
  for (size_t i = 0; i < n - has_default; ++i) {
    const ast::match_case& m = *s.cases[i];
    PatternContext pc;
    pc.allow_irrefutable = m.guard != nullptr || i + 1 == n;
    {
      PatternCheck check;
      check.allow_irrefutable = pc.allow_irrefutable;
      checker.check(*m.pattern_, check);
    }
    set_location(m.pattern_->span);
    const bool last = i + 1 == n - has_default;
    if (!last) emit(Op::COPY, 1);  // every case but the last works on a copy
    pattern(*m.pattern_, pc);
    // It matched: bind the captured names (the first captured is on top).
    for (const std::string& name : pc.stores) name_op(name, ast::ExprContext::Store);
    pc.stores.clear();
    if (m.guard) {
      if (pc.fail_pop.empty()) pc.fail_pop.push_back(new_label());
      jump_if(*m.guard, pc.fail_pop[0], false);
    }
    if (!last) emit(Op::POP_TOP);  // the subject
    stmts(m.body);
    emit_jump(Op::JUMP, end);
    emit_and_reset_fail_pop(pc);
  }
  if (has_default) {
    const ast::match_case& m = *s.cases[n - 1];
    set_location(m.pattern_->span);
    emit(Op::NOP);  // the line of `case _:` shows as run
    if (m.guard) jump_if(*m.guard, end, false);
    stmts(m.body);
  }
  bind(end);
}

void Codegen::pattern_rotate(size_t count) {
  while (count > 1) emit(Op::SWAP, static_cast<uint32_t>(count--));
}

void Codegen::pattern_store(const ast::Identifier& name, PatternContext& pc) {
  if (name.none()) {
    emit(Op::POP_TOP);
    return;
  }
  // Under the items still in use and the earlier captures.
  pattern_rotate(pc.on_top + pc.stores.size() + 1);
  pc.stores.emplace_back(name.text);
}

void Codegen::jump_to_fail_pop(PatternContext& pc, Op op) {
  const size_t pops = pc.on_top + pc.stores.size();
  while (pc.fail_pop.size() <= pops) pc.fail_pop.push_back(new_label());
  emit_jump(op, pc.fail_pop[pops]);
}

void Codegen::emit_and_reset_fail_pop(PatternContext& pc) {
  if (pc.fail_pop.empty()) return;
  artificial_location();
  for (size_t i = pc.fail_pop.size() - 1; i > 0; --i) {
    bind(pc.fail_pop[i]);
    emit(Op::POP_TOP);
  }
  bind(pc.fail_pop[0]);
  pc.fail_pop.clear();
}

void Codegen::subpattern(const ast::pattern& p, PatternContext& pc) {
  bool saved = pc.allow_irrefutable;
  pc.allow_irrefutable = true;
  pattern(p, pc);
  pc.allow_irrefutable = saved;
}

void Codegen::pattern(const ast::pattern& p, PatternContext& pc) {
  using K = ast::Kind;
  set_location(p.span);
  switch (p.kind) {
    case K::MatchValue:
      expr(*static_cast<const ast::MatchValue&>(p).value);
      set_location(p.span);
      compare_op(ast::CmpOpKind::Eq);
      jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
      return;
    case K::MatchSingleton:
      load_const(to_constant(static_cast<const ast::MatchSingleton&>(p).value));
      compare_op(ast::CmpOpKind::Is);
      jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
      return;
    case K::MatchSequence:
      return pattern_sequence(static_cast<const ast::MatchSequence&>(p), pc);
    case K::MatchMapping:
      return pattern_mapping(static_cast<const ast::MatchMapping&>(p), pc);
    case K::MatchClass:
      return pattern_class(static_cast<const ast::MatchClass&>(p), pc);
    case K::MatchStar:
      return pattern_store(static_cast<const ast::MatchStar&>(p).name, pc);
    case K::MatchAs: {
      const auto& as = static_cast<const ast::MatchAs&>(p);
      if (!as.pattern_) return pattern_store(as.name, pc);  // irrefutable
      // Keep a copy of the subject to bind once the inner pattern matched.
      ++pc.on_top;
      emit(Op::COPY, 1);
      pattern(*as.pattern_, pc);
      --pc.on_top;
      set_location(p.span);
      return pattern_store(as.name, pc);
    }
    case K::MatchOr:
      return pattern_or(static_cast<const ast::MatchSequence&>(p), pc);
    default:
      syntax_error(p.span, "invalid pattern");
  }
}

void Codegen::pattern_sequence(const ast::MatchSequence& p, PatternContext& pc) {
  const auto& patterns = p.patterns;
  const size_t size = patterns.size();
  std::optional<size_t> star;
  bool only_wildcard = true, star_wildcard = false;
  for (size_t i = 0; i < size; ++i) {
    const ast::pattern* sub = patterns[i];
    if (sub->kind == ast::Kind::MatchStar) {
      star = i;
      star_wildcard = static_cast<const ast::MatchStar*>(sub)->name.none();
      only_wildcard &= star_wildcard;
      continue;
    }
    only_wildcard &= is_wildcard(sub);
  }
  // The subject stays on top during the type and length checks.
  ++pc.on_top;
  emit(Op::MATCH_SEQUENCE);
  jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
  if (!star || size > 1) {
    emit(Op::GET_LEN);
    load_const(bytecode::Constant{static_cast<int64_t>(star ? size - 1 : size)});
    compare_op(star ? ast::CmpOpKind::GtE : ast::CmpOpKind::Eq);
    jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
  }
  --pc.on_top;  // what follows consumes the subject
  if (only_wildcard) {
    emit(Op::POP_TOP);  // [] / [_, _] / [_, *_]: nothing to extract
  } else if (star_wildcard) {
    // [a, *_, b]: subscripts instead of unpacking everything.
    ++pc.on_top;
    for (size_t i = 0; i < size; ++i) {
      const ast::pattern* sub = patterns[i];
      if (is_wildcard(sub) || i == *star) continue;
      emit(Op::COPY, 1);
      if (i < *star) {
        load_const(bytecode::Constant{static_cast<int64_t>(i)});
      } else {
        // The subject may not support negative indexes: compute len - k.
        emit(Op::GET_LEN);
        load_const(bytecode::Constant{static_cast<int64_t>(size - i)});
        emit(Op::BINARY_OP, static_cast<uint32_t>(bytecode::BinaryOp::Subtract));
      }
      emit(Op::BINARY_SUBSCR);
      subpattern(*sub, pc);
    }
    --pc.on_top;
    emit(Op::POP_TOP);
  } else {
    if (star)
      emit(Op::UNPACK_EX, static_cast<uint32_t>(*star | ((size - 1 - *star) << 8)));
    else
      emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(size));
    // The items wait on the stack, first on top; each subpattern consumes one.
    pc.on_top += size;
    for (const ast::pattern* sub : patterns) {
      --pc.on_top;
      subpattern(*sub, pc);
    }
  }
}

void Codegen::pattern_mapping(const ast::MatchMapping& p, PatternContext& pc) {
  const size_t size = p.keys.size();
  ++pc.on_top;
  emit(Op::MATCH_MAPPING);
  jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
  if (size == 0 && p.rest.none()) {
    --pc.on_top;  // `{}` matches any mapping
    emit(Op::POP_TOP);
    return;
  }
  if (size) {
    emit(Op::GET_LEN);
    load_const(bytecode::Constant{static_cast<int64_t>(size)});
    compare_op(ast::CmpOpKind::GtE);
    jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
  }
  for (const ast::expr* key : p.keys) expr(*key);
  set_location(p.span);
  emit(Op::BUILD_TUPLE, static_cast<uint32_t>(size));
  emit(Op::MATCH_KEYS);
  // The keys tuple and the values tuple (or None) are now above the subject.
  pc.on_top += 2;
  emit(Op::COPY, 1);
  jump_to_fail_pop(pc, Op::POP_JUMP_IF_NONE);
  emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(size));
  pc.on_top += size - 1;
  for (const ast::pattern* sub : p.patterns) {
    --pc.on_top;
    subpattern(*sub, pc);
  }
  pc.on_top -= 2;  // what follows consumes the keys and the subject
  set_location(p.span);
  if (!p.rest.none()) {
    // rest = dict(subject); del rest[key] for each key
    emit(Op::BUILD_MAP, 0);            // subject, keys, {}
    emit(Op::SWAP, 3);                 // {}, keys, subject
    emit(Op::DICT_UPDATE, 2);          // rest, keys
    emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(size));  // rest, keys...
    for (size_t left = size; left > 0; --left) {
      emit(Op::COPY, static_cast<uint32_t>(1 + left));  // rest, keys..., rest
      emit(Op::SWAP, 2);                                 // rest, keys..., rest, key
      emit(Op::DELETE_SUBSCR);
    }
    pattern_store(p.rest, pc);
  } else {
    emit(Op::POP_TOP);  // the keys
    emit(Op::POP_TOP);  // the subject
  }
}

void Codegen::pattern_class(const ast::MatchClass& p, PatternContext& pc) {
  const size_t nargs = p.patterns.size(), nattrs = p.kwd_attrs.size();
  expr(*p.cls);
  set_location(p.span);
  bytecode::ConstTuple names;
  for (const ast::Identifier& attr : p.kwd_attrs) {
    check_debug_name(attr.text, ast::ExprContext::Store, p.span);
    names.push_back(bytecode::Constant{std::string(attr.text)});
  }
  load_const(bytecode::Constant{std::move(names)});
  emit(Op::MATCH_CLASS, static_cast<uint32_t>(nargs));
  // A tuple of the nargs + nattrs attributes, or None.
  ++pc.on_top;
  emit(Op::COPY, 1);
  jump_to_fail_pop(pc, Op::POP_JUMP_IF_NONE);
  emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(nargs + nattrs));
  pc.on_top += nargs + nattrs - 1;
  for (size_t i = 0; i < nargs + nattrs; ++i) {
    --pc.on_top;
    const ast::pattern* sub = i < nargs ? p.patterns[i] : p.kwd_patterns[i - nargs];
    if (is_wildcard(sub)) {
      emit(Op::POP_TOP);
      continue;
    }
    subpattern(*sub, pc);
  }
}

void Codegen::pattern_or(const ast::MatchSequence& p, PatternContext& pc) {
  Label end = new_label();
  PatternContext old = std::move(pc);
  // The names the first alternative binds, in its order: the others bind the
  // same names and put their values on the stack in this order.
  std::vector<std::string> control;
  for (size_t i = 0; i < p.patterns.size(); ++i) {
    const ast::pattern& alt = *p.patterns[i];
    set_location(alt.span);
    PatternContext apc;
    apc.allow_irrefutable = i + 1 == p.patterns.size() && old.allow_irrefutable;
    emit(Op::COPY, 1);
    pattern(alt, apc);
    if (i == 0) {
      control = apc.stores;
    } else {
      // Reorder this alternative's captures (on the stack, first on top) to
      // control's order, as CPython does.
      for (size_t icontrol = control.size(); icontrol-- > 0;) {
        size_t istores = static_cast<size_t>(
            std::find(apc.stores.begin(), apc.stores.end(), control[icontrol]) - apc.stores.begin());
        if (istores == icontrol) continue;
        size_t rotations = istores + 1;
        std::vector<std::string> rotated(apc.stores.begin(), apc.stores.begin() + static_cast<long>(rotations));
        apc.stores.erase(apc.stores.begin(), apc.stores.begin() + static_cast<long>(rotations));
        apc.stores.insert(apc.stores.begin() + static_cast<long>(icontrol - istores), rotated.begin(), rotated.end());
        while (rotations--) pattern_rotate(icontrol + 1);
      }
    }
    emit_jump(Op::JUMP, end);
    emit_and_reset_fail_pop(apc);
  }
  pc = std::move(old);
  // No alternative matched: pop the copy of the subject and fail.
  set_location(p.span);
  emit(Op::POP_TOP);
  jump_to_fail_pop(pc, Op::JUMP);
  bind(end);
  // Move each capture under the other captures, the subject copy, the items
  // in use and the earlier captures.
  const size_t nrots = control.size() + 1 + pc.on_top + pc.stores.size();
  for (const std::string& name : control) {
    pattern_rotate(nrots);
    pc.stores.push_back(name);
  }
  emit(Op::POP_TOP);  // the copy of the subject
}

}  // namespace compiler
