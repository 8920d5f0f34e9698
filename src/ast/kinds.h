// The one table of AST node kinds: X(KindName, StructType). Several kinds share a
// struct where CPython's constructors have the same fields (For/AsyncFor, ...).
// Used for the Kind enum, kind names, and `visit` dispatch.
#pragma once
#include <cstdint>

#define PYVM_AST_NODES(X)                                                          \
  X(Module, Module)                                                                \
  /* statements */                                                                 \
  X(FunctionDef, FunctionDef) X(AsyncFunctionDef, FunctionDef) X(ClassDef, ClassDef) \
  X(Return, Return) X(Delete, Delete) X(Assign, Assign) X(AugAssign, AugAssign)    \
  X(AnnAssign, AnnAssign) X(For, For) X(AsyncFor, For) X(While, While) X(If, If)   \
  X(With, With) X(AsyncWith, With) X(Match, Match) X(Raise, Raise) X(Try, Try)     \
  X(TryStar, Try) X(Assert, Assert) X(Import, Import) X(ImportFrom, ImportFrom)    \
  X(Global, Global) X(Nonlocal, Global) X(Expr, Expr) X(Pass, SimpleStmt)          \
  X(Break, SimpleStmt) X(Continue, SimpleStmt)                                     \
  /* expressions */                                                                \
  X(BoolOp, BoolOp) X(NamedExpr, NamedExpr) X(BinOp, BinOp) X(UnaryOp, UnaryOp)    \
  X(Lambda, Lambda) X(IfExp, IfExp) X(Dict, Dict) X(Set, Set) X(ListComp, ListComp) \
  X(SetComp, ListComp) X(DictComp, DictComp) X(GeneratorExp, ListComp)             \
  X(Await, Await) X(Yield, Await) X(YieldFrom, Await) X(Compare, Compare)          \
  X(Call, Call) X(FormattedValue, FormattedValue) X(JoinedStr, JoinedStr)          \
  X(Constant, Constant) X(Attribute, Attribute) X(Subscript, Subscript)            \
  X(Starred, Starred) X(Name, Name) X(List, List) X(Tuple, List) X(Slice, Slice)   \
  /* patterns */                                                                   \
  X(MatchValue, MatchValue) X(MatchSingleton, MatchSingleton)                      \
  X(MatchSequence, MatchSequence) X(MatchMapping, MatchMapping)                    \
  X(MatchClass, MatchClass) X(MatchStar, MatchStar) X(MatchAs, MatchAs)            \
  X(MatchOr, MatchSequence)                                                        \
  /* products and the rest */                                                      \
  X(ExceptHandler, ExceptHandler) X(arguments, arguments) X(arg, arg)              \
  X(keyword, keyword) X(alias, alias) X(withitem, withitem)                        \
  X(comprehension, comprehension) X(match_case, match_case) X(TypeIgnore, TypeIgnore)

namespace ast {

enum class Kind : uint8_t {
#define PYVM_AST_KIND_ENUM(name, type) name,
  PYVM_AST_NODES(PYVM_AST_KIND_ENUM)
#undef PYVM_AST_KIND_ENUM
};

// The class name `ast.dump` prints for a node of this kind.
const char* kind_name(Kind k);

}  // namespace ast
