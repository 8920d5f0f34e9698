// Compiler tests on ASTs built by hand (independent of the front end).
#include <catch2/catch.hpp>

#include "ast/arena.h"
#include "ast/syntax_error.h"
#include "compiler/compiler.h"
#include "compiler/symtable.h"
#include "helpers.h"

namespace {

using Strings = std::vector<std::string>;

struct Maker {
  ast::Arena arena;
  ast::Identifier id(const char* s) { return {arena.intern(s)}; }
  template <class T>
  T* at(T* n, int line, int col, int end_col) {
    n->span = {line, col, line, end_col};
    return n;
  }
  ast::Name* name(const char* s, ast::ExprContext ctx, int line, int col) {
    auto* n = arena.make<ast::Name>();
    n->id = id(s);
    n->ctx = ctx;
    return at(n, line, col, col + static_cast<int>(std::string(s).size()));
  }
  ast::arg* arg(const char* s, int line, int col) {
    auto* a = arena.make<ast::arg>();
    a->arg_ = id(s);
    return at(a, line, col, col + static_cast<int>(std::string(s).size()));
  }
  ast::Constant* integer(const char* digits, int line, int col) {
    auto* c = arena.make<ast::Constant>();
    c->value.kind = ast::ConstantValue::Kind::Int;
    c->value.text = arena.intern(digits);
    return at(c, line, col, col + static_cast<int>(std::string(digits).size()));
  }
};

// def add(a, b):
//     return a + b
// print(add(1, 2))
ast::Module* add_program(Maker& m) {
  using C = ast::ExprContext;
  auto* module = m.arena.make<ast::Module>();
  auto* def = m.at(m.arena.make<ast::FunctionDef>(), 1, 0, 0);
  def->span = {1, 0, 2, 16};
  def->name = m.id("add");
  def->args = m.arena.make<ast::arguments>();
  def->args->args.push_back(m.arg("a", 1, 8));
  def->args->args.push_back(m.arg("b", 1, 11));
  auto* sum = m.at(m.arena.make<ast::BinOp>(), 2, 11, 16);
  sum->left = m.name("a", C::Load, 2, 11);
  sum->op = ast::OperatorKind::Add;
  sum->right = m.name("b", C::Load, 2, 15);
  auto* ret = m.at(m.arena.make<ast::Return>(), 2, 4, 16);
  ret->value = sum;
  def->body.push_back(ret);
  module->body.push_back(def);

  auto* inner = m.at(m.arena.make<ast::Call>(), 3, 6, 15);
  inner->func = m.name("add", C::Load, 3, 6);
  inner->args.push_back(m.integer("1", 3, 10));
  inner->args.push_back(m.integer("2", 3, 13));
  auto* outer = m.at(m.arena.make<ast::Call>(), 3, 0, 16);
  outer->func = m.name("print", C::Load, 3, 0);
  outer->args.push_back(inner);
  auto* stmt = m.at(m.arena.make<ast::Expr>(), 3, 0, 16);
  stmt->value = outer;
  module->body.push_back(stmt);
  return module;
}

}  // namespace

TEST_CASE("hand-built: def add(a, b): return a + b", "[compiler]") {
  Maker m;
  auto code = test::compile(*add_program(m));
  const bytecode::Code& add = test::nested(*code, "add");
  CHECK(test::listing(add) == Strings{"LOAD_FAST a", "LOAD_FAST b", "BINARY_OP +", "RETURN_VALUE"});
  CHECK(add.argcount == 2);
  CHECK(add.varnames == Strings{"a", "b"});
  CHECK(add.stacksize == 2);
  CHECK(add.first_line == 1);
  REQUIRE(add.locations.size() == 4);
  CHECK(add.locations[0].line == 2);
  CHECK(add.locations[0].col == 11);
  CHECK(add.locations[1].col == 15);
  CHECK(add.locations[2].col == 11);
  CHECK(add.locations[2].end_col == 16);
  CHECK(add.locations[3].line == 2);
  CHECK((add.flags & bytecode::kOptimized));
  CHECK((add.flags & bytecode::kNewLocals));

  CHECK(test::listing(*code) == Strings{"LOAD_CONST <code add>", "MAKE_FUNCTION 0", "STORE_GLOBAL add",
                                        "LOAD_GLOBAL print", "LOAD_GLOBAL add", "LOAD_CONST 1",
                                        "LOAD_CONST 2", "CALL 2", "CALL 1", "POP_TOP",
                                        "LOAD_CONST None", "RETURN_VALUE"});
  CHECK(code->stacksize == 4);
  CHECK(code->name == "<module>");
  CHECK(code->locations[0].line == 1);
  CHECK(code->locations[3].line == 3);
}

TEST_CASE("hand-built: symbol table classifies parameters as locals", "[compiler][symtable]") {
  Maker m;
  ast::Module* module = add_program(m);
  auto table = compiler::SymbolTable::build(*module, "t.py");
  const compiler::Scope* add = table->scope_for(module->body[0]);
  REQUIRE(add != nullptr);
  CHECK(add->lookup("a") == compiler::NameScope::Local);
  CHECK(add->lookup("b") == compiler::NameScope::Local);
  CHECK(add->params == Strings{"a", "b"});
  CHECK(table->module()->lookup("print") == compiler::NameScope::GlobalImplicit);
}

TEST_CASE("hand-built: 'return' outside function is a SyntaxError", "[compiler][errors]") {
  Maker m;
  auto* module = m.arena.make<ast::Module>();
  auto* ret = m.at(m.arena.make<ast::Return>(), 4, 0, 6);
  module->body.push_back(ret);
  try {
    test::compile(*module);
    FAIL("expected a SyntaxError");
  } catch (const ast::SyntaxError& e) {
    CHECK(e.msg == "'return' outside function");
    CHECK(e.lineno == 4);
    CHECK(e.offset == 1);
    CHECK(e.end_offset == 7);
  }
}
