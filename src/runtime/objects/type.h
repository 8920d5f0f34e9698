// `type` and `object`: type objects (static and heap), the MRO, attribute
// lookup on types, version tags for inline caches, class creation, and the
// generic attribute protocol instances use (object.__getattribute__).
#pragma once

#include <string>

#include "runtime/object.h"
#include "runtime/objects/containers.h"

namespace rt {

// An instance of a class whose solid base is `object`.
struct Instance : Object {
  InstanceAttrs attrs;
  explicit Instance(Type* t) : Object(t) {}
  void trace(Tracer& t) override { attrs.trace(t); }
};

// True if no attribute after `index` is set: storing a new attribute at
// `index` keeps the instance's insertion order (else it needs a real dict).
inline bool attrs_tail_empty(const InstanceAttrs* a, size_t index) {
  for (size_t i = index + 1; i < a->values.size(); ++i)
    if (!a->values[i].is_null()) return false;
  return true;
}

// Finishes a static (C++-defined) type: __bases__, __mro__, a version tag and
// the slots it inherits. Called once for every builtin type at start-up.
void type_ready(Type* t);
// The attribute `name` found along t's MRO (no descriptor binding); null if none.
Value type_lookup(Type* t, Str* name);
// Gives t and every subclass a new version tag (their dicts or bases changed).
void type_modified(Type* t);
// type(name, bases, ns) / the class statement, after the metaclass is known.
Type* type_new(Type* metatype, Str* name, Tuple* bases, Dict* ns, Tuple* kwnames, Value* kwvalues);
// The most derived metaclass of `meta` and the bases' types (TypeError on conflict).
Type* calculate_metaclass(Type* meta, Tuple* bases);
// C3 linearisation of t's bases (TypeError on an inconsistent order).
Tuple* compute_mro(Type* t);
// Calls `cls(*args)`: __new__ then __init__ (type.__call__).
Value type_call(Value cls, Value* args, size_t nargs, Tuple* kwnames);
std::string type_qualname(const Type* t);
std::string type_module(const Type* t);  // "builtins" for C++ types
// "<class 'mod.Qual'>" name used in messages: qualname, with module unless builtins.
std::string type_full_name(const Type* t);
bool is_type_object(Value v);  // an instance of type (or a metaclass)

// type.__getattribute__ / __setattr__ (the getattro/setattro slots of type).
Value type_getattro(Value obj, Str* name);
void type_setattro(Value obj, Str* name, Value value);
// Drops the lookup cache's entries (the collector calls it: they are not roots).
void clear_method_cache();

// object.__getattribute__: data descriptors on the type, the instance's own
// attributes, then other class attributes; null if missing (no __getattr__).
Value generic_getattr(Value obj, Str* name);
// object.__setattr__ / __delattr__ (value null = delete); raises AttributeError.
void generic_setattr(Value obj, Str* name, Value value);
// The instance's attribute dict, materialised (vars(obj), obj.__dict__).
Dict* instance_dict(Object* o);
// obj.__dict__ = d (the attributes move into d for good).
void replace_instance_dict(Object* o, Dict* d);
// getattr that returns null instead of raising AttributeError.
Value getattr_opt(Value obj, Str* name);
void setattr(Value obj, Str* name, Value value);
void delattr(Value obj, Str* name);
[[noreturn]] void raise_attribute_error(Value obj, Str* name);
// Binds a class attribute found by type_lookup to obj (descriptor __get__).
Value bind_descriptor(Value descr, Value obj, Type* owner);
// The special method `name` of type(obj), bound; null if the type has none.
Value lookup_special(Value obj, Str* name);
// Calls type(obj).name(obj, args...); `found` false (and null returned) if absent.
Value call_special(Value obj, Str* name, Value* args, size_t nargs, bool* found = nullptr);

// Set by the VM: run a class body function with `ns` as its locals mapping;
// returns the body's return value (the __class__ cell or None).
using ClassBodyHook = Value (*)(Value func, Value ns);
void set_class_body_hook(ClassBodyHook hook);
Value run_class_body(Value func, Value ns);

// Set by the VM: the frame running the caller of a native function, for
// zero-argument super(): its first argument and its __class__ cell's value.
using SuperContextHook = bool (*)(Value* self, Value* cls);
void set_super_context_hook(SuperContextHook hook);
bool super_context(Value* self, Value* cls);

// Set by the VM: the running frame's globals (type() gives new classes their __module__).
using GlobalsHook = Dict* (*)();
void set_globals_hook(GlobalsHook hook);
Value caller_module_name();  // globals()['__name__'] of the running frame, or null
Dict* current_globals();     // the running frame's globals, or null

// Interned special names used by the object model.
namespace names {
extern Str *init, *new_, *call, *repr, *str, *hash, *eq, *ne, *lt, *le, *gt, *ge, *bool_, *len, *getitem,
    *setitem, *delitem, *iter, *next, *contains, *getattr, *getattribute, *setattr, *delattr, *get, *set,
    *delete_, *set_name, *init_subclass, *prepare, *mro, *dict, *class_, *module, *qualname, *name, *doc,
    *slots, *classcell, *enter, *exit, *instancecheck, *subclasscheck, *class_getitem, *missing, *index,
    *format, *reversed, *del, *abs, *neg, *pos, *invert, *int_, *float_, *round, *weakref, *bases, *mro_attr;
void init_all();
}  // namespace names

void install_builtin_new(Type* t);
Value new_mappingproxy(Value mapping);  // read-only view (mappingproxy.cpp)
// T.__class_getitem__ returning types.GenericAlias(T, item), PEP 585 (generic_alias.cpp).
void add_generic_class_getitem(Type* t);
void install_mappingproxy();  // T.__new__ for a builtin with a constructor (type_new.cpp)
void install_type_methods();    // type.mro, type.__subclasses__, ... (type.cpp)
void install_object_methods();  // object.__init__, __new__, __repr__, ... (object.cpp)
// type's getset descriptors (__name__, __mro__, __doc__, ...) and object.__class__ (type_getset.cpp).
void install_type_getsets();
// "Can't instantiate abstract class C with abstract methods f, g" (object.__new__).
[[noreturn]] void raise_abstract_instantiation(Type* cls);
// The __dict__ / __weakref__ descriptors a class statement gives a class whose
// instances gain those slots (CPython's subtype_getsets_full).
void add_instance_descriptors(Type* t, bool add_dict, bool add_weakref);
// X | Y: a types.UnionType of classes, None, generic aliases and unions;
// NotImplemented for other operands (union_type.cpp).
Value union_or(Value a, Value b);

}  // namespace rt
