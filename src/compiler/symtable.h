// The symbol table pass (CPython's Python/symtable.c, same rules and messages):
// one Scope per module, function, lambda, class body and comprehension; each name
// used in a scope is classified as local, global (explicit or implicit), free
// (captured from an enclosing function) or cell (local and captured by an inner
// function). Code generation asks a scope how to load and store each name.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ast/nodes.h"

namespace compiler {

enum class ScopeKind { Module, Function, Class };

enum class NameScope { Local, GlobalExplicit, GlobalImplicit, Free, Cell };

// Flags recorded for a name in one scope while walking it (as symtable.c's DEF_*).
enum SymbolFlag : unsigned {
  kDefGlobal = 1u << 0,    // `global` statement
  kDefLocal = 1u << 1,     // assigned (or deleted, or a loop target)
  kDefParam = 1u << 2,     // parameter
  kDefNonlocal = 1u << 3,  // `nonlocal` statement
  kUse = 1u << 4,          // read
  kDefFree = 1u << 5,      // free in an inner scope
  kDefFreeClass = 1u << 6, // free in an inner scope, and bound in this class
  kDefImport = 1u << 7,    // bound by an import
  kDefAnnot = 1u << 8,     // annotated
  kDefCompIter = 1u << 9,  // a comprehension's iteration variable
  kDefBound = kDefLocal | kDefParam | kDefImport,
};

struct Scope {
  ScopeKind kind = ScopeKind::Module;
  std::string name;      // co_name: "<module>", "f", "<lambda>", "<listcomp>", ...
  std::string qualname;  // co_qualname
  // The class name private names (`__x`) are mangled with here: the nearest
  // enclosing class body's name, this scope's own if it is a class ("" if none).
  std::string private_name;
  const ast::Node* node = nullptr;
  Scope* parent = nullptr;
  int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;

  // Names in order of first mention, with their flags and (after analysis) scope.
  std::vector<std::string> order;
  std::unordered_map<std::string, unsigned> flags;
  std::unordered_map<std::string, NameScope> scopes;

  std::vector<std::string> params;             // parameter names in co_varnames order
  std::vector<std::string> cellvars, freevars;  // sorted, as CPython does
  bool nested = false;       // inside a function (co_flags CO_NESTED)
  bool is_generator = false;
  bool is_coroutine = false;  // CPython's ste_coroutine: async def, or a comprehension with async for/await
  bool is_async_def = false;  // an `async def` body (where await, async for and async with may appear)
  bool is_lambda = false;
  bool is_comprehension = false;
  bool has_varargs = false, has_varkeywords = false;

  std::vector<std::unique_ptr<Scope>> children;  // in source order

  bool is_function() const { return kind == ScopeKind::Function; }
  // How a name is accessed in this scope (names never mentioned are implicit globals).
  NameScope lookup(const std::string& name) const;
  int cell_index(const std::string& name) const;  // index into cellvars+freevars, or -1
};

// CPython's _Py_Mangle: inside class `private_name`, `__x` (not ending in `__`,
// without a dot) is spelled `_Class__x`, the class name's leading underscores
// stripped; a class named only underscores mangles nothing.
std::string mangle(std::string_view private_name, std::string_view name);

class SymbolTable {
 public:
  // Builds and analyses the table; throws ast::SyntaxError (with lineno/offset set,
  // no text) for the errors CPython's symtable reports.
  static std::unique_ptr<SymbolTable> build(const ast::Module& module, const std::string& filename);

  Scope* module() const { return module_.get(); }
  // The scope created for a FunctionDef, Lambda, ClassDef or comprehension node.
  Scope* scope_for(const ast::Node* node) const;

 private:
  friend class SymtableBuilder;
  std::unique_ptr<Scope> module_;
  std::map<const ast::Node*, Scope*> by_node_;
};

}  // namespace compiler
