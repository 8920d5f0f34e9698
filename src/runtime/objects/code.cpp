// The code type's Python face (CPython's Objects/codeobject.c): the co_*
// attributes, co_lines(), co_positions(), replace(), equality, hash and repr.
// co_code, co_linetable and co_exceptiontable are in code_tables.cpp.
#include <tuple>

#include "runtime/methods_util.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/int.h"
#include "runtime/objects/type.h"

namespace rt {

int code_line(const CodeObj* code, int64_t instr) {
  const auto& locs = code->src->locations;
  if (instr < 0 || static_cast<size_t>(instr) >= locs.size()) return code->first_line;
  return locs[instr].line;
}

namespace {

CodeObj* as_code(Value v) { return v.as<CodeObj>(); }

Value names_tuple(std::vector<Str*>::const_iterator begin, std::vector<Str*>::const_iterator end) {
  std::vector<Value> items;
  for (auto it = begin; it != end; ++it) items.push_back(Value::object(*it));
  return tuple_value(std::move(items));
}

Value co_varnames(Value v) { return names_tuple(as_code(v)->varnames.begin(), as_code(v)->varnames.end()); }
// CPython keeps a parameter that a closure captures in the parameter's own
// slot, so co_cellvars lists those first, in parameter order, then the other
// cells in their stored (sorted) order. The VM keeps all cells apart.
std::vector<uint32_t> cellvar_order(const CodeObj* c) {
  std::vector<uint32_t> order;
  for (uint32_t arg = 0; arg < c->nlocals; ++arg)
    for (uint32_t k = 0; k < c->ncells; ++k)
      if (c->cell_arg[k] == static_cast<int32_t>(arg)) order.push_back(k);
  for (uint32_t k = 0; k < c->ncells; ++k)
    if (c->cell_arg[k] < 0) order.push_back(k);
  return order;
}

Value co_cellvars(Value v) {
  const CodeObj* c = as_code(v);
  std::vector<Value> items;
  for (uint32_t k : cellvar_order(c)) items.push_back(Value::object(c->cell_and_free[k]));
  return tuple_value(std::move(items));
}
Value co_freevars(Value v) {
  const CodeObj* c = as_code(v);
  return names_tuple(c->cell_and_free.begin() + c->ncells, c->cell_and_free.end());
}

// Instruction offsets are reported in bytes, two per instruction, as
// CPython's code units (f_lasti and tb_lasti count the same way).
Value offset(size_t instr) { return make_int(static_cast<int64_t>(instr) * 2); }
Value line_or_none(int32_t line) { return line > 0 ? make_int(line) : Value::none(); }
Value col_or_none(int32_t col) { return col >= 0 ? make_int(col) : Value::none(); }

// co_lines(): (start, end, line) for each run of instructions on one line.
Value code_lines(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("co_lines($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  const auto& locs = as_code(self)->src->locations;
  std::vector<Value> ranges;
  size_t start = 0;
  for (size_t i = 1; i <= locs.size(); ++i) {
    if (i < locs.size() && locs[i].line == locs[start].line) continue;
    ranges.push_back(tuple_value({offset(start), offset(i), line_or_none(locs[start].line)}));
    start = i;
  }
  return iter(Value::object(new_list(std::move(ranges))));
}

// co_positions(): (line, end_line, col, end_col) of each instruction.
Value code_positions(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("co_positions($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  std::vector<Value> positions;
  for (const auto& loc : as_code(self)->src->locations)
    positions.push_back(tuple_value({line_or_none(loc.line), line_or_none(loc.end_line), col_or_none(loc.col),
                                     col_or_none(loc.end_col)}));
  return iter(Value::object(new_list(std::move(positions))));
}

// ---- replace -------------------------------------------------------------------------

CodeObj* copy_code(const CodeObj* o) {
  CodeObj* c = heap().make<CodeObj>();
  c->src = o->src;
  c->code = o->code;
  c->consts = o->consts;
  c->names = o->names;
  c->varnames = o->varnames;
  c->cell_and_free = o->cell_and_free;
  c->cell_arg = o->cell_arg;
  c->global_caches = o->global_caches;
  c->attr_caches = o->attr_caches;
  c->name = o->name;
  c->qualname = o->qualname;
  c->filename = o->filename;
  c->nlocals = o->nlocals;
  c->ncells = o->ncells;
  c->nfree = o->nfree;
  c->argcount = o->argcount;
  c->posonly = o->posonly;
  c->kwonly = o->kwonly;
  c->flags = o->flags;
  c->frame_size = o->frame_size;
  c->first_line = o->first_line;
  c->stacksize = o->stacksize;
  return c;
}

// An int field of replace(): CPython rejects negative values.
void replace_int(Value v, const char* name, uint32_t& field) {
  if (v.is_null()) return;
  int64_t n = index_value(v, name);
  if (n < 0) raise(&exc::ValueError, std::string(name) + " must be a positive integer");
  if (n > INT32_MAX) raise(&exc::OverflowError, "Python int too large to convert to C int");
  field = static_cast<uint32_t>(n);
}

void replace_str(Value v, const char* name, Str*& field) {
  if (v.is_null() || v.is_none()) return;
  if (!isinstance(v, &types::str))
    raise(&exc::TypeError, std::string("replace() argument '") + name + "' must be str, not " + type_name(v));
  field = v.as<Str>();
}

// A tuple argument of replace() (co_consts, co_names, ...), or null when not given.
const std::vector<Value>* replace_tuple(Value v, const char* name) {
  if (v.is_null() || v.is_none()) return nullptr;
  if (!isinstance(v, &types::tuple))
    raise(&exc::TypeError, std::string("replace() argument '") + name + "' must be tuple, not " + type_name(v));
  return &v.as<Tuple>()->items;
}

std::vector<Str*> name_list(const std::vector<Value>& items) {
  std::vector<Str*> names;
  for (Value n : items) {
    if (!is_type(n, &types::str)) raise(&exc::SystemError, "non-string found in code slot");
    names.push_back(intern(n.as<Str>()->data));
  }
  return names;
}

// The bytecode indexes constants, names and variable slots by position, so a
// replacement may not be shorter than what it replaces (CPython would run off
// the end); the variable tables keep their sizes.
void check_not_shorter(size_t given, size_t needed, const char* what) {
  if (given < needed) raise(&exc::ValueError, std::string("code: ") + what + " is too small");
}

Value code_replace(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig(
      "replace($self, /, *, co_argcount=<unrepresentable>, co_posonlyargcount=<unrepresentable>, "
      "co_kwonlyargcount=<unrepresentable>, co_nlocals=<unrepresentable>, co_stacksize=<unrepresentable>, "
      "co_flags=<unrepresentable>, co_firstlineno=<unrepresentable>, co_code=None, co_consts=None, "
      "co_names=None, co_varnames=None, co_freevars=None, co_cellvars=None, co_filename=None, co_name=None, "
      "co_qualname=None, co_linetable=None, co_exceptiontable=None)");
  auto [argcount, posonly, kwonly, nlocals, stacksize, flags, firstlineno, co_code, consts, names, varnames,
        freevars, cellvars, filename, name, qualname, linetable, exceptiontable] = sig.bind<18>(self, args, nargs, kw);
  const CodeObj* old = as_code(self);
  // pyvm runs its own instructions: these three may be given only as they are.
  for (auto [v, what, current] : {std::tuple{co_code, "co_code", code_co_code(old)},
                                   {linetable, "co_linetable", code_co_linetable(old)},
                                   {exceptiontable, "co_exceptiontable", code_co_exceptiontable(old)}}) {
    if (v.is_none()) continue;
    if (!is_bytes(v)) raise(&exc::TypeError, std::string("replace() argument '") + what + "' must be bytes, not " + type_name(v));
    if (!equal(v, current))
      raise(&exc::ValueError, std::string("code.replace(): pyvm cannot run a changed ") + what +
                                  " (its instructions are not CPython's)");
  }
  CodeObj* c = copy_code(old);
  replace_int(argcount, "co_argcount", c->argcount);
  replace_int(posonly, "co_posonlyargcount", c->posonly);
  replace_int(kwonly, "co_kwonlyargcount", c->kwonly);
  uint32_t new_nlocals = c->nlocals;
  replace_int(nlocals, "co_nlocals", new_nlocals);
  replace_int(stacksize, "co_stacksize", c->stacksize);
  replace_int(flags, "co_flags", c->flags);
  uint32_t first = static_cast<uint32_t>(c->first_line);
  replace_int(firstlineno, "co_firstlineno", first);
  c->first_line = static_cast<int32_t>(first);
  replace_str(filename, "co_filename", c->filename);
  replace_str(name, "co_name", c->name);
  replace_str(qualname, "co_qualname", c->qualname);
  if (auto* items = replace_tuple(consts, "co_consts")) {
    check_not_shorter(items->size(), old->consts.size(), "co_consts");
    c->consts = *items;
  }
  if (auto* items = replace_tuple(names, "co_names")) {
    c->names = name_list(*items);
    check_not_shorter(c->names.size(), old->names.size(), "co_names");
  }
  if (auto* items = replace_tuple(varnames, "co_varnames")) c->varnames = name_list(*items);
  std::vector<Str*> cells(old->cell_and_free.begin(), old->cell_and_free.begin() + old->ncells);
  std::vector<Str*> frees(old->cell_and_free.begin() + old->ncells, old->cell_and_free.end());
  if (auto* items = replace_tuple(cellvars, "co_cellvars")) {
    std::vector<Str*> given = name_list(*items);
    if (given.size() != old->ncells) raise(&exc::ValueError, "code: co_cellvars must keep its length");
    std::vector<uint32_t> order = cellvar_order(old);
    for (size_t j = 0; j < given.size(); ++j) cells[order[j]] = given[j];
  }
  if (auto* items = replace_tuple(freevars, "co_freevars")) frees = name_list(*items);
  if (c->argcount < c->posonly) raise(&exc::SystemError, "bad argument to internal function");
  if (new_nlocals != c->varnames.size()) raise(&exc::ValueError, "code: co_nlocals != len(co_varnames)");
  if (c->varnames.size() != old->nlocals || c->total_args() > c->varnames.size())
    raise(&exc::ValueError, "code: co_varnames is too small");
  if (frees.size() != old->nfree) raise(&exc::ValueError, "code: co_freevars must keep its length");
  c->cell_and_free = cells;
  c->cell_and_free.insert(c->cell_and_free.end(), frees.begin(), frees.end());
  return Value::object(c);
}

// ---- equality, hash, repr ------------------------------------------------------------

// Constants compare as CPython's _PyCode_ConstantKey does: 1, 1.0 and True differ.
bool same_constant(Value a, Value b) {
  if (type_of(a) != type_of(b)) return false;
  if (a.is_float()) return a.bits == b.bits;
  if (is_type(a, &types::tuple)) {
    const auto& x = a.as<Tuple>()->items;
    const auto& y = b.as<Tuple>()->items;
    if (x.size() != y.size()) return false;
    for (size_t i = 0; i < x.size(); ++i)
      if (!same_constant(x[i], y[i])) return false;
    return true;
  }
  return a == b || equal(a, b);
}

bool same_names(const std::vector<Str*>& a, const std::vector<Str*>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (!str_equal(a[i], b[i])) return false;
  return true;
}

bool code_equal(const CodeObj* a, const CodeObj* b) {
  if (a == b) return true;
  if (!str_equal(a->name, b->name) || a->argcount != b->argcount || a->posonly != b->posonly ||
      a->kwonly != b->kwonly || a->flags != b->flags || a->first_line != b->first_line ||
      a->src->code != b->src->code || a->consts.size() != b->consts.size())
    return false;
  for (size_t i = 0; i < a->consts.size(); ++i)
    if (!same_constant(a->consts[i], b->consts[i])) return false;
  return same_names(a->names, b->names) && same_names(a->varnames, b->varnames) &&
         same_names(a->cell_and_free, b->cell_and_free);
}

Value code_eq(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__eq__", nargs, kw, 1, 1);
  if (!is_type(args[0], &types::code)) return not_implemented();
  return Value::boolean(code_equal(as_code(self), as_code(args[0])));
}

Value code_ne(Value self, Value* args, size_t nargs, Tuple* kw) {
  Value r = code_eq(self, args, nargs, kw);
  return r == not_implemented() ? r : Value::boolean(!r.is_true());
}

// Equal code objects hash alike: only fields code_equal compares go in.
int64_t code_hash(Value v) {
  const CodeObj* c = as_code(v);
  int64_t h = str_hash(c->name) ^ static_cast<int64_t>(c->src->code.size()) ^ c->argcount ^ c->posonly ^
              c->kwonly ^ c->flags;
  return h == -1 ? -2 : h;
}

Value code_repr(Value v) {
  const CodeObj* c = as_code(v);
  return str_value("<code object " + c->name->data + " at " + address_string(v) + ", file \"" + c->filename->data +
                   "\", line " + std::to_string(c->first_line != 0 ? c->first_line : -1) + ">");
}

}  // namespace

void install_code_type() {
  Type& t = types::code;
  t.repr = code_repr;
  t.hash = code_hash;
  static const MethodEntry methods[] = {
      {"co_lines", code_lines},
      {"co_positions", code_positions},
      {"replace", code_replace},
      {"__eq__", code_eq},
      {"__ne__", code_ne},
  };
  install_methods(&t, std::begin(methods), std::end(methods));
  add_readonly_member(&t, "co_name", [](Value v) { return Value::object(as_code(v)->name); });
  add_readonly_member(&t, "co_qualname", [](Value v) { return Value::object(as_code(v)->qualname); });
  add_readonly_member(&t, "co_filename", [](Value v) { return Value::object(as_code(v)->filename); });
  add_readonly_member(&t, "co_firstlineno", [](Value v) { return make_int(as_code(v)->first_line); });
  add_readonly_member(&t, "co_argcount", [](Value v) { return make_int(as_code(v)->argcount); });
  add_readonly_member(&t, "co_posonlyargcount", [](Value v) { return make_int(as_code(v)->posonly); });
  add_readonly_member(&t, "co_kwonlyargcount", [](Value v) { return make_int(as_code(v)->kwonly); });
  add_readonly_member(&t, "co_flags", [](Value v) { return make_int(as_code(v)->flags); });
  add_readonly_member(&t, "co_stacksize", [](Value v) { return make_int(as_code(v)->stacksize); });
  add_readonly_member(&t, "co_consts", [](Value v) { return tuple_value(as_code(v)->consts); });
  add_readonly_member(&t, "co_names", [](Value v) {
    return names_tuple(as_code(v)->names.begin(), as_code(v)->names.end());
  });
  add_getset(&t, "co_nlocals", [](Value v) { return make_int(as_code(v)->nlocals); });
  add_getset(&t, "co_varnames", co_varnames);
  add_readonly_member(&t, "co_code", [](Value v) { return code_co_code(as_code(v)); });
  add_readonly_member(&t, "co_linetable", [](Value v) { return code_co_linetable(as_code(v)); });
  add_readonly_member(&t, "co_exceptiontable", [](Value v) { return code_co_exceptiontable(as_code(v)); });
  add_getset(&t, "co_cellvars", co_cellvars);
  add_getset(&t, "co_freevars", co_freevars);
}

}  // namespace rt
