// types.UnionType (PEP 604): `int | str`, `list[int] | None` (CPython's
// Objects/unionobject.c). isinstance/issubclass accept a union as they accept
// a tuple (builtins_objects.cpp).
#include "runtime/methods_util.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/generic_alias.h"
#include "runtime/objects/set.h"
#include "runtime/objects/type.h"
#include "runtime/ops.h"

namespace rt {

namespace types {
Type union_type("UnionType", &object);
}  // namespace types

namespace {

// What may stand on either side of `|` in a union (CPython's is_unionable).
bool is_unionable(Value v) {
  return v.is_none() || is_type_object(v) || is_type(v, &types::generic_alias) || is_type(v, &types::union_type);
}

// The members of v as a union argument list: a union's own, else v itself.
void append_args(std::vector<Value>& out, Value v) {
  if (is_type(v, &types::union_type)) {
    for (Value x : v.as<UnionType>()->args->items) append_args(out, x);
    return;
  }
  out.push_back(v.is_none() ? type_value(&types::none) : v);
}

// Duplicates go, the first occurrence stays (generic aliases compare by value).
std::vector<Value> dedup(const std::vector<Value>& items) {
  std::vector<Value> out;
  for (Value v : items) {
    bool seen = false;
    for (Value o : out) {
      bool both_alias = is_type(v, &types::generic_alias) && is_type(o, &types::generic_alias);
      if (o == v || (both_alias && equal(o, v))) seen = true;
    }
    if (!seen) out.push_back(v);
  }
  return out;
}

std::string arg_repr(Value v) {
  if (v == type_value(&types::none)) return "None";
  if (is_type(v, &types::generic_alias)) return repr_string(v);
  if (is_type_object(v)) {
    Type* t = v.as<Type>();
    std::string mod = type_module(t);
    return mod == "builtins" ? type_qualname(t) : mod + "." + type_qualname(t);
  }
  return repr_string(v);
}

Value union_repr(Value v) {
  std::string out;
  for (Value a : v.as<UnionType>()->args->items) out += (out.empty() ? "" : " | ") + arg_repr(a);
  return str_value(out);
}

Value union_args(Value v) { return Value::object(v.as<UnionType>()->args); }
Value union_parameters(Value) { return tuple_value({}); }

// Equal when the argument sets are equal (order does not matter).
Value union_richcompare(bytecode::CompareOp op, Value a, Value b) {
  using bytecode::CompareOp;
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_type(a, &types::union_type) ||
      !is_type(b, &types::union_type))
    return Value::null();
  Set* x = new_set(true);
  Set* y = new_set(true);
  x->update(Value::object(a.as<UnionType>()->args));
  y->update(Value::object(b.as<UnionType>()->args));
  bool same = equal(Value::object(x), Value::object(y));
  return Value::boolean(op == CompareOp::Eq ? same : !same);
}

int64_t union_hash(Value v) {
  Set* s = new_set(true);
  s->update(Value::object(v.as<UnionType>()->args));
  return hash(Value::object(s));
}

Value union_getitem(Value v, Value) {
  raise(&exc::TypeError, repr_string(v) + " is not a generic class");
}

}  // namespace

Value union_or(Value a, Value b) {
  if (!is_unionable(a) || !is_unionable(b)) return not_implemented();
  std::vector<Value> items;
  append_args(items, a);
  append_args(items, b);
  items = dedup(items);
  if (items.size() == 1) return items[0];
  return Value::object(heap().make<UnionType>(new_tuple(std::move(items))));
}

Value union_binary(bytecode::BinaryOp op, Value a, Value b) {
  if (op != bytecode::BinaryOp::Or) return Value::null();
  Value r = union_or(a, b);
  return r == not_implemented() ? Value::null() : r;
}

Tuple* union_check_args(Value u, const char* who) {
  Tuple* args = u.as<UnionType>()->args;
  for (Value a : args->items)
    if (is_type(a, &types::generic_alias))
      raise(&exc::TypeError, std::string(who) + "() argument 2 cannot be a parameterized generic");
  return args;
}

void install_union_type() {
  Type* u = &types::union_type;
  u->repr = union_repr;
  add_readonly_member(u, "__args__", union_args);
  add_readonly_member(u, "__parameters__", union_parameters);
  u->hash = union_hash;
  u->getitem = union_getitem;
  u->richcompare = union_richcompare;
  u->binary = union_binary;
  u->module = str_value("types");
  u->flags &= ~kBaseType;
  add_slot_wrappers(u, {"__or__", "__ror__"});
}

}  // namespace rt
