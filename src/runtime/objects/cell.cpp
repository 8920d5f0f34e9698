// The cell type (CPython's Objects/cellobject.c): the boxes closures share a
// variable through, seen from Python as function.__closure__ items.
#include "runtime/methods_util.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/type.h"

namespace rt {

namespace {

Cell* as_cell(Value v) { return v.as<Cell>(); }

Value cell_contents(Value v) {
  Value c = as_cell(v)->value;
  if (c.is_null()) raise(&exc::ValueError, "Cell is empty");
  return c;
}

// Deleting empties the cell (no error when it already is).
void set_cell_contents(Value v, Value value) { as_cell(v)->value = value; }

Value cell_repr(Value v) {
  Value c = as_cell(v)->value;
  std::string inner = c.is_null() ? "empty" : type_name(c) + " object at " + address_string(c);
  return str_value("<cell at " + address_string(v) + ": " + inner + ">");
}

// Cells compare by contents; an empty cell equals only another empty one.
Value cell_compare(Value self, Value* args, size_t nargs, Tuple* kw, bool eq) {
  method_args(eq ? "__eq__" : "__ne__", nargs, kw, 1, 1);
  if (!is_type(args[0], &types::cell)) return not_implemented();
  Value a = as_cell(self)->value, b = as_cell(args[0])->value;
  bool same = a.is_null() || b.is_null() ? a.is_null() == b.is_null() : a == b || equal(a, b);
  return Value::boolean(same == eq);
}

Value cell_eq(Value self, Value* args, size_t nargs, Tuple* kw) { return cell_compare(self, args, nargs, kw, true); }
Value cell_ne(Value self, Value* args, size_t nargs, Tuple* kw) { return cell_compare(self, args, nargs, kw, false); }

// types.CellType([contents]).
Value cell_construct(Value, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("cell(contents=<unrepresentable>, /)");
  auto [contents] = sig.bind<1>(Value::null(), args, nargs, kw);
  return Value::object(heap().make<Cell>(contents));
}

}  // namespace

void install_cell_type() {
  Type& t = types::cell;
  t.repr = cell_repr;
  t.construct = cell_construct;
  static const MethodEntry methods[] = {{"__eq__", cell_eq}, {"__ne__", cell_ne}};
  install_methods(&t, std::begin(methods), std::end(methods));
  add_getset(&t, "cell_contents", cell_contents, set_cell_contents);
}

}  // namespace rt
