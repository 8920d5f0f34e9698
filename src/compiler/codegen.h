// Code generation (internal to the compiler): walks the AST of a module with its
// symbol table and emits one code object per module, function, lambda and
// comprehension, mirroring CPython 3.11's Python/compile.c with this project's
// instruction set. The code is split by topic: codegen.cpp (units, names,
// locations, errors, __future__), codegen_stmt.cpp, codegen_try.cpp (try and
// early exits), codegen_expr.cpp, codegen_func.cpp (functions, lambdas,
// comprehensions, class bodies), codegen_match.cpp (pattern checks).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ast/nodes.h"
#include "bytecode/code.h"
#include "compiler/code_builder.h"
#include "compiler/compiler.h"
#include "compiler/symtable.h"

namespace compiler {

// BINARY_OP's argument for an AST operator (the in-place form is this + InplaceAdd).
bytecode::BinaryOp binary_op_for(ast::OperatorKind op);

class Codegen {
 public:
  Codegen(const SymbolTable& table, const std::string& filename, bool name_ops = false);
  std::shared_ptr<bytecode::Code> compile_module(const ast::Module& module, bool interactive = false);
  std::shared_ptr<bytecode::Code> compile_expression(const ast::expr& body);
  const std::vector<CompileWarning>& warnings() const { return warnings_; }

 private:
  using Op = bytecode::Op;

  // Blocks that `break`, `continue` and `return` must know about (CPython's fblocks).
  enum class BlockKind { WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, ExceptionHandler,
                         ExceptionGroupHandler, HandlerCleanup, PopValue, With };
  struct FBlock {
    BlockKind kind;
    Label continue_to;
    Label exit;
    const ast::Seq<ast::stmt*>* finalbody = nullptr;  // FinallyTry: run when leaving
    std::string_view name;                             // HandlerCleanup: `except E as name`
    const ast::stmt* statement = nullptr;              // With: the statement (for locations)
  };
  static FBlock fblock(BlockKind kind, Label continue_to = {}, Label exit = {},
                       const ast::Seq<ast::stmt*>* finalbody = nullptr, std::string_view name = {},
                       const ast::stmt* statement = nullptr) {
    return FBlock{kind, continue_to, exit, finalbody, name, statement};
  }
  // The code object being generated.
  struct Unit {
    Scope* scope = nullptr;
    CodeBuilder b;
    std::vector<FBlock> fblocks;
  };

  const SymbolTable& table_;
  std::string filename_;
  std::vector<std::unique_ptr<Unit>> units_;
  Unit* u_ = nullptr;
  bool interactive_ = false;  // compile(..., 'single'): module-level expressions print
  bool name_ops_ = false;     // module-level names through LOAD_NAME/STORE_NAME (exec/eval code)

  // ---- codegen.cpp -------------------------------------------------------------
  CodeBuilder& b() { return u_->b; }
  void emit(Op op, uint32_t arg = 0) { u_->b.emit(op, arg); }
  void emit_jump(Op op, Label l) { u_->b.emit_jump(op, l); }
  Label new_label() { return u_->b.new_label(); }
  void bind(Label l) { u_->b.bind(l); }
  void load_const(const bytecode::Constant& c) { emit(Op::LOAD_CONST, b().add_const(c)); }
  void set_location(const ast::Span& span);
  // Instructions CPython marks artificial take the location of the one before.
  void artificial_location();

  void enter_unit(Scope* scope);
  // Appends `return None` if the end is reachable and assembles the unit's code.
  std::shared_ptr<bytecode::Code> leave_unit(int first_line);
  // Loads, stores or deletes a variable; `name` as written (it is mangled here).
  void name_op(std::string_view name, ast::ExprContext ctx);
  // A name as spelled in the current class (CPython's _Py_Mangle with u_private).
  std::string mangled(std::string_view name) const;
  // Index in co_names of an attribute or imported name (mangled).
  uint32_t mangled_name(std::string_view name) { return b().add_name(mangled(name)); }
  // CPython 3.11's update_start_location_to_match_attr: an instruction for a
  // `.attr` that ends on a later line than its value starts at the name.
  void attr_location(const ast::Attribute& a);

