// Statements (CPython 3.11's compiler_visit_stmt and friends).
#include "compiler/codegen.h"
#include "compiler/constants.h"

namespace compiler {

namespace {
constexpr uint32_t kInplaceOffset = static_cast<uint32_t>(bytecode::BinaryOp::InplaceAdd);
}  // namespace

void Codegen::stmts(const ast::Seq<ast::stmt*>& body, size_t first) {
  for (size_t i = first; i < body.size(); ++i) stmt(*body[i]);
}

void Codegen::stmt(const ast::stmt& s) {
  using K = ast::Kind;
  set_location(s.span);
  switch (s.kind) {
    case K::Expr: return expr_stmt(static_cast<const ast::Expr&>(s));
    case K::Assign: return assign(static_cast<const ast::Assign&>(s));
    case K::AugAssign: return aug_assign(static_cast<const ast::AugAssign&>(s));
    case K::AnnAssign: return ann_assign(static_cast<const ast::AnnAssign&>(s));
    case K::If: return if_stmt(static_cast<const ast::If&>(s));
    case K::While: return while_stmt(static_cast<const ast::While&>(s));
    case K::For: return for_stmt(static_cast<const ast::For&>(s));
    case K::Break: return break_stmt(s);
    case K::Continue: return continue_stmt(s);
    case K::Return: return return_stmt(static_cast<const ast::Return&>(s));
    case K::Delete: return delete_stmt(static_cast<const ast::Delete&>(s));
    case K::Import: return import_stmt(static_cast<const ast::Import&>(s));
    case K::ImportFrom: return import_from(static_cast<const ast::ImportFrom&>(s));
    case K::Raise: return raise_stmt(static_cast<const ast::Raise&>(s));
    case K::Assert: return assert_stmt(static_cast<const ast::Assert&>(s));
    case K::FunctionDef: return function_def(static_cast<const ast::FunctionDef&>(s));
    case K::Pass: emit(Op::NOP); return;
    case K::Global:
    case K::Nonlocal: return;  // handled by the symbol table
    case K::AsyncFunctionDef: return function_def(static_cast<const ast::FunctionDef&>(s));
    case K::ClassDef: return class_def(static_cast<const ast::ClassDef&>(s));
    case K::AsyncFor: return async_for_stmt(static_cast<const ast::For&>(s));
    case K::With:
    case K::AsyncWith: return with_stmt(static_cast<const ast::With&>(s));
    case K::Match: return match_stmt(static_cast<const ast::Match&>(s));
    case K::Try:
    case K::TryStar: return try_stmt(static_cast<const ast::Try&>(s));
    default: malformed(std::string("the statement ") + ast::kind_name(s.kind));
  }
}

// CPython 3.11's compiler_async_for: awaiting __anext__() runs in a protected
// region whose handler, END_ASYNC_FOR, ends the loop on StopAsyncIteration.
void Codegen::async_for_stmt(const ast::For& s) {
  if (!u_->scope->is_async_def) syntax_error(s.span, "'async for' outside async function");
  Label start = new_label(), except = new_label(), end = new_label();
  expr(*s.iter);
  set_location(s.span);
  emit(Op::GET_AITER);
  bind(start);
  u_->fblocks.push_back(fblock(BlockKind::ForLoop, start, end));
  b().emit_setup(except, false);
  emit(Op::GET_ANEXT);
  load_const(bytecode::Constant{});
  yield_from_loop();
  b().emit_pop_block();
  store(*s.target);
  stmts(s.body);
  artificial_location();
  emit_jump(Op::JUMP, start);
  u_->fblocks.pop_back();
  bind(except);
  set_location(s.span);
  emit(Op::END_ASYNC_FOR);
  stmts(s.orelse);
  bind(end);
}

void Codegen::with_stmt(const ast::With& s) {
  if (s.kind == ast::Kind::AsyncWith && !u_->scope->is_async_def)
    syntax_error(s.span, "'async with' outside async function");
  with_item(s, 0);
}

// CPython 3.11's compiler_with: one protected region per item, nested.
//
//   <context_expr>; BEFORE_WITH              ... exit, enter_result
//   (SETUP_WITH final)                       handler: exit, lasti, exc
//   <store target> | POP_TOP                 ... exit
//   <next item, or the body>
//   (POP_BLOCK)
//   LOAD_CONST None x3; CALL 3; POP_TOP; JUMP exit
// final:
//   (SETUP_CLEANUP cleanup)
//   PUSH_EXC_INFO                            exit, lasti, prev_exc, exc
//   WITH_EXCEPT_START                        exit, lasti, prev_exc, exc, res
//   POP_JUMP_IF_TRUE suppress
//   RERAISE                                  the exception goes on
// cleanup:                                   exit, lasti, prev_exc, lasti2, exc2
//   COPY 3; POP_EXCEPT; RERAISE
// suppress:                                  exit, lasti, prev_exc, exc
//   POP_TOP; (POP_BLOCK) POP_EXCEPT; POP_TOP; POP_TOP
// exit:
// `async with` (compiler_async_with) is the same with BEFORE_ASYNC_WITH and the
// results of __aenter__ and __aexit__ awaited.
void Codegen::with_item(const ast::With& s, size_t pos) {
  const ast::withitem& item = *s.items[pos];
  const bool is_async = s.kind == ast::Kind::AsyncWith;
  Label final = new_label(), exit = new_label(), cleanup = new_label(), suppress = new_label();
  expr(*item.context_expr);
  set_location(s.span);
  if (is_async) {
    emit(Op::BEFORE_ASYNC_WITH);
    await_value(1);
  } else {
    emit(Op::BEFORE_WITH);
  }
  b().emit_setup_with(final);
  u_->fblocks.push_back(fblock(BlockKind::With, {}, {}, nullptr, {}, &s));
  if (item.optional_vars)
    store(*item.optional_vars);
  else
    emit(Op::POP_TOP);
  if (pos + 1 < s.items.size())
    with_item(s, pos + 1);
  else
    stmts(s.body);
  artificial_location();
  b().emit_pop_block();
  u_->fblocks.pop_back();

  set_location(s.span);
  call_exit_with_nones();
  if (is_async) await_value(2);
  emit(Op::POP_TOP);
  emit_jump(Op::JUMP, exit);

  bind(final);
  b().emit_setup(cleanup, true);
  emit(Op::PUSH_EXC_INFO);
  emit(Op::WITH_EXCEPT_START);
  if (is_async) await_value(2);
  emit_jump(Op::POP_JUMP_IF_TRUE, suppress);
  emit(Op::RERAISE);
  bind(cleanup);
  pop_except_and_reraise();
  bind(suppress);
  emit(Op::POP_TOP);  // the exception
  b().emit_pop_block();
  emit(Op::POP_EXCEPT);
  emit(Op::POP_TOP);  // lasti
  emit(Op::POP_TOP);  // the exit function
  bind(exit);
}

void Codegen::call_exit_with_nones() {
  load_const(bytecode::Constant{});
  load_const(bytecode::Constant{});
  load_const(bytecode::Constant{});
  emit(Op::CALL, 3);
}

void Codegen::expr_stmt(const ast::Expr& s) {
  if (interactive_ && units_.size() == 1) {
    expr(*s.value);
    emit(Op::PRINT_EXPR);
    return;
  }
  if (s.value->kind == ast::Kind::Constant) {
    emit(Op::NOP);  // a constant statement (docstring) does nothing
    return;
  }
  expr(*s.value);
  artificial_location();
  emit(Op::POP_TOP);
}

void Codegen::assign(const ast::Assign& s) {
  expr(*s.value);
  for (size_t i = 0; i < s.targets.size(); ++i) {
    if (i + 1 < s.targets.size()) emit(Op::COPY, 1);
    store(*s.targets[i]);
  }
}

void Codegen::store(const ast::expr& target) {
  using K = ast::Kind;
  const ast::Span outer = {b().location().line, b().location().col, b().location().end_line,
                           b().location().end_col};
  set_location(target.span);
  switch (target.kind) {
    case K::Name:
      name_op(static_cast<const ast::Name&>(target).id.text, ast::ExprContext::Store);
      break;
    case K::Attribute: {
      const auto& a = static_cast<const ast::Attribute&>(target);
      expr(*a.value);
      attr_location(a);
      emit(Op::STORE_ATTR, mangled_name(a.attr.text));
      break;
    }
    case K::Subscript: {
      const auto& sub = static_cast<const ast::Subscript&>(target);
      expr(*sub.value);
      subscript_index(*sub.slice);
      emit(Op::STORE_SUBSCR);
      break;
    }
    case K::Tuple:
    case K::List:
      unpack_store(static_cast<const ast::List&>(target));
      break;
    case K::Starred:
      syntax_error(target.span, "starred assignment target must be in a list or tuple");
    default:
      malformed(std::string("assignment to ") + ast::kind_name(target.kind));
  }
  set_location(outer);
}

void Codegen::unpack_store(const ast::List& target) {
  const size_t n = target.elts.size();
  size_t star = n;
  for (size_t i = 0; i < n; ++i) {
    if (target.elts[i]->kind != ast::Kind::Starred) continue;
    if (star != n) syntax_error(target.span, "multiple starred expressions in assignment");
    star = i;
  }
  if (star == n) {
    emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(n));
  } else {
    size_t after = n - star - 1;
    if (star >= 256 || after >= (bytecode::kMaxOparg >> 8))
      syntax_error(target.span, "too many expressions in star-unpacking assignment");
    emit(Op::UNPACK_EX, static_cast<uint32_t>(star | (after << 8)));
  }
  for (const ast::expr* elt : target.elts) {
    if (elt->kind == ast::Kind::Starred)
      store(*static_cast<const ast::Starred*>(elt)->value);
    else
      store(*elt);
  }
}

