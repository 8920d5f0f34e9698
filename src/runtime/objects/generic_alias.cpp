// types.GenericAlias (PEP 585): list[int], dict[str, int], what the builtin
// containers' __class_getitem__ returns; type[int] too (ops.cpp's getitem).
#include "runtime/methods_util.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/generic_alias.h"
#include "runtime/objects/type.h"
#include "runtime/ops.h"

namespace rt {

namespace types {
Type generic_alias("GenericAlias", &object);
}  // namespace types

namespace {

std::string alias_arg_repr(Value v) {
  if (v == ellipsis()) return "...";
  if (is_type_object(v)) return type_full_name(v.as<Type>());
  return repr_string(v);
}

Value ga_repr(Value v) {
  auto* g = v.as<GenericAlias>();
  std::string out = alias_arg_repr(g->origin) + "[";
  if (g->args->items.empty()) out += "()";
  for (size_t i = 0; i < g->args->items.size(); ++i) out += (i ? ", " : "") + alias_arg_repr(g->args->items[i]);
  return str_value(out + "]");
}

Value ga_call(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  return call(self.as<GenericAlias>()->origin, args, nargs, kwnames);
}

Value ga_getattr(Value v, Str* name) {
  auto* g = v.as<GenericAlias>();
  if (name->data == "__origin__") return g->origin;
  if (name->data == "__args__") return Value::object(g->args);
  if (name->data == "__parameters__") return tuple_value({});
  // Everything else is the origin's (list[int].append is list.append).
  if (name->data.starts_with("__") && name->data.ends_with("__")) return Value::null();
  return getattr_opt(g->origin, name);
}

Value ga_eq(Value s, Value* a, size_t n, Tuple* k) {
  method_args("__eq__", n, k, 1, 1);
  if (!is_type(a[0], &types::generic_alias)) return not_implemented();
  auto* x = s.as<GenericAlias>();
  auto* y = a[0].as<GenericAlias>();
  return Value::boolean(x->origin == y->origin && equal(Value::object(x->args), Value::object(y->args)));
}

int64_t ga_hash(Value v) {
  auto* g = v.as<GenericAlias>();
  return hash(g->origin) ^ hash(Value::object(g->args));
}

// T.__class_getitem__(item): T[item] for the builtin generic containers.
Value class_getitem(Value cls, Value* args, size_t nargs, Tuple* kw) {
  method_args("__class_getitem__", nargs, kw, 1, 1);
  return new_generic_alias(cls, args[0]);
}

}  // namespace

Value new_generic_alias(Value origin, Value args) {
  Tuple* items = is_type(args, &types::tuple) ? args.as<Tuple>() : new_tuple({args});
  return Value::object(heap().make<GenericAlias>(origin, items));
}

void add_generic_class_getitem(Type* t) {
  if (!t->dict) t->dict = new_dict();
  Builtin* b = heap().make<Builtin>("__class_getitem__", class_getitem);
  t->dict->set_str(names::class_getitem, Value::object(new_classmethod(Value::object(b))));
}

void install_generic_alias() {
  Type* g = &types::generic_alias;
  g->repr = ga_repr;
  g->call = ga_call;
  g->getattr = ga_getattr;
  g->hash = ga_hash;
  g->module = str_value("types");
  static const MethodEntry kAliasMethods[] = {{"__eq__", ga_eq}};
  install_methods(g, std::begin(kAliasMethods), std::end(kAliasMethods));
  for (Type* t : {&types::list, &types::dict, &types::tuple, &types::set, &types::frozenset})
    add_generic_class_getitem(t);
  g->binary = union_binary;
  add_slot_wrappers(g, {"__or__", "__ror__"});
}

}  // namespace rt
