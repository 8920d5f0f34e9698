// Slots <-> special methods (see slots.h). Trampolines call the Python
// method found on the type; wrappers expose a builtin's native slot.
#include "runtime/slots.h"

#include "runtime/methods_util.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type.h"
#include "runtime/ops.h"

namespace rt {

namespace {

Value call_dunder(Value obj, Str* name, Value* args, size_t nargs) {
  Type* t = type_of(obj);
  Value f = type_lookup(t, name);
  if (f.is_null()) raise_attribute_error(obj, name);
  return call_with_self(f, obj, t, args, nargs, nullptr);
}

// The special method is set to None in the class: the operation is refused.
bool disabled(Value obj, Str* name) { return type_lookup(type_of(obj), name).is_none(); }

// ---- wrappers: a builtin's native slot as a method in its dict -----------------------

// The native slot an instance would use without Python overrides: the first
// C++-defined type along its MRO that has the slot.
template <class F>
F native_slot(Value self, F Type::*slot) {
  Type* t = type_of(self);
  if (!t->is_heap()) return t->*slot;
  for (Value k : t->mro->items) {
    Type* kt = k.as<Type>();
    if (!kt->is_heap() && kt->*slot) return kt->*slot;
  }
  return nullptr;
}

// ---- trampolines: a slot of a Python class calls its special method -------------------

Value slot_repr(Value v) {
  Value r = call_dunder(v, names::repr, nullptr, 0);
  if (!isinstance(r, &types::str)) raise(&exc::TypeError, "__repr__ returned non-string (type " + type_name(r) + ")");
  return r;
}
Value slot_str(Value v) {
  Value r = call_dunder(v, names::str, nullptr, 0);
  if (!isinstance(r, &types::str)) raise(&exc::TypeError, "__str__ returned non-string (type " + type_name(r) + ")");
  return r;
}
int64_t slot_hash(Value v) {
  if (disabled(v, names::hash)) raise(&exc::TypeError, "unhashable type: '" + type_name(v) + "'");
  Value r = call_dunder(v, names::hash, nullptr, 0);
  if (!is_int(r)) raise(&exc::TypeError, "__hash__ method should return an integer");
  auto small = int_as_int64(r);
  int64_t h = small ? *small : int_hash(r);
  return h == -1 ? -2 : h;
}
bool slot_truth(Value v) {
  Value r = call_dunder(v, names::bool_, nullptr, 0);
  if (!r.is_bool()) raise(&exc::TypeError, "__bool__ should return bool, returned " + type_name(r));
  return r.is_true();
}
int64_t slot_len(Value v) {
  Value r = call_dunder(v, names::len, nullptr, 0);
  if (!is_int(r) && type_of(r)->is_heap() && !type_lookup(type_of(r), names::index).is_null())
    r = make_int(index_value(r, "__len__"));
  if (!is_int(r)) raise(&exc::TypeError, "'" + type_name(r) + "' object cannot be interpreted as an integer");
  if (int_sign(r) < 0) raise(&exc::ValueError, "__len__() should return >= 0");
  auto n = int_as_int64(r);
  if (!n) raise(&exc::OverflowError, "cannot fit 'int' into an index-sized integer");
  return *n;
}
Value slot_iter(Value v) {
  if (disabled(v, names::iter)) raise(&exc::TypeError, "'" + type_name(v) + "' object is not iterable");
  Value r = call_dunder(v, names::iter, nullptr, 0);
  bool is_iterator = false;
  for (Type* k = type_of(r); k && !is_iterator; k = k->base) is_iterator = k->next != nullptr;
  if (!is_iterator && type_lookup(type_of(r), names::next).is_null())
    raise(&exc::TypeError, "iter() returned non-iterator of type '" + type_name(r) + "'");
  return r;
}
Value slot_next(Value v) {
  try {
    return call_dunder(v, names::next, nullptr, 0);
  } catch (PyError& e) {
    if (isinstance(e.exc, &exc::StopIteration)) return Value::null();
    throw;
  }
}
Value slot_getitem(Value v, Value key) { return call_dunder(v, names::getitem, &key, 1); }
void slot_setitem(Value v, Value key, Value value) {
  Value args[2] = {key, value};
  call_dunder(v, names::setitem, args, 2);
}
void slot_delitem(Value v, Value key) { call_dunder(v, names::delitem, &key, 1); }
Value slot_call(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  Type* t = type_of(self);
  Value f = type_lookup(t, names::call);
  if (f.is_null() || f.is_none()) raise(&exc::TypeError, "'" + t->name + "' object is not callable");
  return call_with_self(f, self, t, args, nargs, kwnames);
}

Value slot_getattro(Value obj, Str* name) {
  Type* t = type_of(obj);
  Value ga = type_lookup(t, names::getattribute);
  Value getattr_hook = type_lookup(t, names::getattr);
  Value r;
  Value arg = Value::object(name);
  if (ga.is_null() || ga == type_lookup(&types::object, names::getattribute)) {
    try {
      auto native = native_slot(obj, &Type::getattro);  // type_getattro for classes
      r = native ? native(obj, name) : generic_getattr(obj, name);
    } catch (PyError& e) {
      if (getattr_hook.is_null() || !isinstance(e.exc, &exc::AttributeError)) throw;
      r = Value::null();
    }
  } else {
    try {
      r = call_with_self(ga, obj, t, &arg, 1, nullptr);
    } catch (PyError& e) {
      if (getattr_hook.is_null() || !isinstance(e.exc, &exc::AttributeError)) throw;
      r = Value::null();
    }
  }
  if (r.is_null() && !getattr_hook.is_null()) return call_with_self(getattr_hook, obj, t, &arg, 1, nullptr);
  return r;
}
void slot_setattro(Value obj, Str* name, Value value) {
  if (value.is_null()) {
    Value arg = Value::object(name);
    call_dunder(obj, names::delattr, &arg, 1);
    return;
  }
  Value args[2] = {Value::object(name), value};
  call_dunder(obj, names::setattr, args, 2);
}
Value slot_descr_get(Value self, Value obj, Value owner) {
  Value args[2] = {obj.is_null() ? Value::none() : obj, owner.is_null() ? type_value(type_of(obj)) : owner};
  return call_dunder(self, names::get, args, 2);
}
void slot_descr_set(Value self, Value obj, Value value) {
  if (value.is_null()) {
    if (type_lookup(type_of(self), names::delete_).is_null()) raise(&exc::AttributeError, "__delete__");
    call_dunder(self, names::delete_, &obj, 1);
    return;
  }
  if (type_lookup(type_of(self), names::set).is_null()) raise(&exc::AttributeError, "__set__");
  Value args[2] = {obj, value};
  call_dunder(self, names::set, args, 2);
}

Value w_repr(Value self, Value*, size_t nargs, Tuple* kw) {
  method_args("__repr__", nargs, kw, 0, 0);
  return native_slot(self, &Type::repr)(self);
}
Value w_str(Value self, Value*, size_t nargs, Tuple* kw) {
  method_args("__str__", nargs, kw, 0, 0);
  auto f = native_slot(self, &Type::str);
  return f ? f(self) : native_slot(self, &Type::repr)(self);
}
Value w_hash(Value self, Value*, size_t nargs, Tuple* kw) {
  method_args("__hash__", nargs, kw, 0, 0);
  auto f = native_slot(self, &Type::hash);
  if (!f) raise(&exc::TypeError, "unhashable type: '" + type_name(self) + "'");
  return make_int(f(self));
}
Value w_len(Value self, Value*, size_t nargs, Tuple* kw) {
  method_args("__len__", nargs, kw, 0, 0);
  return make_int(native_slot(self, &Type::len)(self));
}
Value w_iter(Value self, Value*, size_t nargs, Tuple* kw) {
  method_args("__iter__", nargs, kw, 0, 0);
  return native_slot(self, &Type::iter)(self);
}
Value w_next(Value self, Value*, size_t nargs, Tuple* kw) {
  method_args("__next__", nargs, kw, 0, 0);
  Value v = native_slot(self, &Type::next)(self);
  if (v.is_null()) raise_value(Value::object(new_exception_args(&exc::StopIteration, {})));
  return v;
}
Value w_getitem(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__getitem__", nargs, kw, 1, 1);
  return native_slot(self, &Type::getitem)(self, args[0]);
}
Value w_setitem(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__setitem__", nargs, kw, 2, 2);
  native_slot(self, &Type::setitem)(self, args[0], args[1]);
  return Value::none();
}
Value w_delitem(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__delitem__", nargs, kw, 1, 1);
  native_slot(self, &Type::delitem)(self, args[0]);
  return Value::none();
}
Value w_bool(Value self, Value*, size_t nargs, Tuple* kw) {
  method_args("__bool__", nargs, kw, 0, 0);
  return Value::boolean(native_slot(self, &Type::truth)(self));
}
Value w_call(Value self, Value* args, size_t nargs, Tuple* kw) {
  return native_slot(self, &Type::call)(self, args, nargs, kw);
}

Value w_get(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__get__", nargs, kw, 1, 2);
  Value obj = args[0].is_none() ? Value::null() : args[0];
  Value owner = nargs > 1 && !args[1].is_none() ? args[1] : Value::null();
  if (obj.is_null() && owner.is_null()) raise(&exc::TypeError, "__get__(None, None) is invalid");
  return native_slot(self, &Type::descr_get)(self, obj, owner);
}
Value w_set(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__set__", nargs, kw, 2, 2);
  native_slot(self, &Type::descr_set)(self, args[0], args[1]);
  return Value::none();
}
Value w_delete(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__delete__", nargs, kw, 1, 1);
  native_slot(self, &Type::descr_set)(self, args[0], Value::null());
  return Value::none();
}

template <class F>
void fill_slot(Type* t, F Type::*slot, Str* name, F trampoline) {
  for (Value k : t->mro->items) {
    Type* kt = k.as<Type>();
    if (kt->is_heap()) {
      if (!kt->dict->get_str(name).is_null()) {
        t->*slot = trampoline;
        return;
      }
      continue;
    }
    t->*slot = kt->*slot;
    return;
  }
  t->*slot = nullptr;
}

}  // namespace

void inherit_slots(Type* t) {
  Type* b = t->base;
#define INHERIT(slot) \
  if (b && !t->slot) t->slot = b->slot;
  INHERIT(repr) INHERIT(str) INHERIT(truth) INHERIT(len) INHERIT(iter) INHERIT(next)
  INHERIT(getitem) INHERIT(setitem) INHERIT(delitem) INHERIT(getattr) INHERIT(getattro) INHERIT(setattro)
  INHERIT(descr_get) INHERIT(descr_set) INHERIT(call) INHERIT(init)
#undef INHERIT
  // An explicitly unhashable builtin (list, dict) stays so; others inherit.
  if (b && !t->hash && !t->dict->get_str(intern("__hash__")).is_none()) t->hash = b->hash;
  // The slots t defines itself become visible methods.
  auto own = [&](auto Type::*slot) { return t->*slot && (!b || t->*slot != b->*slot); };
  if (own(&Type::repr)) add_method_if_missing(t, "__repr__", w_repr);
  if (own(&Type::str)) add_method_if_missing(t, "__str__", w_str);
  if (own(&Type::hash)) add_method_if_missing(t, "__hash__", w_hash);
  if (own(&Type::len)) add_method_if_missing(t, "__len__", w_len);
  if (own(&Type::iter)) add_method_if_missing(t, "__iter__", w_iter);
  if (own(&Type::next)) add_method_if_missing(t, "__next__", w_next);
  if (own(&Type::getitem)) add_method_if_missing(t, "__getitem__", w_getitem);
  if (own(&Type::setitem)) add_method_if_missing(t, "__setitem__", w_setitem);
  if (own(&Type::delitem)) add_method_if_missing(t, "__delitem__", w_delitem);
  if (own(&Type::truth)) add_method_if_missing(t, "__bool__", w_bool);
  if (own(&Type::call)) add_method_if_missing(t, "__call__", w_call);
  if (own(&Type::descr_get)) add_method_if_missing(t, "__get__", w_get);
  if (own(&Type::descr_set)) {
    add_method_if_missing(t, "__set__", w_set);
    add_method_if_missing(t, "__delete__", w_delete);
  }
  if (b && !t->hash && t->dict->get_str(intern("__hash__")).is_null()) t->dict->set_str(intern("__hash__"), Value::none());
}

void update_all_slots(Type* t) {
  names::init_all();
  fill_slot(t, &Type::repr, names::repr, slot_repr);
  fill_slot(t, &Type::str, names::str, slot_str);
  fill_slot(t, &Type::hash, names::hash, slot_hash);
  fill_slot(t, &Type::truth, names::bool_, slot_truth);
  fill_slot(t, &Type::len, names::len, slot_len);
  fill_slot(t, &Type::iter, names::iter, slot_iter);
  fill_slot(t, &Type::next, names::next, slot_next);
  fill_slot(t, &Type::getitem, names::getitem, slot_getitem);
  fill_slot(t, &Type::setitem, names::setitem, slot_setitem);
  fill_slot(t, &Type::delitem, names::delitem, slot_delitem);
  fill_slot(t, &Type::call, names::call, slot_call);
  fill_slot(t, &Type::descr_get, names::get, slot_descr_get);
  // A data descriptor needs only one of __set__ / __delete__.
  fill_slot(t, &Type::descr_set, names::set, slot_descr_set);
  if (!t->descr_set) fill_slot(t, &Type::descr_set, names::delete_, slot_descr_set);
  fill_slot(t, &Type::getattro, names::getattribute, slot_getattro);
  if (t->getattro != slot_getattro) {
    auto native = t->getattro;
    fill_slot(t, &Type::getattro, names::getattr, slot_getattro);
    if (t->getattro != slot_getattro) t->getattro = native;
  }
  fill_slot(t, &Type::setattro, names::setattr, slot_setattro);
  if (t->setattro != slot_setattro) {
    auto native = t->setattro;
    fill_slot(t, &Type::setattro, names::delattr, slot_setattro);
    if (t->setattro != slot_setattro) t->setattro = native;
  }
  if (t->getattro == slot_getattro) t->flags |= kCustomGetattr;
  else t->flags &= ~kCustomGetattr;
  // Hashing and the legacy attribute hook come from the solid base.
  Type* static_base = t;
  while (static_base && static_base->is_heap()) static_base = static_base->base;
  if (static_base) {
    t->getattr = static_base->getattr;
    t->init = static_base->init;
  }
}

void update_slot(Type* t, Str* name) {
  (void)name;
  if (!t->is_heap()) return;
  update_all_slots(t);
  for (Type* sub : t->subclasses) update_slot(sub, name);
}

}  // namespace rt
