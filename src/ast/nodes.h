// Our own AST: every node type and field of CPython 3.11's `ast` module
// (Parser/Python.asdl), so that `pyc ast` can print exactly what `ast.dump` does.
//
// Conventions that mirror the ASDL:
//   - abstract sums are lowercase bases (`expr`, `stmt`, `pattern`, ...), concrete
//     constructors are CamelCase (`BinOp`, `Expr`, ...), as in the `ast` module;
//   - `T*` for a required child, `T*` that may be nullptr for an optional (`T?`) one;
//   - `Seq<T*>` for `T*` sequences (elements may be nullptr only where CPython puts
//     None: Dict.keys, arguments.kw_defaults);
//   - `Identifier` is a view into arena-owned text; empty `data()==nullptr` means None
//     for optional identifiers (see `Identifier::none`);
//   - positions are 1-based lines and 0-based UTF-8 byte columns, as CPython counts.
//
// Every node lives in an `Arena` and is never destroyed individually: parse trees of
// whole modules are freed in one go (or not at all at process exit), which the
// parse-speed budget needs.
//
// Each concrete node has `fields(F&&)` which calls `f("name", member)` in `_fields`
// order; the dumper and other generic walkers use it, so the field list of a node
// is written exactly once.
#pragma once

#include <cstdint>
#include <memory_resource>
#include <string_view>
#include <vector>

#include "ast/kinds.h"

namespace ast {

template <class T>
using Seq = std::pmr::vector<T>;

struct Identifier {
  std::string_view text;
  bool none() const { return text.data() == nullptr; }
  bool operator==(std::string_view s) const { return !none() && text == s; }
};

// Source span of a node with `_attributes` (lineno, col_offset, end_lineno, end_col_offset).
struct Span {
  int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
};

// The value of a Constant node (and MatchSingleton).
struct ConstantValue {
  enum class Kind : uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };
  Kind kind = Kind::None;
  // Int: decimal digits with optional leading '-' (literals are normalised to base 10
  // by the builder, so the compiler and dumper never parse prefixes). Str: UTF-8 text,
  // lone surrogates encoded as 3-byte sequences (WTF-8). Bytes: raw bytes.
  std::string_view text;
  double number = 0.0;  // Float value, or the imaginary part of a Complex
};

// ---- operator-like sums: printed as `Add()`, `Load()`, ... by ast.dump -----------
enum class ExprContext : uint8_t { Load, Store, Del };
enum class BoolOpKind : uint8_t { And, Or };
enum class OperatorKind : uint8_t {
  Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
};
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

const char* name_of(ExprContext);
const char* name_of(BoolOpKind);
const char* name_of(OperatorKind);
const char* name_of(UnaryOpKind);
const char* name_of(CmpOpKind);

// ---- bases ------------------------------------------------------------------------
struct Node {
  Kind kind;
  explicit Node(Kind k) : kind(k) {}
};
// Nodes with position attributes.
struct Located : Node {
  Span span;
  using Node::Node;
};
struct expr : Located { using Located::Located; };
struct stmt : Located { using Located::Located; };
struct pattern : Located { using Located::Located; };

// ---- product types ----------------------------------------------------------------
struct arg : Located {
  Identifier arg_;  // field name `arg`
  expr* annotation = nullptr;
  Identifier type_comment;
  explicit arg(std::pmr::memory_resource*) : Located(Kind::arg) {}
  template <class F> void fields(F&& f) {
    f("arg", arg_); f("annotation", annotation); f("type_comment", type_comment);
  }
};

struct arguments : Node {
  Seq<arg*> posonlyargs, args;
  arg* vararg = nullptr;
  Seq<arg*> kwonlyargs;
  Seq<expr*> kw_defaults;  // nullptr where a keyword-only parameter has no default
  arg* kwarg = nullptr;
  Seq<expr*> defaults;
  explicit arguments(std::pmr::memory_resource* r)
      : Node(Kind::arguments), posonlyargs(r), args(r), kwonlyargs(r), kw_defaults(r),
        defaults(r) {}
  template <class F> void fields(F&& f) {
    f("posonlyargs", posonlyargs); f("args", args); f("vararg", vararg);
    f("kwonlyargs", kwonlyargs); f("kw_defaults", kw_defaults); f("kwarg", kwarg);
    f("defaults", defaults);
  }
};

struct keyword : Located {
  Identifier arg_;  // None for **kwargs
  expr* value = nullptr;
  explicit keyword(std::pmr::memory_resource*) : Located(Kind::keyword) {}
  template <class F> void fields(F&& f) { f("arg", arg_); f("value", value); }
};

