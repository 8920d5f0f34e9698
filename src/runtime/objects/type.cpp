// The type object: readying static types, the MRO, lookup with a method
// cache keyed on version tags, class creation (type.__new__) and calling a
// class (type.__call__). CPython's Objects/typeobject.c is the model.
#include "runtime/objects/type.h"

#include <algorithm>

#include "runtime/objects/exceptions.h"
#include "runtime/objects/function.h"
#include "runtime/objects/str.h"
#include "runtime/ops.h"
#include "runtime/slots.h"

namespace rt {

namespace names {
Str *init, *new_, *call, *repr, *str, *hash, *eq, *ne, *lt, *le, *gt, *ge, *bool_, *len, *getitem, *setitem,
    *delitem, *iter, *next, *contains, *getattr, *getattribute, *setattr, *delattr, *get, *set, *delete_,
    *set_name, *init_subclass, *prepare, *mro, *dict, *class_, *module, *qualname, *name, *doc, *slots,
    *classcell, *enter, *exit, *instancecheck, *subclasscheck, *class_getitem, *missing, *index, *format,
    *reversed, *del, *abs, *neg, *pos, *invert, *int_, *float_, *round, *weakref, *bases, *mro_attr;
void init_all() {
  if (init_subclass) return;
  init = intern("__init__");
  new_ = intern("__new__");
  call = intern("__call__");
  repr = intern("__repr__");
  str = intern("__str__");
  hash = intern("__hash__");
  eq = intern("__eq__");
  ne = intern("__ne__");
  lt = intern("__lt__");
  le = intern("__le__");
  gt = intern("__gt__");
  ge = intern("__ge__");
  bool_ = intern("__bool__");
  len = intern("__len__");
  getitem = intern("__getitem__");
  setitem = intern("__setitem__");
  delitem = intern("__delitem__");
  iter = intern("__iter__");
  next = intern("__next__");
  contains = intern("__contains__");
  getattr = intern("__getattr__");
  getattribute = intern("__getattribute__");
  setattr = intern("__setattr__");
  delattr = intern("__delattr__");
  get = intern("__get__");
  set = intern("__set__");
  delete_ = intern("__delete__");
  set_name = intern("__set_name__");
  prepare = intern("__prepare__");
  mro = intern("mro");
  dict = intern("__dict__");
  class_ = intern("__class__");
  module = intern("__module__");
  qualname = intern("__qualname__");
  name = intern("__name__");
  doc = intern("__doc__");
  slots = intern("__slots__");
  classcell = intern("__classcell__");
  enter = intern("__enter__");
  exit = intern("__exit__");
  instancecheck = intern("__instancecheck__");
  subclasscheck = intern("__subclasscheck__");
  class_getitem = intern("__class_getitem__");
  missing = intern("__missing__");
  index = intern("__index__");
  format = intern("__format__");
  reversed = intern("__reversed__");
  del = intern("__del__");
  abs = intern("__abs__");
  neg = intern("__neg__");
  pos = intern("__pos__");
  invert = intern("__invert__");
  int_ = intern("__int__");
  float_ = intern("__float__");
  round = intern("__round__");
  weakref = intern("__weakref__");
  bases = intern("__bases__");
  mro_attr = intern("__mro__");
  init_subclass = intern("__init_subclass__");
}
}  // namespace names

namespace {

uint32_t next_version = 1;

uint32_t new_version() {
  // 0 is "invalid": once the counter wraps, types stop being cacheable.
  if (next_version == 0) return 0;
  return next_version++;
}

// CPython's method cache: (version, interned name) -> lookup result.
struct MethodCacheEntry {
  uint32_t version = 0;
  Str* name = nullptr;
  Value value;
};
constexpr size_t kMethodCacheSize = 4096;
MethodCacheEntry method_cache[kMethodCacheSize];

Value lookup_uncached(Type* t, Str* name) {
  if (!t->mro) {
    for (Type* k = t; k; k = k->base)
      if (k->dict) {
        Value v = k->dict->get_str(name);
        if (!v.is_null()) return v;
      }
    return Value::null();
  }
  for (Value k : t->mro->items) {
    Dict* d = k.as<Type>()->dict;
    if (!d) continue;
    Value v = d->get_str(name);
    if (!v.is_null()) return v;
  }
  return Value::null();
}

ClassBodyHook class_body_hook = nullptr;
SuperContextHook super_context_hook = nullptr;

}  // namespace

namespace {
GlobalsHook globals_hook = nullptr;
}
void set_globals_hook(GlobalsHook hook) { globals_hook = hook; }
Dict* current_globals() { return globals_hook ? globals_hook() : nullptr; }
Value caller_module_name() {
  Dict* g = current_globals();
  return g ? g->get_str(names::name) : Value::null();
}

void set_class_body_hook(ClassBodyHook hook) { class_body_hook = hook; }
Value run_class_body(Value func, Value ns) { return class_body_hook(func, ns); }
void set_super_context_hook(SuperContextHook hook) { super_context_hook = hook; }
bool super_context(Value* self, Value* cls) { return super_context_hook && super_context_hook(self, cls); }

Value type_lookup(Type* t, Str* name) {
  if (t->version == 0 || !name->interned) return lookup_uncached(t, name);
  size_t h = ((reinterpret_cast<uintptr_t>(name) >> 4) ^ (t->version * 2654435761u)) & (kMethodCacheSize - 1);
  MethodCacheEntry& e = method_cache[h];
  if (e.version == t->version && e.name == name) return e.value;
  Value v = lookup_uncached(t, name);
  e.version = t->version;
  e.name = name;
  e.value = v;
  return v;
}

// The cache holds Values that only the types' dicts keep alive; a collection
// may free them, so the collector empties it (heap.cpp calls this).
void clear_method_cache() {
  for (auto& e : method_cache) e = MethodCacheEntry{};
}

void type_modified(Type* t) {
  t->version = new_version();
  for (Type* sub : t->subclasses) type_modified(sub);
}

bool is_type_object(Value v) {
  if (!v.is_object()) return false;
  Type* t = v.as_object()->type;
  // Only `type` itself and Python metaclasses (heap types) make classes.
  return t == &types::type || (t->is_heap() && is_subtype(t, &types::type));
}

std::string type_qualname(const Type* t) {
  if (!t->qualname.is_null() && t->qualname.is_object() && t->qualname.as_object()->type == &types::str)
    return t->qualname.as<Str>()->data;
  return t->name;
}

std::string type_module(const Type* t) {
  if (t->is_heap()) {
    Value m = t->dict ? t->dict->get_str(names::module) : Value::null();
    if (!m.is_null() && is_type(m, &types::str)) return m.as<Str>()->data;
    return "builtins";
  }
  if (!t->module.is_null() && is_type(t->module, &types::str)) return t->module.as<Str>()->data;
  return "builtins";
}

std::string type_full_name(const Type* t) {
  std::string mod = type_module(t);
  if (mod == "builtins") return type_qualname(t);
  return mod + "." + type_qualname(t);
}

// ---- MRO ------------------------------------------------------------------------------

Tuple* compute_mro(Type* t) {
  // C3: merge the bases' MROs and the list of bases, keeping local precedence.
  std::vector<std::vector<Type*>> seqs;
  const auto& bases = t->bases->items;
  for (Value b : bases) {
    Type* bt = b.as<Type>();
    std::vector<Type*> s;
    if (bt->mro)
      for (Value k : bt->mro->items) s.push_back(k.as<Type>());
    else
      for (Type* k = bt; k; k = k->base) s.push_back(k);
    seqs.push_back(std::move(s));
  }
  std::vector<Type*> local;
  for (Value b : bases) local.push_back(b.as<Type>());
  seqs.push_back(local);
  std::vector<Value> result{Value::object(t)};
  std::vector<size_t> pos(seqs.size(), 0);
  for (;;) {
    bool empty = true;
    Type* candidate = nullptr;
    for (size_t i = 0; i < seqs.size(); ++i) {
      if (pos[i] >= seqs[i].size()) continue;
      empty = false;
      Type* head = seqs[i][pos[i]];
      bool in_tail = false;
      for (size_t j = 0; j < seqs.size() && !in_tail; ++j)
        for (size_t k = pos[j] + 1; k < seqs[j].size(); ++k)
          if (seqs[j][k] == head) {
            in_tail = true;
            break;
          }
      if (!in_tail) {
        candidate = head;
        break;
      }
    }
    if (empty) break;
    if (!candidate) {
      // CPython lists the bases still left to merge, in order, without repeats.
      std::vector<Type*> left;
      for (size_t i = 0; i < seqs.size(); ++i)
        if (pos[i] < seqs[i].size() && std::find(left.begin(), left.end(), seqs[i][pos[i]]) == left.end())
          left.push_back(seqs[i][pos[i]]);
      std::string msg = "Cannot create a consistent method resolution\norder (MRO) for bases ";
      for (size_t i = 0; i < left.size(); ++i) msg += (i ? ", " : "") + left[i]->name;
      raise(&exc::TypeError, msg);
    }
    result.push_back(Value::object(candidate));
    for (size_t i = 0; i < seqs.size(); ++i)
      if (pos[i] < seqs[i].size() && seqs[i][pos[i]] == candidate) ++pos[i];
  }
  return new_tuple(std::move(result));
}

void type_ready(Type* t) {
  if (t->mro) return;
  if (t->base) type_ready(t->base);
  // A static type has one base (its layout's) unless `bases` was set before
  // it was readied: ExceptionGroup(BaseExceptionGroup, Exception).
  if (!t->bases) t->bases = t->base ? new_tuple({Value::object(t->base)}) : new_tuple();
  for (Value b : t->bases->items) {
    type_ready(b.as<Type>());
    if (b.as<Type>() != t->base) b.as<Type>()->subclasses.push_back(t);
  }
  t->mro = compute_mro(t);
  t->version = new_version();
  if (!t->dict) t->dict = new_dict();
  if (t->base) {
    t->flags |= t->base->flags & kInheritedFlags;
    t->base->subclasses.push_back(t);
    // Builtin exception types share BaseException's layout; other builtin
    // types have their own (and no attribute storage).
    if (!t->alloc && t->base->is_exception) {
      t->alloc = t->base->alloc;
      t->attrs_offset = t->base->attrs_offset;
      t->flags |= t->base->flags & kHasDict;
    }
  }
  inherit_slots(t);
}

Type* calculate_metaclass(Type* meta, Tuple* bases) {
  Type* winner = meta;
  for (Value b : bases->items) {
    Type* bt = type_of(b);
    if (is_subtype(winner, bt)) continue;
    if (is_subtype(bt, winner)) {
      winner = bt;
      continue;
    }
    raise(&exc::TypeError,
          "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
          "metaclasses of all its bases");
  }
  return winner;
}

// ---- attributes of type objects (type.__getattribute__ / __setattr__) ----------------

Value type_getattro(Value obj, Str* name) {
  Type* t = obj.as<Type>();
  if (!name->interned) name = intern(name->data);
  Type* meta = t->type;
  Value meta_attr = type_lookup(meta, name);
  if (!meta_attr.is_null()) {
    Type* mt = type_of(meta_attr);
    if (mt->descr_get && mt->descr_set) return mt->descr_get(meta_attr, obj, type_value(meta));
  }
  Value attr = type_lookup(t, name);
  if (!attr.is_null()) {
    Type* at = type_of(attr);
    if (at->descr_get) return at->descr_get(attr, Value::null(), obj);
    return attr;
  }
  if (!meta_attr.is_null()) {
    Type* mt = type_of(meta_attr);
    if (mt->descr_get) return mt->descr_get(meta_attr, obj, type_value(meta));
    return meta_attr;
  }
  return Value::null();
}

void type_setattro(Value obj, Str* name, Value value) {
  Type* t = obj.as<Type>();
  if (!name->interned) name = intern(name->data);
  Value meta_attr = type_lookup(t->type, name);
  if (!meta_attr.is_null()) {
    Type* mt = type_of(meta_attr);
    if (mt->descr_set) {
      mt->descr_set(meta_attr, obj, value);
      return;
    }
  }
  if (!t->is_heap())
    raise(&exc::TypeError, "cannot set '" + name->data + "' attribute of immutable type '" + t->name + "'");
  if (value.is_null()) {
    if (!t->dict->remove(Value::object(name)))
      raise(&exc::AttributeError, "type object '" + type_qualname(t) + "' has no attribute '" + name->data + "'");
  } else {
    t->dict->set_str(name, value);
  }
  type_modified(t);
  if (name->data.size() > 4 && name->data.starts_with("__") && name->data.ends_with("__")) update_slot(t, name);
}

}  // namespace rt
