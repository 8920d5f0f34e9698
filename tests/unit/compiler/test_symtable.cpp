// Symbol table: how each name in each scope is classified.
#include <catch2/catch.hpp>

#include "compiler/symtable.h"
#include "front/parse.h"

using compiler::NameScope;
using compiler::Scope;
using Strings = std::vector<std::string>;

namespace {

struct Table {
  ast::ParsedModule parsed;
  std::unique_ptr<compiler::SymbolTable> table;
  explicit Table(const std::string& source)
      : parsed(front::parse_module(source, "t.py")), table(compiler::SymbolTable::build(*parsed.module, "t.py")) {}
  // The scope named `name`, searched depth-first.
  const Scope& scope(const std::string& name) const { return *find(*table->module(), name); }
  static const Scope* find(const Scope& s, const std::string& name) {
    if (s.name == name) return &s;
    for (const auto& c : s.children)
      if (const Scope* r = find(*c, name)) return r;
    return nullptr;
  }
};

}  // namespace

TEST_CASE("symtable: locals, parameters and implicit globals", "[symtable]") {
  Table t("def f(a, b=1, *args, k, **kw):\n    c = a + g\n    return c\n");
  const Scope& f = t.scope("f");
  CHECK(f.params == Strings{"a", "b", "k", "args", "kw"});
  CHECK(f.lookup("a") == NameScope::Local);
  CHECK(f.lookup("c") == NameScope::Local);
  CHECK(f.lookup("g") == NameScope::GlobalImplicit);
  CHECK(f.has_varargs);
  CHECK(f.has_varkeywords);
  CHECK_FALSE(f.nested);
}

TEST_CASE("symtable: closures make cells and free variables", "[symtable]") {
  Table t(
      "def outer(p):\n"
      "    v = 1\n"
      "    def mid():\n"
      "        def inner():\n"
      "            return v + p\n"
      "        return inner\n"
      "    return mid\n");
  const Scope& outer = t.scope("outer");
  const Scope& mid = t.scope("mid");
  const Scope& inner = t.scope("inner");
  CHECK(outer.cellvars == Strings{"p", "v"});
  CHECK(outer.lookup("p") == NameScope::Cell);
  // mid does not use p or v itself but passes them through.
  CHECK(mid.freevars == Strings{"p", "v"});
  CHECK(inner.freevars == Strings{"p", "v"});
  CHECK(inner.lookup("v") == NameScope::Free);
  CHECK(inner.nested);
  CHECK(inner.qualname == "outer.<locals>.mid.<locals>.inner");
  CHECK(inner.cell_index("v") == 1);
}

TEST_CASE("symtable: global and nonlocal declarations", "[symtable]") {
  Table t(
      "def f():\n"
      "    global g\n"
      "    g = 1\n"
      "    n = 0\n"
      "    def h():\n"
      "        nonlocal n\n"
      "        n = 2\n"
      "        return g\n"
      "    return h\n");
  CHECK(t.scope("f").lookup("g") == NameScope::GlobalExplicit);
  CHECK(t.scope("f").lookup("n") == NameScope::Cell);
  CHECK(t.scope("h").lookup("n") == NameScope::Free);
  CHECK(t.scope("h").lookup("g") == NameScope::GlobalImplicit);
}

TEST_CASE("symtable: comprehensions and lambdas are function scopes", "[symtable]") {
  Table t("def f(xs, k):\n    return [lambda: x * k for x in xs if x]\n");
  const Scope& comp = t.scope("<listcomp>");
  CHECK(comp.is_comprehension);
  CHECK(comp.params == Strings{".0"});
  CHECK(comp.lookup("x") == NameScope::Cell);  // captured by the lambda
  CHECK(comp.lookup("xs") == NameScope::GlobalImplicit);  // only the outermost iterable is outside
  CHECK(comp.freevars == Strings{"k"});
  const Scope& lam = t.scope("<lambda>");
  CHECK(lam.is_lambda);
  CHECK(lam.freevars == Strings{"k", "x"});
  CHECK(t.scope("f").lookup("xs") == NameScope::Local);
  CHECK(t.scope("f").cellvars == Strings{"k"});
}

TEST_CASE("symtable: walrus in a comprehension binds in the enclosing function", "[symtable]") {
  Table t("def f(xs):\n    ys = [last := x for x in xs]\n    return last\n");
  CHECK(t.scope("f").lookup("last") == NameScope::Cell);
  CHECK(t.scope("<listcomp>").lookup("last") == NameScope::Free);
}

TEST_CASE("symtable: class bodies do not enclose their methods", "[symtable]") {
  Table t("def f():\n    y = 1\n    class C:\n        y = 2\n        def m(self):\n            return y\n");
  CHECK(t.scope("C").kind == compiler::ScopeKind::Class);
  CHECK(t.scope("m").lookup("y") == NameScope::Free);  // f's y, not C's
  CHECK(t.scope("m").qualname == "f.<locals>.C.m");
}