struct alias : Located {
  Identifier name, asname;
  explicit alias(std::pmr::memory_resource*) : Located(Kind::alias) {}
  template <class F> void fields(F&& f) { f("name", name); f("asname", asname); }
};

struct withitem : Node {
  expr* context_expr = nullptr;
  expr* optional_vars = nullptr;
  explicit withitem(std::pmr::memory_resource*) : Node(Kind::withitem) {}
  template <class F> void fields(F&& f) {
    f("context_expr", context_expr); f("optional_vars", optional_vars);
  }
};

struct comprehension : Node {
  expr* target = nullptr;
  expr* iter = nullptr;
  Seq<expr*> ifs;
  int is_async = 0;
  explicit comprehension(std::pmr::memory_resource* r) : Node(Kind::comprehension), ifs(r) {}
  template <class F> void fields(F&& f) {
    f("target", target); f("iter", iter); f("ifs", ifs); f("is_async", is_async);
  }
};

struct ExceptHandler : Located {
  expr* type = nullptr;
  Identifier name;
  Seq<stmt*> body;
  explicit ExceptHandler(std::pmr::memory_resource* r) : Located(Kind::ExceptHandler), body(r) {}
  template <class F> void fields(F&& f) { f("type", type); f("name", name); f("body", body); }
};

struct match_case : Node {
  pattern* pattern_ = nullptr;  // field name `pattern`
  expr* guard = nullptr;
  Seq<stmt*> body;
  explicit match_case(std::pmr::memory_resource* r) : Node(Kind::match_case), body(r) {}
  template <class F> void fields(F&& f) { f("pattern", pattern_); f("guard", guard); f("body", body); }
};

struct TypeIgnore : Node {
  int lineno = 0;
  Identifier tag;
  explicit TypeIgnore(std::pmr::memory_resource*) : Node(Kind::TypeIgnore) {}
  template <class F> void fields(F&& f) { f("lineno", lineno); f("tag", tag); }
};

struct Module : Node {
  Seq<stmt*> body;
  Seq<TypeIgnore*> type_ignores;
  explicit Module(std::pmr::memory_resource* r) : Node(Kind::Module), body(r), type_ignores(r) {}
  template <class F> void fields(F&& f) { f("body", body); f("type_ignores", type_ignores); }
};

// ---- statements -------------------------------------------------------------------
// FunctionDef and AsyncFunctionDef share one layout; `kind` tells them apart.
struct FunctionDef : stmt {
  Identifier name;
  arguments* args = nullptr;
  Seq<stmt*> body;
  Seq<expr*> decorator_list;
  expr* returns = nullptr;
  Identifier type_comment;
  FunctionDef(std::pmr::memory_resource* r, Kind k = Kind::FunctionDef)
      : stmt(k), body(r), decorator_list(r) {}
  template <class F> void fields(F&& f) {
    f("name", name); f("args", args); f("body", body); f("decorator_list", decorator_list);
    f("returns", returns); f("type_comment", type_comment);
  }
};

struct ClassDef : stmt {
  Identifier name;
  Seq<expr*> bases;
  Seq<keyword*> keywords;
  Seq<stmt*> body;
  Seq<expr*> decorator_list;
  explicit ClassDef(std::pmr::memory_resource* r)
      : stmt(Kind::ClassDef), bases(r), keywords(r), body(r), decorator_list(r) {}
  template <class F> void fields(F&& f) {
    f("name", name); f("bases", bases); f("keywords", keywords); f("body", body);
    f("decorator_list", decorator_list);
  }
};

struct Return : stmt {
  expr* value = nullptr;
  explicit Return(std::pmr::memory_resource*) : stmt(Kind::Return) {}
  template <class F> void fields(F&& f) { f("value", value); }
};

struct Delete : stmt {
  Seq<expr*> targets;
  explicit Delete(std::pmr::memory_resource* r) : stmt(Kind::Delete), targets(r) {}
  template <class F> void fields(F&& f) { f("targets", targets); }
};

struct Assign : stmt {
  Seq<expr*> targets;
  expr* value = nullptr;
  Identifier type_comment;
  explicit Assign(std::pmr::memory_resource* r) : stmt(Kind::Assign), targets(r) {}
  template <class F> void fields(F&& f) {
    f("targets", targets); f("value", value); f("type_comment", type_comment);
  }
};

struct AugAssign : stmt {
  expr* target = nullptr;
  OperatorKind op = OperatorKind::Add;
  expr* value = nullptr;
  explicit AugAssign(std::pmr::memory_resource*) : stmt(Kind::AugAssign) {}
  template <class F> void fields(F&& f) { f("target", target); f("op", op); f("value", value); }
};