void Codegen::aug_assign(const ast::AugAssign& s) {
  using K = ast::Kind;
  const ast::expr& t = *s.target;
  const uint32_t op = static_cast<uint32_t>(binary_op_for(s.op)) + kInplaceOffset;
  switch (t.kind) {
    case K::Name: {
      const auto& n = static_cast<const ast::Name&>(t);
      set_location(t.span);
      name_op(n.id.text, ast::ExprContext::Load);
      expr(*s.value);
      set_location(s.span);
      emit(Op::BINARY_OP, op);
      set_location(t.span);
      name_op(n.id.text, ast::ExprContext::Store);
      break;
    }
    case K::Attribute: {
      const auto& a = static_cast<const ast::Attribute&>(t);
      expr(*a.value);
      set_location(t.span);
      emit(Op::COPY, 1);
      attr_location(a);
      uint32_t name = mangled_name(a.attr.text);
      emit(Op::LOAD_ATTR, name);
      expr(*s.value);
      set_location(s.span);
      emit(Op::BINARY_OP, op);
      set_location(t.span);
      attr_location(a);
      emit(Op::SWAP, 2);
      emit(Op::STORE_ATTR, name);
      break;
    }
    case K::Subscript: {
      const auto& sub = static_cast<const ast::Subscript&>(t);
      expr(*sub.value);
      subscript_index(*sub.slice);
      set_location(t.span);
      emit(Op::COPY, 2);
      emit(Op::COPY, 2);
      emit(Op::BINARY_SUBSCR);
      expr(*s.value);
      set_location(s.span);
      emit(Op::BINARY_OP, op);
      set_location(t.span);
      emit(Op::SWAP, 3);
      emit(Op::SWAP, 2);
      emit(Op::STORE_SUBSCR);
      break;
    }
    default:
      malformed(std::string("augmented assignment to ") + ast::kind_name(t.kind));
  }
  set_location(s.span);
}

