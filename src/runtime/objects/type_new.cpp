// Creating classes (type.__new__, CPython's type_new) and instantiating them
// (type.__call__): solid base and layout, __slots__, __classcell__,
// __set_name__, __init_subclass__, and the __new__/__init__ protocol.
#include <algorithm>

#include "text/identifier.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/function.h"
#include "runtime/objects/layouts.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type.h"
#include "runtime/objects/bytes.h"
#include "runtime/ops.h"
#include "runtime/slots.h"
#include "runtime/methods_util.h"

namespace rt {

Type::Type(Type* metatype) : Object(metatype) { flags = kHeapType | kBaseType; }

Type::~Type() {
  if (!is_heap()) return;
  delete keys;
}

void Type::unlink_from_bases() {
  if (!is_heap() || !bases) return;
  for (Value b : bases->items) std::erase(b.as<Type>()->subclasses, this);
  bases = nullptr;
}

namespace {

// The base whose instance layout t's instances have (CPython's solid_base).
Type* solid_base(Type* t) {
  Type* s = t;
  while (s->base && s->base->alloc == s->alloc && s->base->attrs_offset == s->attrs_offset &&
         s->base->nslots == s->nslots)
    s = s->base;
  return s;
}

Type* best_base(Tuple* bases) {
  Type* winner = nullptr;
  Type* base = nullptr;
  for (Value b : bases->items) {
    if (!is_type_object(b)) raise(&exc::TypeError, "bases must be types");
    Type* bt = b.as<Type>();
    if (!(bt->flags & kBaseType))
      raise(&exc::TypeError, "type '" + type_qualname(bt) + "' is not an acceptable base type");
    Type* candidate = solid_base(bt);
    if (!winner) {
      winner = candidate;
      base = bt;
    } else if (is_subtype(winner, candidate)) {
      // keep
    } else if (is_subtype(candidate, winner)) {
      winner = candidate;
      base = bt;
    } else {
      raise(&exc::TypeError, "multiple bases have instance lay-out conflict");
    }
  }
  return base;
}

// Private names in __slots__ are mangled like attribute names in the class body.
Str* mangle(const std::string& cls, Str* name) {
  const std::string& n = name->data;
  if (n.size() < 3 || n[0] != '_' || n[1] != '_' || (n.ends_with("__"))) return name;
  size_t i = 0;
  while (i < cls.size() && cls[i] == '_') ++i;
  if (i == cls.size()) return name;
  return intern("_" + cls.substr(i) + n);
}

void setup_slots(Type* t, Value slots_value, bool& add_dict, bool& add_weakref) {
  std::vector<Value> items;
  if (is_type(slots_value, &types::str)) items.push_back(slots_value);
  else {
    Value it = iter(slots_value);
    for (Value x = next(it); !x.is_null(); x = next(it)) items.push_back(x);
  }
  std::vector<Str*> slot_names;
  for (Value v : items) {
    if (!is_type(v, &types::str))
      raise(&exc::TypeError, "__slots__ items must be strings, not '" + type_name(v) + "'");
    Str* s = v.as<Str>();
    if (!text::is_identifier(s->data)) raise(&exc::TypeError, "__slots__ must be identifiers");
    if (s->data == "__dict__") {
      if (add_dict || (t->base->flags & kHasDict))
        raise(&exc::TypeError, "__dict__ slot disallowed: we already got one");
      add_dict = true;
      continue;
    }
    if (s->data == "__weakref__") {
      if (add_weakref) raise(&exc::TypeError, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
      add_weakref = true;
      continue;
    }
    Str* m = mangle(t->name, s);
    if (!t->dict->get_str(m).is_null())
      raise(&exc::ValueError, "'" + s->data + "' in __slots__ conflicts with class variable");
    slot_names.push_back(intern(m->data));
  }
  std::sort(slot_names.begin(), slot_names.end(), [](Str* a, Str* b) { return a->data < b->data; });
  for (size_t i = 0; i + 1 < slot_names.size(); ++i)
    if (slot_names[i] == slot_names[i + 1]) raise(&exc::TypeError, "__slots__ items must be unique");
  uint32_t index = t->base->nslots;
  for (Str* s : slot_names) t->dict->set_str(s, Value::object(new_member_descr(t, s, index++)));
  t->nslots = index;
}

}  // namespace

Type* type_new(Type* metatype, Str* name, Tuple* bases, Dict* ns, Tuple* kwnames, Value* kwvalues) {
  names::init_all();
  if (bases->items.empty()) bases = new_tuple({Value::object(&types::object)});
  for (size_t i = 0; i < bases->items.size(); ++i)
    for (size_t j = i + 1; j < bases->items.size(); ++j)
      if (bases->items[i] == bases->items[j] && is_type_object(bases->items[i]))
        raise(&exc::TypeError, "duplicate base class " + bases->items[i].as<Type>()->name);
  Type* base = best_base(bases);
  Type* t = heap().make<Type>(metatype);
  t->name = name->data;
  t->bases = bases;
  t->base = base;  // tp_base: the base whose layout (solid base) wins
  t->dict = new_dict();
  for (const auto& e : ns->entries)
    if (!e.key.is_null()) t->dict->set(e.key, e.value);
  t->is_exception = base->is_exception;
  t->alloc = base->alloc;
  t->attrs_offset = base->attrs_offset;
  t->nslots = base->nslots;
  if (!t->alloc) {
    const SubclassLayout* layout = subclass_layout(solid_base(base));
    if (!layout) raise(&exc::TypeError, "type '" + type_qualname(base) + "' is not an acceptable base type");
    t->alloc = layout->alloc;
    t->attrs_offset = layout->attrs_offset;
  }

  // __qualname__ and __classcell__ are the class body's messages to type_new.
  Value qual = t->dict->get_str(names::qualname);
  if (!qual.is_null()) {
    if (!is_type(qual, &types::str))
      raise(&exc::TypeError, "type __qualname__ must be a str, not " + type_name(qual));
    t->qualname = qual;
    t->dict->remove(Value::object(names::qualname));
  } else {
    t->qualname = Value::object(name);
  }
  if (t->dict->get_str(names::doc).is_null()) t->dict->set_str(names::doc, Value::none());
  if (t->dict->get_str(names::module).is_null()) {
    Value mod = caller_module_name();
    if (!mod.is_null()) t->dict->set_str(names::module, mod);
  }

  bool add_dict = false;
  bool any_base_dict = false;
  for (Value b : bases->items) any_base_dict |= (b.as<Type>()->flags & kHasDict) != 0;
  // Weak reference support comes from the first base that has it; variable-size
  // builtins (int, tuple, bytes) and set/frozenset/type (their own) add none.
  bool base_weakref = !type_lookup(base, names::weakref).is_null();
  for (Type* k : {&types::int_, &types::tuple, &types::set, &types::frozenset, &types::type})
    base_weakref |= is_subtype(base, k);
  bool add_weakref = false;
  Value slots_value = t->dict->get_str(names::slots);
  if (slots_value.is_null()) {
    add_dict = true;
    add_weakref = !base_weakref;
  } else {
    bool slot_weakref = base_weakref;  // "__weakref__" in __slots__ is an error then
    setup_slots(t, slots_value, add_dict, slot_weakref);
    add_weakref = slot_weakref && !base_weakref;
  }
  bool base_dict = any_base_dict || (base->flags & kHasDict);
  if (add_dict || any_base_dict || (base->flags & kHasDict)) t->flags |= kHasDict;
  // The collection flags come from the first base that has any (CPython takes tp_base's).
  for (Value b : bases->items) {
    uint32_t inherited = b.as<Type>()->flags & kInheritedFlags;
    if (inherited) {
      t->flags |= inherited;
      break;
    }
  }

  // Plain functions that are implicitly class or static methods.
  Value nw = t->dict->get_str(names::new_);
  if (!nw.is_null() && is_type(nw, &types::function))
    t->dict->set_str(names::new_, Value::object(new_staticmethod(nw)));
  for (Str* n : {names::init_subclass, names::class_getitem}) {
    Value f = t->dict->get_str(n);
    if (!f.is_null() && is_type(f, &types::function)) t->dict->set_str(n, Value::object(new_classmethod(f)));
  }
  // Defining __eq__ without __hash__ makes instances unhashable.
  if (!t->dict->get_str(names::eq).is_null() && t->dict->get_str(names::hash).is_null())
    t->dict->set_str(names::hash, Value::none());

  t->mro = compute_mro(t);
  if (metatype->is_heap()) {
    // A metaclass may override mro().
    Value custom = type_lookup(metatype, names::mro);
    if (!custom.is_null() && custom != type_lookup(&types::type, names::mro)) {
      Value r = call_with_self(custom, Value::object(t), metatype, nullptr, 0, nullptr);
      std::vector<Value> items = iterate(r);
      for (Value k : items)
        if (!is_type_object(k)) raise(&exc::TypeError, "mro() returned a non-class ('" + type_name(k) + "')");
      t->mro = new_tuple(std::move(items));
    }
  }
  t->version = 0;
  type_modified(t);
  if (t->attrs_offset == 0) t->flags &= ~kHasDict;  // metaclasses: attributes go to the class dict
  if (t->flags & kHasDict) t->keys = new SharedKeys();
  add_instance_descriptors(t, (t->flags & kHasDict) && !base_dict, add_weakref);
  for (Value b : bases->items) b.as<Type>()->subclasses.push_back(t);
  update_all_slots(t);

  Value cell = t->dict->get_str(names::classcell);
  if (!cell.is_null()) {
    if (!is_type(cell, &types::cell))
      raise(&exc::TypeError, "__classcell__ must be a nonlocal cell, not " + type_name(cell));
    cell.as<Cell>()->value = Value::object(t);
    t->dict->remove(Value::object(names::classcell));
  }

  // __set_name__ on every attribute (a snapshot: the hooks may change the dict).
  std::vector<std::pair<Value, Value>> attrs;
  for (const auto& e : t->dict->entries)
    if (!e.key.is_null()) attrs.emplace_back(e.key, e.value);
  for (auto& [k, v] : attrs) {
    Value hook = lookup_special(v, names::set_name);
    if (hook.is_null()) continue;
    Value args[2] = {Value::object(t), k};
    try {
      call(hook, args, 2);
    } catch (PyError& err) {
      // 3.11 wraps the error, keeping it as the cause.
      ExceptionObj* wrapped = new_exception(&exc::RuntimeError, "Error calling __set_name__ on '" +
                                                                   type_name(v) + "' instance " + repr_string(k) +
                                                                   " in '" + t->name + "'");
      wrapped->cause = err.exc;
      wrapped->suppress_context = true;
      raise_value(Value::object(wrapped));
    }
  }

  // super(t, t).__init_subclass__(**kwargs)
  Value init_sub = Value::null();
  const auto& mro = t->mro->items;
  for (size_t i = 1; i < mro.size() && init_sub.is_null(); ++i) {
    Dict* d = mro[i].as<Type>()->dict;
    if (d) init_sub = d->get_str(names::init_subclass);
  }
  if (!init_sub.is_null()) {
    Value bound = bind_descriptor(init_sub, Value::null(), t);
    size_t nkw = kwnames ? kwnames->items.size() : 0;
    call(bound, kwvalues, nkw, nkw ? kwnames : nullptr);
  }
  return t;
}

// ---- __new__ of the builtin types -----------------------------------------------------

namespace {

// T.__new__(cls, *args): the builtin's constructor for T itself; for a Python
// subclass, an instance of the subclass's layout holding T's value (immutable
// builtins) or empty (list, dict, set: their __init__ fills it).
Value builtin_new(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  Type* T = self.as<Type>();
  size_t nkw = kwnames ? kwnames->items.size() : 0;
  if (nargs - nkw == 0) raise(&exc::TypeError, T->name + ".__new__(): not enough arguments");
  if (!is_type_object(args[0]))
    raise(&exc::TypeError, T->name + ".__new__(X): X is not a type object (" + type_name(args[0]) + ")");
  Type* cls = args[0].as<Type>();
  if (!is_subtype(cls, T))
    raise(&exc::TypeError, T->name + ".__new__(" + cls->name + "): " + cls->name + " is not a subtype of " + T->name);
  if (!cls->is_heap()) return cls->construct(type_value(cls), args + 1, nargs - 1, kwnames);
  if (T == &types::list || T == &types::dict || T == &types::set || T == &types::bytearray)
    return Value::object(cls->alloc(cls));
  Value v = T->construct(type_value(T), args + 1, nargs - 1, kwnames);
  Object* o = cls->alloc(cls);
  init_value_subclass(o, v);
  return Value::object(o);
}

}  // namespace

void install_builtin_new(Type* t) {
  if (!t->construct || t == &types::type || t->is_exception || !t->dict) return;
  if (!t->dict->get_str(names::new_).is_null()) return;
  t->dict->set_str(names::new_, Value::object(heap().make<Builtin>("__new__", builtin_new, type_value(t))));
}

// ---- type.__call__ ----------------------------------------------------------------------

Value type_call(Value callable, Value* args, size_t nargs, Tuple* kwnames) {
  Type* cls = callable.as<Type>();
  if (!cls->is_heap() && cls->construct) return cls->construct(callable, args, nargs, kwnames);
  bool excess = nargs > 0;
  Value nw = type_lookup(cls, names::new_);
  Value ini = type_lookup(cls, names::init);
  bool default_new = nw == object_new_value();
  bool default_init = ini == object_init_value();
  Value obj;
  if (default_new) {
    if (!cls->alloc) raise(&exc::TypeError, "cannot create '" + type_full_name(cls) + "' instances");
    if (excess && default_init) {
      raise(&exc::TypeError, type_qualname(cls) + "() takes no arguments");
    }
    if (cls->flags & kAbstract) raise_abstract_instantiation(cls);
    obj = Value::object(cls->alloc(cls));
  } else {
    std::vector<Value> full(nargs + 1);
    full[0] = callable;
    std::copy(args, args + nargs, full.begin() + 1);
    Value f = bind_descriptor(nw, Value::null(), cls);
    obj = call(f, full.data(), nargs + 1, kwnames);
    if (!isinstance(obj, cls)) return obj;
  }
  Type* ot = type_of(obj);
  if (ot != cls) ini = type_lookup(ot, names::init);
  // object.__init__ with arguments is fine when __new__ was overridden (it took them).
  if (ini == object_init_value() || ini.is_null()) return obj;
  Value r = call_with_self(ini, obj, ot, args, nargs, kwnames);
  if (!r.is_none()) raise(&exc::TypeError, "__init__() should return None, not '" + type_name(r) + "'");
  return obj;
}

}  // namespace rt
