// mappingproxy (a class's read-only __dict__) and types.GenericAlias
// (list[int], dict[str, int]: what the builtin containers' __class_getitem__ returns).
#include "runtime/methods_util.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/type.h"
#include "runtime/ops.h"

namespace rt {

namespace types {
Type mappingproxy("mappingproxy", &object);
Type generic_alias("GenericAlias", &object);
}  // namespace types

namespace {

struct MappingProxy : Object {
  Value mapping;
  explicit MappingProxy(Value m) : Object(&types::mappingproxy), mapping(m) {}
  void trace(Tracer& t) override { t.mark(mapping); }
};

Value proxied(Value v) { return v.as<MappingProxy>()->mapping; }

Value mp_getitem(Value v, Value key) { return getitem(proxied(v), key); }
int64_t mp_len(Value v) { return length(proxied(v)); }
Value mp_iter(Value v) { return iter(proxied(v)); }
Value mp_repr(Value v) { return str_value("mappingproxy(" + repr_string(proxied(v)) + ")"); }
Value mp_str(Value v) { return to_str(proxied(v)); }

// keys(), values(), items(), get(), copy(): the mapping's own methods.
Value forward(Value self, const char* name, Value* args, size_t nargs, Tuple* kw) {
  Value m = getattr(proxied(self), intern(name));
  return call(m, args, nargs, kw);
}
Value mp_keys(Value s, Value* a, size_t n, Tuple* k) { return forward(s, "keys", a, n, k); }
Value mp_values(Value s, Value* a, size_t n, Tuple* k) { return forward(s, "values", a, n, k); }
Value mp_items(Value s, Value* a, size_t n, Tuple* k) { return forward(s, "items", a, n, k); }
Value mp_get(Value s, Value* a, size_t n, Tuple* k) { return forward(s, "get", a, n, k); }
Value mp_copy(Value s, Value* a, size_t n, Tuple* k) { return forward(s, "copy", a, n, k); }
Value mp_contains(Value s, Value* a, size_t n, Tuple* k) {
  method_args("__contains__", n, k, 1, 1);
  return Value::boolean(contains(proxied(s), a[0]));
}
Value mp_eq(Value s, Value* a, size_t n, Tuple* k) {
  method_args("__eq__", n, k, 1, 1);
  Value other = is_type(a[0], &types::mappingproxy) ? proxied(a[0]) : a[0];
  return Value::boolean(equal(proxied(s), other));
}

const MethodEntry kProxyMethods[] = {
    {"keys", mp_keys}, {"values", mp_values},       {"items", mp_items}, {"get", mp_get},
    {"copy", mp_copy}, {"__contains__", mp_contains}, {"__eq__", mp_eq},
};

Value mp_construct(Value, Value* args, size_t nargs, Tuple* kwnames) {
  method_args("mappingproxy", nargs, kwnames, 1, 1);
  if (is_type(args[0], &types::list) || is_type(args[0], &types::tuple) ||
      type_lookup(type_of(args[0]), names::getitem).is_null())
    raise(&exc::TypeError, "mappingproxy() argument must be a mapping, not " + type_name(args[0]));
  return Value::object(heap().make<MappingProxy>(args[0]));
}

// ---- GenericAlias ----------------------------------------------------------------------

struct GenericAlias : Object {
  Value origin;
  Tuple* args;
  GenericAlias(Value o, Tuple* a) : Object(&types::generic_alias), origin(o), args(a) {}
  void trace(Tracer& t) override {
    t.mark(origin);
    t.mark(args);
  }
};

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
  Tuple* items = is_type(args[0], &types::tuple) ? args[0].as<Tuple>() : new_tuple({args[0]});
  return Value::object(heap().make<GenericAlias>(cls, items));
}

}  // namespace

Value new_mappingproxy(Value mapping) { return Value::object(heap().make<MappingProxy>(mapping)); }

void add_generic_class_getitem(Type* t) {
  if (!t->dict) t->dict = new_dict();
  Builtin* b = heap().make<Builtin>("__class_getitem__", class_getitem);
  t->dict->set_str(names::class_getitem, Value::object(new_classmethod(Value::object(b))));
}

void install_mappingproxy_and_alias() {
  Type* p = &types::mappingproxy;
  p->getitem = mp_getitem;
  p->len = mp_len;
  p->iter = mp_iter;
  p->repr = mp_repr;
  p->str = mp_str;
  p->construct = mp_construct;
  p->flags &= ~kBaseType;
  install_methods(p, std::begin(kProxyMethods), std::end(kProxyMethods));
  Type* g = &types::generic_alias;
  g->repr = ga_repr;
  g->call = ga_call;
  g->getattr = ga_getattr;
  g->hash = ga_hash;
  g->module = str_value("types");
  static const MethodEntry kAliasMethods[] = {{"__eq__", ga_eq}};
  install_methods(g, std::begin(kAliasMethods), std::end(kAliasMethods));
  for (Type* t : {&types::list, &types::dict, &types::tuple, &types::set, &types::frozenset, &types::type})
    add_generic_class_getitem(t);
}

}  // namespace rt