void Codegen::ann_assign(const ast::AnnAssign& s) {
  // CPython 3.11's compiler_annassign: the assignment first, then the annotation.
  if (s.value) {
    expr(*s.value);
    store(*s.target);
  }
  const bool module_or_class = !u_->scope->is_function();
  if (s.target->kind == ast::Kind::Name) {
    const auto& name = static_cast<const ast::Name&>(*s.target);
    check_debug_name(name.id.text, ast::ExprContext::Store, name.span);
    if (s.simple && module_or_class) {
      // Under `from __future__ import annotations` CPython stores the source
      // text of the annotation; without an unparser it is left out here.
      if (future_annotations_) return;
      set_location(s.span);
      expr(*s.annotation);
      name_op("__annotations__", ast::ExprContext::Load);
      load_const(bytecode::Constant{mangled(name.id.text)});
      emit(Op::STORE_SUBSCR);
      return;
    }
  } else if (!s.value && s.target->kind == ast::Kind::Attribute) {
    // `obj.attr: T` / `obj[i]: T` evaluate the target's parts, even in
    // functions (CPython's check_ann_expr).
    expr(*static_cast<const ast::Attribute*>(s.target)->value);
    emit(Op::POP_TOP);
  } else if (!s.value && s.target->kind == ast::Kind::Subscript) {
    const auto& sub = static_cast<const ast::Subscript&>(*s.target);
    expr(*sub.value);
    emit(Op::POP_TOP);
    subscript_index(*sub.slice);
    emit(Op::POP_TOP);
  }
  // Annotations of other targets are evaluated (in modules and classes) and dropped.
  if (!s.simple && module_or_class && !future_annotations_) {
    expr(*s.annotation);
    emit(Op::POP_TOP);
  }
}

