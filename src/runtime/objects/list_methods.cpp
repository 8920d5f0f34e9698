// list's methods (append, pop, sort, ...) and the shared method helpers.
#include <algorithm>

#include "runtime/args.h"
#include "runtime/objects/int.h"
#include "runtime/methods_util.h"
#include "runtime/objects/type.h"

namespace rt {

Value new_list_reverseiterator(Value list);  // iterators.cpp

void install_methods(Type* type, const MethodEntry* begin, const MethodEntry* end) {
  if (!type->dict) type->dict = new_dict();
  for (const MethodEntry* m = begin; m != end; ++m) {
    Builtin* b = heap().make<Builtin>(m->name, m->fn);
    b->method_of = type;
    type->dict->set_str(intern(m->name), Value::object(b));
  }
}

void add_method_if_missing(Type* type, const char* name, NativeFn fn) {
  if (!type->dict) type->dict = new_dict();
  Str* n = intern(name);
  if (!type->dict->get_str(n).is_null()) return;
  Builtin* b = heap().make<Builtin>(n->data.c_str(), fn);  // the interned name outlives it
  b->method_of = type;
  type->dict->set_str(n, Value::object(b));
}

size_t keyword_count(Tuple* kwnames) { return kwnames ? kwnames->items.size() : 0; }

void method_args(const char* name, size_t nargs, Tuple* kwnames, size_t min, size_t max) {
  if (keyword_count(kwnames)) raise(&exc::TypeError, std::string(name) + "() takes no keyword arguments");
  if (min == max && nargs != min) {
    if (min == 0)
      raise(&exc::TypeError, std::string(name) + "() takes no arguments (" + std::to_string(nargs) + " given)");
    if (min == 1)
      raise(&exc::TypeError, std::string(name) + "() takes exactly one argument (" + std::to_string(nargs) + " given)");
    raise(&exc::TypeError, std::string(name) + " expected " + std::to_string(min) + " arguments, got " +
                               std::to_string(nargs));
  }
  if (nargs < min)
    raise(&exc::TypeError, std::string(name) + " expected at least " + std::to_string(min) + " argument" +
                               (min == 1 ? "" : "s") + ", got " + std::to_string(nargs));
  if (nargs > max)
    raise(&exc::TypeError, std::string(name) + " expected at most " + std::to_string(max) + " argument" +
                               (max == 1 ? "" : "s") + ", got " + std::to_string(nargs));
}

std::vector<Value> iterate(Value iterable) {
  Type* t = type_of(iterable);
  if (t == &types::list) return iterable.as<List>()->items;
  if (t == &types::tuple) return iterable.as<Tuple>()->items;
  std::vector<Value> out;
  Value it = iter(iterable);
  for (Value x = next(it); !x.is_null(); x = next(it)) out.push_back(x);
  return out;
}

namespace {

std::vector<Value>& items_of(Value self) { return self.as<List>()->items; }

Value l_append(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("append($self, object, /)");
  auto [object] = sig.bind<1>(self, args, nargs, kw);
  items_of(self).push_back(object);
  return Value::none();
}

Value l_extend(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("extend($self, iterable, /)");
  auto [iterable] = sig.bind<1>(self, args, nargs, kw);
  std::vector<Value> more = iterate(iterable);
  auto& items = items_of(self);
  items.insert(items.end(), more.begin(), more.end());
  return Value::none();
}

Value l_insert(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("insert($self, index, object, /)");
  auto [index, object] = sig.bind<2>(self, args, nargs, kw);
  auto& items = items_of(self);
  auto n = static_cast<int64_t>(items.size());
  int64_t i = index_value(index, "insert");
  if (i < 0) i = std::max<int64_t>(0, i + n);
  if (i > n) i = n;
  items.insert(items.begin() + i, object);
  return Value::none();
}

Value l_pop(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("pop($self, index=-1, /)");
  auto [index] = sig.bind<1>(self, args, nargs, kw);
  int64_t i = index_value(index, "pop");
  auto& items = items_of(self);
  if (items.empty()) raise(&exc::IndexError, "pop from empty list");
  auto n = static_cast<int64_t>(items.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(&exc::IndexError, "pop index out of range");
  Value v = items[i];
  items.erase(items.begin() + i);
  return v;
}

int64_t find_item(const std::vector<Value>& items, Value x, int64_t start = 0, int64_t stop = INT64_MAX) {
  for (int64_t i = std::max<int64_t>(start, 0); i < std::min<int64_t>(stop, static_cast<int64_t>(items.size())); ++i)
    if (items[i] == x || equal(items[i], x)) return i;
  return -1;
}

Value l_remove(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("remove($self, value, /)");
  auto [value] = sig.bind<1>(self, args, nargs, kw);
  auto& items = items_of(self);
  int64_t i = find_item(items, value);
  if (i < 0) raise(&exc::ValueError, "list.remove(x): x not in list");
  items.erase(items.begin() + i);
  return Value::none();
}

// A start/stop bound (CPython's _PyEval_SliceIndexNotNone): huge ints clamp.
int64_t slice_index(Value v) {
  if (!is_int(v)) {
    if (type_lookup(type_of(v), names::index).is_null())
      raise(&exc::TypeError, "slice indices must be integers or have an __index__ method");
    v = as_index(v);
  }
  if (auto i = int_as_int64(v)) return *i;
  return int_sign(v) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
}

// index(value, start, stop) of a list or tuple; -1 when absent.
int64_t sequence_index(Value self, const std::vector<Value>& items, Value* args, size_t nargs, Tuple* kw,
                       Value& value) {
  static const Signature sig("index($self, value, start=0, stop=sys.maxsize, /)");
  auto [v, start_arg, stop_arg] = sig.bind<3>(self, args, nargs, kw);
  value = v;
  auto n = static_cast<int64_t>(items.size());
  int64_t start = slice_index(start_arg);
  int64_t stop = stop_arg.is_null() ? n : slice_index(stop_arg);
  if (start < 0) start = std::max<int64_t>(0, start + n);
  if (stop < 0) stop = std::max<int64_t>(0, stop + n);
  return find_item(items, value, start, stop);
}

Value l_index(Value self, Value* args, size_t nargs, Tuple* kw) {
  Value value;
  int64_t i = sequence_index(self, items_of(self), args, nargs, kw, value);
  if (i < 0) raise(&exc::ValueError, repr_string(value) + " is not in list");
  return make_int(i);
}

// count(value) of a list or tuple.
Value sequence_count(Value self, const std::vector<Value>& items, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("count($self, value, /)");
  auto [value] = sig.bind<1>(self, args, nargs, kw);
  int64_t c = 0;
  for (Value v : items)
    if (v == value || equal(v, value)) ++c;
  return make_int(c);
}

Value l_count(Value self, Value* args, size_t nargs, Tuple* kw) {
  return sequence_count(self, items_of(self), args, nargs, kw);
}

Value l_reverse(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("reverse($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  std::reverse(items_of(self).begin(), items_of(self).end());
  return Value::none();
}

Value l_copy(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("copy($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  return Value::object(new_list(items_of(self)));
}

Value l_clear(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("clear($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  items_of(self).clear();
  return Value::none();
}

// The order of two keys when it is a plain total order whose == agrees with
// it: exact ints, floats (no NaN), strs and tuples of those; -1, 0 or 1, or 2
// when the generic comparison must decide (CPython's sort pre-checks key
// types the same way: unsafe_long_compare, unsafe_latin_compare, unsafe_tuple_compare).
int fast_order(Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) return (a.as_small_int() > b.as_small_int()) - (a.as_small_int() < b.as_small_int());
  if (a.is_float() && b.is_float()) {
    double x = a.as_float(), y = b.as_float();
    if (x != x || y != y) return 2;
    return (x > y) - (x < y);
  }
  if (!a.is_object() || !b.is_object()) return 2;
  Type* t = a.as_object()->type;
  if (t != b.as_object()->type) return 2;
  if (t == &types::str) {
    int c = a.as<Str>()->data.compare(b.as<Str>()->data);  // UTF-8 order is code-point order
    return (c > 0) - (c < 0);
  }
  if (t == &types::tuple) {
    const auto& x = a.as<Tuple>()->items;
    const auto& y = b.as<Tuple>()->items;
    size_t n = std::min(x.size(), y.size());
    for (size_t i = 0; i < n; ++i) {
      int c = fast_order(x[i], y[i]);
      if (c != 0) return c;
    }
    return (x.size() > y.size()) - (x.size() < y.size());
  }
  return 2;
}

bool sort_less(Value a, Value b) {
  int c = fast_order(a, b);
  if (c != 2) return c < 0;
  return truthy(compare(bytecode::CompareOp::Lt, a, b));
}

}  // namespace

// A stable merge sort over the keys (std::stable_sort, O(n log n)); reverse
// keeps equal items in their original order, as CPython's sort does.
void sort_values(std::vector<Value>& items, Value key, bool reverse) {
  struct Entry {
    Value key;
    Value item;
  };
  std::vector<Entry> entries;
  entries.reserve(items.size());
  for (Value v : items) entries.push_back({key.is_none() ? v : call(key, &v, 1), v});
  if (reverse)
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return sort_less(b.key, a.key); });
  else
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return sort_less(a.key, b.key); });
  for (size_t i = 0; i < items.size(); ++i) items[i] = entries[i].item;
}

