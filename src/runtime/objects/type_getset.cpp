// The attributes of type objects and of every object that CPython keeps as
// getset descriptors and members in the dicts of `type` and `object`
// (typeobject.c's type_getsets/type_members, object_getsets): __name__,
// __qualname__, __mro__, __doc__, __module__, __abstractmethods__, ... and
// __class__; plus the __dict__/__weakref__ descriptors a class statement adds
// to the classes whose instances get those slots. Being real descriptors,
// they show in dir(), in T.__dict__, and answer type.__dict__['__name__'].__get__(C).
#include "runtime/methods_util.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/generic_alias.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type.h"
#include "runtime/ops.h"

namespace rt {

namespace {

Type* as_type(Value v) { return v.as<Type>(); }

[[noreturn]] void immutable(Type* t, const char* attr) {
  raise(&exc::TypeError, std::string("cannot set '") + attr + "' attribute of immutable type '" + t->name + "'");
}

// A heap type's attribute kept in its own dict (__module__, __abstractmethods__, ...).
Value own_entry(Type* t, Str* name) { return t->dict ? t->dict->get_str(name) : Value::null(); }

void set_own_entry(Type* t, Str* name, Value value) {
  if (value.is_null()) {
    if (!t->dict->remove(Value::object(name))) raise(&exc::AttributeError, name->data);
  } else {
    t->dict->set_str(name, value);
  }
  type_modified(t);
}

void check_string_name(Type* t, Value value, const char* attr) {
  if (!t->is_heap()) immutable(t, attr);
  if (value.is_null()) raise(&exc::TypeError, std::string("cannot delete '") + attr + "' attribute of immutable type '" + t->name + "'");
  if (!is_type(value, &types::str))
    raise(&exc::TypeError, "can only assign string to " + t->name + "." + attr + ", not '" + type_name(value) + "'");
}

Value get_name(Value v) { return str_value(as_type(v)->name); }
void set_name(Value v, Value value) {
  Type* t = as_type(v);
  check_string_name(t, value, "__name__");
  if (value.as<Str>()->data.find('\0') != std::string::npos)
    raise(&exc::ValueError, "type name must not contain null characters");
  t->name = value.as<Str>()->data;
}

Value get_qualname(Value v) { return str_value(type_qualname(as_type(v))); }
void set_qualname(Value v, Value value) {
  Type* t = as_type(v);
  check_string_name(t, value, "__qualname__");
  t->qualname = value;
}

Value get_bases(Value v) {
  Type* t = as_type(v);
  return t->bases ? Value::object(t->bases) : tuple_value({});
}
void set_bases(Value v, Value) {
  Type* t = as_type(v);
  if (!t->is_heap()) immutable(t, "__bases__");
  // CPython can re-base a heap class; pyvm's layouts are fixed at creation.
  raise(&exc::TypeError, "__bases__ assignment is not supported for '" + t->name + "'");
}

Value get_mro(Value v) {
  Type* t = as_type(v);
  return t->mro ? Value::object(t->mro) : Value::none();
}
Value get_base(Value v) {
  Type* t = as_type(v);
  return t->base ? type_value(t->base) : Value::none();
}

Value get_dict(Value v) { return new_mappingproxy(Value::object(as_type(v)->dict)); }

Value get_doc(Value v) {
  Type* t = as_type(v);
  Value d = own_entry(t, names::doc);
  if (!t->is_heap()) {
    // A static type's docstring lives in `doc`; its dict may hold only this descriptor.
    if (d.is_null() || is_type(d, &types::getset_descr)) return t->doc.is_null() ? Value::none() : t->doc;
  }
  if (d.is_null()) return Value::none();
  Type* dt = type_of(d);
  return dt->descr_get ? dt->descr_get(d, Value::null(), v) : d;
}
void set_doc(Value v, Value value) {
  Type* t = as_type(v);
  if (!t->is_heap()) immutable(t, "__doc__");
  if (value.is_null()) raise(&exc::TypeError, "cannot delete '__doc__' attribute of immutable type '" + t->name + "'");
  set_own_entry(t, names::doc, value);
}

Value get_module(Value v) {
  Type* t = as_type(v);
  if (!t->is_heap()) return str_value(type_module(t));
  Value m = own_entry(t, names::module);
  if (m.is_null()) raise(&exc::AttributeError, "__module__");
  return m;
}
void set_module(Value v, Value value) {
  Type* t = as_type(v);
  if (!t->is_heap()) immutable(t, "__module__");
  if (value.is_null()) raise(&exc::TypeError, "cannot delete '__module__' attribute of immutable type '" + t->name + "'");
  set_own_entry(t, names::module, value);
}

Str* abstract_name() {
  static Str* n = intern("__abstractmethods__");
  return n;
}
Value get_abstract(Value v) {
  Type* t = as_type(v);
  // type itself has the descriptor in its dict, not a value.
  Value a = t == &types::type ? Value::null() : own_entry(t, abstract_name());
  if (a.is_null()) raise(&exc::AttributeError, "__abstractmethods__");
  return a;
}
void set_abstract(Value v, Value value) {
  Type* t = as_type(v);
  if (!t->is_heap()) immutable(t, "__abstractmethods__");
  // abc.ABCMeta stores the names; a non-empty set makes the class uninstantiable.
  bool abstract = !value.is_null() && truthy(value);
  set_own_entry(t, abstract_name(), value);
  if (abstract) t->flags |= kAbstract;
  else t->flags &= ~kAbstract;
}

Str* annotations_name() {
  static Str* n = intern("__annotations__");
  return n;
}
Value get_annotations(Value v) {
  Type* t = as_type(v);
  if (!t->is_heap())
    raise(&exc::AttributeError, "type object '" + t->name + "' has no attribute '__annotations__'");
  Value a = own_entry(t, annotations_name());
  if (a.is_null()) {
    // 3.10+: a class without annotations gets an empty dict on first access.
    a = Value::object(new_dict());
    t->dict->set_str(annotations_name(), a);
    type_modified(t);
    return a;
  }
  Type* at = type_of(a);
  return at->descr_get ? at->descr_get(a, Value::null(), v) : a;
}
void set_annotations(Value v, Value value) {
  Type* t = as_type(v);
  if (!t->is_heap()) immutable(t, "__annotations__");
  set_own_entry(t, annotations_name(), value);
}

Value get_text_signature(Value) { return Value::none(); }

// Py_TPFLAGS_* bits with a meaning Python code tests (inspect, typing, abc).
Value get_flags(Value v) {
  Type* t = as_type(v);
  int64_t f = (1 << 12) | (1 << 18);  // READY, HAVE_VERSION_TAG
  if (t->is_heap()) f |= (1 << 9) | (1 << 14);  // HEAPTYPE, HAVE_GC
  else f |= 1 << 8;                             // IMMUTABLETYPE
  if (t->flags & kBaseType) f |= 1 << 10;
  if (t->flags & kAbstract) f |= 1 << 20;
  if (t->flags & kSequence) f |= 1 << 5;
  if (t->flags & kMapping) f |= 1 << 6;
  if (t->flags & kMatchSelf) f |= 1 << 22;
  const std::pair<Type*, int> subclass_bits[] = {{&types::int_, 24}, {&types::list, 25}, {&types::tuple, 26},
                                                 {&types::str, 28},  {&types::dict, 29}, {&types::type, 31}};
  for (auto [base, bit] : subclass_bits)
    if (is_subtype(t, base)) f |= int64_t{1} << bit;
  if (t->is_exception) f |= 1 << 30;
  return make_int(f);
}

// The sizes and offsets of pyvm's own layouts (CPython reports its C structs').
Value get_basicsize(Value v) {
  Type* t = as_type(v);
  return make_int(static_cast<int64_t>(sizeof(Object) + sizeof(Value) * t->nslots) +
                  (t->attrs_offset ? static_cast<int64_t>(sizeof(InstanceAttrs)) : 0));
}
Value get_itemsize(Value v) {
  Type* t = as_type(v);
  for (Type* var : {&types::int_, &types::tuple, &types::type})
    if (is_subtype(t, var)) return make_int(static_cast<int64_t>(sizeof(Value)));
  return make_int(0);
}
Value get_dictoffset(Value v) {
  Type* t = as_type(v);
  return make_int((t->flags & kHasDict) ? t->attrs_offset : 0);
}
Value get_weakrefoffset(Value) { return make_int(0); }

// ---- object --------------------------------------------------------------------------

Value get_class(Value v) { return type_value(type_of(v)); }
void set_class(Value obj, Value value) {
  Type* t = type_of(obj);
  if (value.is_null()) raise(&exc::TypeError, "can't delete __class__ attribute");
  if (!is_type_object(value))
    raise(&exc::TypeError, "__class__ must be set to a class, not '" + type_name(value) + "' object");
  Type* nt = value.as<Type>();
  if (!obj.is_object() || !t->is_heap() || !nt->is_heap())
    raise(&exc::TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
  if (nt->alloc != t->alloc || nt->attrs_offset != t->attrs_offset || nt->nslots != t->nslots ||
      (nt->flags & kHasDict) != (t->flags & kHasDict))
    raise(&exc::TypeError, "__class__ assignment: '" + nt->name + "' object layout differs from '" + t->name + "'");
  Object* o = obj.as_object();
  if (attrs_of(o)) instance_dict(o);  // shared keys belong to the old class
  o->type = nt;
}

// The instance __dict__ and __weakref__ of a class's instances.
Value get_instance_dict(Value obj) { return Value::object(instance_dict(obj.as_object())); }
void set_instance_dict(Value obj, Value value) {
  if (value.is_null()) value = Value::object(new_dict());  // del obj.__dict__ leaves an empty one
  if (!isinstance(value, &types::dict))
    raise(&exc::TypeError, "__dict__ must be set to a dictionary, not a '" + type_name(value) + "'");
  replace_instance_dict(obj.as_object(), value.as<Dict>());
}
// pyvm has no weak references yet: no object has any.
Value get_weakref(Value) { return Value::none(); }

}  // namespace

void add_instance_descriptors(Type* t, bool add_dict, bool add_weakref) {
  if (add_dict && t->dict->get_str(names::dict).is_null()) add_getset(t, "__dict__", get_instance_dict, set_instance_dict);
  if (add_weakref && t->dict->get_str(names::weakref).is_null()) add_getset(t, "__weakref__", get_weakref);
}

void install_type_getsets() {
  names::init_all();
  Type* t = &types::type;
  add_getset(t, "__name__", get_name, set_name);
  add_getset(t, "__qualname__", get_qualname, set_qualname);
  add_getset(t, "__bases__", get_bases, set_bases);
  add_readonly_member(t, "__mro__", get_mro);
  add_getset(t, "__module__", get_module, set_module);
  add_getset(t, "__abstractmethods__", get_abstract, set_abstract);
  add_getset(t, "__dict__", get_dict);
  add_getset(t, "__doc__", get_doc, set_doc);
  add_getset(t, "__text_signature__", get_text_signature);
  add_getset(t, "__annotations__", get_annotations, set_annotations);
  add_readonly_member(t, "__basicsize__", get_basicsize);
  add_readonly_member(t, "__itemsize__", get_itemsize);
  add_readonly_member(t, "__flags__", get_flags);
  add_readonly_member(t, "__weakrefoffset__", get_weakrefoffset);
  add_readonly_member(t, "__base__", get_base);
  add_readonly_member(t, "__dictoffset__", get_dictoffset);
  t->binary = union_binary;  // int | str
  add_slot_wrappers(t, {"__or__", "__ror__"});
  add_getset(&types::object, "__class__", get_class, set_class);
}

}  // namespace rt
