// mappingproxy: a class's read-only __dict__ (types.MappingProxyType).
#include "runtime/methods_util.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/type.h"
#include "runtime/ops.h"

namespace rt {

namespace types {
Type mappingproxy("mappingproxy", &object);
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

}  // namespace

Value new_mappingproxy(Value mapping) { return Value::object(heap().make<MappingProxy>(mapping)); }


void install_mappingproxy() {
  Type* p = &types::mappingproxy;
  p->getitem = mp_getitem;
  p->len = mp_len;
  p->iter = mp_iter;
  p->repr = mp_repr;
  p->str = mp_str;
  p->construct = mp_construct;
  p->flags &= ~kBaseType;
  install_methods(p, std::begin(kProxyMethods), std::end(kProxyMethods));
}

}  // namespace rt
