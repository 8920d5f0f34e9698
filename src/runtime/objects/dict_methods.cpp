// dict's methods and its keys()/values()/items() views.
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

namespace {

struct DictView : Object {
  Dict* dict;
  DictView(Type* t, Dict* d) : Object(t), dict(d) {}
  void trace(Tracer& t) override { t.mark(dict); }
};

Dict* dict_of(Value self) { return self.as<Dict>(); }

Value d_get(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("get", nargs, kw, 1, 2);
  Value v = dict_of(self)->get(args[0]);
  return v.is_null() ? (nargs == 2 ? args[1] : Value::none()) : v;
}

Value d_setdefault(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("setdefault", nargs, kw, 1, 2);
  Value v = dict_of(self)->get(args[0]);
  if (!v.is_null()) return v;
  Value d = nargs == 2 ? args[1] : Value::none();
  dict_of(self)->set(args[0], d);
  return d;
}

Value d_pop(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("pop", nargs, kw, 1, 2);
  Value v = dict_of(self)->get(args[0]);
  if (v.is_null()) {
    if (nargs == 2) return args[1];
    raise_key_error(args[0]);
  }
  dict_of(self)->remove(args[0]);
  return v;
}

Value d_popitem(Value self, Value*, size_t nargs, Tuple* kw) {
  method_args("popitem", nargs, kw, 0, 0);
  Dict* d = dict_of(self);
  for (size_t i = d->entries.size(); i-- > 0;) {
    if (d->entries[i].key.is_null()) continue;
    Value k = d->entries[i].key, v = d->entries[i].value;
    d->remove(k);
    return tuple_value({k, v});
  }
  raise(&exc::KeyError, "popitem(): dictionary is empty");
}

void update_from(Dict* d, Value other) {
  if (is_type(other, &types::dict)) {
    for (const auto& e : other.as<Dict>()->entries)
      if (!e.key.is_null()) d->set(e.key, e.value);
    return;
  }
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
  size_t npos = nargs - keyword_count(kwnames);
  if (npos > 1) raise(&exc::TypeError, "update expected at most 1 argument, got " + std::to_string(npos));
  if (npos == 1) update_from(dict_of(self), args[0]);
  for (size_t k = 0; k < keyword_count(kwnames); ++k) dict_of(self)->set(kwnames->items[k], args[npos + k]);
  return Value::none();
}

Value d_copy(Value self, Value*, size_t nargs, Tuple* kw) {
  method_args("copy", nargs, kw, 0, 0);
  Dict* d = new_dict();
  update_from(d, self);
  return Value::object(d);
}

Value d_clear(Value self, Value*, size_t nargs, Tuple* kw) {
  method_args("clear", nargs, kw, 0, 0);
  Dict* d = dict_of(self);
  for (size_t i = d->entries.size(); i-- > 0;)
    if (!d->entries[i].key.is_null()) d->remove(d->entries[i].key);
  return Value::none();
}

Value make_view(Type* t, Value self, size_t nargs, Tuple* kw, const char* name) {
  method_args(name, nargs, kw, 0, 0);
  return Value::object(heap().make<DictView>(t, dict_of(self)));
}
Value d_keys(Value self, Value*, size_t n, Tuple* kw) { return make_view(&types::dict_keys, self, n, kw, "keys"); }
Value d_values(Value self, Value*, size_t n, Tuple* kw) {
  return make_view(&types::dict_values, self, n, kw, "values");
}
Value d_items(Value self, Value*, size_t n, Tuple* kw) { return make_view(&types::dict_items, self, n, kw, "items"); }

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