  // A node the parser never produces in that place (a malformed tree).
  [[noreturn]] void malformed(const std::string& what);
  // Line of the last `from __future__ import` at the top of the module (0: none)
  // and whether it turned on postponed annotations (PEP 563).
  int future_lineno_ = 0;
  bool future_annotations_ = false;
  void check_future(const ast::Module& module);
  // CPython's forbidden_name: `__debug__` is a constant.
  void check_debug_name(std::string_view name, ast::ExprContext ctx, const ast::Span& where);
  void check_debug_args(const ast::arguments& args);
  [[noreturn]] void syntax_error(const ast::Span& where, const std::string& msg);

  // ---- codegen_stmt.cpp, codegen_try.cpp ----------------------------------------
  void stmts(const ast::Seq<ast::stmt*>& body, size_t first = 0);
  void stmt(const ast::stmt& s);
  void expr_stmt(const ast::Expr& s);
  void assign(const ast::Assign& s);
  void aug_assign(const ast::AugAssign& s);
  void ann_assign(const ast::AnnAssign& s);
  // CPython's find_ann: an annotated assignment anywhere in `body` (not in
  // nested functions or classes) makes the scope build __annotations__.
  static bool has_annotations(const ast::Seq<ast::stmt*>& body);
  // CPython's SETUP_ANNOTATIONS, as `__annotations__ = {}`.
  void setup_annotations();
  void if_stmt(const ast::If& s);
  void while_stmt(const ast::While& s);
  void for_stmt(const ast::For& s);
  void try_stmt(const ast::Try& s);
  void try_except(const ast::Try& s);
  void try_finally(const ast::Try& s);
  void try_star_except(const ast::Try& s);
  // try/except and try/except*: the body in a protected region that jumps to
  // `orelse` when it ends; then the handler entry (exception pushed, being
  // handled, its own cleanup region to `cleanup`).
  void protected_body(const ast::Try& s, Label orelse, Label cleanup);
  void clear_handler_name(std::string_view name);  // `name = None; del name`
  void pop_except_and_reraise();
  // Emits what leaving `block` early needs (CPython's compiler_unwind_fblock);
  // `preserve_tos`: a return value on top of the stack must survive.
  void unwind_fblock(const FBlock& block, bool preserve_tos);
  // Unwinds every block up to (not including) the innermost loop, if `loop`,
  // else all of them; returns that loop or nullptr.
  std::optional<FBlock> unwind_fblock_stack(bool preserve_tos, bool stop_at_loop);
  void break_stmt(const ast::stmt& s);
  void continue_stmt(const ast::stmt& s);
  void return_stmt(const ast::Return& s);
  void delete_stmt(const ast::Delete& s);
  void delete_target(const ast::expr& target);
  void import_stmt(const ast::Import& s);
  void import_from(const ast::ImportFrom& s);
  void with_stmt(const ast::With& s);
  void with_item(const ast::With& s, size_t pos);
  // `exit_func` on top -> exit_func(None, None, None) on top.
  void call_exit_with_nones();
  void async_for_stmt(const ast::For& s);
  void raise_stmt(const ast::Raise& s);
  void assert_stmt(const ast::Assert& s);
  // Stores the value on top of the stack into an assignment target.
  void store(const ast::expr& target);
  void unpack_store(const ast::List& target);

