// The lazy iterator types of the builtins: enumerate, zip, reversed, map, filter.
#include <algorithm>

#include "runtime/objects/int.h"
#include "runtime/methods_util.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/type.h"
#include "runtime/slots.h"

namespace rt {

namespace types {
Type enumerate("enumerate", &object);
Type zip("zip", &object);
Type reversed("reversed", &object);
Type list_reverseiter("list_reverseiterator", &object);  // reversed(a list), as CPython names it
Type map("map", &object);
Type str_uiter("str_iterator", &object);  // iter() of a non-ASCII str
Type filter("filter", &object);
}  // namespace types

namespace {

// One object layout for all five: the underlying iterators plus a counter.
struct LazyIter : Object {
  std::vector<Value> iters;
  Value func;      // map / filter function (None for filter(None, ...))
  Value count;     // enumerate's next index; reversed's sequence
  int64_t pos = 0;  // reversed: next index (counting down); zip: 1 if strict
  explicit LazyIter(Type* t) : Object(t), func(Value::none()), count(Value::none()) {}
  void trace(Tracer& t) override {
    for (Value v : iters) t.mark(v);
    t.mark(func);
    t.mark(count);
  }
};

size_t kw_count(Tuple* kw) { return kw ? kw->items.size() : 0; }

Value self_iter(Value v) { return v; }

Value enumerate_new(Value, Value* args, size_t nargs, Tuple* kwnames) {
  size_t npos = nargs - kw_count(kwnames);
  Value start = make_int(0);
  for (size_t k = 0; k < kw_count(kwnames); ++k) {
    if (kwnames->items[k].as<Str>()->data != "start")
      raise(&exc::TypeError, "'" + kwnames->items[k].as<Str>()->data + "' is an invalid keyword argument for enumerate()");
    start = args[npos + k];
  }
  if (npos == 0) raise(&exc::TypeError, "enumerate() missing required argument 'iterable' (pos 1)");
  if (npos > 2) raise(&exc::TypeError, "enumerate() takes at most 2 arguments (" + std::to_string(npos) + " given)");
  if (npos == 2) start = args[1];
  if (!is_int(start))
    raise(&exc::TypeError, "'" + type_name(start) + "' object cannot be interpreted as an integer");
  auto* e = heap().make<LazyIter>(&types::enumerate);
  e->iters.push_back(iter(args[0]));
  e->count = start.is_bool() ? make_int(start.is_true()) : start;
  return Value::object(e);
}

Value enumerate_next(Value it) {
  auto* e = it.as<LazyIter>();
  Value v = next(e->iters[0]);
  if (v.is_null()) return v;
  Value index = e->count;
  e->count = binary_op(bytecode::BinaryOp::Add, index, make_int(1));
  return tuple_value({index, v});
}

// zip(*iterables, strict=False): with strict, iterables of different lengths
// are a ValueError naming the first one that differs (CPython's zip_next).
Value zip_new(Value, Value* args, size_t nargs, Tuple* kwnames) {
  size_t npos = nargs - kw_count(kwnames);
  bool strict = false;
  for (size_t k = 0; k < kw_count(kwnames); ++k) {
    const std::string& name = kwnames->items[k].as<Str>()->data;
    if (name != "strict") raise(&exc::TypeError, "'" + name + "' is an invalid keyword argument for zip()");
    strict = truthy(args[npos + k]);
  }
  auto* z = heap().make<LazyIter>(&types::zip);
  z->pos = strict;
  for (size_t i = 0; i < npos; ++i) {
    bool iterable = false;
    for (Type* k = type_of(args[i]); k; k = k->base) iterable |= k->iter != nullptr;
    if (!iterable)
      raise(&exc::TypeError, "zip argument #" + std::to_string(i + 1) + " must support iteration");
    z->iters.push_back(iter(args[i]));
  }
  return Value::object(z);
}

Value zip_next(Value it) {
  auto* z = it.as<LazyIter>();
  if (z->iters.empty()) return Value::null();
  std::vector<Value> items;
  items.reserve(z->iters.size());
  for (size_t i = 0; i < z->iters.size(); ++i) {
    Value v = next(z->iters[i]);
    if (!v.is_null()) {
      items.push_back(v);
      continue;
    }
    if (!z->pos) return v;
    auto plural = [](size_t n) { return n == 1 ? std::string(" ") : std::string("s 1-"); };
    if (i > 0)
      raise(&exc::ValueError, "zip() argument " + std::to_string(i + 1) + " is shorter than argument" + plural(i) +
                                  std::to_string(i));
    for (size_t j = 1; j < z->iters.size(); ++j)
      if (!next(z->iters[j]).is_null())
        raise(&exc::ValueError, "zip() argument " + std::to_string(j + 1) + " is longer than argument" + plural(j) +
                                    std::to_string(j));
    return v;
  }
  return tuple_value(std::move(items));
}

}  // namespace

// list.__reversed__: the list_reverseiterator over a list (or subclass).
Value new_list_reverseiterator(Value list) {
  auto* r = heap().make<LazyIter>(&types::list_reverseiter);
  r->count = list;
  r->pos = static_cast<int64_t>(list.as<List>()->items.size()) - 1;
  return Value::object(r);
}

namespace {

Value reversed_new(Value, Value* args, size_t nargs, Tuple* kwnames) {
  if (kw_count(kwnames)) raise(&exc::TypeError, "reversed() takes no keyword arguments");
  if (nargs != 1) raise(&exc::TypeError, "reversed expected 1 argument, got " + std::to_string(nargs));
  Type* t = type_of(args[0]);
  Value rev = type_lookup(t, names::reversed);
  if (!rev.is_null()) {
    if (rev.is_none()) raise(&exc::TypeError, "'" + t->name + "' object is not reversible");
    return call_with_self(rev, args[0], t, nullptr, 0, nullptr);
  }
  // The sequence protocol: __len__ and __getitem__ (not a mapping).
  bool sequence = t == &types::list || t == &types::tuple || t == &types::str || t == &types::range ||
                  t == &types::bytes || t == &types::bytearray || t == &types::memoryview ||
                  (t->is_heap() && t->len && t->getitem && !isinstance(args[0], &types::dict));
  if (isinstance(args[0], &types::dict) && !t->is_heap()) {
    // dict (and its views' order): the keys, last inserted first.
    std::vector<Value> keys;
    for (const auto& e : args[0].as<Dict>()->entries)
      if (!e.key.is_null()) keys.push_back(e.key);
    std::reverse(keys.begin(), keys.end());
    return iter(Value::object(new_list(std::move(keys))));
  }
  if (!sequence) raise(&exc::TypeError, "'" + t->name + "' object is not reversible");
  auto* r = heap().make<LazyIter>(t == &types::list ? &types::list_reverseiter : &types::reversed);
  r->count = args[0];
  r->pos = length(args[0]) - 1;
  return Value::object(r);
}

Value reversed_next(Value it) {
  auto* r = it.as<LazyIter>();
  if (r->pos < 0) return Value::null();
  if (type_of(r->count)->is_heap()) {
    // The sequence protocol: index down until IndexError (no len() per step).
    try {
      return getitem(r->count, make_int(r->pos--));
    } catch (PyError& e) {
      if (!isinstance(e.exc, &exc::IndexError) && !isinstance(e.exc, &exc::StopIteration)) throw;
      r->pos = -1;
      return Value::null();
    }
  }
  int64_t n = length(r->count);
  if (r->pos >= n) {
    r->pos = -1;
    return Value::null();
  }
  return getitem(r->count, make_int(r->pos--));
}

Value map_new(Value, Value* args, size_t nargs, Tuple* kwnames) {
  if (kw_count(kwnames)) raise(&exc::TypeError, "map() takes no keyword arguments");
  if (nargs < 2) raise(&exc::TypeError, "map() must have at least two arguments.");
  auto* m = heap().make<LazyIter>(&types::map);
  m->func = args[0];
  for (size_t i = 1; i < nargs; ++i) m->iters.push_back(iter(args[i]));
  return Value::object(m);
}

Value map_next(Value it) {
  auto* m = it.as<LazyIter>();
  std::vector<Value> items;
  for (Value i : m->iters) {
    Value v = next(i);
    if (v.is_null()) return v;
    items.push_back(v);
  }
  return call(m->func, items.data(), items.size());
}

Value filter_new(Value, Value* args, size_t nargs, Tuple* kwnames) {
  if (kw_count(kwnames)) raise(&exc::TypeError, "filter() takes no keyword arguments");
  if (nargs != 2) raise(&exc::TypeError, "filter expected 2 arguments, got " + std::to_string(nargs));
  auto* f = heap().make<LazyIter>(&types::filter);
  f->func = args[0];
  f->iters.push_back(iter(args[1]));
  return Value::object(f);
}

Value filter_next(Value it) {
  auto* f = it.as<LazyIter>();
  for (;;) {
    Value v = next(f->iters[0]);
    if (v.is_null()) return v;
    bool keep = f->func.is_none() ? truthy(v) : truthy(call(f->func, &v, 1));
    if (keep) return v;
  }
}

}  // namespace

// ---- the iterators' own methods: __length_hint__ and __setstate__ ----------------------

namespace {

int64_t clamp(int64_t v, int64_t lo, int64_t hi) { return v < lo ? lo : v > hi ? hi : v; }

int64_t seq_iter_size(Value it) {
  Value seq = it.as<SeqIter>()->seq;
  Type* t = type_of(it);
  if (t == &types::list_iter) return static_cast<int64_t>(seq.as<List>()->items.size());
  if (t == &types::tuple_iter) return static_cast<int64_t>(seq.as<Tuple>()->items.size());
  return seq.as<Str>()->length;
}

int64_t state_index(Value state) {
  if (!is_int(state)) raise(&exc::TypeError, "an integer is required");
  if (auto i = int_as_int64(state)) return *i;
  return int_sign(state) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
}

Value seq_length_hint(Value self, Value*, size_t nargs, Tuple* kw) {
  method_args("__length_hint__", nargs, kw, 0, 0);
  auto* s = self.as<SeqIter>();
  return make_int(std::max<int64_t>(0, seq_iter_size(self) - s->pos));
}
Value seq_setstate(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__setstate__", nargs, kw, 1, 1);
  auto* s = self.as<SeqIter>();
  if (s->pos < INT64_MAX / 2) s->pos = clamp(state_index(args[0]), 0, seq_iter_size(self));
  return Value::none();
}

int64_t range_remaining(const RangeIter* r) {
  if (r->step > 0) return r->next < r->stop ? (r->stop - r->next - 1) / r->step + 1 : 0;
  return r->next > r->stop ? (r->next - r->stop - 1) / -r->step + 1 : 0;
}
Value range_length_hint(Value self, Value*, size_t nargs, Tuple* kw) {
  method_args("__length_hint__", nargs, kw, 0, 0);
  if (is_type(self, &types::longrange_iter)) return self.as<BigRangeIter>()->remaining;
  return make_int(range_remaining(self.as<RangeIter>()));
}
Value range_setstate(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__setstate__", nargs, kw, 1, 1);
  if (is_type(self, &types::longrange_iter)) raise(&exc::TypeError, "an integer is required");
  auto* r = self.as<RangeIter>();
  int64_t total = range_remaining(r) + (r->next - r->first) / r->step;
  int64_t index = clamp(state_index(args[0]), 0, total);
  r->next = r->first + index * r->step;
  return Value::none();
}

// reversed() and list_reverseiterator: pos is the next index, counting down.
int64_t reversed_size(const LazyIter* r) {
  if (is_type(r->count, &types::list)) return static_cast<int64_t>(r->count.as<List>()->items.size());
  return length(r->count);
}
Value reversed_length_hint(Value self, Value*, size_t nargs, Tuple* kw) {
  method_args("__length_hint__", nargs, kw, 0, 0);
  auto* r = self.as<LazyIter>();
  if (r->pos < 0) return make_int(0);
  int64_t n = isinstance(r->count, &types::list) ? static_cast<int64_t>(r->count.as<List>()->items.size())
                                                  : length(r->count);
  return make_int(r->pos < n ? r->pos + 1 : 0);
}
Value reversed_setstate(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__setstate__", nargs, kw, 1, 1);
  auto* r = self.as<LazyIter>();
  int64_t index = state_index(args[0]);
  if (r->pos >= 0 || !r->count.is_none()) {
    int64_t n = isinstance(r->count, &types::list) ? static_cast<int64_t>(r->count.as<List>()->items.size())
                                                    : reversed_size(r);
    r->pos = clamp(index, -1, n - 1);
  }
  return Value::none();
}

Value zip_setstate(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__setstate__", nargs, kw, 1, 1);
  self.as<LazyIter>()->pos = truthy(args[0]) ? 1 : 0;
  return Value::none();
}

}  // namespace

// __iter__/__next__ (from the slots), __length_hint__, __setstate__ of the
// builtin containers' iterators and of enumerate/zip/map/filter/reversed.
void install_iterator_methods() {
  for (Type* t : {&types::list_iter, &types::tuple_iter, &types::str_iter, &types::str_uiter}) {
    add_method_if_missing(t, "__length_hint__", seq_length_hint);
    add_method_if_missing(t, "__setstate__", seq_setstate);
  }
  for (Type* t : {&types::range_iter, &types::longrange_iter}) {
    add_method_if_missing(t, "__length_hint__", range_length_hint);
    add_method_if_missing(t, "__setstate__", range_setstate);
  }
  for (Type* t : {&types::list_reverseiter, &types::reversed}) {
    add_method_if_missing(t, "__length_hint__", reversed_length_hint);
    add_method_if_missing(t, "__setstate__", reversed_setstate);
  }
  add_method_if_missing(&types::zip, "__setstate__", zip_setstate);
  add_generic_class_getitem(&types::enumerate);
  for (Type* t : {&types::list_iter, &types::tuple_iter, &types::str_iter, &types::str_uiter, &types::range_iter,
                  &types::longrange_iter, &types::list_reverseiter, &types::reversed, &types::enumerate,
                  &types::zip, &types::map, &types::filter})
    inherit_slots(t);  // exposes the slots set after the types were readied as __iter__/__next__
}

void install_iterator_types(Dict* builtins) {
  struct Entry {
    Type* type;
    NativeFn construct;
    Value (*next)(Value);
  };
  const Entry entries[] = {
      {&types::enumerate, enumerate_new, enumerate_next}, {&types::zip, zip_new, zip_next},
      {&types::reversed, reversed_new, reversed_next},    {&types::map, map_new, map_next},
      {&types::filter, filter_new, filter_next},
  };
  types::list_reverseiter.iter = self_iter;
  types::list_reverseiter.next = reversed_next;
  types::list_reverseiter.flags &= ~kBaseType;
  for (const Entry& e : entries) {
    e.type->construct = e.construct;
    e.type->iter = self_iter;
    e.type->next = e.next;
    builtins->set_str(intern(e.type->name), type_value(e.type));
  }
  install_iterator_methods();
}

}  // namespace rt
