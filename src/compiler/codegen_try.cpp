// try/except/finally (CPython 3.11's compiler_try_except / compiler_try_finally)
// and what `break`, `continue` and `return` must emit to leave loops, handlers,
// `with` bodies and `finally` blocks early (compiler_unwind_fblock).
#include "compiler/codegen.h"

namespace compiler {

void Codegen::unwind_fblock(const FBlock& block, bool preserve_tos) {
  switch (block.kind) {
    case BlockKind::WhileLoop:
    case BlockKind::ExceptionHandler:
      return;
    case BlockKind::ExceptionGroupHandler: {
      // Leaving an except* body early would skip re-raising the rest of the group.
      const bytecode::Location& at = b().location();
      syntax_error(ast::Span{at.line, at.col, at.end_line, at.end_col},
                   "'break', 'continue' and 'return' cannot appear in an except* block");
    }
    case BlockKind::ForLoop:
    case BlockKind::PopValue:
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(Op::POP_TOP);  // the iterator / the saved value
      return;
    case BlockKind::TryExcept:
      b().emit_pop_block();
      return;
    case BlockKind::With:
      // Leaving a `with` body early calls __exit__(None, None, None); the
      // exit function sits under a return value being kept.
      set_location(block.statement->span);
      b().emit_pop_block();
      if (preserve_tos) emit(Op::SWAP, 2);
      call_exit_with_nones();
      if (block.statement->kind == ast::Kind::AsyncWith) await_value(2);
      emit(Op::POP_TOP);
      return;
    case BlockKind::FinallyTry:
      // Leaving a `try` early runs its `finally` body first.
      b().emit_pop_block();
      if (preserve_tos) u_->fblocks.push_back(fblock(BlockKind::PopValue));
      stmts(*block.finalbody);
      if (preserve_tos) u_->fblocks.pop_back();
      artificial_location();
      return;
    case BlockKind::FinallyEnd:
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(Op::POP_TOP);  // the exception being handled
      if (preserve_tos) emit(Op::SWAP, 2);
      b().emit_pop_block();
      emit(Op::POP_EXCEPT);
      return;
    case BlockKind::HandlerCleanup:
      if (!block.name.empty()) b().emit_pop_block();
      if (preserve_tos) emit(Op::SWAP, 2);
      b().emit_pop_block();
      emit(Op::POP_EXCEPT);
      if (!block.name.empty()) {
        clear_handler_name(block.name);
      }
      return;
  }
}

std::optional<Codegen::FBlock> Codegen::unwind_fblock_stack(bool preserve_tos, bool stop_at_loop) {
  if (u_->fblocks.empty()) return std::nullopt;
  FBlock top = u_->fblocks.back();
  if (stop_at_loop && (top.kind == BlockKind::WhileLoop || top.kind == BlockKind::ForLoop)) return top;
  // The block is off the stack while its exit code is generated (a `finally`
  // body must not unwind into itself), and back on afterwards.
  u_->fblocks.pop_back();
  unwind_fblock(top, preserve_tos);
  std::optional<FBlock> loop = unwind_fblock_stack(preserve_tos, stop_at_loop);
  u_->fblocks.push_back(top);
  return loop;
}

void Codegen::try_stmt(const ast::Try& s) {
  if (!s.finalbody.empty())
    try_finally(s);
  else if (s.kind == ast::Kind::TryStar)
    try_star_except(s);
  else
    try_except(s);
}

void Codegen::pop_except_and_reraise() {
  // Stack: previous exception, lasti, new exception. Restore the previous one
  // as "being handled" and let the new one propagate.
  emit(Op::COPY, 3);
  emit(Op::POP_EXCEPT);
  emit(Op::RERAISE, 0);
}

void Codegen::try_finally(const ast::Try& s) {
  Label end = new_label(), exit = new_label(), cleanup = new_label();
  b().emit_setup(end, false);
  u_->fblocks.push_back(fblock(BlockKind::FinallyTry, {}, {}, &s.finalbody));
  if (s.kind == ast::Kind::TryStar)
    try_star_except(s);
  else if (!s.handlers.empty())
    try_except(s);
  else
    stmts(s.body);
  artificial_location();
  b().emit_pop_block();
  u_->fblocks.pop_back();
  stmts(s.finalbody);
  artificial_location();
  emit_jump(Op::JUMP, exit);
  // The exceptional path: run the body with the exception saved, then re-raise.
  bind(end);
  set_location(s.span);
  b().emit_setup(cleanup, true);
  emit(Op::PUSH_EXC_INFO);
  u_->fblocks.push_back(fblock(BlockKind::FinallyEnd));
  stmts(s.finalbody);
  u_->fblocks.pop_back();
  artificial_location();
  emit(Op::RERAISE, 0);
  bind(cleanup);
  set_location(s.span);
  pop_except_and_reraise();
  bind(exit);
}

void Codegen::clear_handler_name(std::string_view name) {
  load_const(bytecode::Constant{});
  name_op(name, ast::ExprContext::Store);
  name_op(name, ast::ExprContext::Del);
}

void Codegen::protected_body(const ast::Try& s, Label orelse, Label cleanup) {
  Label except = new_label();
  set_location(s.span);
  b().emit_setup(except, false);
  u_->fblocks.push_back(fblock(BlockKind::TryExcept));
  stmts(s.body);
  u_->fblocks.pop_back();
  artificial_location();
  b().emit_pop_block();
  emit_jump(Op::JUMP, orelse);

  bind(except);
  set_location(s.span);
  b().emit_setup(cleanup, true);
  emit(Op::PUSH_EXC_INFO);
}

void Codegen::try_except(const ast::Try& s) {
  Label orelse = new_label(), end = new_label(), cleanup = new_label();
  protected_body(s, orelse, cleanup);
  u_->fblocks.push_back(fblock(BlockKind::ExceptionHandler));
  for (size_t i = 0; i < s.handlers.size(); ++i) {
    const ast::ExceptHandler& h = *s.handlers[i];
    set_location(h.span);
    if (!h.type && i + 1 < s.handlers.size()) syntax_error(h.span, "default 'except:' must be last");
    Label next = new_label();
    if (h.type) {
      expr(*h.type);
      emit(Op::CHECK_EXC_MATCH);
      emit_jump(Op::POP_JUMP_IF_FALSE, next);
    }
    if (!h.name.none()) {
      // `except E as name:` deletes `name` when the handler ends, however it ends.
      Label cleanup_end = new_label();
      name_op(h.name.text, ast::ExprContext::Store);
      b().emit_setup(cleanup_end, true);
      u_->fblocks.push_back(fblock(BlockKind::HandlerCleanup, {}, {}, nullptr, h.name.text));
      stmts(h.body);
      u_->fblocks.pop_back();
      artificial_location();
      b().emit_pop_block();
      b().emit_pop_block();
      emit(Op::POP_EXCEPT);
      clear_handler_name(h.name.text);
      emit_jump(Op::JUMP, end);

      bind(cleanup_end);
      set_location(h.span);
      clear_handler_name(h.name.text);
      emit(Op::RERAISE, 0);
    } else {
      emit(Op::POP_TOP);  // the exception
      u_->fblocks.push_back(fblock(BlockKind::HandlerCleanup));
      stmts(h.body);
      u_->fblocks.pop_back();
      artificial_location();
      b().emit_pop_block();
      emit(Op::POP_EXCEPT);
      emit_jump(Op::JUMP, end);
    }
    bind(next);
  }
  // No handler matched: re-raise.
  set_location(s.span);
  u_->fblocks.pop_back();
  emit(Op::RERAISE, 0);
  bind(cleanup);
  pop_except_and_reraise();
  bind(orelse);
  stmts(s.orelse);
  bind(end);
}

// CPython 3.11's compiler_try_star_except. The handlers work on a stack of
//   previous exception, original exception, list of raised exceptions, rest
// where `rest` is what no handler has matched yet. CHECK_EG_MATCH splits the
// rest by a handler's type; an exception a handler body raises (or re-raises)
// goes into the list; PREP_RERAISE_STAR combines the list into what the
// statement raises in the end (nothing, one exception or a new group).
void Codegen::try_star_except(const ast::Try& s) {
  Label orelse = new_label(), end = new_label(), cleanup = new_label(), reraise_star = new_label(),
        reraise = new_label();
  protected_body(s, orelse, cleanup);
  u_->fblocks.push_back(fblock(BlockKind::ExceptionGroupHandler));
  for (size_t i = 0; i < s.handlers.size(); ++i) {
    const ast::ExceptHandler& h = *s.handlers[i];
    set_location(h.span);
    Label next = new_label(), no_match = new_label(), cleanup_end = new_label(), done = new_label();
    if (i == 0) {
      emit(Op::COPY, 1);        // orig, exc
      emit(Op::BUILD_LIST, 0);  // orig, exc, []
      emit(Op::SWAP, 2);        // orig, [], exc (the rest so far)
    }
    if (h.type) {
      expr(*h.type);
      emit(Op::CHECK_EG_MATCH);  // ..., rest, match
      emit(Op::COPY, 1);
      emit_jump(Op::POP_JUMP_IF_NONE, no_match);
    }
    if (!h.name.none())
      name_op(h.name.text, ast::ExprContext::Store);
    else
      emit(Op::POP_TOP);  // the match
    // try: body  finally: name = None; del name
    b().emit_setup(cleanup_end, true);
    u_->fblocks.push_back(fblock(BlockKind::HandlerCleanup, {}, {}, nullptr, h.name.none() ? "" : h.name.text));
    stmts(h.body);
    u_->fblocks.pop_back();
    artificial_location();
    b().emit_pop_block();
    if (!h.name.none()) {
      clear_handler_name(h.name.text);
    }
    emit_jump(Op::JUMP, done);
    // The body raised: keep that exception for the end.
    bind(cleanup_end);
    artificial_location();
    if (!h.name.none()) {
      clear_handler_name(h.name.text);
    }
    emit(Op::LIST_APPEND, 3);  // the exception
    emit(Op::POP_TOP);         // lasti
    emit_jump(Op::JUMP, next);
    bind(done);
    emit(Op::NOP);
    emit_jump(Op::JUMP, next);
    bind(no_match);
    emit(Op::POP_TOP);  // the match (None)
    bind(next);
    if (i + 1 == s.handlers.size()) {
      emit(Op::LIST_APPEND, 1);  // the rest no handler matched (or None)
      emit_jump(Op::JUMP, reraise_star);
    }
  }
  artificial_location();
  u_->fblocks.pop_back();
  bind(reraise_star);
  emit(Op::PREP_RERAISE_STAR);
  emit(Op::COPY, 1);
  emit_jump(Op::POP_JUMP_IF_NOT_NONE, reraise);
  // Nothing to re-raise.
  emit(Op::POP_TOP);
  b().emit_pop_block();
  emit(Op::POP_EXCEPT);
  emit_jump(Op::JUMP, end);
  bind(reraise);
  b().emit_pop_block();
  emit(Op::SWAP, 2);
  emit(Op::POP_EXCEPT);
  emit(Op::RERAISE, 0);
  bind(cleanup);
  pop_except_and_reraise();
  bind(orelse);
  stmts(s.orelse);
  bind(end);
}

}  // namespace compiler
