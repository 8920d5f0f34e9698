// `object`: the generic attribute protocol (object.__getattribute__,
// __setattr__, __delattr__), instance attribute storage, and object's methods.
#include <algorithm>
#include <cstdio>

#include "runtime/methods_util.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/int.h"
#include "runtime/objects/function.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type.h"
#include "runtime/ops.h"
#include "runtime/slots.h"
#include "runtime/objects/layouts.h"

namespace rt {

void InstanceAttrs::trace(Tracer& t) {
  for (Value v : values) t.mark(v);
  t.mark(dict);
}

namespace {

// Beyond this many distinct names, a type's instances use real dicts.
constexpr size_t kMaxSharedKeys = 30;

Str* interned(Str* name) { return name->interned ? name : intern(name->data); }

Value instance_get(Type* t, InstanceAttrs* a, Str* name) {
  if (a->dict) return a->dict->get_str(name);
  if (!t->keys) return Value::null();
  int i = t->keys->find(name);
  if (i < 0) return Value::null();
  size_t idx = t->nslots + static_cast<size_t>(i);
  return idx < a->values.size() ? a->values[idx] : Value::null();
}

void materialize(Type* t, InstanceAttrs* a) {
  if (a->dict) return;
  a->dict = new_dict();
  if (t->keys)
    for (size_t i = 0; i < t->keys->names.size(); ++i) {
      size_t idx = t->nslots + i;
      if (idx < a->values.size() && !a->values[idx].is_null())
        a->dict->set_str(t->keys->names[i], a->values[idx]);
    }
  a->values.resize(std::min<size_t>(a->values.size(), t->nslots));
}

// Returns false when deleting a name that is not there. Deleting leaves a
// hole; the name comes back at the end of the order (a real dict then).
bool instance_set(Type* t, InstanceAttrs* a, Str* name, Value v) {
  if (!a->dict && t->keys) {
    int i = t->keys->find(name);
    if (i < 0 && !v.is_null() && t->keys->names.size() < kMaxSharedKeys) {
      t->keys->names.push_back(name);
      ++t->keys->version;
      i = static_cast<int>(t->keys->names.size() - 1);
    }
    if (i >= 0) {
      size_t idx = t->nslots + static_cast<size_t>(i);
      if (a->values.size() <= idx) {
        if (v.is_null()) return false;
        a->values.resize(t->nslots + t->keys->names.size());
      }
      if (v.is_null() && a->values[idx].is_null()) return false;
      // A name new to this instance but placed before names it already has
      // would list out of order in __dict__: this instance gets a real dict.
      if (v.is_null() || !a->values[idx].is_null() || attrs_tail_empty(a, idx)) {
        a->values[idx] = v;
        return true;
      }
    }
    if (v.is_null()) return false;
  }
  materialize(t, a);
  if (v.is_null()) return a->dict->remove(Value::object(name));
  a->dict->set_str(name, v);
  return true;
}

}  // namespace

void replace_instance_dict(Object* o, Dict* d) {
  InstanceAttrs* a = attrs_of(o);
  materialize(o->type, a);
  a->dict = d;
}

Dict* instance_dict(Object* o) {
  InstanceAttrs* a = attrs_of(o);
  materialize(o->type, a);
  return a->dict;
}

void raise_attribute_error(Value obj, Str* name) {
  Type* t = type_of(obj);
  if (t == &types::module) {
    Module* m = obj.as<Module>();
    if (m->initializing)
      raise_attribute_error_with("partially initialized module '" + m->name->data + "' has no attribute '" +
                                     name->data + "' (most likely due to a circular import)", obj, name);
    raise_attribute_error_with("module '" + m->name->data + "' has no attribute '" + name->data + "'", obj, name);
  }
  // CPython names the type by its tp_name: a C type outside builtins carries its
  // module ('_io.BufferedWriter', 'types.UnionType'), a class only its __name__.
  auto tp_name = [](const Type* k) {
    std::string mod = k->is_heap() ? "builtins" : type_module(k);
    return mod == "builtins" ? k->name : mod + "." + k->name;
  };
  if (is_type_object(obj))
    raise_attribute_error_with("type object '" + tp_name(obj.as<Type>()) + "' has no attribute '" + name->data + "'",
                               obj, name);
  raise_attribute_error_with("'" + tp_name(t) + "' object has no attribute '" + name->data + "'", obj, name);
}

Value bind_descriptor(Value descr, Value obj, Type* owner) {
  Type* dt = type_of(descr);
  if (dt->descr_get) return dt->descr_get(descr, obj, Value::object(owner));
  return descr;
}

Value generic_getattr(Value obj, Str* name) {
  Type* t = type_of(obj);
  name = interned(name);
  Value descr = type_lookup(t, name);
  Type* dt = nullptr;
  if (!descr.is_null()) {
    dt = type_of(descr);
    if (dt->descr_get && dt->descr_set) return dt->descr_get(descr, obj, Value::object(t));
  }
  if (obj.is_object()) {
    Object* o = obj.as_object();
    if (InstanceAttrs* a = attrs_of(o)) {
      if (name == names::dict && (t->flags & kHasDict)) return Value::object(instance_dict(o));
      Value v = instance_get(t, a, name);
      if (!v.is_null()) return v;
    }
  }
  // Native types' own attributes (a module's globals, a function's __name__...).
  if (t->getattr) {
    Value v = t->getattr(obj, name);
    if (!v.is_null()) return v;
  }
  if (!descr.is_null()) {
    if (dt->descr_get) return dt->descr_get(descr, obj, Value::object(t));
    return descr;
  }
  return Value::null();
}

void generic_setattr(Value obj, Str* name, Value value) {
  Type* t = type_of(obj);
  name = interned(name);
  Value descr = type_lookup(t, name);
  if (!descr.is_null()) {
    Type* dt = type_of(descr);
    if (dt->descr_set) {
      dt->descr_set(descr, obj, value);
      return;
    }
  }
  InstanceAttrs* a = obj.is_object() ? attrs_of(obj.as_object()) : nullptr;
  if (a && (t->flags & kHasDict)) {
    if (name == names::dict) {
      if (value.is_null() || !isinstance(value, &types::dict))
        raise(&exc::TypeError, "__dict__ must be set to a dictionary, not a '" + type_name(value) + "'");
      materialize(t, a);
      a->dict = value.as<Dict>();
      return;
    }
    if (!instance_set(t, a, name, value)) raise_attribute_error(obj, name);
    return;
  }
  if (!descr.is_null())
    raise(&exc::AttributeError, "'" + t->name + "' object attribute '" + name->data + "' is read-only");
  raise_attribute_error(obj, name);
}

Value getattr_opt(Value obj, Str* name) {
  Type* t = type_of(obj);
  try {
    return t->getattro ? t->getattro(obj, name) : generic_getattr(obj, name);
  } catch (PyError& e) {
    if (isinstance(e.exc, &exc::AttributeError)) return Value::null();
    throw;
  }
}

void setattr(Value obj, Str* name, Value value) {
  Type* t = type_of(obj);
  if (t->setattro) t->setattro(obj, name, value);
  else generic_setattr(obj, name, value);
}

void delattr(Value obj, Str* name) { setattr(obj, name, Value::null()); }

Value lookup_special(Value obj, Str* name) {
  Type* t = type_of(obj);
  Value f = type_lookup(t, name);
  if (f.is_null()) return f;
  return bind_descriptor(f, obj, t);
}

Value call_special(Value obj, Str* name, Value* args, size_t nargs, bool* found) {
  Type* t = type_of(obj);
  Value f = type_lookup(t, name);
  if (found) *found = !f.is_null();
  if (f.is_null()) return f;
  return call_with_self(f, obj, t, args, nargs, nullptr);
}

// ---- object's methods ------------------------------------------------------------------

namespace {

Value object_new_fn;   // object.__new__ (a builtin bound to object)
Value object_init_fn;  // object.__init__ (a method descriptor)

}  // namespace

void raise_abstract_instantiation(Type* cls) {
  Value names_value = cls->dict->get_str(intern("__abstractmethods__"));
  std::vector<Value> names = iterate(names_value);
  std::sort(names.begin(), names.end(), [](Value a, Value b) { return str_string(a) < str_string(b); });
  std::string list;
  for (Value n : names) list += (list.empty() ? "" : ", ") + str_string(n);
  raise(&exc::TypeError, "Can't instantiate abstract class " + cls->name + " with abstract method" +
                             (names.size() == 1 ? "" : "s") + " " + list);
}

namespace {

Value o_new(Value, Value* args, size_t nargs, Tuple* kwnames) {
  size_t nkw = kwnames ? kwnames->items.size() : 0;
  if (nargs - nkw == 0) raise(&exc::TypeError, "object.__new__(): not enough arguments");
  if (!is_type_object(args[0]))
    raise(&exc::TypeError, "object.__new__(X): X is not a type object (" + type_name(args[0]) + ")");
  Type* cls = args[0].as<Type>();
  if (!is_subtype(cls, &types::object) || !cls->alloc) {
    if (!cls->is_heap())
      raise(&exc::TypeError, "object.__new__(" + cls->name + ") is not safe, use " + cls->name + ".__new__()");
  }
  if (nargs > 1) {
    if (type_lookup(cls, names::new_) != object_new_fn)
      raise(&exc::TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
    if (type_lookup(cls, names::init) == object_init_fn)
      raise(&exc::TypeError, type_qualname(cls) + "() takes no arguments");
  }
  if (!cls->alloc) raise(&exc::TypeError, "cannot create '" + cls->name + "' instances");
  if (cls->flags & kAbstract) raise_abstract_instantiation(cls);
  return Value::object(cls->alloc(cls));
}

Value o_init(Value self, Value*, size_t nargs, Tuple*) {
  if (nargs > 0) {
    Type* t = type_of(self);
    if (type_lookup(t, names::init) != object_init_fn)
      raise(&exc::TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
    if (type_lookup(t, names::new_) == object_new_fn)
      raise(&exc::TypeError, type_qualname(t) + "() takes no arguments");
  }
  return Value::none();
}

Value object_repr(Value v) {
  Type* t = type_of(v);
  return str_value("<" + type_full_name(t) + " object at " + address_string(v) + ">");
}

Value o_str(Value self, Value*, size_t nargs, Tuple* kw) {
  method_args("__str__", nargs, kw, 0, 0);
  return repr(self);
}

Value o_eq(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__eq__", nargs, kw, 1, 1);
  return self == args[0] ? Value::boolean(true) : not_implemented();
}

Value o_ne(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__ne__", nargs, kw, 1, 1);
  bool found;
  Value r = call_special(self, names::eq, args, 1, &found);
  if (!found || r == not_implemented()) return not_implemented();
  return Value::boolean(!truthy(r));
}

Value o_cmp_ni(Value, Value*, size_t nargs, Tuple* kw) {
  method_args("__lt__", nargs, kw, 1, 1);
  return not_implemented();
}

Value o_getattribute(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__getattribute__", nargs, kw, 1, 1);
  if (!is_type(args[0], &types::str) && !isinstance(args[0], &types::str))
    raise(&exc::TypeError, "attribute name must be string, not '" + type_name(args[0]) + "'");
  Value v = generic_getattr(self, args[0].as<Str>());
  if (v.is_null()) raise_attribute_error(self, args[0].as<Str>());
  return v;
}

Value o_setattr(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__setattr__", nargs, kw, 2, 2);
  if (!isinstance(args[0], &types::str))
    raise(&exc::TypeError, "attribute name must be string, not '" + type_name(args[0]) + "'");
  generic_setattr(self, args[0].as<Str>(), args[1]);
  return Value::none();
}

Value o_delattr(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__delattr__", nargs, kw, 1, 1);
  if (!isinstance(args[0], &types::str))
    raise(&exc::TypeError, "attribute name must be string, not '" + type_name(args[0]) + "'");
  generic_setattr(self, args[0].as<Str>(), Value::null());
  return Value::none();
}

Value o_format(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__format__", nargs, kw, 1, 1);
  if (!isinstance(args[0], &types::str))
    raise(&exc::TypeError, "__format__() argument must be str, not " + type_name(args[0]));
  if (!args[0].as<Str>()->data.empty())
    raise(&exc::TypeError, "unsupported format string passed to " + type_of(self)->name + ".__format__");
  return to_str(self);
}

Value o_init_subclass(Value cls, Value*, size_t nargs, Tuple* kwnames) {
  std::string who = is_type_object(cls) ? type_qualname(cls.as<Type>()) + "." : "";
  if (nargs > 0 && kwnames && !kwnames->items.empty())
    raise(&exc::TypeError, who + "__init_subclass__() takes no keyword arguments");
  if (nargs > 0)
    raise(&exc::TypeError, who + "__init_subclass__() takes no arguments (" + std::to_string(nargs) + " given)");
  return Value::none();
}

Value o_subclasshook(Value, Value*, size_t, Tuple*) { return not_implemented(); }

Value o_dir(Value self, Value*, size_t nargs, Tuple* kw) {
  method_args("__dir__", nargs, kw, 0, 0);
  Dict* names_seen = new_dict();
  if (self.is_object())
    if (InstanceAttrs* a = attrs_of(self.as_object()); a && (type_of(self)->flags & kHasDict))
      for (const auto& e : instance_dict(self.as_object())->entries)
        if (!e.key.is_null()) names_seen->set(e.key, Value::none());
  for (Value k : type_of(self)->mro->items)
    for (const auto& e : k.as<Type>()->dict->entries)
      if (!e.key.is_null()) names_seen->set(e.key, Value::none());
  names_seen->set_str(names::class_, Value::none());
  if (type_of(self)->flags & kHasDict) names_seen->set_str(names::dict, Value::none());
  std::vector<Value> out;
  for (const auto& e : names_seen->entries)
    if (!e.key.is_null()) out.push_back(e.key);
  return Value::object(new_list(std::move(out)));
}

// Pickling goes through copyreg, which needs the import system (issue 10).
Value o_reduce_ex(Value self, Value*, size_t, Tuple*) {
  raise(&exc::TypeError, "cannot pickle '" + type_name(self) + "' object");
}

// object.__getstate__ (3.11): the instance dict (None when empty), paired with
// the set __slots__ values when the class has slots.
Value o_getstate(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__getstate__($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  Type* t = type_of(self);
  Value state = Value::none();
  InstanceAttrs* a = self.is_object() ? attrs_of(self.as_object()) : nullptr;
  if (a && (t->flags & kHasDict)) {
    Dict* d = instance_dict(self.as_object());
    if (d->size() > 0) state = Value::object(d);
  }
  if (!a || t->nslots == 0) return state;
  Dict* slots = new_dict();
  for (Value k : t->mro->items)
    for (const auto& e : k.as<Type>()->dict->entries) {
      if (e.key.is_null() || !is_type(e.value, &types::member_descr)) continue;
      auto* m = e.value.as<MemberDescr>();
      if (m->index < a->values.size() && !a->values[m->index].is_null() && slots->get(e.key).is_null())
        slots->set(e.key, a->values[m->index]);
    }
  if (slots->size() == 0) return state;
  return tuple_value({state, Value::object(slots)});
}

// pyvm's own layout size (CPython reports its C struct's).
Value o_sizeof(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__sizeof__($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  Type* t = type_of(self);
  int64_t size = static_cast<int64_t>(sizeof(Object));
  if (t->attrs_offset) size += static_cast<int64_t>(sizeof(InstanceAttrs) + sizeof(Value) * t->nslots);
  return make_int(size);
}

const MethodEntry kObjectMethods[] = {
    {"__init__", o_init},
    {"__str__", o_str},
    {"__eq__", o_eq},
    {"__ne__", o_ne},
    {"__lt__", o_cmp_ni},
    {"__le__", o_cmp_ni},
    {"__gt__", o_cmp_ni},
    {"__ge__", o_cmp_ni},
    {"__getattribute__", o_getattribute},
    {"__setattr__", o_setattr},
    {"__delattr__", o_delattr},
    {"__format__", o_format},
    {"__dir__", o_dir},
    {"__reduce_ex__", o_reduce_ex},
    {"__reduce__", o_reduce_ex},
    {"__getstate__", o_getstate},
    {"__sizeof__", o_sizeof},
};

}  // namespace

Value object_new_value() { return object_new_fn; }
Value object_init_value() { return object_init_fn; }

void install_object_methods() {
  names::init_all();
  Type* o = &types::object;
  o->repr = object_repr;
  install_methods(o, std::begin(kObjectMethods), std::end(kObjectMethods));
  object_init_fn = o->dict->get_str(names::init);
  Builtin* nw = heap().make<Builtin>("__new__", o_new, type_value(o));
  object_new_fn = Value::object(nw);
  o->dict->set_str(names::new_, object_new_fn);
  o->dict->set_str(names::init_subclass,
                   Value::object(new_classmethod(Value::object(heap().make<Builtin>("__init_subclass__", o_init_subclass)))));
  o->dict->set_str(intern("__subclasshook__"),
                   Value::object(new_classmethod(Value::object(heap().make<Builtin>("__subclasshook__", o_subclasshook)))));
  o->dict->set_str(names::doc, str_value("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments "
                                         "and returns a new featureless\ninstance that has no instance attributes "
                                         "and cannot be given any.\n"));
  o->alloc = subclass_layout(o)->alloc;  // room for every attribute name the class has seen
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
  o->attrs_offset = static_cast<int32_t>(offsetof(Instance, attrs));
#pragma GCC diagnostic pop
}

}  // namespace rt
