// Expressions (CPython 3.11's compiler_visit_expr and friends).
#include <set>

#include "compiler/codegen.h"
#include "compiler/constants.h"

namespace compiler {

namespace {

// CPython's STACK_USE_GUARDRAIL: longer displays are built incrementally.
constexpr size_t kStackGuardrail = 30;

bool is_foldable_kind(ast::Kind k) {
  return k == ast::Kind::UnaryOp || k == ast::Kind::BinOp || k == ast::Kind::Tuple;
}

bool has_starred(const ast::Seq<ast::expr*>& elts) {
  for (const ast::expr* e : elts)
    if (e->kind == ast::Kind::Starred) return true;
  return false;
}

}  // namespace

// The delegation loop of `yield from` (CPython 3.11's SEND / YIELD_VALUE /
// JUMP_BACKWARD_NO_INTERRUPT): delegate and value on the stack; leaves the
// delegate's return value.
void Codegen::yield_from_loop() {
  Label send = new_label(), exit = new_label();
  bind(send);
  emit_jump(Op::SEND, exit);
  emit(Op::YIELD_VALUE, 1);
  emit_jump(Op::JUMP, send);
  bind(exit);
}

void Codegen::await_value(uint32_t where) {
  emit(Op::GET_AWAITABLE, where);
  load_const(bytecode::Constant{});
  yield_from_loop();
}

void Codegen::yield_value() {
  // An async generator's own yields are told apart from the yields of the
  // awaitables it awaits (which go to the event loop).
  if (u_->scope->is_coroutine && u_->scope->is_generator) emit(Op::ASYNC_GEN_WRAP);
  emit(Op::YIELD_VALUE, 0);
}

void Codegen::expr(const ast::expr& e) {
  const bytecode::Location saved = b().location();
  set_location(e.span);
  expr_at(e);
  b().set_location(saved);
}

void Codegen::expr_at(const ast::expr& e) {
  using K = ast::Kind;
  if (is_foldable_kind(e.kind)) {
    if (auto c = fold_constant(e)) {
      load_const(*c);
      return;
    }
  }
  switch (e.kind) {
    case K::Constant:
      load_const(to_constant(static_cast<const ast::Constant&>(e).value));
      return;
    case K::Name:
      name_op(static_cast<const ast::Name&>(e).id.text, static_cast<const ast::Name&>(e).ctx);
      return;
    case K::BinOp: {
      const auto& bin = static_cast<const ast::BinOp&>(e);
      expr(*bin.left);
      expr(*bin.right);
      emit(Op::BINARY_OP, static_cast<uint32_t>(binary_op_for(bin.op)));
      return;
    }
    case K::UnaryOp: {
      const auto& u = static_cast<const ast::UnaryOp&>(e);
      expr(*u.operand);
      switch (u.op) {
        case ast::UnaryOpKind::Invert: emit(Op::UNARY_INVERT); break;
        case ast::UnaryOpKind::Not: emit(Op::UNARY_NOT); break;
        case ast::UnaryOpKind::UAdd: emit(Op::UNARY_POSITIVE); break;
        case ast::UnaryOpKind::USub: emit(Op::UNARY_NEGATIVE); break;
      }
      return;
    }
    case K::BoolOp: return bool_op(static_cast<const ast::BoolOp&>(e));
    case K::Compare: return compare(static_cast<const ast::Compare&>(e));
    case K::IfExp: return if_exp(static_cast<const ast::IfExp&>(e));
    case K::Call: return call(static_cast<const ast::Call&>(e));
    case K::Attribute: {
      const auto& a = static_cast<const ast::Attribute&>(e);
      expr(*a.value);
      attr_location(a);
      emit(Op::LOAD_ATTR, mangled_name(a.attr.text));
      return;
    }
    case K::Subscript: {
      const auto& sub = static_cast<const ast::Subscript&>(e);
      check_subscript(sub);
      expr(*sub.value);
      subscript_index(*sub.slice);
      emit(Op::BINARY_SUBSCR);
      return;
    }
    case K::List:
      return collection(static_cast<const ast::List&>(e).elts, Op::BUILD_LIST, Op::LIST_APPEND,
                        Op::LIST_EXTEND, false);
    case K::Tuple:
      return collection(static_cast<const ast::List&>(e).elts, Op::BUILD_TUPLE, Op::LIST_APPEND,
                        Op::LIST_EXTEND, true);
    case K::Set:
      return collection(static_cast<const ast::Set&>(e).elts, Op::BUILD_SET, Op::SET_ADD,
                        Op::SET_UPDATE, false);
    case K::Dict: return dict(static_cast<const ast::Dict&>(e));
    case K::JoinedStr: return joined_str(static_cast<const ast::JoinedStr&>(e));
    case K::FormattedValue: return formatted_value(static_cast<const ast::FormattedValue&>(e));
    case K::NamedExpr: {
      const auto& ne = static_cast<const ast::NamedExpr&>(e);
      expr(*ne.value);
      emit(Op::COPY, 1);
      store(*ne.target);
      return;
    }
    case K::Lambda: return lambda(static_cast<const ast::Lambda&>(e));
    case K::ListComp:
    case K::SetComp: {
      const auto& c = static_cast<const ast::ListComp&>(e);
      return comprehension(e, c.generators, c.elt, nullptr);
    }
    case K::DictComp: {
      const auto& c = static_cast<const ast::DictComp&>(e);
      return comprehension(e, c.generators, c.key, c.value);
    }
    case K::Starred:
      syntax_error(e.span, "can't use starred expression here");
    case K::Slice:
      subscript_index(e);
      return;
    case K::GeneratorExp: {
      const auto& c = static_cast<const ast::ListComp&>(e);
      return comprehension(e, c.generators, c.elt, nullptr);
    }
    case K::Yield:
    case K::YieldFrom: {
      if (e.kind == K::YieldFrom && u_->scope->is_async_def)
        syntax_error(e.span, "'yield from' inside async function");
      const auto& y = static_cast<const ast::Await&>(e);
      if (e.kind == K::Yield) {
        if (y.value) expr(*y.value);
        else load_const(bytecode::Constant{});
        set_location(e.span);
        yield_value();
        return;
      }
      expr(*y.value);
      set_location(e.span);
      emit(Op::GET_YIELD_FROM_ITER);
      load_const(bytecode::Constant{});
      yield_from_loop();
      return;
    }
    case K::Await: {
      const Scope& s = *u_->scope;
      if (!s.is_function()) syntax_error(e.span, "'await' outside function");
      if (!s.is_async_def && !s.is_comprehension) syntax_error(e.span, "'await' outside async function");
      expr(*static_cast<const ast::Await&>(e).value);
      set_location(e.span);
      await_value(0);
      return;
    }
    default:
      malformed(std::string("the expression ") + ast::kind_name(e.kind));
  }
}

void Codegen::subscript_index(const ast::expr& slice) {
  if (slice.kind != ast::Kind::Slice) {
    expr(slice);
    return;
  }
  const auto& s = static_cast<const ast::Slice&>(slice);
  uint32_t n = 2;
  if (s.lower) expr(*s.lower); else load_const(bytecode::Constant{});
  if (s.upper) expr(*s.upper); else load_const(bytecode::Constant{});
  if (s.step) {
    expr(*s.step);
    n = 3;
  }
  set_location(slice.span);
  emit(Op::BUILD_SLICE, n);
}

void Codegen::iterable(const ast::expr& e) {
  if (e.kind == ast::Kind::List) {
    // Only iterated over: a tuple does, and a constant one is built at compile time.
    const auto& l = static_cast<const ast::List&>(e);
    bytecode::ConstTuple items;
    bool all_const = true;
    for (const ast::expr* elt : l.elts) {
      auto c = elt->kind == ast::Kind::Starred ? std::nullopt : fold_constant(*elt);
      if (!c) {
        all_const = false;
        break;
      }
      items.push_back(std::move(*c));
    }
    const bytecode::Location saved = b().location();
    set_location(e.span);
    if (all_const)
      load_const(bytecode::Constant{std::move(items)});
    else
      collection(l.elts, Op::BUILD_TUPLE, Op::LIST_APPEND, Op::LIST_EXTEND, true);
    b().set_location(saved);
    return;
  }
  expr(e);
}

void Codegen::jump_if(const ast::expr& e, Label target, bool jump_if_true) {
  using K = ast::Kind;
  const bytecode::Location saved = b().location();
  set_location(e.span);
  if (auto c = fold_constant(e)) {
    if (constant_truth(*c) == jump_if_true)
      emit_jump(Op::JUMP, target);
    else
      emit(Op::NOP);
    b().set_location(saved);
    return;
  }
  switch (e.kind) {
    case K::UnaryOp: {
      const auto& u = static_cast<const ast::UnaryOp&>(e);
      if (u.op == ast::UnaryOpKind::Not) {
        jump_if(*u.operand, target, !jump_if_true);
        b().set_location(saved);
        return;
      }
      break;
    }
    case K::BoolOp: {
      const auto& bo = static_cast<const ast::BoolOp&>(e);
      const bool is_or = bo.op == ast::BoolOpKind::Or;
      Label next2 = is_or == jump_if_true ? target : new_label();
      for (size_t i = 0; i + 1 < bo.values.size(); ++i) jump_if(*bo.values[i], next2, is_or);
      jump_if(*bo.values.back(), target, jump_if_true);
      if (next2.id != target.id) bind(next2);
      b().set_location(saved);
      return;
    }
    case K::IfExp: {
      const auto& ie = static_cast<const ast::IfExp&>(e);
      Label end = new_label(), next2 = new_label();
      jump_if(*ie.test, next2, false);
      jump_if(*ie.body, target, jump_if_true);
      artificial_location();
      emit_jump(Op::JUMP, end);
      bind(next2);
      jump_if(*ie.orelse, target, jump_if_true);
      bind(end);
      b().set_location(saved);
      return;
    }
    case K::Compare: {
      const auto& c = static_cast<const ast::Compare&>(e);
      const size_t n = c.ops.size();
      if (n == 1 && (c.ops[0] == ast::CmpOpKind::Is || c.ops[0] == ast::CmpOpKind::IsNot) &&
          c.comparators[0]->kind == K::Constant &&
          static_cast<const ast::Constant*>(c.comparators[0])->value.kind == ast::ConstantValue::Kind::None) {
        // `x is None` tests jump on None directly (CPython's optimizer does this too).
        check_compare(c);
        expr(*c.left);
        const bool jump_on_none = (c.ops[0] == ast::CmpOpKind::Is) == jump_if_true;
        emit_jump(jump_on_none ? Op::POP_JUMP_IF_NONE : Op::POP_JUMP_IF_NOT_NONE, target);
        b().set_location(saved);
        return;
      }
      if (n > 1) {
        check_compare(c);
        Label cleanup = new_label(), end = new_label();
        expr(*c.left);
        for (size_t i = 0; i + 1 < n; ++i) {
          expr(*c.comparators[i]);
          emit(Op::SWAP, 2);
          emit(Op::COPY, 2);
          compare_op(c.ops[i]);
          emit_jump(Op::POP_JUMP_IF_FALSE, cleanup);
        }
        expr(*c.comparators[n - 1]);
        compare_op(c.ops[n - 1]);
        emit_jump(jump_if_true ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, target);
        artificial_location();
        emit_jump(Op::JUMP, end);
        bind(cleanup);
        emit(Op::POP_TOP);
        if (!jump_if_true) emit_jump(Op::JUMP, target);
        bind(end);
        b().set_location(saved);
        return;
      }
      break;
    }
    default:
      break;
  }
  expr_at(e);
  emit_jump(jump_if_true ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, target);
  b().set_location(saved);
}

void Codegen::bool_op(const ast::BoolOp& e) {
  Label end = new_label();
  const Op jump = e.op == ast::BoolOpKind::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
  for (size_t i = 0; i + 1 < e.values.size(); ++i) {
    expr(*e.values[i]);
    emit_jump(jump, end);
  }
  expr(*e.values.back());
  bind(end);
}

void Codegen::compare_op(ast::CmpOpKind op) {
  using C = ast::CmpOpKind;
  using B = bytecode::CompareOp;
  auto cmp = [&](B which) { emit(Op::COMPARE_OP, static_cast<uint32_t>(which)); };
  switch (op) {
    case C::Eq: return cmp(B::Eq);
    case C::NotEq: return cmp(B::Ne);
    case C::Lt: return cmp(B::Lt);
    case C::LtE: return cmp(B::Le);
    case C::Gt: return cmp(B::Gt);
    case C::GtE: return cmp(B::Ge);
    case C::Is: return emit(Op::IS_OP, 0);
    case C::IsNot: return emit(Op::IS_OP, 1);
    case C::In: return emit(Op::CONTAINS_OP, 0);
    case C::NotIn: return emit(Op::CONTAINS_OP, 1);
  }
}

void Codegen::compare(const ast::Compare& e) {
  check_compare(e);
  const size_t n = e.ops.size();
  auto operand = [&](size_t i) {
    // `x in [1, 2]` tests membership in a constant tuple.
    if (e.ops[i] == ast::CmpOpKind::In || e.ops[i] == ast::CmpOpKind::NotIn)
      iterable(*e.comparators[i]);
    else
      expr(*e.comparators[i]);
  };
  expr(*e.left);
  if (n == 1) {
    operand(0);
    compare_op(e.ops[0]);
    return;
  }
  Label cleanup = new_label(), end = new_label();
  for (size_t i = 0; i + 1 < n; ++i) {
    operand(i);
    emit(Op::SWAP, 2);
    emit(Op::COPY, 2);
    compare_op(e.ops[i]);
    emit_jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
  }
  operand(n - 1);
  compare_op(e.ops[n - 1]);
  artificial_location();
  emit_jump(Op::JUMP, end);
  bind(cleanup);
  emit(Op::SWAP, 2);
  emit(Op::POP_TOP);
  bind(end);
}

void Codegen::if_exp(const ast::IfExp& e) {
  Label end = new_label(), next = new_label();
  jump_if(*e.test, next, false);
  expr(*e.body);
  artificial_location();
  emit_jump(Op::JUMP, end);
  bind(next);
  expr(*e.orelse);
  bind(end);
}

void Codegen::check_keywords(const ast::Seq<ast::keyword*>& keywords) {
  // Repeated keywords are a compile-time error (CPython's validate_keywords).
  std::set<std::string_view> seen;
  for (const ast::keyword* k : keywords) {
    if (k->arg_.none()) continue;
    if (!seen.insert(k->arg_.text).second)
      syntax_error(k->span, "keyword argument repeated: " + std::string(k->arg_.text));
    check_debug_name(k->arg_.text, ast::ExprContext::Store, k->span);
  }
}

void Codegen::call(const ast::Call& e) {
  check_caller(e);
  check_keywords(e.keywords);
  if (method_call(e)) return;
  expr(*e.func);
  call_helper(0, e.args, e.keywords, e.span);
}

bool Codegen::method_call(const ast::Call& e) {
  // CPython 3.11's maybe_optimize_method_call.
  if (e.func->kind != ast::Kind::Attribute) return false;
  const auto& meth = static_cast<const ast::Attribute&>(*e.func);
  if (meth.ctx != ast::ExprContext::Load || has_starred(e.args)) return false;
  for (const ast::keyword* k : e.keywords)
    if (k->arg_.none()) return false;
  const size_t nargs = e.args.size(), nkw = e.keywords.size();
  if (nargs + nkw + (nkw != 0) >= kStackGuardrail) return false;

  const bytecode::Location call_loc = b().location();
  expr(*meth.value);
  set_location(meth.span);
  attr_location(meth);
  emit(Op::LOAD_METHOD, mangled_name(meth.attr.text));
  for (const ast::expr* a : e.args) expr(*a);
  const uint32_t n = static_cast<uint32_t>(nargs + nkw);
  if (nkw) {
    bytecode::ConstTuple names;
    for (const ast::keyword* k : e.keywords) {
      expr(*k->value);
      names.push_back(bytecode::Constant{std::string(k->arg_.text)});
    }
    load_const(bytecode::Constant{std::move(names)});  // at the method name, as CPython's KW_NAMES
  }
  // The call spans the whole expression, from the method name on when the
  // attribute is split over lines (as CPython's tracebacks underline it).
  b().set_location(call_loc);
  attr_location(meth);
  emit(nkw ? Op::CALL_METHOD_KW : Op::CALL_METHOD, n);
  b().set_location(call_loc);
  return true;
}

void Codegen::call_helper(uint32_t pushed, const ast::Seq<ast::expr*>& args,
                          const ast::Seq<ast::keyword*>& keywords, const ast::Span& span) {
  bool ex = has_starred(args);
  for (const ast::keyword* k : keywords) ex |= k->arg_.none();
  if (ex) return call_ex(pushed, args, keywords, span);
  for (const ast::expr* a : args) expr(*a);
  const uint32_t n = static_cast<uint32_t>(pushed + args.size() + keywords.size());
  if (keywords.empty()) {
    emit(Op::CALL, n);
    return;
  }
  bytecode::ConstTuple names;
  for (const ast::keyword* k : keywords) {
    expr(*k->value);
    names.push_back(bytecode::Constant{std::string(k->arg_.text)});
  }
  load_const(bytecode::Constant{std::move(names)});
  emit(Op::CALL_KW, n);
}

void Codegen::call_ex(uint32_t pushed, const ast::Seq<ast::expr*>& args, const ast::Seq<ast::keyword*>& keywords,
                      const ast::Span& span) {
  // Positional arguments: one starred iterable as is, else a tuple built from a list.
  if (pushed == 0 && args.size() == 1 && args[0]->kind == ast::Kind::Starred) {
    expr(*static_cast<const ast::Starred*>(args[0])->value);
  } else if (!has_starred(args)) {
    for (const ast::expr* a : args) expr(*a);
    emit(Op::BUILD_TUPLE, static_cast<uint32_t>(pushed + args.size()));
  } else {
    collection(args, Op::BUILD_TUPLE, Op::LIST_APPEND, Op::LIST_EXTEND, true, pushed);
  }
  if (keywords.empty()) {
    emit(Op::CALL_FUNCTION_EX, 0);
    return;
  }
  // Keyword arguments: runs of `name=value` become dicts, merged with the `**` mappings.
  bool have_dict = false;
  uint32_t pending = 0;
  auto flush = [&]() {
    if (pending == 0) return;
    emit(Op::BUILD_MAP, pending);
    if (have_dict) emit(Op::DICT_UPDATE, 1);
    have_dict = true;
    pending = 0;
  };
  for (const ast::keyword* k : keywords) {
    if (k->arg_.none()) {
      flush();
      if (!have_dict) {
        emit(Op::BUILD_MAP, 0);
        have_dict = true;
      }
      expr(*k->value);
      emit(Op::DICT_UPDATE, 1);
    } else {
      load_const(bytecode::Constant{std::string(k->arg_.text)});
      expr(*k->value);
      ++pending;
    }
  }
  flush();
  set_location(span);
  emit(Op::CALL_FUNCTION_EX, 1);
}

void Codegen::collection(const ast::Seq<ast::expr*>& elts, Op build, Op add, Op extend, bool to_tuple,
                         uint32_t pushed) {
  const size_t n = elts.size();
  const bool starred = has_starred(elts);
  const bool is_set = build == Op::BUILD_SET;
  // A display of three or more constants extends an empty list from a constant tuple.
  if (pushed == 0 && !starred && !to_tuple && !is_set && n > 2) {
    bytecode::ConstTuple items;
    for (const ast::expr* elt : elts) {
      auto c = fold_constant(*elt);
      if (!c) break;
      items.push_back(std::move(*c));
    }
    if (items.size() == n) {
      emit(Op::BUILD_LIST, 0);
      load_const(bytecode::Constant{std::move(items)});
      emit(Op::LIST_EXTEND, 1);
      return;
    }
  }
  if (!starred && n + pushed <= kStackGuardrail) {
    for (const ast::expr* elt : elts) expr(*elt);
    emit(build, static_cast<uint32_t>(pushed + n));
    return;
  }
  // Starred items or a long display: build a list (or set) step by step.
  const Op start = is_set ? Op::BUILD_SET : Op::BUILD_LIST;
  bool built = false;
  size_t i = 0;
  if (starred) {
    // Items before the first star go on the stack and into the initial build.
    while (i < n && elts[i]->kind != ast::Kind::Starred) expr(*elts[i++]);
    emit(start, static_cast<uint32_t>(pushed + i));
    built = true;
  }
  if (!built) emit(start, pushed);
  for (; i < n; ++i) {
    const ast::expr* elt = elts[i];
    if (elt->kind == ast::Kind::Starred) {
      expr(*static_cast<const ast::Starred*>(elt)->value);
      emit(extend, 1);
    } else {
      expr(*elt);
      emit(add, 1);
    }
  }
  if (to_tuple) emit(Op::LIST_TO_TUPLE);
}

void Codegen::dict(const ast::Dict& e) {
  bool have_dict = false;
  uint32_t pending = 0;
  auto flush = [&]() {
    if (pending == 0) return;
    emit(Op::BUILD_MAP, pending);
    if (have_dict) emit(Op::DICT_UPDATE, 1);
    have_dict = true;
    pending = 0;
  };
  for (size_t i = 0; i < e.values.size(); ++i) {
    if (!e.keys[i]) {  // `**mapping`
      flush();
      if (!have_dict) {
        emit(Op::BUILD_MAP, 0);
        have_dict = true;
      }
      expr(*e.values[i]);
      emit(Op::DICT_UPDATE, 1);
      continue;
    }
    if (pending * 2 >= kStackGuardrail) flush();
    expr(*e.keys[i]);
    expr(*e.values[i]);
    ++pending;
  }
  flush();
  if (!have_dict) emit(Op::BUILD_MAP, 0);
}

void Codegen::joined_str(const ast::JoinedStr& e) {
  for (const ast::expr* v : e.values) expr(*v);
  if (e.values.size() != 1) emit(Op::BUILD_STRING, static_cast<uint32_t>(e.values.size()));
}

void Codegen::formatted_value(const ast::FormattedValue& e) {
  expr(*e.value);
  uint32_t flags = 0;
  switch (e.conversion) {
    case 's': flags = 1; break;
    case 'r': flags = 2; break;
    case 'a': flags = 3; break;
    default: flags = 0; break;
  }
  if (e.format_spec) {
    expr(*e.format_spec);
    flags |= 4;
  }
  emit(Op::FORMAT_VALUE, flags);
}

}  // namespace compiler
