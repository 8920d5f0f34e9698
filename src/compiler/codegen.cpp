#include "compiler/codegen.h"

#include "ast/syntax_error.h"

namespace compiler {

bytecode::BinaryOp binary_op_for(ast::OperatorKind op) {
  using O = ast::OperatorKind;
  using B = bytecode::BinaryOp;
  switch (op) {
    case O::Add: return B::Add;
    case O::Sub: return B::Subtract;
    case O::Mult: return B::Multiply;
    case O::MatMult: return B::MatrixMultiply;
    case O::Div: return B::TrueDivide;
    case O::Mod: return B::Remainder;
    case O::Pow: return B::Power;
    case O::LShift: return B::Lshift;
    case O::RShift: return B::Rshift;
    case O::BitOr: return B::Or;
    case O::BitXor: return B::Xor;
    case O::BitAnd: return B::And;
    case O::FloorDiv: return B::FloorDivide;
  }
  return B::Add;
}

Codegen::Codegen(const SymbolTable& table, const std::string& filename, bool name_ops)
    : table_(table), filename_(filename), name_ops_(name_ops) {}

std::shared_ptr<bytecode::Code> Codegen::compile_module(const ast::Module& module, bool interactive) {
  check_future(module);
  interactive_ = interactive;
  enter_unit(table_.module());
  if (has_annotations(module.body)) {
    set_location(module.body[0]->span);
    setup_annotations();
  }
  size_t first = 0;
  // A module docstring becomes __doc__, as in CPython (not in interactive input).
  if (!interactive && !module.body.empty() && module.body[0]->kind == ast::Kind::Expr) {
    const auto& e = static_cast<const ast::Expr&>(*module.body[0]);
    if (e.value->kind == ast::Kind::Constant &&
        static_cast<const ast::Constant&>(*e.value).value.kind == ast::ConstantValue::Kind::Str) {
      set_location(e.span);
      expr(*e.value);
      name_op("__doc__", ast::ExprContext::Store);
      first = 1;
    }
  }
  stmts(module.body, first);
  std::shared_ptr<bytecode::Code> code = leave_unit(1);
  return code;
}

std::shared_ptr<bytecode::Code> Codegen::compile_expression(const ast::expr& body) {
  enter_unit(table_.module());
  set_location(body.span);
  expr(body);
  emit(Op::RETURN_VALUE);
  return leave_unit(1);
}

void Codegen::check_future(const ast::Module& module) {
  // CPython's future.c: the features of `from __future__ import` statements at
  // the very top (after an optional docstring), checked before anything else.
  static const char* const kFeatures[] = {"nested_scopes",  "generators",     "division",
                                          "absolute_import", "with_statement", "print_function",
                                          "unicode_literals", "barry_as_FLUFL", "generator_stop",
                                          "annotations"};
  // future_parse: after the docstring, once another statement was seen, a
  // future import is late; statements on the line of the last one seen are
  // still looked at (later lines are the compiler's check, in import_from).
  size_t i = 0;
  if (!module.body.empty() && module.body[0]->kind == ast::Kind::Expr &&
      static_cast<const ast::Expr*>(module.body[0])->value->kind == ast::Kind::Constant &&
      static_cast<const ast::Constant*>(static_cast<const ast::Expr*>(module.body[0])->value)->value.kind ==
          ast::ConstantValue::Kind::Str)
    i = 1;
  bool done = false;
  int prev_line = 0;
  for (; i < module.body.size(); ++i) {
    const ast::stmt* st = module.body[i];
    if (done && st->span.lineno > prev_line) break;
    prev_line = st->span.lineno;
    if (st->kind != ast::Kind::ImportFrom || !(static_cast<const ast::ImportFrom*>(st)->module == "__future__")) {
      done = true;
      continue;
    }
    const auto& imp = static_cast<const ast::ImportFrom&>(*st);
    if (done) {
      // CPython passes the 0-based column as the 1-based offset here.
      ast::Span at{st->span.lineno, st->span.col_offset - 1, st->span.lineno, st->span.col_offset - 1};
      syntax_error(at, "from __future__ imports must occur at the beginning of the file");
    }
    for (const ast::alias* a : imp.names) {
      std::string_view name = a->name.text;
      bool known = false;
      for (const char* f : kFeatures) known |= name == f;
      // CPython points at the statement's first character only.
      ast::Span at{st->span.lineno, st->span.col_offset, st->span.lineno, st->span.col_offset + 1};
      if (name == "braces") syntax_error(at, "not a chance");
      if (!known) syntax_error(at, "future feature " + std::string(name) + " is not defined");
      if (name == "annotations") future_annotations_ = true;
    }
    future_lineno_ = st->span.lineno;
  }
}

void Codegen::check_debug_name(std::string_view name, ast::ExprContext ctx, const ast::Span& where) {
  if (name != "__debug__" || ctx == ast::ExprContext::Load) return;
  syntax_error(where, ctx == ast::ExprContext::Store ? "cannot assign to __debug__" : "cannot delete __debug__");
}

void Codegen::check_debug_args(const ast::arguments& args) {
  auto check = [&](const ast::arg* a) {
    if (a) check_debug_name(a->arg_.text, ast::ExprContext::Store, a->span);
  };
  for (const ast::arg* a : args.posonlyargs) check(a);
  for (const ast::arg* a : args.args) check(a);
  check(args.vararg);
  for (const ast::arg* a : args.kwonlyargs) check(a);
  check(args.kwarg);
}

void Codegen::set_location(const ast::Span& s) {
  b().set_location(bytecode::Location{s.lineno, s.end_lineno, s.col_offset, s.end_col_offset});
}

void Codegen::artificial_location() { b().set_location(b().last_location()); }

void Codegen::enter_unit(Scope* scope) {
  units_.push_back(std::make_unique<Unit>());
  u_ = units_.back().get();
  u_->scope = scope;
  for (const std::string& p : scope->params) u_->b.add_varname(p);
}

std::shared_ptr<bytecode::Code> Codegen::leave_unit(int first_line) {
  if (!b().ends_with_terminator()) {
    artificial_location();
    load_const(bytecode::Constant{});
    emit(Op::RETURN_VALUE);
  }
  const Scope& s = *u_->scope;
  auto code = std::make_shared<bytecode::Code>();
  code->name = s.name;
  code->qualname = s.kind == ScopeKind::Module ? s.name : s.qualname;
  code->filename = filename_;
  code->first_line = first_line;
  code->cellvars = s.cellvars;
  code->freevars = s.freevars;
  if (s.is_function()) {
    code->flags |= bytecode::kOptimized | bytecode::kNewLocals;
    if (s.nested) code->flags |= bytecode::kNested;
    if (s.has_varargs) code->flags |= bytecode::kVarargs;
    if (s.has_varkeywords) code->flags |= bytecode::kVarKeywords;
    if (s.is_generator && !s.is_coroutine) code->flags |= bytecode::kGenerator;
    if (s.is_coroutine && !s.is_generator) code->flags |= bytecode::kCoroutine;
    if (s.is_coroutine && s.is_generator) code->flags |= bytecode::kAsyncGenerator;
  }
  b().assemble(*code);
  units_.pop_back();
  u_ = units_.empty() ? nullptr : units_.back().get();
  return code;
}

void Codegen::name_op(std::string_view name_view, ast::ExprContext ctx) {
  using C = ast::ExprContext;
  std::string name = mangled(name_view);
  const Scope& s = *u_->scope;
  {
    const bytecode::Location& loc = b().location();
    check_debug_name(name, ctx, ast::Span{loc.line, loc.col, loc.end_line, loc.end_col});
  }
  if (name == "__debug__") {  // never assigned (checked above): always True here
    load_const(bytecode::Constant{true});
    return;
  }
  enum class Access { Fast, Global, Name, Deref } access;
  if (s.kind == ScopeKind::Module) {
    // A module's locals are its globals, so its names are global accesses
    // (with the global caches); code for exec()/eval() may be given separate
    // locals and uses name accesses, as CPython does everywhere.
    access = name_ops_ ? Access::Name : Access::Global;
  } else {
    switch (s.lookup(name)) {
      case NameScope::Free:
      case NameScope::Cell:
        access = Access::Deref;
        break;
      case NameScope::Local:
        access = s.is_function() ? Access::Fast : Access::Name;
        break;
      case NameScope::GlobalExplicit:
        access = Access::Global;
        break;
      case NameScope::GlobalImplicit:
      default:
        access = s.is_function() ? Access::Global : Access::Name;
        break;
    }
  }
  switch (access) {
    case Access::Fast: {
      uint32_t i = b().add_varname(name);
      emit(ctx == C::Load ? Op::LOAD_FAST : ctx == C::Store ? Op::STORE_FAST : Op::DELETE_FAST, i);
      return;
    }
    case Access::Global: {
      uint32_t i = b().add_name(name);
      emit(ctx == C::Load ? Op::LOAD_GLOBAL : ctx == C::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL, i);
      return;
    }
    case Access::Name: {
      uint32_t i = b().add_name(name);
      emit(ctx == C::Load ? Op::LOAD_NAME : ctx == C::Store ? Op::STORE_NAME : Op::DELETE_NAME, i);
      return;
    }
    case Access::Deref: {
      int i = s.cell_index(name);
      if (i < 0) throw std::logic_error("compiler: '" + name + "' is neither cell nor free");
      if (ctx == C::Del) {
        emit(Op::DELETE_DEREF, static_cast<uint32_t>(i));
        return;
      }
      // A class body reads a captured variable from its namespace first.
      const Op load = s.kind == ScopeKind::Class ? Op::LOAD_CLASSDEREF : Op::LOAD_DEREF;
      emit(ctx == C::Load ? load : Op::STORE_DEREF, static_cast<uint32_t>(i));
      return;
    }
  }
}

std::string Codegen::mangled(std::string_view name) const { return mangle(u_->scope->private_name, name); }

void Codegen::attr_location(const ast::Attribute& a) {
  if (a.span.lineno == a.span.end_lineno) return;
  bytecode::Location loc = b().location();
  // The length in characters, as CPython counts it (against a byte offset).
  int len = 0;
  for (unsigned char ch : a.attr.text) len += (ch & 0xC0) != 0x80;
  loc.line = a.span.end_lineno;
  if (len <= a.span.end_col_offset) loc.col = a.span.end_col_offset - len;
  if (loc.end_line < loc.line) loc.end_line = loc.line;
  if (loc.end_line == loc.line && loc.end_col < loc.col) loc.end_col = loc.col;
  b().set_location(loc);
}

void Codegen::malformed(const std::string& what) { throw std::logic_error("compiler: malformed tree: " + what); }

void Codegen::syntax_error(const ast::Span& where, const std::string& msg) {
  ast::SyntaxError e("SyntaxError", msg);
  e.filename = filename_;
  e.lineno = where.lineno;
  e.offset = where.col_offset + 1;
  e.end_lineno = where.end_lineno;
  e.end_offset = where.end_col_offset + 1;
  throw e;
}

}  // namespace compiler
