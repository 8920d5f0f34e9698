#include "compiler/symtable.h"

#include <algorithm>
#include <set>

#include "ast/syntax_error.h"
#include "compiler/ast_walk.h"
#include "compiler/compiler.h"

namespace compiler {

NameScope Scope::lookup(const std::string& name) const {
  auto it = scopes.find(name);
  return it == scopes.end() ? NameScope::GlobalImplicit : it->second;
}

int Scope::cell_index(const std::string& name) const {
  auto c = std::find(cellvars.begin(), cellvars.end(), name);
  if (c != cellvars.end()) return static_cast<int>(c - cellvars.begin());
  auto f = std::find(freevars.begin(), freevars.end(), name);
  if (f != freevars.end()) return static_cast<int>(cellvars.size() + (f - freevars.begin()));
  return -1;
}

std::string mangle(std::string_view private_name, std::string_view name) {
  if (private_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return std::string(name);
  if (name.substr(name.size() - 2) == "__" || name.find('.') != std::string_view::npos) return std::string(name);
  size_t start = private_name.find_first_not_of('_');
  if (start == std::string_view::npos) return std::string(name);
  std::string out = "_";
  out += private_name.substr(start);
  out += name;
  return out;
}

Scope* SymbolTable::scope_for(const ast::Node* node) const {
  auto it = by_node_.find(node);
  return it == by_node_.end() ? nullptr : it->second;
}

namespace {

// The deepest AST nesting compiled. Every later pass recurses along the same
// tree, so checking here keeps them all off the end of the C++ stack.
constexpr int kMaxNesting = 3000;

ast::SyntaxError error_at(const std::string& filename, const std::string& msg, const ast::Span& span) {
  ast::SyntaxError e("SyntaxError", msg);
  e.filename = filename;
  e.lineno = span.lineno;
  e.offset = span.col_offset + 1;
  e.end_lineno = span.end_lineno;
  e.end_offset = span.end_col_offset + 1;
  return e;
}

std::string str(ast::Identifier id) { return std::string(id.text); }

}  // namespace

class SymtableBuilder {
 public:
  SymtableBuilder(SymbolTable& table, const std::string& filename) : table_(table), filename_(filename) {}

  void run(const ast::Module& module) {
    table_.module_ = std::make_unique<Scope>();
    cur_ = table_.module_.get();
    cur_->kind = ScopeKind::Module;
    cur_->name = "<module>";
    cur_->node = &module;
    for (const ast::stmt* s : module.body) visit(*s);
    std::set<std::string> globals;
    analyze(*table_.module_, nullptr, globals);
  }

 private:
  SymbolTable& table_;
  const std::string& filename_;
  Scope* cur_ = nullptr;
  // First global/nonlocal statement naming each name, per scope (for error locations).
  std::map<std::pair<const Scope*, std::string>, ast::Span> directives_;

  [[noreturn]] void fail(const std::string& msg, const ast::Span& span) {
    throw error_at(filename_, msg, span);
  }

  unsigned& flags_of(Scope& s, const std::string& name) {
    auto [it, inserted] = s.flags.try_emplace(name, 0u);
    if (inserted) s.order.push_back(name);
    return it->second;
  }

  // The spelling of a name in the current scope (private names mangled).
  std::string mangled(std::string_view name) const { return mangle(cur_->private_name, name); }

  // `name` as written; it is recorded mangled, as CPython's symtable_add_def does.
  void add_def(std::string_view written, unsigned flag, const ast::Span* where = nullptr) {
    const std::string name = mangled(written);
    unsigned& f = flags_of(*cur_, name);
    if ((flag & kDefParam) && (f & kDefParam))
      fail("duplicate argument '" + std::string(written) + "' in function definition", *where);
    f |= flag;
  }

  Scope* enter(ScopeKind kind, std::string name, const ast::Node* node, const ast::Span& span) {
    auto scope = std::make_unique<Scope>();
    scope->kind = kind;
    scope->parent = cur_;
    scope->node = node;
    scope->lineno = span.lineno;
    scope->col_offset = span.col_offset;
    scope->end_lineno = span.end_lineno;
    scope->end_col_offset = span.end_col_offset;
    scope->nested = cur_->is_function() || cur_->nested;
    scope->private_name = kind == ScopeKind::Class ? name : cur_->private_name;
    // CPython's compiler_set_qualname: a def or class declared `global` in the
    // enclosing scope is named as at module level; comprehensions add no `<locals>`.
    const bool named = node->kind == ast::Kind::FunctionDef || node->kind == ast::Kind::AsyncFunctionDef ||
                       node->kind == ast::Kind::ClassDef;
    bool force_global = false;
    if (named && cur_->kind != ScopeKind::Module) {
      auto it = cur_->flags.find(mangled(name));
      force_global = it != cur_->flags.end() && (it->second & kDefGlobal);
    }
    if (cur_->kind == ScopeKind::Module || force_global) {
      scope->qualname = name;
    } else if (cur_->kind == ScopeKind::Class || cur_->is_comprehension) {
      scope->qualname = cur_->qualname + "." + name;
    } else {
      scope->qualname = cur_->qualname + ".<locals>." + name;
    }
    scope->name = std::move(name);
    Scope* raw = scope.get();
    cur_->children.push_back(std::move(scope));
    table_.by_node_[node] = raw;
    cur_ = raw;
    // "Inside a comprehension iterable" is a property of one scope (a lambda
    // there may use `:=` in its own body).
    saved_comp_iter_.push_back(in_comp_iter_);
    in_comp_iter_ = 0;
    return raw;
  }
  void leave() {
    cur_ = cur_->parent;
    in_comp_iter_ = saved_comp_iter_.back();
    saved_comp_iter_.pop_back();
  }
  std::vector<int> saved_comp_iter_;

  void visit_params(const ast::arguments& a) {
    auto add = [&](const ast::arg* p) {
      add_def(p->arg_.text, kDefParam, &p->span);
      cur_->params.push_back(mangled(p->arg_.text));
    };
    for (const ast::arg* p : a.posonlyargs) add(p);
    for (const ast::arg* p : a.args) add(p);
    for (const ast::arg* p : a.kwonlyargs) add(p);
    if (a.vararg) {
      add(a.vararg);
      cur_->has_varargs = true;
    }
    if (a.kwarg) {
      add(a.kwarg);
      cur_->has_varkeywords = true;
    }
  }

  void visit_defaults(const ast::arguments& a) {
    for (const ast::expr* d : a.defaults) visit(*d);
    for (const ast::expr* d : a.kw_defaults)
      if (d) visit(*d);
  }

  void visit_annotations(const ast::arguments& a) {
    auto ann = [&](const ast::arg* p) {
      if (p && p->annotation) visit(*p->annotation);
    };
    for (const ast::arg* p : a.posonlyargs) ann(p);
    for (const ast::arg* p : a.args) ann(p);
    ann(a.vararg);
    for (const ast::arg* p : a.kwonlyargs) ann(p);
    ann(a.kwarg);
  }

  void visit_directive(const ast::Global& g) {
    const bool is_global = g.kind == ast::Kind::Global;
    const char* word = is_global ? "global" : "nonlocal";
    for (ast::Identifier id : g.names) {
      std::string name = str(id);
      auto known = cur_->flags.find(mangled(name));
      unsigned f = known != cur_->flags.end() ? known->second : 0;
      if (f & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
        std::string msg;
        if (f & kDefParam)
          msg = "name '" + name + "' is parameter and " + word;
        else if (f & kUse)
          msg = "name '" + name + "' is used prior to " + word + " declaration";
        else if (f & kDefAnnot)
          msg = "annotated name '" + name + "' can't be " + word;
        else
          msg = "name '" + name + "' is assigned to before " + word + " declaration";
        fail(msg, g.span);
      }
      // Checked after the name's own problems, as CPython does.
      if (!is_global && cur_->kind == ScopeKind::Module)
        fail("nonlocal declaration not allowed at module level", g.span);
      add_def(name, is_global ? kDefGlobal : kDefNonlocal);
      directives_.try_emplace({cur_, mangled(name)}, g.span);
    }
  }

  void visit_comprehension(const ast::expr& e, const char* name,
                           const ast::Seq<ast::comprehension*>& generators,
                           const ast::expr* elt, const ast::expr* value) {
    // The outermost iterable is evaluated in the enclosing scope.
    visit_comprehension_iter(*generators[0]->iter);
    Scope* s = enter(ScopeKind::Function, name, &e, e.span);
    s->is_comprehension = true;
    s->is_generator = e.kind == ast::Kind::GeneratorExp;
    add_def(".0", kDefParam, &e.span);
    s->params.push_back(".0");
    for (size_t i = 0; i < generators.size(); ++i) {
      const ast::comprehension* g = generators[i];
      if (g->is_async) s->is_coroutine = true;
      if (i > 0) visit_comprehension_iter(*g->iter);
      ++in_comp_target_;
      visit(*g->target);
      --in_comp_target_;
      for (const ast::expr* cond : g->ifs) visit(*cond);
    }
    if (value) visit(*value);
    if (elt) visit(*elt);
    // An async list/set/dict comprehension is awaited where it is written, so
    // the enclosing scope awaits too (CPython's symtable_handle_comprehension).
    const bool awaited = s->is_coroutine && !s->is_generator;
    leave();
    if (awaited) cur_->is_coroutine = true;
  }

  // Comprehension iterables may not contain assignment expressions.
  int in_comp_iter_ = 0;
  // Names bound as comprehension targets are marked so `:=` cannot rebind them.
  int in_comp_target_ = 0;

  void visit_comprehension_iter(const ast::expr& iter) {
    ++in_comp_iter_;
    visit(iter);
    --in_comp_iter_;
  }

  void visit_named_expr_target(const ast::NamedExpr& ne) {
    const auto& target = static_cast<const ast::Name&>(*ne.target);
    std::string name = mangled(target.id.text);
    if (in_comp_iter_ > 0)
      fail("assignment expression cannot be used in a comprehension iterable expression", ne.span);
    if (!cur_->is_comprehension) {
      flags_of(*cur_, name) |= kDefLocal;
      return;
    }
    // Inside a comprehension the target binds in the nearest enclosing
    // non-comprehension scope (PEP 572), and may not be an iteration variable.
    Scope* outer = cur_;
    while (outer->is_comprehension) {
      auto it = outer->flags.find(name);
      if (it != outer->flags.end() && (it->second & kDefCompIter))
        fail("assignment expression cannot rebind comprehension iteration variable '" + name + "'", ne.span);
      outer = outer->parent;
    }
    if (outer->kind == ScopeKind::Class)
      fail("assignment expression within a comprehension cannot be used in a class body", ne.span);
    // A name declared global in that function stays global.
    const bool global = outer->kind == ScopeKind::Module ||
                        (outer->flags.count(name) && (outer->flags[name] & kDefGlobal));
    for (Scope* s = cur_; s != outer; s = s->parent) flags_of(*s, name) |= global ? kDefGlobal : kDefNonlocal;
    flags_of(*outer, name) |= kDefLocal;
  }

  int depth_ = 0;

  void visit(const ast::Node& node) {
    struct DepthGuard {
      int& depth;
      explicit DepthGuard(int& d) : depth(d) {
        if (++depth > kMaxNesting) throw RecursionLimitError();
      }
      ~DepthGuard() { --depth; }
    } guard(depth_);
    visit_node(node);
  }

  void visit_node(const ast::Node& node) {
    using K = ast::Kind;
    switch (node.kind) {
      case K::FunctionDef:
      case K::AsyncFunctionDef: {
        const auto& f = static_cast<const ast::FunctionDef&>(node);
        add_def(str(f.name), kDefLocal);
        visit_defaults(*f.args);
        visit_annotations(*f.args);
        if (f.returns) visit(*f.returns);
        for (const ast::expr* d : f.decorator_list) visit(*d);
        Scope* s = enter(ScopeKind::Function, str(f.name), &f, f.span);
        s->is_coroutine = s->is_async_def = node.kind == K::AsyncFunctionDef;
        visit_params(*f.args);
        for (const ast::stmt* st : f.body) visit(*st);
        leave();
        return;
      }
      case K::ClassDef: {
        const auto& c = static_cast<const ast::ClassDef&>(node);
        add_def(str(c.name), kDefLocal);
        for (const ast::expr* b : c.bases) visit(*b);
        for (const ast::keyword* k : c.keywords) visit(*k->value);
        for (const ast::expr* d : c.decorator_list) visit(*d);
        enter(ScopeKind::Class, str(c.name), &c, c.span);
        for (const ast::stmt* st : c.body) visit(*st);
        leave();
        return;
      }
      case K::Global:
      case K::Nonlocal:
        visit_directive(static_cast<const ast::Global&>(node));
        return;
      case K::Import:
      case K::ImportFrom: {
        const auto& names = node.kind == K::Import ? static_cast<const ast::Import&>(node).names
                                                   : static_cast<const ast::ImportFrom&>(node).names;
        for (const ast::alias* a : names) {
          if (a->name == "*") {
            if (cur_->kind != ScopeKind::Module) fail("import * only allowed at module level", a->span);
            continue;
          }
          std::string bound = !a->asname.none() ? str(a->asname) : str(a->name);
          if (node.kind == K::Import) bound = bound.substr(0, bound.find('.'));
          add_def(bound, kDefImport);
        }
        return;
      }
      case K::AnnAssign: {
        const auto& a = static_cast<const ast::AnnAssign&>(node);
        if (a.target->kind == K::Name) {
          std::string name = str(static_cast<const ast::Name*>(a.target)->id);
          auto known = cur_->flags.find(mangled(name));
          unsigned f = known != cur_->flags.end() ? known->second : 0;
          if ((f & (kDefGlobal | kDefNonlocal)) && a.simple)
            fail("annotated name '" + name + "' can't be " +
                     ((f & kDefGlobal) ? "global" : "nonlocal"),
                 a.span);
          add_def(name, a.simple ? (kDefLocal | kDefAnnot) : kDefLocal);
        } else {
          visit(*a.target);
        }
        visit(*a.annotation);
        if (a.value) visit(*a.value);
        return;
      }
      case K::ExceptHandler: {
        const auto& h = static_cast<const ast::ExceptHandler&>(node);
        if (h.type) visit(*h.type);
        if (!h.name.none()) add_def(str(h.name), kDefLocal);
        for (const ast::stmt* st : h.body) visit(*st);
        return;
      }
      case K::Name: {
        const auto& n = static_cast<const ast::Name&>(node);
        unsigned flag = n.ctx == ast::ExprContext::Load ? kUse : kDefLocal;
        if (in_comp_target_ > 0 && flag == kDefLocal) flag |= kDefCompIter;
        add_def(str(n.id), flag);
        // `super()` in a method needs the implicit __class__ cell of its class.
        if (flag == kUse && n.id == "super" && cur_->is_function()) add_def("__class__", kUse);
        return;
      }
      case K::MatchAs:
      case K::MatchStar: {
        ast::Identifier name = node.kind == K::MatchAs ? static_cast<const ast::MatchAs&>(node).name
                                                       : static_cast<const ast::MatchStar&>(node).name;
        if (!name.none()) add_def(str(name), kDefLocal);
        for_each_child(node, [&](const ast::Node& child) { visit(child); });
        return;
      }
      case K::MatchMapping: {
        const auto& m = static_cast<const ast::MatchMapping&>(node);
        if (!m.rest.none()) add_def(str(m.rest), kDefLocal);
        for_each_child(node, [&](const ast::Node& child) { visit(child); });
        return;
      }
      case K::Lambda: {
        const auto& l = static_cast<const ast::Lambda&>(node);
        visit_defaults(*l.args);
        Scope* s = enter(ScopeKind::Function, "<lambda>", &l, l.span);
        s->is_lambda = true;
        visit_params(*l.args);
        visit(*l.body);
        leave();
        return;
      }
      case K::ListComp:
      case K::SetComp:
      case K::GeneratorExp: {
        const auto& c = static_cast<const ast::ListComp&>(node);
        const char* name = node.kind == K::ListComp  ? "<listcomp>"
                           : node.kind == K::SetComp ? "<setcomp>"
                                                     : "<genexpr>";
        visit_comprehension(c, name, c.generators, c.elt, nullptr);
        return;
      }
      case K::DictComp: {
        const auto& c = static_cast<const ast::DictComp&>(node);
        visit_comprehension(c, "<dictcomp>", c.generators, c.value, c.key);
        return;
      }
      case K::Yield:
      case K::YieldFrom: {
        const auto& y = static_cast<const ast::Await&>(node);
        if (!cur_->is_function()) fail("'yield' outside function", y.span);
        if (cur_->is_comprehension && !(cur_->is_generator))
          fail(std::string("'yield' inside ") +
                   (cur_->name == "<listcomp>"   ? "list comprehension"
                    : cur_->name == "<setcomp>"  ? "set comprehension"
                                                 : "dict comprehension"),
               y.span);
        cur_->is_generator = true;
        if (y.value) visit(*y.value);
        return;
      }
      case K::Await: {
        const auto& a = static_cast<const ast::Await&>(node);
        if (!cur_->is_function()) fail("'await' outside function", a.span);
        visit(*a.value);
        cur_->is_coroutine = true;
        return;
      }
      case K::NamedExpr: {
        const auto& ne = static_cast<const ast::NamedExpr&>(node);
        visit(*ne.value);
        visit_named_expr_target(ne);
        return;
      }
      default:
        for_each_child(node, [&](const ast::Node& child) { visit(child); });
    }
  }

  // CPython's analyze_block: classify every name and compute cells and frees.
  // `bound` is nullptr at module level; returns the names free in this block.
  std::set<std::string> analyze(Scope& s, const std::set<std::string>* bound_in,
                                std::set<std::string> global) {
    std::set<std::string> bound = bound_in ? *bound_in : std::set<std::string>{};
    std::set<std::string> local, free, newbound, newglobal;
    if (s.kind == ScopeKind::Class) {
      newglobal = global;
      if (bound_in) newbound = bound;
    }
    for (const std::string& name : s.order) {
      unsigned f = s.flags[name];
      NameScope scope;
      if (f & kDefGlobal) {
        if (f & kDefNonlocal) fail("name '" + name + "' is nonlocal and global", directive(s, name));
        scope = NameScope::GlobalExplicit;
        global.insert(name);
        bound.erase(name);
      } else if (f & kDefNonlocal) {
        if (!bound_in || !bound.count(name))
          fail("no binding for nonlocal '" + name + "' found", directive(s, name));
        scope = NameScope::Free;
        free.insert(name);
      } else if (f & kDefBound) {
        scope = NameScope::Local;
        local.insert(name);
        global.erase(name);
      } else if (bound_in && bound.count(name)) {
        scope = NameScope::Free;
        free.insert(name);
      } else {
        scope = NameScope::GlobalImplicit;
      }
      s.scopes[name] = scope;
    }
    if (s.kind != ScopeKind::Class) {
      if (s.is_function()) newbound.insert(local.begin(), local.end());
      if (bound_in) newbound.insert(bound.begin(), bound.end());
      newglobal.insert(global.begin(), global.end());
    } else {
      newbound.insert("__class__");
    }
    std::set<std::string> newfree;
    for (auto& child : s.children) {
      std::set<std::string> child_free = analyze(*child, &newbound, newglobal);
      newfree.insert(child_free.begin(), child_free.end());
    }
    newfree.insert(free.begin(), free.end());
    // Locals captured by inner functions become cells.
    if (s.is_function()) {
      for (auto it = newfree.begin(); it != newfree.end();) {
        auto sc = s.scopes.find(*it);
        if (sc != s.scopes.end() && sc->second == NameScope::Local) {
          sc->second = NameScope::Cell;
          it = newfree.erase(it);
        } else {
          ++it;
        }
      }
    }
    // Methods using __class__ (or super()) get it from a cell of the class body.
    if (s.kind == ScopeKind::Class && newfree.erase("__class__")) s.cellvars.push_back("__class__");
    // Names free in children and unknown here pass through this scope as free.
    for (const std::string& name : newfree) {
      auto fl = s.flags.find(name);
      if (fl != s.flags.end()) {
        if (s.kind == ScopeKind::Class && (fl->second & (kDefBound | kDefGlobal)))
          fl->second |= kDefFreeClass;
        continue;
      }
      if (bound_in && !bound.count(name)) continue;
      if (!bound_in) continue;  // at module level it is a global
      s.flags[name] = kDefFree;
      s.order.push_back(name);
      s.scopes[name] = NameScope::Free;
    }
    for (const std::string& name : s.order) {
      NameScope sc = s.scopes[name];
      if (sc == NameScope::Cell) s.cellvars.push_back(name);
      // A class passes on names free in its methods even where it binds them itself.
      if ((sc == NameScope::Free || (s.flags[name] & kDefFreeClass)) && s.kind != ScopeKind::Module)
        s.freevars.push_back(name);
    }
    std::sort(s.cellvars.begin(), s.cellvars.end());
    std::sort(s.freevars.begin(), s.freevars.end());
    // Free names of a class that it also binds are class-level (CPython's
    // DEF_FREE_CLASS); everything else free propagates up.
    return newfree;
  }

  ast::Span directive(const Scope& s, const std::string& name) {
    auto it = directives_.find({&s, name});
    if (it != directives_.end()) return it->second;
    return ast::Span{s.lineno, s.col_offset, s.end_lineno, s.end_col_offset};
  }
};

std::unique_ptr<SymbolTable> SymbolTable::build(const ast::Module& module, const std::string& filename) {
  auto table = std::make_unique<SymbolTable>();
  SymtableBuilder builder(*table, filename);
  builder.run(module);
  return table;
}

}  // namespace compiler