bool Codegen::has_annotations(const ast::Seq<ast::stmt*>& body) {
  using K = ast::Kind;
  for (const ast::stmt* st : body) {
    switch (st->kind) {
      case K::AnnAssign: return true;
      case K::For:
      case K::AsyncFor: {
        const auto& f = static_cast<const ast::For&>(*st);
        if (has_annotations(f.body) || has_annotations(f.orelse)) return true;
        break;
      }
      case K::While: {
        const auto& w = static_cast<const ast::While&>(*st);
        if (has_annotations(w.body) || has_annotations(w.orelse)) return true;
        break;
      }
      case K::If: {
        const auto& i = static_cast<const ast::If&>(*st);
        if (has_annotations(i.body) || has_annotations(i.orelse)) return true;
        break;
      }
      case K::With:
      case K::AsyncWith:
        if (has_annotations(static_cast<const ast::With&>(*st).body)) return true;
        break;
      case K::Try:
      case K::TryStar: {
        const auto& t = static_cast<const ast::Try&>(*st);
        for (const ast::ExceptHandler* h : t.handlers)
          if (has_annotations(h->body)) return true;
        if (has_annotations(t.body) || has_annotations(t.finalbody) || has_annotations(t.orelse)) return true;
        break;
      }
      default: break;
    }
  }
  return false;
}

void Codegen::setup_annotations() {
  emit(Op::BUILD_MAP, 0);
  name_op("__annotations__", ast::ExprContext::Store);
}

void Codegen::if_stmt(const ast::If& s) {
  Label end = new_label();
  Label next = s.orelse.empty() ? end : new_label();
  jump_if(*s.test, next, false);
  stmts(s.body);
  if (!s.orelse.empty()) {
    artificial_location();
    emit_jump(Op::JUMP, end);
    bind(next);
    stmts(s.orelse);
  }
  bind(end);
}

void Codegen::while_stmt(const ast::While& s) {
  Label loop = new_label(), body = new_label(), anchor = new_label(), end = new_label();
  bind(loop);
  u_->fblocks.push_back(fblock(BlockKind::WhileLoop, loop, end));
  jump_if(*s.test, anchor, false);
  bind(body);
  stmts(s.body);
  // The test is repeated at the bottom so that each iteration takes one jump.
  set_location(s.span);
  jump_if(*s.test, body, true);
  u_->fblocks.pop_back();
  bind(anchor);
  stmts(s.orelse);
  bind(end);
}

void Codegen::for_stmt(const ast::For& s) {
  Label start = new_label(), cleanup = new_label(), end = new_label();
  iterable(*s.iter);
  emit(Op::GET_ITER);
  bind(start);
  u_->fblocks.push_back(fblock(BlockKind::ForLoop, start, end));
  emit_jump(Op::FOR_ITER, cleanup);
  store(*s.target);
  stmts(s.body);
  artificial_location();
  emit_jump(Op::JUMP, start);
  u_->fblocks.pop_back();
  bind(cleanup);
  stmts(s.orelse);
  bind(end);
}

void Codegen::break_stmt(const ast::stmt& s) {
  std::optional<FBlock> loop = unwind_fblock_stack(false, true);
  if (!loop) syntax_error(s.span, "'break' outside loop");
  set_location(s.span);
  unwind_fblock(*loop, false);
  emit_jump(Op::JUMP, loop->exit);
}

void Codegen::continue_stmt(const ast::stmt& s) {
  std::optional<FBlock> loop = unwind_fblock_stack(false, true);
  if (!loop) syntax_error(s.span, "'continue' not properly in loop");
  set_location(s.span);
  emit_jump(Op::JUMP, loop->continue_to);
}

void Codegen::return_stmt(const ast::Return& s) {
  if (!u_->scope->is_function()) syntax_error(s.span, "'return' outside function");
  if (s.value && u_->scope->is_coroutine && u_->scope->is_generator)
    syntax_error(s.span, "'return' with value in async generator");
  std::optional<bytecode::Constant> constant;
  if (s.value) constant = fold_constant(*s.value);
  const bool preserve_tos = s.value && !constant;
  if (preserve_tos) expr(*s.value);
  else if (s.value) set_location(s.value->span);  // where an error in unwinding points
  // Leaving loops drops their iterators, `finally` bodies run (the return value
  // stays on top).
  unwind_fblock_stack(preserve_tos, false);
  if (!s.value) {
    set_location(s.span);
    load_const(bytecode::Constant{});
  } else if (!preserve_tos) {
    set_location(s.value->span);
    load_const(*constant);
  }
  set_location(s.span);
  emit(Op::RETURN_VALUE);
}

