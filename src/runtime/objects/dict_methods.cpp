// dict's methods and its keys()/values()/items() views.
#include "runtime/args.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/type.h"
#include "runtime/objects/int.h"
#include "runtime/methods_util.h"
#include "runtime/objects/set.h"

namespace rt {

namespace types {
Type dict_keys("dict_keys", &object);
Type dict_values("dict_values", &object);
Type dict_items("dict_items", &object);
Type dict_valueiter("dict_valueiterator", &object);
Type dict_itemiter("dict_itemiterator", &object);
Type dict_revkeyiter("dict_reversekeyiterator", &object);
Type dict_revvalueiter("dict_reversevalueiterator", &object);
Type dict_revitemiter("dict_reverseitemiterator", &object);
}  // namespace types

bool dict_merge(Dict* d, Value other, bool mapping_required) {
  // A dict (or a subclass that keeps dict's iteration) is read from its
  // storage; another mapping through keys() and [].
  Type* t = type_of(other);
  if (t == &types::dict ||
      (isinstance(other, &types::dict) &&
       type_lookup(t, intern("__iter__")) == type_lookup(&types::dict, intern("__iter__")))) {
    for (const auto& e : other.as<Dict>()->entries)
      if (!e.key.is_null()) d->set(e.key, e.value);
    return true;
  }
  Value keys = type_lookup(t, intern("keys"));
  if (!keys.is_null()) {
    for (Value key : iterate(call_with_self(keys, other, t, nullptr, 0, nullptr))) d->set(key, getitem(other, key));
    return true;
  }
  if (mapping_required) raise(&exc::TypeError, "'" + type_name(other) + "' object is not a mapping");
  return false;
}

namespace {

struct DictView : Object {
  Dict* dict;
  DictView(Type* t, Dict* d) : Object(t), dict(d) {}
  void trace(Tracer& t) override { t.mark(dict); }
};

Dict* dict_of(Value self) { return self.as<Dict>(); }

Value d_get(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("get($self, key, default=None, /)");
  auto [key, default_] = sig.bind<2>(self, args, nargs, kw);
  Value v = dict_of(self)->get(key);
  return v.is_null() ? default_ : v;
}

Value d_setdefault(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("setdefault($self, key, default=None, /)");
  auto [key, default_] = sig.bind<2>(self, args, nargs, kw);
  Value v = dict_of(self)->get(key);
  if (!v.is_null()) return v;
  dict_of(self)->set(key, default_);
  return default_;
}

Value d_pop(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("pop($self, key, default=<unrepresentable>, /)");
  auto [key, default_] = sig.bind<2>(self, args, nargs, kw);
  Value v = dict_of(self)->get(key);
  if (v.is_null()) {
    if (!default_.is_null()) return default_;
    raise_key_error(key);
  }
  dict_of(self)->remove(key);
  return v;
}

Value d_popitem(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("popitem($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  Dict* d = dict_of(self);
  for (size_t i = d->entries.size(); i-- > 0;) {
    if (d->entries[i].key.is_null()) continue;
    Value k = d->entries[i].key, v = d->entries[i].value;
    d->remove(k);
    return tuple_value({k, v});
  }
  raise(&exc::KeyError, "popitem(): dictionary is empty");
}

}  // namespace

// dict.update(other): a mapping (dict_merge), else a sequence of pairs
// (CPython's dict_update_arg).
void dict_update_arg(Dict* d, Value other) {
  if (dict_merge(d, other, false)) return;
  size_t index = 0;
  for (Value pair : iterate(other)) {
    std::vector<Value> kv;
    bool iterable = false;
    for (Type* k = type_of(pair); k; k = k->base) iterable |= k->iter != nullptr;
    try {
      if (!iterable) raise(&exc::TypeError, "");
      kv = iterate(pair);
    } catch (PyError& e) {
      if (!isinstance(e.exc, &exc::TypeError)) throw;
      raise(&exc::TypeError, "cannot convert dictionary update sequence element #" + std::to_string(index) +
                                 " to a sequence");
    }
    if (kv.size() != 2)
      raise(&exc::ValueError, "dictionary update sequence element #" + std::to_string(index) + " has length " +
                                  std::to_string(kv.size()) + "; 2 is required");
    d->set(kv[0], kv[1]);
    ++index;
  }
}

namespace {

Value d_update(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("update($self, other=<unrepresentable>, /, **kwargs)");
  Value other;
  Signature::Rest rest = sig.parse(self, args, nargs, kwnames, &other);
  if (!other.is_null()) dict_update_arg(dict_of(self), other);
  if (rest.kwargs) dict_update_arg(dict_of(self), Value::object(rest.kwargs));
  return Value::none();
}

Value d_copy(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("copy($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  Dict* d = new_dict();
  dict_update_arg(d, self);
  return Value::object(d);
}

Value d_clear(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("clear($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  Dict* d = dict_of(self);
  for (size_t i = d->entries.size(); i-- > 0;)
    if (!d->entries[i].key.is_null()) d->remove(d->entries[i].key);
  return Value::none();
}

Value make_view(Type* t, Value self) { return Value::object(heap().make<DictView>(t, dict_of(self))); }
Value d_keys(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("keys($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  return make_view(&types::dict_keys, self);
}
Value d_values(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("values($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  return make_view(&types::dict_values, self);
}
Value d_items(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("items($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  return make_view(&types::dict_items, self);
}

// A classmethod: `self` is the class (dict or a subclass).
Value d_fromkeys(Value cls, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("fromkeys($type, iterable, value=None, /)");
  auto [iterable, value] = sig.bind<2>(cls, args, nargs, kw);
  Value d = cls == type_value(&types::dict) ? Value::object(new_dict()) : call(cls, nullptr, 0);
  for (Value key : iterate(iterable)) setitem(d, key, value);
  return d;
}


// ---- views ---------------------------------------------------------------------------

int64_t view_len(Value v) { return static_cast<int64_t>(v.as<DictView>()->dict->size()); }

// dict iterators (CPython's dictiterobject): `used` is the size the dict
// had when iteration began (-1 after a size change, so the error repeats),
// `remaining` the entries still expected; a dict whose keys changed while its
// size did not shows up as an entry beyond them.
enum class IterKind : uint8_t { Keys, Values, Items };
struct DictIter : Object {
  Dict* dict;  // null once exhausted
  int64_t pos, used, remaining;
  IterKind kind;
  bool reverse;
  DictIter(Type* t, Dict* d, IterKind k, bool rev)
      : Object(t), dict(d), used(static_cast<int64_t>(d->size())), remaining(used), kind(k), reverse(rev) {
    pos = rev ? static_cast<int64_t>(d->entries.size()) - 1 : 0;
  }
  void trace(Tracer& t) override { t.mark(dict); }
};

Type* iter_type(IterKind kind, bool reverse) {
  static Type* forward[] = {&types::dict_keyiter, &types::dict_valueiter, &types::dict_itemiter};
  static Type* backward[] = {&types::dict_revkeyiter, &types::dict_revvalueiter, &types::dict_revitemiter};
  return (reverse ? backward : forward)[static_cast<int>(kind)];
}

Value new_dict_iter(Dict* d, IterKind kind, bool reverse) {
  return Value::object(heap().make<DictIter>(iter_type(kind, reverse), d, kind, reverse));
}

Value dict_iter_next(Value it) {
  auto* di = it.as<DictIter>();
  Dict* d = di->dict;
  if (!d) return Value::null();
  if (di->used != static_cast<int64_t>(d->size())) {
    di->used = -1;
    raise(&exc::RuntimeError, "dictionary changed size during iteration");
  }
  const Dict::Entry* found = nullptr;
  auto n = static_cast<int64_t>(d->entries.size());
  if (di->reverse) {
    for (; di->pos >= 0 && di->pos < n; --di->pos)
      if (!d->entries[di->pos].key.is_null()) {
        found = &d->entries[di->pos--];
        break;
      }
  } else {
    for (; di->pos < n; ++di->pos)
      if (!d->entries[di->pos].key.is_null()) {
        found = &d->entries[di->pos++];
        break;
      }
  }
  if (!found) {
    di->dict = nullptr;
    return Value::null();
  }
  if (di->remaining == 0) {
    di->dict = nullptr;
    raise(&exc::RuntimeError, "dictionary keys changed during iteration");
  }
  --di->remaining;
  switch (di->kind) {
    case IterKind::Keys: return found->key;
    case IterKind::Values: return found->value;
    case IterKind::Items: break;
  }
  return tuple_value({found->key, found->value});
}

Value dict_iter_length_hint(Value self, Value*, size_t nargs, Tuple* kw) {
  method_args("__length_hint__", nargs, kw, 0, 0);
  auto* di = self.as<DictIter>();
  bool live = di->dict && di->used == static_cast<int64_t>(di->dict->size());
  return make_int(live ? di->remaining : 0);
}

Value dict_iter_slot(Value v) { return new_dict_iter(v.as<Dict>(), IterKind::Keys, false); }

IterKind view_kind(const DictView* view) {
  return view->type == &types::dict_keys     ? IterKind::Keys
         : view->type == &types::dict_values ? IterKind::Values
                                             : IterKind::Items;
}
Value view_iter(Value v) {
  auto* view = v.as<DictView>();
  return new_dict_iter(view->dict, view_kind(view), false);
}
Value view_reversed(Value self, Value*, size_t nargs, Tuple* kw) {
  method_args("__reversed__", nargs, kw, 0, 0);
  auto* view = self.as<DictView>();
  return new_dict_iter(view->dict, view_kind(view), true);
}
Value d_reversed(Value self, Value*, size_t nargs, Tuple* kw) {
  method_args("__reversed__", nargs, kw, 0, 0);
  return new_dict_iter(dict_of(self), IterKind::Keys, true);
}
Value view_mapping(Value v) { return new_mappingproxy(Value::object(v.as<DictView>()->dict)); }
Value self_iter(Value v) { return v; }

// ---- the set operations of keys and items views (dictviews_and, ...) ---------------

bool is_set_view(Value v) { return is_type(v, &types::dict_keys) || is_type(v, &types::dict_items); }

Value view_binary(bytecode::BinaryOp op, Value a, Value b) {
  using bytecode::BinaryOp;
  int code = static_cast<int>(op);
  int base = code >= static_cast<int>(BinaryOp::InplaceAdd) ? code - static_cast<int>(BinaryOp::InplaceAdd) : code;
  auto bop = static_cast<BinaryOp>(base);
  if (bop != BinaryOp::And && bop != BinaryOp::Or && bop != BinaryOp::Xor && bop != BinaryOp::Subtract)
    return Value::null();
  if (bop == BinaryOp::And) {
    // Intersection keeps the members of the iterable that the view contains.
    Value view = is_set_view(a) ? a : b, other = is_set_view(a) ? b : a;
    Set* r = new_set();
    for (Value x : iterate(other))
      if (contains(view, x)) r->add(x);
    return Value::object(r);
  }
  Set* r = new_set();
  r->update(a);
  if (bop == BinaryOp::Or) {
    r->update(b);
  } else if (bop == BinaryOp::Subtract) {
    for (Value x : iterate(b)) r->discard(x);
  } else {
    Set* other = new_set();
    other->update(b);
    for (Value x : iterate(Value::object(other)))
      if (!r->discard(x)) r->add(x);
  }
  return Value::object(r);
}

// Keys and items views compare with sets and other such views as sets.
Value view_richcompare(bytecode::CompareOp op, Value a, Value b) {
  using bytecode::CompareOp;
  if (!is_set_view(a) || !(is_set_view(b) || is_set(b))) return Value::null();
  int64_t la = length(a), lb = length(b);
  auto all_in = [](Value x, Value y) {
    for (Value v : iterate(x))
      if (!contains(y, v)) return false;
    return true;
  };
  bool r = false;
  switch (op) {
    case CompareOp::Eq: r = la == lb && all_in(a, b); break;
    case CompareOp::Ne: r = !(la == lb && all_in(a, b)); break;
    case CompareOp::Lt: r = la < lb && all_in(a, b); break;
    case CompareOp::Le: r = la <= lb && all_in(a, b); break;
    case CompareOp::Gt: r = la > lb && all_in(b, a); break;
    case CompareOp::Ge: r = la >= lb && all_in(b, a); break;
    default: return Value::null();
  }
  return Value::boolean(r);
}

Value view_contains_method(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__contains__", nargs, kw, 1, 1);
  return Value::boolean(contains(self, args[0]));
}

Value view_isdisjoint(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("isdisjoint", nargs, kw, 1, 1);
  for (Value x : iterate(args[0]))
    if (contains(self, x)) return Value::boolean(false);
  return Value::boolean(true);
}

Value d_ior(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__ior__", nargs, kw, 1, 1);
  dict_update_arg(dict_of(self), args[0]);
  return self;
}

// dict | other (both dicts) and dict |= other (anything update() takes).
Value dict_binary(bytecode::BinaryOp op, Value a, Value b) {
  using bytecode::BinaryOp;
  if (op == BinaryOp::InplaceOr) {
    if (!isinstance(a, &types::dict)) return Value::null();
    dict_update_arg(dict_of(a), b);
    return a;
  }
  if (op != BinaryOp::Or || !isinstance(a, &types::dict) || !isinstance(b, &types::dict)) return Value::null();
  Dict* d = new_dict();
  dict_update_arg(d, a);
  dict_update_arg(d, b);
  return Value::object(d);
}

Value view_repr(Value v) {
  auto* view = v.as<DictView>();
  std::string out = view->type->name + "([";
  Value it = view_iter(v);
  bool first = true;
  for (Value x = next(it); !x.is_null(); x = next(it)) {
    if (!first) out += ", ";
    first = false;
    out += repr_string(x);
  }
  return str_value(out + "])");
}

const MethodEntry kDictMethods[] = {
    {"get", d_get},   {"setdefault", d_setdefault}, {"pop", d_pop},   {"popitem", d_popitem},
    {"update", d_update}, {"copy", d_copy},         {"clear", d_clear}, {"keys", d_keys},
    {"values", d_values}, {"items", d_items},     {"__reversed__", d_reversed},
};

}  // namespace

bool view_contains(Value view_value, Value item, bool& handled) {
  handled = false;
  Type* t = type_of(view_value);
  if (t != &types::dict_keys && t != &types::dict_items && t != &types::dict_values) return false;
  handled = true;
  Dict* d = view_value.as<DictView>()->dict;
  if (t == &types::dict_keys) return d->find(item) >= 0;
  if (t == &types::dict_items) {
    if (!is_type(item, &types::tuple) || item.as<Tuple>()->items.size() != 2) return false;
    Value v = d->get(item.as<Tuple>()->items[0]);
    return !v.is_null() && equal(v, item.as<Tuple>()->items[1]);
  }
  for (const auto& e : d->entries)
    if (!e.key.is_null() && (e.value == item || equal(e.value, item))) return true;
  return false;
}

void install_dict_methods() {
  install_methods(&types::dict, std::begin(kDictMethods), std::end(kDictMethods));
  Builtin* fromkeys = heap().make<Builtin>("fromkeys", d_fromkeys);
  fromkeys->method_of = &types::dict;
  types::dict.dict->set_str(intern("fromkeys"), Value::object(new_classmethod(Value::object(fromkeys))));
  static const MethodEntry view_methods[] = {{"__reversed__", view_reversed}};
  for (Type* t : {&types::dict_keys, &types::dict_values, &types::dict_items}) {
    t->len = view_len;
    t->iter = view_iter;
    t->repr = view_repr;
    install_methods(t, std::begin(view_methods), std::end(view_methods));
    add_getset(t, "mapping", view_mapping);
  }
  for (Type* t : {&types::dict_keys, &types::dict_items}) {
    static const MethodEntry set_methods[] = {{"isdisjoint", view_isdisjoint}, {"__contains__", view_contains_method}};
    install_methods(t, std::begin(set_methods), std::end(set_methods));
    t->binary = view_binary;
    t->hash = [](Value v) -> int64_t { raise(&exc::TypeError, "unhashable type: '" + type_name(v) + "'"); };
    t->richcompare = view_richcompare;
    add_slot_wrappers(t, {"__and__", "__rand__", "__or__", "__ror__", "__sub__", "__rsub__", "__xor__", "__rxor__"});
  }
  types::dict.iter = dict_iter_slot;
  types::dict.binary = dict_binary;
  add_method_if_missing(&types::dict, "__ior__", d_ior);
  for (Type* t : {&types::dict_keyiter, &types::dict_valueiter, &types::dict_itemiter, &types::dict_revkeyiter,
                  &types::dict_revvalueiter, &types::dict_revitemiter}) {
    t->iter = self_iter;
    t->next = dict_iter_next;
    add_method_if_missing(t, "__length_hint__", dict_iter_length_hint);
  }
}

}  // namespace rt