struct AnnAssign : stmt {
  expr* target = nullptr;
  expr* annotation = nullptr;
  expr* value = nullptr;
  int simple = 0;
  explicit AnnAssign(std::pmr::memory_resource*) : stmt(Kind::AnnAssign) {}
  template <class F> void fields(F&& f) {
    f("target", target); f("annotation", annotation); f("value", value); f("simple", simple);
  }
};

// For and AsyncFor share one layout.
struct For : stmt {
  expr* target = nullptr;
  expr* iter = nullptr;
  Seq<stmt*> body, orelse;
  Identifier type_comment;
  For(std::pmr::memory_resource* r, Kind k = Kind::For) : stmt(k), body(r), orelse(r) {}
  template <class F> void fields(F&& f) {
    f("target", target); f("iter", iter); f("body", body); f("orelse", orelse);
    f("type_comment", type_comment);
  }
};

struct While : stmt {
  expr* test = nullptr;
  Seq<stmt*> body, orelse;
  explicit While(std::pmr::memory_resource* r) : stmt(Kind::While), body(r), orelse(r) {}
  template <class F> void fields(F&& f) { f("test", test); f("body", body); f("orelse", orelse); }
};

struct If : stmt {
  expr* test = nullptr;
  Seq<stmt*> body, orelse;
  explicit If(std::pmr::memory_resource* r) : stmt(Kind::If), body(r), orelse(r) {}
  template <class F> void fields(F&& f) { f("test", test); f("body", body); f("orelse", orelse); }
};

// With and AsyncWith share one layout.
struct With : stmt {
  Seq<withitem*> items;
  Seq<stmt*> body;
  Identifier type_comment;
  With(std::pmr::memory_resource* r, Kind k = Kind::With) : stmt(k), items(r), body(r) {}
  template <class F> void fields(F&& f) {
    f("items", items); f("body", body); f("type_comment", type_comment);
  }
};

struct Match : stmt {
  expr* subject = nullptr;
  Seq<match_case*> cases;
  explicit Match(std::pmr::memory_resource* r) : stmt(Kind::Match), cases(r) {}
  template <class F> void fields(F&& f) { f("subject", subject); f("cases", cases); }
};

struct Raise : stmt {
  expr* exc = nullptr;
  expr* cause = nullptr;
  explicit Raise(std::pmr::memory_resource*) : stmt(Kind::Raise) {}
  template <class F> void fields(F&& f) { f("exc", exc); f("cause", cause); }
};

// Try and TryStar share one layout.
struct Try : stmt {
  Seq<stmt*> body;
  Seq<ExceptHandler*> handlers;
  Seq<stmt*> orelse, finalbody;
  Try(std::pmr::memory_resource* r, Kind k = Kind::Try)
      : stmt(k), body(r), handlers(r), orelse(r), finalbody(r) {}
  template <class F> void fields(F&& f) {
    f("body", body); f("handlers", handlers); f("orelse", orelse); f("finalbody", finalbody);
  }
};

struct Assert : stmt {
  expr* test = nullptr;
  expr* msg = nullptr;
  explicit Assert(std::pmr::memory_resource*) : stmt(Kind::Assert) {}
  template <class F> void fields(F&& f) { f("test", test); f("msg", msg); }
};

struct Import : stmt {
  Seq<alias*> names;
  explicit Import(std::pmr::memory_resource* r) : stmt(Kind::Import), names(r) {}
  template <class F> void fields(F&& f) { f("names", names); }
};

struct ImportFrom : stmt {
  Identifier module;
  Seq<alias*> names;
  int level = 0;
  explicit ImportFrom(std::pmr::memory_resource* r) : stmt(Kind::ImportFrom), names(r) {}
  template <class F> void fields(F&& f) { f("module", module); f("names", names); f("level", level); }
};

// Global and Nonlocal share one layout.
struct Global : stmt {
  Seq<Identifier> names;
  Global(std::pmr::memory_resource* r, Kind k = Kind::Global) : stmt(k), names(r) {}
  template <class F> void fields(F&& f) { f("names", names); }
};

struct Expr : stmt {
  expr* value = nullptr;
  explicit Expr(std::pmr::memory_resource*) : stmt(Kind::Expr) {}
  template <class F> void fields(F&& f) { f("value", value); }
};

// Pass, Break and Continue have no fields.
struct SimpleStmt : stmt {
  SimpleStmt(std::pmr::memory_resource*, Kind k) : stmt(k) {}
  template <class F> void fields(F&&) {}
};

