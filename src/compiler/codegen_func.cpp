// Functions, lambdas and comprehensions: each body becomes its own code object,
// created at run time by MAKE_FUNCTION with its defaults and closure cells.
#include "compiler/codegen.h"
#include "compiler/constants.h"

namespace compiler {

namespace {

const ast::Constant* docstring_of(const ast::Seq<ast::stmt*>& body) {
  if (body.empty() || body[0]->kind != ast::Kind::Expr) return nullptr;
  const ast::expr* v = static_cast<const ast::Expr*>(body[0])->value;
  if (v->kind != ast::Kind::Constant) return nullptr;
  const auto* c = static_cast<const ast::Constant*>(v);
  return c->value.kind == ast::ConstantValue::Kind::Str ? c : nullptr;
}

}  // namespace

void Codegen::function_def(const ast::FunctionDef& s) {
  check_debug_args(*s.args);
  for (const ast::expr* d : s.decorator_list) expr(*d);
  const int first_line = s.decorator_list.empty() ? s.span.lineno : s.decorator_list[0]->span.lineno;
  uint32_t flags = function_defaults(*s.args);
  flags |= function_annotations(*s.args, s.returns);

  Scope* inner = table_.scope_for(&s);
  enter_unit(inner);
  set_location(s.span);
  // co_consts[0] is the docstring, or None (CPython 3.11).
  const ast::Constant* doc = docstring_of(s.body);
  b().add_const(doc ? to_constant(doc->value) : bytecode::Constant{});
  stmts(s.body, doc ? 1 : 0);
  std::shared_ptr<bytecode::Code> code = leave_unit(first_line);
  fill_function_header(*code, *inner, s.args);

  set_location(s.span);
  make_function(code, *inner, flags);
  for (size_t i = s.decorator_list.size(); i-- > 0;) {
    set_location(s.decorator_list[i]->span);
    emit(Op::CALL, 1);
  }
  set_location(s.span);
  name_op(s.name.text, ast::ExprContext::Store);
}

// CPython 3.11's compiler_class:
//   <decorators>; LOAD_BUILD_CLASS; <body function>; LOAD_CONST 'name';
//   <bases and keywords as call arguments>; CALL n (CALL_KW, CALL_FUNCTION_EX);
//   CALL 1 per decorator; store the name.
// The body is a function of no arguments run with the class namespace as its
// locals; it returns the __class__ cell (also stored as __classcell__) when a
// method uses `super()` or `__class__`, else None.
void Codegen::class_def(const ast::ClassDef& s) {
  for (const ast::expr* d : s.decorator_list) expr(*d);
  const int first_line = s.decorator_list.empty() ? s.span.lineno : s.decorator_list[0]->span.lineno;

  Scope* inner = table_.scope_for(&s);
  enter_unit(inner);
  b().set_location(bytecode::Location{first_line, first_line, 0, 0});  // as CPython's scope entry
  name_op("__name__", ast::ExprContext::Load);
  name_op("__module__", ast::ExprContext::Store);
  load_const(bytecode::Constant{inner->qualname});
  name_op("__qualname__", ast::ExprContext::Store);
  if (has_annotations(s.body)) setup_annotations();
  const ast::Constant* doc = docstring_of(s.body);
  if (doc) {
    set_location(s.body[0]->span);
    load_const(to_constant(doc->value));
    name_op("__doc__", ast::ExprContext::Store);
  }
  stmts(s.body, doc ? 1 : 0);
  artificial_location();
  const int class_cell = inner->cell_index("__class__");
  if (class_cell >= 0) {
    emit(Op::LOAD_CLOSURE, static_cast<uint32_t>(class_cell));
    emit(Op::COPY, 1);
    name_op("__classcell__", ast::ExprContext::Store);
  } else {
    load_const(bytecode::Constant{});
  }
  emit(Op::RETURN_VALUE);
  std::shared_ptr<bytecode::Code> code = leave_unit(first_line);

  set_location(s.span);
  check_keywords(s.keywords);  // after the body, as CPython (its errors win)
  emit(Op::LOAD_BUILD_CLASS);
  make_function(code, *inner, 0);
  load_const(bytecode::Constant{std::string(s.name.text)});
  call_helper(2, s.bases, s.keywords, s.span);
  for (size_t i = s.decorator_list.size(); i-- > 0;) {
    set_location(s.decorator_list[i]->span);
    emit(Op::CALL, 1);
  }
  set_location(s.span);
  name_op(s.name.text, ast::ExprContext::Store);
}

void Codegen::lambda(const ast::Lambda& e) {
  check_debug_args(*e.args);
  uint32_t flags = function_defaults(*e.args);
  Scope* inner = table_.scope_for(&e);
  enter_unit(inner);
  // None is the first constant, so a lambda never has a docstring.
  b().add_const(bytecode::Constant{});
  set_location(e.body->span);
  expr(*e.body);
  emit(Op::RETURN_VALUE);
  std::shared_ptr<bytecode::Code> code = leave_unit(e.span.lineno);
  fill_function_header(*code, *inner, e.args);
  set_location(e.span);
  make_function(code, *inner, flags);
}

void Codegen::comprehension(const ast::expr& e, const ast::Seq<ast::comprehension*>& generators,
                            const ast::expr* elt, const ast::expr* value) {
  Scope* inner = table_.scope_for(&e);
  // An async list/set/dict comprehension is a coroutine awaited right here; an
  // async generator expression is an async generator.
  const bool awaited = inner->is_coroutine && e.kind != ast::Kind::GeneratorExp;
  if (awaited && !u_->scope->is_async_def && !u_->scope->is_comprehension)
    syntax_error(e.span, "asynchronous comprehension outside of an asynchronous function");
  enter_unit(inner);
  set_location(e.span);
  switch (e.kind) {
    case ast::Kind::GeneratorExp: break;  // yields each item instead
    case ast::Kind::ListComp:
      emit(Op::BUILD_LIST, 0);
      break;
    case ast::Kind::SetComp: emit(Op::BUILD_SET, 0); break;
    default: emit(Op::BUILD_MAP, 0); break;
  }
  comprehension_loop(e, generators, 0, elt, value);
  set_location(e.span);
  if (e.kind == ast::Kind::GeneratorExp) load_const(bytecode::Constant{});
  emit(Op::RETURN_VALUE);
  std::shared_ptr<bytecode::Code> code = leave_unit(e.span.lineno);
  fill_function_header(*code, *inner, nullptr);
  code->argcount = 1;

  set_location(e.span);
  make_function(code, *inner, 0);
  iterable(*generators[0]->iter);
  set_location(e.span);
  emit(generators[0]->is_async ? Op::GET_AITER : Op::GET_ITER);
  emit(Op::CALL, 1);
  if (awaited) await_value(0);
}

void Codegen::comprehension_loop(const ast::expr& e, const ast::Seq<ast::comprehension*>& generators,
                                 size_t index, const ast::expr* elt, const ast::expr* value) {
  const ast::comprehension& g = *generators[index];
  Label start = new_label(), if_cleanup = new_label(), anchor = new_label();
  if (index == 0) {
    emit(Op::LOAD_FAST, b().add_varname(".0"));
  } else {
    iterable(*g.iter);
    emit(g.is_async ? Op::GET_AITER : Op::GET_ITER);
  }
  bind(start);
  if (g.is_async) {
    // CPython's compiler_async_comprehension_generator: StopAsyncIteration
    // from awaiting __anext__() ends the loop at END_ASYNC_FOR.
    b().emit_setup(anchor, false);
    emit(Op::GET_ANEXT);
    load_const(bytecode::Constant{});
    yield_from_loop();
    b().emit_pop_block();
  } else {
    emit_jump(Op::FOR_ITER, anchor);
  }
  store(*g.target);
  for (const ast::expr* cond : g.ifs) jump_if(*cond, if_cleanup, false);
  if (index + 1 < generators.size()) {
    comprehension_loop(e, generators, index + 1, elt, value);
  } else {
    // The collection sits below one iterator per loop.
    const uint32_t depth = static_cast<uint32_t>(generators.size() + 1);
    switch (e.kind) {
      case ast::Kind::GeneratorExp:
        expr(*elt);
        yield_value();
        emit(Op::POP_TOP);
        break;
      case ast::Kind::ListComp:
        expr(*elt);
        emit(Op::LIST_APPEND, depth);
        break;
      case ast::Kind::SetComp:
        expr(*elt);
        emit(Op::SET_ADD, depth);
        break;
      default:  // DictComp: elt is the key
        expr(*elt);
        expr(*value);
        emit(Op::MAP_ADD, depth);
        break;
    }
  }
  bind(if_cleanup);
  artificial_location();
  emit_jump(Op::JUMP, start);
  bind(anchor);
  if (g.is_async) emit(Op::END_ASYNC_FOR);
}

uint32_t Codegen::function_defaults(const ast::arguments& args) {
  uint32_t flags = 0;
  if (!args.defaults.empty()) {
    bytecode::ConstTuple consts;
    for (const ast::expr* d : args.defaults) {
      auto c = fold_constant(*d);
      if (!c) break;
      consts.push_back(std::move(*c));
    }
    if (consts.size() == args.defaults.size()) {
      load_const(bytecode::Constant{std::move(consts)});
    } else {
      for (const ast::expr* d : args.defaults) expr(*d);
      emit(Op::BUILD_TUPLE, static_cast<uint32_t>(args.defaults.size()));
    }
    flags |= 1;
  }
  uint32_t kw = 0;
  for (size_t i = 0; i < args.kwonlyargs.size() && i < args.kw_defaults.size(); ++i) {
    if (!args.kw_defaults[i]) continue;
    load_const(bytecode::Constant{mangled(args.kwonlyargs[i]->arg_.text)});
    expr(*args.kw_defaults[i]);
    ++kw;
  }
  if (kw) {
    emit(Op::BUILD_MAP, kw);
    flags |= 2;
  }
  return flags;
}

uint32_t Codegen::function_annotations(const ast::arguments& args, const ast::expr* returns) {
  // Under `from __future__ import annotations` they would be strings of the
  // source text; they are not built at all here (nothing reads them yet).
  if (future_annotations_) return 0;
  uint32_t n = 0;
  auto one = [&](std::string_view name, const ast::expr* annotation) {
    if (!annotation) return;
    load_const(bytecode::Constant{mangled(name)});
    if (annotation->kind == ast::Kind::Starred) {
      // `*args: *Ts` (PEP 646) stores the single item of the unpacked value.
      expr(*static_cast<const ast::Starred*>(annotation)->value);
      emit(Op::UNPACK_SEQUENCE, 1);
    } else {
      expr(*annotation);
    }
    ++n;
  };
  // CPython 3.11's order (compiler_visit_annotations).
  for (const ast::arg* a : args.args) one(a->arg_.text, a->annotation);
  for (const ast::arg* a : args.posonlyargs) one(a->arg_.text, a->annotation);
  if (args.vararg) one(args.vararg->arg_.text, args.vararg->annotation);
  for (const ast::arg* a : args.kwonlyargs) one(a->arg_.text, a->annotation);
  if (args.kwarg) one(args.kwarg->arg_.text, args.kwarg->annotation);
  one("return", returns);
  if (n == 0) return 0;
  emit(Op::BUILD_TUPLE, 2 * n);
  return 4;
}

void Codegen::make_function(const std::shared_ptr<bytecode::Code>& code, const Scope& inner, uint32_t flags) {
  if (!inner.freevars.empty()) {
    for (const std::string& name : inner.freevars) {
      int i = u_->scope->cell_index(name);
      if (i < 0) throw std::logic_error("compiler: no cell for free variable '" + name + "'");
      emit(Op::LOAD_CLOSURE, static_cast<uint32_t>(i));
    }
    emit(Op::BUILD_TUPLE, static_cast<uint32_t>(inner.freevars.size()));
    flags |= 8;
  }
  load_const(bytecode::Constant{std::shared_ptr<const bytecode::Code>(code)});
  emit(Op::MAKE_FUNCTION, flags);
}

void Codegen::fill_function_header(bytecode::Code& code, const Scope&, const ast::arguments* args) {
  if (!args) return;
  code.posonlyargcount = static_cast<uint32_t>(args->posonlyargs.size());
  code.argcount = static_cast<uint32_t>(args->posonlyargs.size() + args->args.size());
  code.kwonlyargcount = static_cast<uint32_t>(args->kwonlyargs.size());
}

}  // namespace compiler
