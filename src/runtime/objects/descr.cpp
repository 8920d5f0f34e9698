// Bound methods, property, classmethod, staticmethod and __slots__ members,
// with their descriptor slots (descr_get / descr_set) and Python methods.
#include "runtime/objects/descr.h"

#include "runtime/methods_util.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type.h"
#include "runtime/ops.h"

namespace rt {

namespace types {
Type method("method", &object);
Type property("property", &object);
Type classmethod("classmethod", &object);
Type staticmethod("staticmethod", &object);
Type member_descr("member_descriptor", &object);
Type getset_descr("getset_descriptor", &object);
}  // namespace types

Method::Method(Value f, Value s) : Object(&types::method), func(f), self(s) {}
void Method::trace(Tracer& t) {
  t.mark(func);
  t.mark(self);
}

Property::Property(Type* t)
    : Object(t), fget(Value::none()), fset(Value::none()), fdel(Value::none()), doc(Value::none()),
      name(Value::none()) {}
void Property::trace(Tracer& t) {
  t.mark(fget);
  t.mark(fset);
  t.mark(fdel);
  t.mark(doc);
  t.mark(name);
  if (InstanceAttrs* a = attrs_of(this)) a->trace(t);
}

FuncWrapper::FuncWrapper(Type* t, Value c) : Object(t), callable(c) {}
void FuncWrapper::trace(Tracer& t) {
  t.mark(callable);
  attrs.trace(t);
}

MemberDescr::MemberDescr(Type* o, Str* n, uint32_t i) : Object(&types::member_descr), owner(o), name(n), index(i) {}
void MemberDescr::trace(Tracer& t) {
  t.mark(owner);
  t.mark(name);
}

GetSetDescr::GetSetDescr(Type* o, Str* n, Value (*g)(Value)) : Object(&types::getset_descr), owner(o), name(n), get(g) {}

void add_getset(Type* owner, const char* name, Value (*get)(Value obj), void (*set)(Value obj, Value value)) {
  if (!owner->dict) owner->dict = new_dict();
  Str* n = intern(name);
  auto* d = heap().make<GetSetDescr>(owner, n, get);
  d->set = set;
  owner->dict->set_str(n, Value::object(d));
}

void add_readonly_member(Type* owner, const char* name, Value (*get)(Value obj)) {
  add_getset(owner, name, get);
  owner->dict->get_str(intern(name)).as<GetSetDescr>()->readonly_member = true;
}

Value new_method(Value func, Value self) { return Value::object(heap().make<Method>(func, self)); }
Object* new_staticmethod(Value f) { return heap().make<FuncWrapper>(&types::staticmethod, f); }
Object* new_classmethod(Value f) { return heap().make<FuncWrapper>(&types::classmethod, f); }
Object* new_member_descr(Type* owner, Str* name, uint32_t index) {
  return heap().make<MemberDescr>(owner, name, index);
}

Value call_with_self(Value func, Value self, Type* type, Value* args, size_t nargs, Tuple* kwnames) {
  if (func.is_object()) {
    Type* ft = func.as_object()->type;
    if (is_builtin_type(ft)) {
      Builtin* b = func.as<Builtin>();
      // A method descriptor, or a native function wrapped by classmethod:
      // either way the receiver arrives as `self`.
      if (b->self.is_null()) return b->fn(self, args, nargs, kwnames);
    }
    if (ft == &types::function) {
      Value small[8];
      std::vector<Value> big;
      Value* all = small;
      if (nargs + 1 > 8) {
        big.resize(nargs + 1);
        all = big.data();
      }
      all[0] = self;
      for (size_t i = 0; i < nargs; ++i) all[i + 1] = args[i];
      return call(func, all, nargs + 1, kwnames);
    }
  }
  return call(bind_descriptor(func, self, type), args, nargs, kwnames);
}

namespace {

Value owner_or_type(Value obj, Value owner) { return owner.is_null() ? type_value(type_of(obj)) : owner; }

// ---- descriptor slots ------------------------------------------------------------------

Value function_get(Value self, Value obj, Value) { return obj.is_null() || obj.is_none() ? self : new_method(self, obj); }

Value builtin_get(Value self, Value obj, Value) {
  Builtin* b = self.as<Builtin>();
  if (obj.is_null() || !b->self.is_null() || !b->method_of) return self;
  if (!isinstance(obj, b->method_of))
    raise(&exc::TypeError, "descriptor '" + std::string(b->name) + "' for '" + b->method_of->name +
                               "' objects doesn't apply to a '" + type_name(obj) + "' object");
  Builtin* bound = heap().make<Builtin>(b->name, b->fn, obj);
  bound->method_of = b->method_of;
  return Value::object(bound);
}

Value classmethod_get(Value self, Value obj, Value owner) {
  Value f = self.as<FuncWrapper>()->callable;
  Value cls = owner_or_type(obj, owner);
  // A wrapped descriptor (classmethod(property(...))) is bound through its own __get__.
  Type* ft = type_of(f);
  if (ft->descr_get && ft != &types::function && !is_builtin_type(ft)) return ft->descr_get(f, cls, cls);
  return new_method(f, cls);
}

Value staticmethod_get(Value self, Value, Value) { return self.as<FuncWrapper>()->callable; }

std::string property_name(Value self) {
  Property* p = self.as<Property>();
  if (is_type(p->name, &types::str)) return p->name.as<Str>()->data;
  return "";
}

[[noreturn]] void property_error(Value self, Value obj, const char* what) {
  std::string n = property_name(self);
  if (n.empty()) raise(&exc::AttributeError, std::string(what == std::string("getter") ? "unreadable attribute" :
                                                         what == std::string("setter") ? "can't set attribute" :
                                                         "can't delete attribute"));
  raise(&exc::AttributeError, "property '" + n + "' of '" + type_name(obj) + "' object has no " + what);
}

Value property_get(Value self, Value obj, Value) {
  if (obj.is_null() || obj.is_none()) return self;
  Property* p = self.as<Property>();
  if (p->fget.is_none()) property_error(self, obj, "getter");
  return call(p->fget, &obj, 1);
}

void property_set(Value self, Value obj, Value value) {
  Property* p = self.as<Property>();
  if (value.is_null()) {
    if (p->fdel.is_none()) property_error(self, obj, "deleter");
    call(p->fdel, &obj, 1);
    return;
  }
  if (p->fset.is_none()) property_error(self, obj, "setter");
  Value args[2] = {obj, value};
  call(p->fset, args, 2);
}

Value member_get(Value self, Value obj, Value) {
  if (obj.is_null() || obj.is_none()) return self;
  MemberDescr* m = self.as<MemberDescr>();
  if (!isinstance(obj, m->owner))
    raise(&exc::TypeError, "descriptor '" + m->name->data + "' for '" + m->owner->name +
                               "' objects doesn't apply to a '" + type_name(obj) + "' object");
  InstanceAttrs* a = attrs_of(obj.as_object());
  Value v = a && m->index < a->values.size() ? a->values[m->index] : Value::null();
  if (v.is_null()) raise(&exc::AttributeError, "'" + type_name(obj) + "' object has no attribute '" + m->name->data + "'");
  return v;
}

void member_set(Value self, Value obj, Value value) {
  MemberDescr* m = self.as<MemberDescr>();
  if (!isinstance(obj, m->owner))
    raise(&exc::TypeError, "descriptor '" + m->name->data + "' for '" + m->owner->name +
                               "' objects doesn't apply to a '" + type_name(obj) + "' object");
  InstanceAttrs* a = attrs_of(obj.as_object());
  if (a->values.size() <= m->index) a->values.resize(obj.as_object()->type->nslots);
  // CPython 3.11 names only the slot when deleting an empty one.
  if (value.is_null() && a->values[m->index].is_null()) raise(&exc::AttributeError, m->name->data);
  a->values[m->index] = value;
}

Value getset_get(Value self, Value obj, Value) {
  if (obj.is_null() || obj.is_none()) return self;
  auto* g = self.as<GetSetDescr>();
  // The getter casts obj to the owner's layout: another object must not reach it.
  if (!isinstance(obj, g->owner))
    raise(&exc::TypeError, "descriptor '" + g->name->data + "' for '" + g->owner->name +
                               "' objects doesn't apply to a '" + type_name(obj) + "' object");
  return g->get(obj);
}
void getset_set(Value self, Value obj, Value value) {
  auto* g = self.as<GetSetDescr>();
  if (g->set) {
    if (!isinstance(obj, g->owner))
      raise(&exc::TypeError, "descriptor '" + g->name->data + "' for '" + g->owner->name +
                                 "' objects doesn't apply to a '" + type_name(obj) + "' object");
    g->set(obj, value);
    return;
  }
  if (g->readonly_member) raise(&exc::AttributeError, "readonly attribute");
  raise(&exc::AttributeError, "attribute '" + g->name->data + "' of '" + g->owner->name + "' objects is not writable");
}
Value getset_repr(Value v) {
  auto* g = v.as<GetSetDescr>();
  const char* kind = g->readonly_member ? "<member '" : "<attribute '";
  return str_value(kind + g->name->data + "' of '" + g->owner->name + "' objects>");
}

// ---- calls and reprs -------------------------------------------------------------------

Value method_call(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  Method* m = self.as<Method>();
  return call_with_self(m->func, m->self, nullptr, args, nargs, kwnames);
}

Value staticmethod_call(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  return call(self.as<FuncWrapper>()->callable, args, nargs, kwnames);
}

std::string callable_qualname(Value f) {
  Value q = getattr_opt(f, intern("__qualname__"));
  if (!q.is_null() && is_type(q, &types::str)) return q.as<Str>()->data;
  q = getattr_opt(f, intern("__name__"));
  if (!q.is_null() && is_type(q, &types::str)) return q.as<Str>()->data;
  return "?";
}

Value method_repr(Value v) {
  Method* m = v.as<Method>();
  return str_value("<bound method " + callable_qualname(m->func) + " of " + repr_string(m->self) + ">");
}
Value property_repr(Value v) { return str_value("<property object at " + address_string(v) + ">"); }
Value classmethod_repr(Value v) {
  return str_value("<classmethod(" + repr_string(v.as<FuncWrapper>()->callable) + ")>");
}
Value staticmethod_repr(Value v) {
  return str_value("<staticmethod(" + repr_string(v.as<FuncWrapper>()->callable) + ")>");
}
Value member_repr(Value v) {
  MemberDescr* m = v.as<MemberDescr>();
  return str_value("<member '" + m->name->data + "' of '" + m->owner->name + "' objects>");
}

bool method_eq(Value a, Value b) {
  Method* x = a.as<Method>();
  Method* y = b.as<Method>();
  return x->self == y->self && equal(x->func, y->func);
}
int64_t method_hash(Value v) {
  Method* m = v.as<Method>();
  return hash(m->func) ^ static_cast<int64_t>((m->self.bits & Value::kPayload) >> 4);
}

Value method_getattr(Value v, Str* name) {
  Method* m = v.as<Method>();
  if (name->data == "__func__") return m->func;
  if (name->data == "__self__") return m->self;
  return getattr_opt(m->func, name);
}

// classmethod/staticmethod: __func__ and __wrapped__ (3.10+) name the callable.
Value wrapper_func(Value v) { return v.as<FuncWrapper>()->callable; }
Value wrapper_isabstract(Value v) {
  Value a = getattr_opt(v.as<FuncWrapper>()->callable, intern("__isabstractmethod__"));
  return a.is_null() ? Value::boolean(false) : Value::boolean(truthy(a));
}
Value wrapper_dict(Value v) { return Value::object(instance_dict(v.as_object())); }
void wrapper_set_dict(Value v, Value d) {
  if (d.is_null() || !isinstance(d, &types::dict))
    raise(&exc::TypeError, "__dict__ must be set to a dictionary, not a '" + type_name(d) + "'");
  replace_instance_dict(v.as_object(), d.as<Dict>());
}

Value member_getattr(Value v, Str* name) {
  MemberDescr* m = v.as<MemberDescr>();
  if (name->data == "__name__") return Value::object(m->name);
  if (name->data == "__objclass__") return type_value(m->owner);
  return Value::null();
}

// ---- property's methods ----------------------------------------------------------------

Property* check_property(Value self, const char* fn) {
  if (!isinstance(self, &types::property))
    raise(&exc::TypeError, std::string("descriptor '") + fn + "' for 'property' objects doesn't apply to a '" +
                               type_name(self) + "' object");
  return self.as<Property>();
}

Value property_copy(Value self, Value fget, Value fset, Value fdel) {
  Property* old = self.as<Property>();
  Type* t = old->type;
  Value args[4] = {fget.is_null() ? old->fget : fget, fset.is_null() ? old->fset : fset,
                   fdel.is_null() ? old->fdel : fdel, old->doc};
  Value np = call(type_value(t), args, 4);
  if (isinstance(np, &types::property)) np.as<Property>()->name = old->name;
  return np;
}

Value p_getter(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("getter", nargs, kw, 1, 1);
  check_property(self, "getter");
  return property_copy(self, args[0], Value::null(), Value::null());
}
Value p_setter(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("setter", nargs, kw, 1, 1);
  check_property(self, "setter");
  return property_copy(self, Value::null(), args[0], Value::null());
}
Value p_deleter(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("deleter", nargs, kw, 1, 1);
  check_property(self, "deleter");
  return property_copy(self, Value::null(), Value::null(), args[0]);
}
Value p_get(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__get__", nargs, kw, 1, 2);
  return property_get(self, args[0], nargs > 1 ? args[1] : Value::null());
}
Value p_set(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__set__", nargs, kw, 2, 2);
  property_set(self, args[0], args[1]);
  return Value::none();
}
Value p_delete(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__delete__", nargs, kw, 1, 1);
  property_set(self, args[0], Value::null());
  return Value::none();
}
Value p_set_name(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__set_name__", nargs, kw, 2, 2);
  self.as<Property>()->name = args[1];
  return Value::none();
}

Value property_fget(Value v) { return v.as<Property>()->fget; }
Value property_fset(Value v) { return v.as<Property>()->fset; }
Value property_fdel(Value v) { return v.as<Property>()->fdel; }
Value property_doc(Value v) { return v.as<Property>()->doc; }
void property_set_doc(Value v, Value d) { v.as<Property>()->doc = d.is_null() ? Value::none() : d; }
Value property_isabstract(Value v) {
  Property* p = v.as<Property>();
  for (Value f : {p->fget, p->fset, p->fdel}) {
    Value a = f.is_none() ? Value::null() : getattr_opt(f, intern("__isabstractmethod__"));
    if (!a.is_null() && truthy(a)) return Value::boolean(true);
  }
  return Value::boolean(false);
}

// property(fget=None, fset=None, fdel=None, doc=None): __new__ and __init__ in one.
Value property_construct(Value cls, Value* args, size_t nargs, Tuple* kwnames) {
  size_t nkw = kwnames ? kwnames->items.size() : 0;
  size_t npos = nargs - nkw;
  if (npos > 4) raise(&exc::TypeError, "property() takes at most 4 arguments (" + std::to_string(npos) + " given)");
  Value slot[4] = {Value::none(), Value::none(), Value::none(), Value::none()};
  for (size_t i = 0; i < npos; ++i) slot[i] = args[i];
  static const char* kNames[4] = {"fget", "fset", "fdel", "doc"};
  for (size_t k = 0; k < nkw; ++k) {
    const std::string& n = kwnames->items[k].as<Str>()->data;
    int i = 0;
    while (i < 4 && n != kNames[i]) ++i;
    if (i == 4) raise(&exc::TypeError, "property() got an unexpected keyword argument '" + n + "'");
    slot[i] = args[npos + k];
  }
  Type* t = cls.as<Type>();
  Property* p = t == &types::property ? heap().make<Property>(t) : static_cast<Property*>(t->alloc(t));
  p->fget = slot[0];
  p->fset = slot[1];
  p->fdel = slot[2];
  p->doc = slot[3];
  if (p->doc.is_none() && !p->fget.is_none()) {
    Value d = getattr_opt(p->fget, names::doc);
    if (!d.is_null()) p->doc = d;
  }
  return Value::object(p);
}

Value wrapper_construct(Value cls, Value* args, size_t nargs, Tuple* kwnames) {
  Type* t = cls.as<Type>();
  const char* n = is_subtype(t, &types::classmethod) ? "classmethod" : "staticmethod";
  if (kwnames && !kwnames->items.empty()) raise(&exc::TypeError, std::string(n) + "() takes no keyword arguments");
  if (nargs != 1)
    raise(&exc::TypeError, std::string(n) + " expected 1 argument, got " + std::to_string(nargs));
  FuncWrapper* w = heap().make<FuncWrapper>(t, args[0]);
  // 3.10+: like functools.wraps, the wrapper takes the callable's metadata.
  for (const char* name : {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}) {
    Value v = getattr_opt(args[0], intern(name));
    if (!v.is_null()) generic_setattr(Value::object(w), intern(name), v);
  }
  return Value::object(w);
}

const MethodEntry kPropertyMethods[] = {
    {"getter", p_getter}, {"setter", p_setter},     {"deleter", p_deleter},        {"__get__", p_get},
    {"__set__", p_set},   {"__delete__", p_delete}, {"__set_name__", p_set_name},
};

Object* alloc_property(Type* t) { return heap().make<Property>(t); }

}  // namespace

void install_descriptor_types() {
  types::function.descr_get = function_get;
  types::builtin.descr_get = builtin_get;
  types::method_descr.descr_get = builtin_get;
  types::method.call = method_call;
  types::method.repr = method_repr;
  types::method.hash = method_hash;
  types::method.getattr = method_getattr;
  (void)method_eq;
  types::classmethod.descr_get = classmethod_get;
  types::classmethod.repr = classmethod_repr;
  types::classmethod.construct = wrapper_construct;
  types::staticmethod.descr_get = staticmethod_get;
  types::staticmethod.call = staticmethod_call;
  types::staticmethod.repr = staticmethod_repr;
  types::staticmethod.construct = wrapper_construct;
  types::property.descr_get = property_get;
  types::property.descr_set = property_set;
  types::property.repr = property_repr;
  add_readonly_member(&types::property, "fget", property_fget);
  add_readonly_member(&types::property, "fset", property_fset);
  add_readonly_member(&types::property, "fdel", property_fdel);
  add_getset(&types::property, "__doc__", property_doc, property_set_doc);
  add_getset(&types::property, "__isabstractmethod__", property_isabstract);
  types::property.construct = property_construct;
  types::property.alloc = alloc_property;
  types::getset_descr.descr_get = getset_get;
  types::getset_descr.descr_set = getset_set;
  types::getset_descr.repr = getset_repr;
  types::getset_descr.flags &= ~kBaseType;
  types::member_descr.descr_get = member_get;
  types::member_descr.descr_set = member_set;
  types::member_descr.repr = member_repr;
  types::member_descr.getattr = member_getattr;
  install_methods(&types::property, std::begin(kPropertyMethods), std::end(kPropertyMethods));
  for (Type* t : {&types::classmethod, &types::staticmethod}) {
    add_readonly_member(t, "__func__", wrapper_func);
    add_readonly_member(t, "__wrapped__", wrapper_func);
    add_getset(t, "__isabstractmethod__", wrapper_isabstract);
    add_getset(t, "__dict__", wrapper_dict, wrapper_set_dict);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
    t->attrs_offset = static_cast<int32_t>(offsetof(FuncWrapper, attrs));
#pragma GCC diagnostic pop
    t->flags |= kHasDict;
  }
  types::method.flags &= ~kBaseType;
  types::member_descr.flags &= ~kBaseType;
}

}  // namespace rt