  // ---- codegen_expr.cpp --------------------------------------------------------
  void expr(const ast::expr& e);
  void expr_at(const ast::expr& e);  // the expression without location bookkeeping
  // Jumps to `target` if the truth of `e` equals `jump_if_true` (CPython's compiler_jump_if).
  void jump_if(const ast::expr& e, Label target, bool jump_if_true);
  void bool_op(const ast::BoolOp& e);
  void compare_op(ast::CmpOpKind op);
  void compare(const ast::Compare& e);
  void if_exp(const ast::IfExp& e);
  void call(const ast::Call& e);
  // `obj.name(args)` as LOAD_METHOD / CALL_METHOD(_KW); false (nothing
  // emitted) when the call does not qualify.
  bool method_call(const ast::Call& e);
  // The arguments and the call, with `pushed` items already on the stack above
  // the callable (the class body function and name for __build_class__).
  void call_helper(uint32_t pushed, const ast::Seq<ast::expr*>& args, const ast::Seq<ast::keyword*>& keywords,
                   const ast::Span& span);
  void check_keywords(const ast::Seq<ast::keyword*>& keywords);
  void call_ex(uint32_t pushed, const ast::Seq<ast::expr*>& args, const ast::Seq<ast::keyword*>& keywords,
               const ast::Span& span);
  // `pushed` items already on the stack become the first items (CPython's starunpack_helper).
  void collection(const ast::Seq<ast::expr*>& elts, Op build, Op add, Op extend, bool to_tuple,
                  uint32_t pushed = 0);
  void dict(const ast::Dict& e);
  void joined_str(const ast::JoinedStr& e);
  void formatted_value(const ast::FormattedValue& e);
  void subscript_index(const ast::expr& slice);
  // A list display of constants used only for iteration or `in` becomes a tuple constant.
  void iterable(const ast::expr& e);

  // ---- codegen_warn.cpp --------------------------------------------------------
  // CPython's compile-time SyntaxWarnings for code that is sure to fail or
  // mislead (check_compare, check_caller, check_subscripter, check_index).
  std::vector<CompileWarning> warnings_;
  void warn(const ast::Span& where, std::string message);
  void check_compare(const ast::Compare& e);
  void check_caller(const ast::Call& e);
  void check_subscript(const ast::Subscript& e);

  // ---- codegen_match.cpp -------------------------------------------------------
  // CPython 3.11's compiler_match and compiler_pattern_*: a pattern consumes the
  // subject on top of the stack; the values it captures wait on the stack
  // (under `on_top` items still in use) until the whole pattern matched, and a
  // failed test jumps to fail_pop[n], which pops the n items above the
  // subject's level and goes on to the next case.
  struct PatternContext {
    std::vector<std::string> stores;  // captured names, first captured on top
    bool allow_irrefutable = false;
    std::vector<Label> fail_pop;
    size_t on_top = 0;
  };
  void match_stmt(const ast::Match& s);
  void pattern(const ast::pattern& p, PatternContext& pc);
  void subpattern(const ast::pattern& p, PatternContext& pc);  // irrefutable allowed
  void pattern_store(const ast::Identifier& name, PatternContext& pc);
  void pattern_rotate(size_t count);  // moves TOS down to depth `count`
  void jump_to_fail_pop(PatternContext& pc, Op op);
  void emit_and_reset_fail_pop(PatternContext& pc);
  void pattern_sequence(const ast::MatchSequence& p, PatternContext& pc);
  void pattern_mapping(const ast::MatchMapping& p, PatternContext& pc);
  void pattern_class(const ast::MatchClass& p, PatternContext& pc);
  void pattern_or(const ast::MatchSequence& p, PatternContext& pc);

  // ---- codegen_func.cpp --------------------------------------------------------
  void function_def(const ast::FunctionDef& s);
  void class_def(const ast::ClassDef& s);
  void lambda(const ast::Lambda& e);
  void comprehension(const ast::expr& e, const ast::Seq<ast::comprehension*>& generators,
                     const ast::expr* elt, const ast::expr* value);
  void yield_from_loop();
  // await TOS (CPython's GET_AWAITABLE where; LOAD_CONST None; the yield from loop).
  void await_value(uint32_t where);
  void yield_value();  // YIELD_VALUE, wrapped in an async generator
  void comprehension_loop(const ast::expr& e, const ast::Seq<ast::comprehension*>& generators,
                          size_t index, const ast::expr* elt, const ast::expr* value);
  // Pushes defaults / kw-defaults / annotations; returns the MAKE_FUNCTION flags so far.
  uint32_t function_defaults(const ast::arguments& args);
  uint32_t function_annotations(const ast::arguments& args, const ast::expr* returns);
  // Pushes the closure tuple (if any) and the code, then MAKE_FUNCTION.
  void make_function(const std::shared_ptr<bytecode::Code>& code, const Scope& inner, uint32_t flags);
  void fill_function_header(bytecode::Code& code, const Scope& scope, const ast::arguments* args);
};

}  // namespace compiler