// ---- expressions ------------------------------------------------------------------
struct BoolOp : expr {
  BoolOpKind op = BoolOpKind::And;
  Seq<expr*> values;
  explicit BoolOp(std::pmr::memory_resource* r) : expr(Kind::BoolOp), values(r) {}
  template <class F> void fields(F&& f) { f("op", op); f("values", values); }
};

struct NamedExpr : expr {
  expr* target = nullptr;
  expr* value = nullptr;
  explicit NamedExpr(std::pmr::memory_resource*) : expr(Kind::NamedExpr) {}
  template <class F> void fields(F&& f) { f("target", target); f("value", value); }
};

struct BinOp : expr {
  expr* left = nullptr;
  OperatorKind op = OperatorKind::Add;
  expr* right = nullptr;
  explicit BinOp(std::pmr::memory_resource*) : expr(Kind::BinOp) {}
  template <class F> void fields(F&& f) { f("left", left); f("op", op); f("right", right); }
};

struct UnaryOp : expr {
  UnaryOpKind op = UnaryOpKind::Not;
  expr* operand = nullptr;
  explicit UnaryOp(std::pmr::memory_resource*) : expr(Kind::UnaryOp) {}
  template <class F> void fields(F&& f) { f("op", op); f("operand", operand); }
};

struct Lambda : expr {
  arguments* args = nullptr;
  expr* body = nullptr;
  explicit Lambda(std::pmr::memory_resource*) : expr(Kind::Lambda) {}
  template <class F> void fields(F&& f) { f("args", args); f("body", body); }
};

struct IfExp : expr {
  expr* test = nullptr;
  expr* body = nullptr;
  expr* orelse = nullptr;
  explicit IfExp(std::pmr::memory_resource*) : expr(Kind::IfExp) {}
  template <class F> void fields(F&& f) { f("test", test); f("body", body); f("orelse", orelse); }
};

struct Dict : expr {
  Seq<expr*> keys;  // nullptr for a `**mapping` entry
  Seq<expr*> values;
  explicit Dict(std::pmr::memory_resource* r) : expr(Kind::Dict), keys(r), values(r) {}
  template <class F> void fields(F&& f) { f("keys", keys); f("values", values); }
};

struct Set : expr {
  Seq<expr*> elts;
  explicit Set(std::pmr::memory_resource* r) : expr(Kind::Set), elts(r) {}
  template <class F> void fields(F&& f) { f("elts", elts); }
};

// ListComp, SetComp and GeneratorExp share one layout.
struct ListComp : expr {
  expr* elt = nullptr;
  Seq<comprehension*> generators;
  ListComp(std::pmr::memory_resource* r, Kind k = Kind::ListComp) : expr(k), generators(r) {}
  template <class F> void fields(F&& f) { f("elt", elt); f("generators", generators); }
};

struct DictComp : expr {
  expr* key = nullptr;
  expr* value = nullptr;
  Seq<comprehension*> generators;
  explicit DictComp(std::pmr::memory_resource* r) : expr(Kind::DictComp), generators(r) {}
  template <class F> void fields(F&& f) { f("key", key); f("value", value); f("generators", generators); }
};

// Await, YieldFrom (value required) and Yield (value optional) share one layout.
struct Await : expr {
  expr* value = nullptr;
  Await(std::pmr::memory_resource*, Kind k = Kind::Await) : expr(k) {}
  template <class F> void fields(F&& f) { f("value", value); }
};

struct Compare : expr {
  expr* left = nullptr;
  Seq<CmpOpKind> ops;
  Seq<expr*> comparators;
  explicit Compare(std::pmr::memory_resource* r) : expr(Kind::Compare), ops(r), comparators(r) {}
  template <class F> void fields(F&& f) { f("left", left); f("ops", ops); f("comparators", comparators); }
};

struct Call : expr {
  expr* func = nullptr;
  Seq<expr*> args;
  Seq<keyword*> keywords;
  explicit Call(std::pmr::memory_resource* r) : expr(Kind::Call), args(r), keywords(r) {}
  template <class F> void fields(F&& f) { f("func", func); f("args", args); f("keywords", keywords); }
};

struct FormattedValue : expr {
  expr* value = nullptr;
  int conversion = -1;  // -1 none, 's', 'r', 'a'
  expr* format_spec = nullptr;  // a JoinedStr
  explicit FormattedValue(std::pmr::memory_resource*) : expr(Kind::FormattedValue) {}
  template <class F> void fields(F&& f) {
    f("value", value); f("conversion", conversion); f("format_spec", format_spec);
  }
};

struct JoinedStr : expr {
  Seq<expr*> values;
  explicit JoinedStr(std::pmr::memory_resource* r) : expr(Kind::JoinedStr), values(r) {}
  template <class F> void fields(F&& f) { f("values", values); }
};

