// The builtins of the object model: type(), __build_class__, super,
// isinstance/issubclass, getattr/setattr/hasattr/delattr, globals, locals,
// vars, dir, id, callable; and type's own methods (mro, __subclasses__, __prepare__, ...).
#include <algorithm>

#include "runtime/methods_util.h"
#include "runtime/objects/generic_alias.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/frame.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type.h"
#include "runtime/ops.h"
#include "runtime/runtime.h"

namespace rt {

namespace types {
Type super("super", &object);
}

namespace {

Str* attr_name(Value v, const char* fn) {
  if (!isinstance(v, &types::str))
    raise(&exc::TypeError, std::string(fn) == "getattr" || std::string(fn) == "hasattr" ||
                                   std::string(fn) == "setattr" || std::string(fn) == "delattr"
                               ? "attribute name must be string, not '" + type_name(v) + "'"
                               : std::string(fn) + "(): attribute name must be string");
  return v.as<Str>();
}

// ---- type(...) and __build_class__ -----------------------------------------------------

Dict* namespace_as_dict(Value ns) {
  if (is_type(ns, &types::dict)) return ns.as<Dict>();
  if (isinstance(ns, &types::dict)) return ns.as<Dict>();
  // A custom mapping from __prepare__: copy its items.
  Dict* d = new_dict();
  Value keys_fn = getattr(ns, intern("keys"));
  Value keys = call(keys_fn, nullptr, 0);
  Value it = iter(keys);
  for (Value k = next(it); !k.is_null(); k = next(it)) d->set(k, getitem(ns, k));
  return d;
}

Value new_type_from_args(Type* meta, Value* args, size_t npos, Tuple* kwnames, Value* kwvalues) {
  if (!isinstance(args[0], &types::str))
    raise(&exc::TypeError, "type.__new__() argument 1 must be str, not " + type_name(args[0]));
  if (!isinstance(args[1], &types::tuple))
    raise(&exc::TypeError, "type.__new__() argument 2 must be tuple, not " + type_name(args[1]));
  if (!isinstance(args[2], &types::dict))
    raise(&exc::TypeError, "type.__new__() argument 3 must be dict, not " + type_name(args[2]));
  (void)npos;
  Tuple* bases = args[1].as<Tuple>();
  Type* winner = calculate_metaclass(meta, bases);
  if (winner != meta && type_lookup(winner, names::new_) != type_lookup(&types::type, names::new_)) {
    std::vector<Value> all(args, args + 3);
    size_t nkw = keyword_count(kwnames);
    for (size_t i = 0; i < nkw; ++i) all.push_back(kwvalues[i]);
    return call(type_value(winner), all.data(), all.size(), nkw ? kwnames : nullptr);
  }
  return Value::object(type_new(winner, args[0].as<Str>(), bases, namespace_as_dict(args[2]), kwnames, kwvalues));
}

Value c_type(Value, Value* args, size_t nargs, Tuple* kwnames) {
  size_t nkw = keyword_count(kwnames);
  size_t npos = nargs - nkw;
  if (npos == 1 && nkw == 0) return type_value(type_of(args[0]));
  if (npos != 3) raise(&exc::TypeError, "type() takes 1 or 3 arguments");
  return new_type_from_args(&types::type, args, npos, kwnames, args + npos);
}

// type.__new__(metatype, name, bases, ns, **kwds)
Value type_new_method(Value, Value* args, size_t nargs, Tuple* kwnames) {
  size_t nkw = keyword_count(kwnames);
  size_t npos = nargs - nkw;
  if (npos == 0) raise(&exc::TypeError, "type.__new__(): not enough arguments");
  if (!is_type_object(args[0]))
    raise(&exc::TypeError, "type.__new__(X): X is not a type object (" + type_name(args[0]) + ")");
  Type* meta = args[0].as<Type>();
  if (npos == 2 && nkw == 0 && meta == &types::type) return type_value(type_of(args[1]));
  if (npos != 4) raise(&exc::TypeError, "type.__new__() takes exactly 3 arguments (" + std::to_string(npos - 1) + " given)");
  return new_type_from_args(meta, args + 1, npos - 1, kwnames, args + npos);
}

Value type_init_method(Value, Value*, size_t nargs, Tuple* kwnames) {
  size_t npos = nargs - keyword_count(kwnames);
  if (npos != 1 && npos != 3) raise(&exc::TypeError, "type.__init__() takes 1 or 3 arguments");
  return Value::none();
}

Value b_build_class(Value, Value* args, size_t nargs, Tuple* kwnames) {
  size_t nkw = keyword_count(kwnames);
  size_t npos = nargs - nkw;
  if (npos < 2) raise(&exc::TypeError, "__build_class__: not enough arguments");
  Value func = args[0];
  if (!is_type(func, &types::function)) raise(&exc::TypeError, "__build_class__: func must be a function");
  if (!isinstance(args[1], &types::str)) raise(&exc::TypeError, "__build_class__: name is not a string");
  Value name = args[1];
  std::vector<Value> base_items(args + 2, args + npos);
  Tuple* bases = new_tuple(base_items);
  Value meta = Value::null();
  std::vector<Value> kwvals;
  std::vector<Value> kwnames_rest;
  for (size_t k = 0; k < nkw; ++k) {
    Value key = kwnames->items[k];
    if (key.as<Str>()->data == "metaclass") meta = args[npos + k];
    else {
      kwnames_rest.push_back(key);
      kwvals.push_back(args[npos + k]);
    }
  }
  bool is_class_meta = false;
  if (meta.is_null()) {
    meta = base_items.empty() ? type_value(&types::type) : type_value(type_of(base_items[0]));
    is_class_meta = true;
  } else {
    is_class_meta = is_type_object(meta);
  }
  if (is_class_meta) meta = type_value(calculate_metaclass(meta.as<Type>(), bases));
  Tuple* rest_names = kwnames_rest.empty() ? nullptr : new_tuple(kwnames_rest);
  // ns = meta.__prepare__(name, bases, **kwds)
  Value ns;
  Value prepare = getattr_opt(meta, names::prepare);
  if (prepare.is_null()) {
    ns = Value::object(new_dict());
  } else {
    std::vector<Value> pargs{name, Value::object(bases)};
    pargs.insert(pargs.end(), kwvals.begin(), kwvals.end());
    ns = call(prepare, pargs.data(), pargs.size(), rest_names);
    bool mapping = isinstance(ns, &types::dict) || !type_lookup(type_of(ns), names::getitem).is_null();
    if (!mapping) {
      std::string who = is_class_meta ? type_qualname(meta.as<Type>()) : "<metaclass>";
      raise(&exc::TypeError, who + ".__prepare__() must return a mapping, not " + type_name(ns));
    }
  }
  Value cell = run_class_body(func, ns);
  std::vector<Value> cargs{name, Value::object(bases), ns};
  cargs.insert(cargs.end(), kwvals.begin(), kwvals.end());
  Value cls = call(meta, cargs.data(), cargs.size(), rest_names);
  if (is_type(cell, &types::cell) && is_type_object(cls)) {
    Value inside = cell.as<Cell>()->value;
    if (inside != cls) {
      if (inside.is_null())
        raise(&exc::RuntimeError, "__class__ not set defining " + repr_string(name) + " as " + repr_string(cls) +
                                      ". Was __classcell__ propagated to type.__new__?");
      raise(&exc::TypeError, "__class__ set to " + repr_string(inside) + " defining " + repr_string(name) + " as " +
                                 repr_string(cls));
    }
  }
  return cls;
}

// ---- type's methods -------------------------------------------------------------------

Type* check_type(Value self, const char* fn) {
  if (!is_type_object(self))
    raise(&exc::TypeError, std::string("descriptor '") + fn + "' requires a 'type' object but received a '" +
                               type_name(self) + "'");
  return self.as<Type>();
}

Value t_mro(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("mro($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  Type* t = check_type(self, "mro");
  return Value::object(new_list(compute_mro(t)->items));
}

Value t_subclasses(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__subclasses__($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  Type* t = check_type(self, "__subclasses__");
  std::vector<Value> out;
  for (Type* s : t->subclasses) out.push_back(type_value(s));
  return Value::object(new_list(std::move(out)));
}

bool default_isinstance(Value obj, Type* cls) {
  if (isinstance(obj, cls)) return true;
  // An object may claim another class through __class__ (proxies).
  Value c = getattr_opt(obj, names::class_);
  return !c.is_null() && c != type_value(type_of(obj)) && is_type_object(c) && is_subtype(c.as<Type>(), cls);
}

Value t_instancecheck(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__instancecheck__($self, instance, /)");
  auto [instance] = sig.bind<1>(self, args, nargs, kw);
  return Value::boolean(default_isinstance(instance, check_type(self, "__instancecheck__")));
}

Value t_subclasscheck(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__subclasscheck__($self, subclass, /)");
  auto [subclass] = sig.bind<1>(self, args, nargs, kw);
  Type* t = check_type(self, "__subclasscheck__");
  if (!is_type_object(subclass)) raise(&exc::TypeError, "issubclass() arg 1 must be a class");
  return Value::boolean(is_subtype(subclass.as<Type>(), t));
}

Value t_prepare(Value, Value*, size_t, Tuple*) { return Value::object(new_dict()); }

Value t_dir(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__dir__($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  Type* t = check_type(self, "__dir__");
  Dict* seen = new_dict();
  for (Value k : t->mro->items)
    for (const auto& e : k.as<Type>()->dict->entries)
      if (!e.key.is_null()) seen->set(e.key, Value::none());
  std::vector<Value> out;
  for (const auto& e : seen->entries)
    if (!e.key.is_null()) out.push_back(e.key);
  return Value::object(new_list(std::move(out)));
}

const MethodEntry kTypeMethods[] = {
    {"mro", t_mro},
    {"__subclasses__", t_subclasses},
    {"__instancecheck__", t_instancecheck},
    {"__subclasscheck__", t_subclasscheck},
    {"__dir__", t_dir},
    {"__init__", type_init_method},
};

// ---- isinstance / issubclass -------------------------------------------------------------

}  // namespace

bool is_callable(Value obj) {
  Type* t = type_of(obj);
  for (Type* k = t; k; k = k->base)
    if (k->call) return true;
  return t == &types::function || is_builtin_type(t) || is_type_object(obj);
}

bool object_issubclass(Value derived, Value cls) {
  if (is_type(cls, &types::union_type)) cls = Value::object(union_check_args(cls, "issubclass"));
  if (is_type(cls, &types::tuple)) {
    for (Value c : cls.as<Tuple>()->items)
      if (object_issubclass(derived, c)) return true;
    return false;
  }
  if (is_type_object(cls) && type_of(cls) == &types::type) {
    if (!is_type_object(derived)) raise(&exc::TypeError, "issubclass() arg 1 must be a class");
    return is_subtype(derived.as<Type>(), cls.as<Type>());
  }
  Value hook = lookup_special(cls, names::subclasscheck);
  if (!hook.is_null()) return truthy(call(hook, &derived, 1));
  if (!is_type_object(cls))
    raise(&exc::TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  if (!is_type_object(derived)) raise(&exc::TypeError, "issubclass() arg 1 must be a class");
  return is_subtype(derived.as<Type>(), cls.as<Type>());
}

bool object_isinstance(Value obj, Value cls) {
  if (is_type_object(cls) && type_of(obj) == cls.as<Type>()) return true;
  if (is_type(cls, &types::union_type)) cls = Value::object(union_check_args(cls, "isinstance"));
  if (is_type(cls, &types::tuple)) {
    for (Value c : cls.as<Tuple>()->items)
      if (object_isinstance(obj, c)) return true;
    return false;
  }
  if (is_type_object(cls) && type_of(cls) == &types::type) return default_isinstance(obj, cls.as<Type>());
  Value hook = lookup_special(cls, names::instancecheck);
  if (!hook.is_null()) return truthy(call(hook, &obj, 1));
  if (!is_type_object(cls))
    raise(&exc::TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  return default_isinstance(obj, cls.as<Type>());
}

namespace {

Value b_isinstance(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("isinstance(obj, class_or_tuple, /)");
  auto [obj, class_or_tuple] = sig.bind<2>(self, args, nargs, kwnames);
  return Value::boolean(object_isinstance(obj, class_or_tuple));
}

Value b_issubclass(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("issubclass(cls, class_or_tuple, /)");
  auto [cls, class_or_tuple] = sig.bind<2>(self, args, nargs, kwnames);
  return Value::boolean(object_issubclass(cls, class_or_tuple));
}

// ---- attribute builtins ------------------------------------------------------------------

Value b_getattr(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("getattr(object, name, default=<unrepresentable>, /)");
  auto [object, name_arg, default_] = sig.bind<3>(self, args, nargs, kwnames);
  Str* name = attr_name(name_arg, "getattr");
  if (default_.is_null()) return getattr(object, name);
  Value v = getattr_opt(object, name);
  return v.is_null() ? default_ : v;
}

Value b_hasattr(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("hasattr(obj, name, /)");
  auto [obj, name] = sig.bind<2>(self, args, nargs, kwnames);
  return Value::boolean(!getattr_opt(obj, attr_name(name, "hasattr")).is_null());
}

Value b_setattr(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("setattr(obj, name, value, /)");
  auto [obj, name, value] = sig.bind<3>(self, args, nargs, kwnames);
  setattr(obj, attr_name(name, "setattr"), value);
  return Value::none();
}

Value b_delattr(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("delattr(obj, name, /)");
  auto [obj, name] = sig.bind<2>(self, args, nargs, kwnames);
  delattr(obj, attr_name(name, "delattr"));
  return Value::none();
}

// The running frame's namespace: CPython's PyEval_GetLocals (a function
// frame's variables as a dict, the same dict at each call).
Value running_locals() {
  Value locals = current_locals();
  if (locals.is_null()) raise(&exc::SystemError, "frame does not exist");
  return locals;
}

Value b_globals(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("globals()");
  sig.bind<0>(self, args, nargs, kwnames);
  Dict* g = current_globals();
  return g ? Value::object(g) : Value::none();
}

Value b_locals(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("locals()");
  sig.bind<0>(self, args, nargs, kwnames);
  return running_locals();
}

Value b_vars(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("vars(object=<unrepresentable>, /)");
  auto [object] = sig.bind<1>(self, args, nargs, kwnames);
  if (object.is_null()) return running_locals();
  Value d = getattr_opt(object, names::dict);
  if (d.is_null()) raise(&exc::TypeError, "vars() argument must have __dict__ attribute");
  return d;
}

Value b_dir(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("dir(object=<unrepresentable>, /)");
  auto [object] = sig.bind<1>(self, args, nargs, kwnames);
  Value r;
  if (object.is_null()) {
    r = call(getattr(running_locals(), intern("keys")), nullptr, 0);  // any mapping a class body uses
  } else if (is_type(object, &types::module)) {
    std::vector<Value> keys;
    for (const auto& e : object.as<Module>()->dict->entries)
      if (!e.key.is_null()) keys.push_back(e.key);
    r = Value::object(new_list(std::move(keys)));
  } else {
    bool found;
    r = call_special(object, intern("__dir__"), nullptr, 0, &found);
    if (!found) raise(&exc::TypeError, "object does not provide __dir__");
  }
  std::vector<Value> items = iterate(r);
  std::stable_sort(items.begin(), items.end(),
                   [](Value a, Value b) { return truthy(compare(bytecode::CompareOp::Lt, a, b)); });
  return Value::object(new_list(std::move(items)));
}

// ---- super ------------------------------------------------------------------------------

struct Super : Object {
  Type* cls = nullptr;       // the class super() was called in
  Value obj;                 // the instance (or class) bound; null if unbound
  Type* obj_type = nullptr;  // type(obj), or obj itself for classmethods
  Super() : Object(&types::super) {}
  void trace(Tracer& t) override {
    t.mark(cls);
    t.mark(obj);
    t.mark(obj_type);
  }
};

Type* super_check(Type* cls, Value obj) {
  if (is_type_object(obj) && is_subtype(obj.as<Type>(), cls)) return obj.as<Type>();
  Type* t = type_of(obj);
  if (is_subtype(t, cls)) return t;
  Value c = getattr_opt(obj, names::class_);
  if (!c.is_null() && is_type_object(c) && is_subtype(c.as<Type>(), cls)) return c.as<Type>();
  raise(&exc::TypeError, "super(type, obj): obj must be an instance or subtype of type");
}

Value super_construct(Value, Value* args, size_t nargs, Tuple* kwnames) {
  if (keyword_count(kwnames)) raise(&exc::TypeError, "super() takes no keyword arguments");
  Super* s = heap().make<Super>();
  Value cls_v, obj;
  if (nargs == 0) {
    if (!super_context(&obj, &cls_v)) raise(&exc::RuntimeError, "super(): no arguments");
    if (cls_v.is_null()) raise(&exc::RuntimeError, "super(): __class__ cell not found");
    if (!is_type_object(cls_v)) raise(&exc::RuntimeError, "super(): __class__ is not a type (" + type_name(cls_v) + ")");
    if (obj.is_null()) raise(&exc::RuntimeError, "super(): arg[0] deleted");
  } else {
    if (nargs > 2) raise(&exc::TypeError, "super() takes at most 2 arguments (" + std::to_string(nargs) + " given)");
    cls_v = args[0];
    obj = nargs == 2 ? args[1] : Value::null();
    if (!is_type_object(cls_v))
      raise(&exc::TypeError, "super() argument 1 must be a type, not " + type_name(cls_v));
  }
  s->cls = cls_v.as<Type>();
  if (!obj.is_null() && !obj.is_none()) {
    s->obj = obj;
    s->obj_type = super_check(s->cls, obj);
  }
  return Value::object(s);
}

Value super_getattro(Value self, Str* name) {
  Super* s = self.as<Super>();
  if (!name->interned) name = intern(name->data);
  if (s->obj_type && name != names::class_) {
    const auto& mro = s->obj_type->mro->items;
    size_t i = 0;
    while (i < mro.size() && mro[i].as<Type>() != s->cls) ++i;
    for (++i; i < mro.size(); ++i) {
      Value v = mro[i].as<Type>()->dict->get_str(name);
      if (v.is_null()) continue;
      Type* vt = type_of(v);
      if (!vt->descr_get) return v;
      Value inst = s->obj == type_value(s->obj_type) ? Value::null() : s->obj;
      return vt->descr_get(v, inst, type_value(s->obj_type));
    }
  }
  return generic_getattr(self, name);
}

Value super_repr(Value self) {
  Super* s = self.as<Super>();
  if (s->obj_type)
    return str_value("<super: <class '" + type_qualname(s->cls) + "'>, <" + type_qualname(s->obj_type) + " object>>");
  return str_value("<super: <class '" + type_qualname(s->cls) + "'>, NULL>");
}

// super's members (__thisclass__, __self__, __self_class__) and its __get__:
// an unbound super bound to an instance, as a descriptor in a class.
Value super_thisclass(Value self) { return type_value(self.as<Super>()->cls); }
Value super_self(Value self) {
  Super* s = self.as<Super>();
  return s->obj.is_null() ? Value::none() : s->obj;
}
Value super_self_class(Value self) {
  Super* s = self.as<Super>();
  return s->obj_type ? type_value(s->obj_type) : Value::none();
}
Value super_descr_get(Value self, Value obj, Value) {
  Super* s = self.as<Super>();
  if (obj.is_null() || obj.is_none() || !s->obj.is_null()) return self;
  Value args[2] = {type_value(s->cls), obj};
  return call(type_value(s->type), args, 2);
}

Value b_id(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("id(obj, /)");
  auto [v] = sig.bind<1>(self, args, nargs, kwnames);
  if (v.is_object()) return make_int(static_cast<int64_t>(v.bits & Value::kPayload));
  // Immediate values: a stable number derived from the bits (distinct from addresses).
  return make_int(static_cast<int64_t>(v.bits >> 1));
}

Value b_callable(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("callable(obj, /)");
  auto [obj] = sig.bind<1>(self, args, nargs, kwnames);
  return Value::boolean(is_callable(obj));
}

const MethodEntry kObjectBuiltins[] = {
    {"__build_class__", b_build_class},
    {"isinstance", b_isinstance},
    {"issubclass", b_issubclass},
    {"getattr", b_getattr},
    {"hasattr", b_hasattr},
    {"setattr", b_setattr},
    {"delattr", b_delattr},
    {"globals", b_globals},
    {"locals", b_locals},
    {"vars", b_vars},
    {"dir", b_dir},
    {"id", b_id},
    {"callable", b_callable},
};

}  // namespace

void install_type_methods() {
  Type* t = &types::type;
  install_methods(t, std::begin(kTypeMethods), std::end(kTypeMethods));
  t->dict->set_str(names::new_, Value::object(heap().make<Builtin>("__new__", type_new_method, type_value(t))));
  t->dict->set_str(names::prepare,
                   Value::object(new_classmethod(Value::object(heap().make<Builtin>("__prepare__", t_prepare)))));
  t->construct = c_type;
  t->call = type_call;
  t->getattro = type_getattro;
  t->setattro = type_setattro;
  types::super.construct = super_construct;
  types::super.getattro = super_getattro;
  types::super.descr_get = super_descr_get;
  add_readonly_member(&types::super, "__thisclass__", super_thisclass);
  add_readonly_member(&types::super, "__self__", super_self);
  add_readonly_member(&types::super, "__self_class__", super_self_class);
  types::super.repr = super_repr;
  t->doc = str_value("type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type");
  install_type_getsets();
}

void install_object_builtins(Dict* builtins) {
  for (const MethodEntry& e : kObjectBuiltins)
    builtins->set_str(intern(e.name), Value::object(heap().make<Builtin>(e.name, e.fn)));
  for (Type* t : {&types::object, &types::type, &types::super, &types::property, &types::classmethod,
                  &types::staticmethod})
    builtins->set_str(intern(t->name), type_value(t));
}

}  // namespace rt