void Codegen::delete_stmt(const ast::Delete& s) {
  for (const ast::expr* t : s.targets) delete_target(*t);
}

void Codegen::delete_target(const ast::expr& t) {
  using K = ast::Kind;
  set_location(t.span);
  switch (t.kind) {
    case K::Name:
      name_op(static_cast<const ast::Name&>(t).id.text, ast::ExprContext::Del);
      return;
    case K::Attribute: {
      const auto& a = static_cast<const ast::Attribute&>(t);
      expr(*a.value);
      set_location(t.span);
      attr_location(a);
      emit(Op::DELETE_ATTR, mangled_name(a.attr.text));
      return;
    }
    case K::Subscript: {
      const auto& sub = static_cast<const ast::Subscript&>(t);
      expr(*sub.value);
      subscript_index(*sub.slice);
      set_location(t.span);
      emit(Op::DELETE_SUBSCR);
      return;
    }
    case K::Tuple:
    case K::List:
      for (const ast::expr* e : static_cast<const ast::List&>(t).elts) delete_target(*e);
      return;
    default:
      malformed(std::string("deleting ") + ast::kind_name(t.kind));
  }
}

void Codegen::import_stmt(const ast::Import& s) {
  for (const ast::alias* a : s.names) {
    set_location(a->span);
    std::string_view name = a->name.text;
    load_const(bytecode::Constant{int64_t{0}});
    load_const(bytecode::Constant{});
    emit(Op::IMPORT_NAME, mangled_name(name));
    if (a->asname.none()) {
      name_op(name.substr(0, name.find('.')), ast::ExprContext::Store);
      continue;
    }
    size_t dot = name.find('.');
    if (dot == std::string_view::npos) {
      name_op(a->asname.text, ast::ExprContext::Store);
      continue;
    }
    // `import a.b.c as d` binds the submodule: walk down with IMPORT_FROM.
    while (true) {
      size_t pos = dot + 1;
      dot = name.find('.', pos);
      emit(Op::IMPORT_FROM, mangled_name(name.substr(pos, dot == std::string_view::npos ? dot : dot - pos)));
      if (dot == std::string_view::npos) break;
      emit(Op::SWAP, 2);
      emit(Op::POP_TOP);
    }
    name_op(a->asname.text, ast::ExprContext::Store);
    emit(Op::POP_TOP);
  }
}

void Codegen::import_from(const ast::ImportFrom& s) {
  if (s.module == "__future__" && s.span.lineno > future_lineno_)
    syntax_error(s.span, "from __future__ imports must occur at the beginning of the file");
  bytecode::ConstTuple names;
  for (const ast::alias* a : s.names) names.push_back(bytecode::Constant{std::string(a->name.text)});
  load_const(bytecode::Constant{int64_t{s.level}});
  load_const(bytecode::Constant{std::move(names)});
  emit(Op::IMPORT_NAME, mangled_name(s.module.none() ? std::string_view("") : s.module.text));
  if (!s.names.empty() && s.names[0]->name == "*") {
    emit(Op::IMPORT_STAR);
    return;
  }
  for (const ast::alias* a : s.names) {
    set_location(a->span);
    emit(Op::IMPORT_FROM, mangled_name(a->name.text));
    name_op(a->asname.none() ? a->name.text : a->asname.text, ast::ExprContext::Store);
  }
  set_location(s.span);
  emit(Op::POP_TOP);
}

void Codegen::raise_stmt(const ast::Raise& s) {
  uint32_t n = 0;
  if (s.exc) {
    expr(*s.exc);
    ++n;
    if (s.cause) {
      expr(*s.cause);
      ++n;
    }
  }
  emit(Op::RAISE_VARARGS, n);
}

void Codegen::assert_stmt(const ast::Assert& s) {
  if (s.test->kind == ast::Kind::Tuple && !static_cast<const ast::List*>(s.test)->elts.empty())
    warn(s.span, "assertion is always true, perhaps remove parentheses?");
  Label end = new_label();
  jump_if(*s.test, end, true);
  // The raise points at the test, as CPython's tracebacks show it (at the
  // whole statement when the test is a constant).
  if (!fold_constant(*s.test)) set_location(s.test->span);
  // CPython has LOAD_ASSERTION_ERROR; the builtin is what it loads.
  emit(Op::LOAD_GLOBAL, b().add_name("AssertionError"));
  if (s.msg) {
    expr(*s.msg);
    emit(Op::CALL, 1);
  }
  emit(Op::RAISE_VARARGS, 1);
  bind(end);
}

}  // namespace compiler
