// dict's methods and its keys()/values()/items() views.
#include "runtime/args.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/type.h"
#include "runtime/objects/int.h"
#include "runtime/methods_util.h"

namespace rt {

namespace types {
Type dict_keys("dict_keys", &object);
Type dict_values("dict_values", &object);
Type dict_items("dict_items", &object);
Type dict_valueiter("dict_valueiterator", &object);
Type dict_itemiter("dict_itemiterator", &object);
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

// dict.update(other): a mapping (dict_merge), else a sequence of pairs.
void update_from(Dict* d, Value other) {
  if (dict_merge(d, other, false)) return;
  size_t index = 0;
  for (Value pair : iterate(other)) {
    std::vector<Value> kv;
    bool iterable = false;
    for (Type* k = type_of(pair); k; k = k->base) iterable |= k->iter != nullptr;
    if (!iterable)
      raise(&exc::TypeError, "cannot convert dictionary update sequence element #" + std::to_string(index) +
                                 " to a sequence");
    kv = iterate(pair);
    if (kv.size() != 2)
      raise(&exc::ValueError, "dictionary update sequence element #" + std::to_string(index) + " has length " +
                                  std::to_string(kv.size()) + "; 2 is required");
    d->set(kv[0], kv[1]);
    ++index;
  }
}

Value d_update(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("update($self, other=<unrepresentable>, /, **kwargs)");
  Value other;
  Signature::Rest rest = sig.parse(self, args, nargs, kwnames, &other);
  if (!other.is_null()) update_from(dict_of(self), other);
  if (rest.kwargs) update_from(dict_of(self), Value::object(rest.kwargs));
  return Value::none();
}

Value d_copy(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("copy($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  Dict* d = new_dict();
  update_from(d, self);
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

const MethodEntry kDictMethods[] = {
    {"get", d_get},   {"setdefault", d_setdefault}, {"pop", d_pop},   {"popitem", d_popitem},
    {"update", d_update}, {"copy", d_copy},         {"clear", d_clear}, {"keys", d_keys},
    {"values", d_values}, {"items", d_items},
};

// ---- views ---------------------------------------------------------------------------

int64_t view_len(Value v) { return static_cast<int64_t>(v.as<DictView>()->dict->size()); }

Value view_iter(Value v) {
  auto* view = v.as<DictView>();
  Type* t = view->type == &types::dict_keys     ? &types::dict_keyiter
            : view->type == &types::dict_values ? &types::dict_valueiter
                                                : &types::dict_itemiter;
  return Value::object(heap().make<SeqIter>(t, Value::object(view->dict)));
}

const Dict::Entry* next_entry(Value it) {
  auto* s = it.as<SeqIter>();
  Dict* d = s->seq.as<Dict>();
  while (s->pos < static_cast<int64_t>(d->entries.size())) {
    const auto& e = d->entries[s->pos++];
    if (!e.key.is_null()) return &e;
  }
  return nullptr;
}
Value value_next(Value it) {
  const Dict::Entry* e = next_entry(it);
  return e ? e->value : Value::null();
}
Value item_next(Value it) {
  const Dict::Entry* e = next_entry(it);
  return e ? tuple_value({e->key, e->value}) : Value::null();
}
Value self_iter(Value v) { return v; }

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
  for (Type* t : {&types::dict_keys, &types::dict_values, &types::dict_items}) {
    t->len = view_len;
    t->iter = view_iter;
    t->repr = view_repr;
  }
  types::dict_valueiter.next = value_next;
  types::dict_itemiter.next = item_next;
  types::dict_valueiter.iter = self_iter;
  types::dict_itemiter.iter = self_iter;
}

}  // namespace rt