namespace {

// list.sort: as in CPython, the list looks empty while it is being sorted and
// a change made meanwhile (by a key function or __lt__) is an error; an
// exception leaves the items as they were.
Value l_sort(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("sort($self, /, *, key=None, reverse=False)");
  auto [key, reverse_arg] = sig.bind<2>(self, args, nargs, kwnames);
  bool reverse = truthy(reverse_arg);
  auto& items = items_of(self);
  std::vector<Value> saved = std::move(items);
  items.clear();
  std::vector<Value> sorted = saved;
  try {
    sort_values(sorted, key, reverse);
  } catch (...) {
    items = std::move(saved);
    throw;
  }
  bool modified = !items.empty();
  items = std::move(sorted);
  if (modified) raise(&exc::ValueError, "list modified during sort");
  return Value::none();
}

Value l_reversed(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__reversed__($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  return new_list_reverseiterator(self);
}

const MethodEntry kListMethods[] = {
    {"append", l_append}, {"extend", l_extend}, {"insert", l_insert},   {"pop", l_pop},
    {"remove", l_remove}, {"index", l_index},   {"count", l_count},     {"reverse", l_reverse},
    {"copy", l_copy},     {"clear", l_clear},   {"sort", l_sort},       {"__reversed__", l_reversed},
};

Value t_index(Value self, Value* args, size_t nargs, Tuple* kw) {
  Value value;
  int64_t i = sequence_index(self, self.as<Tuple>()->items, args, nargs, kw, value);
  if (i < 0) raise(&exc::ValueError, "tuple.index(x): x not in tuple");
  return make_int(i);
}

Value t_count(Value self, Value* args, size_t nargs, Tuple* kw) {
  return sequence_count(self, self.as<Tuple>()->items, args, nargs, kw);
}

Value t_getnewargs(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__getnewargs__($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  return tuple_value({tuple_value(self.as<Tuple>()->items)});
}

const MethodEntry kTupleMethods[] = {{"index", t_index}, {"count", t_count}, {"__getnewargs__", t_getnewargs}};

}  // namespace

void install_range_methods();  // range.cpp
void install_slice_methods();  // slice.cpp

void install_list_methods() {
  install_range_methods();
  install_slice_methods();
  install_methods(&types::list, std::begin(kListMethods), std::end(kListMethods));
  install_methods(&types::tuple, std::begin(kTupleMethods), std::end(kTupleMethods));
}

}  // namespace rt