struct Constant : expr {
  ConstantValue value;
  Identifier kind_;  // field name `kind`: "u" for u"" strings, else None
  explicit Constant(std::pmr::memory_resource*) : expr(Kind::Constant) {}
  template <class F> void fields(F&& f) { f("value", value); f("kind", kind_); }
};

struct Attribute : expr {
  expr* value = nullptr;
  Identifier attr;
  ExprContext ctx = ExprContext::Load;
  explicit Attribute(std::pmr::memory_resource*) : expr(Kind::Attribute) {}
  template <class F> void fields(F&& f) { f("value", value); f("attr", attr); f("ctx", ctx); }
};

struct Subscript : expr {
  expr* value = nullptr;
  expr* slice = nullptr;
  ExprContext ctx = ExprContext::Load;
  explicit Subscript(std::pmr::memory_resource*) : expr(Kind::Subscript) {}
  template <class F> void fields(F&& f) { f("value", value); f("slice", slice); f("ctx", ctx); }
};

struct Starred : expr {
  expr* value = nullptr;
  ExprContext ctx = ExprContext::Load;
  explicit Starred(std::pmr::memory_resource*) : expr(Kind::Starred) {}
  template <class F> void fields(F&& f) { f("value", value); f("ctx", ctx); }
};

struct Name : expr {
  Identifier id;
  ExprContext ctx = ExprContext::Load;
  explicit Name(std::pmr::memory_resource*) : expr(Kind::Name) {}
  template <class F> void fields(F&& f) { f("id", id); f("ctx", ctx); }
};

// List and Tuple share one layout.
struct List : expr {
  Seq<expr*> elts;
  ExprContext ctx = ExprContext::Load;
  List(std::pmr::memory_resource* r, Kind k = Kind::List) : expr(k), elts(r) {}
  template <class F> void fields(F&& f) { f("elts", elts); f("ctx", ctx); }
};

struct Slice : expr {
  expr* lower = nullptr;
  expr* upper = nullptr;
  expr* step = nullptr;
  explicit Slice(std::pmr::memory_resource*) : expr(Kind::Slice) {}
  template <class F> void fields(F&& f) { f("lower", lower); f("upper", upper); f("step", step); }
};

// ---- patterns ---------------------------------------------------------------------
struct MatchValue : pattern {
  expr* value = nullptr;
  explicit MatchValue(std::pmr::memory_resource*) : pattern(Kind::MatchValue) {}
  template <class F> void fields(F&& f) { f("value", value); }
};

struct MatchSingleton : pattern {
  ConstantValue value;
  explicit MatchSingleton(std::pmr::memory_resource*) : pattern(Kind::MatchSingleton) {}
  template <class F> void fields(F&& f) { f("value", value); }
};

// MatchSequence and MatchOr share one layout.
struct MatchSequence : pattern {
  Seq<pattern*> patterns;
  MatchSequence(std::pmr::memory_resource* r, Kind k = Kind::MatchSequence)
      : pattern(k), patterns(r) {}
  template <class F> void fields(F&& f) { f("patterns", patterns); }
};

struct MatchMapping : pattern {
  Seq<expr*> keys;
  Seq<pattern*> patterns;
  Identifier rest;
  explicit MatchMapping(std::pmr::memory_resource* r)
      : pattern(Kind::MatchMapping), keys(r), patterns(r) {}
  template <class F> void fields(F&& f) { f("keys", keys); f("patterns", patterns); f("rest", rest); }
};

struct MatchClass : pattern {
  expr* cls = nullptr;
  Seq<pattern*> patterns;
  Seq<Identifier> kwd_attrs;
  Seq<pattern*> kwd_patterns;
  explicit MatchClass(std::pmr::memory_resource* r)
      : pattern(Kind::MatchClass), patterns(r), kwd_attrs(r), kwd_patterns(r) {}
  template <class F> void fields(F&& f) {
    f("cls", cls); f("patterns", patterns); f("kwd_attrs", kwd_attrs); f("kwd_patterns", kwd_patterns);
  }
};

struct MatchStar : pattern {
  Identifier name;
  explicit MatchStar(std::pmr::memory_resource*) : pattern(Kind::MatchStar) {}
  template <class F> void fields(F&& f) { f("name", name); }
};

struct MatchAs : pattern {
  pattern* pattern_ = nullptr;  // field name `pattern`
  Identifier name;
  explicit MatchAs(std::pmr::memory_resource*) : pattern(Kind::MatchAs) {}
  template <class F> void fields(F&& f) { f("pattern", pattern_); f("name", name); }
};

}  // namespace ast
