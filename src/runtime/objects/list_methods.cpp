// list's methods (append, pop, sort, ...) and the shared method helpers.
#include <algorithm>

#include "runtime/objects/int.h"
#include "runtime/methods_util.h"

namespace rt {

void install_methods(Type* type, const MethodEntry* begin, const MethodEntry* end) {
  if (!type->dict) type->dict = new_dict();
  for (const MethodEntry* m = begin; m != end; ++m) {
    Builtin* b = heap().make<Builtin>(m->name, m->fn);
    b->method_of = type;
    type->dict->set_str(intern(m->name), Value::object(b));
  }
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
  method_args("append", nargs, kw, 1, 1);
  items_of(self).push_back(args[0]);
  return Value::none();
}

Value l_extend(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("extend", nargs, kw, 1, 1);
  std::vector<Value> more = iterate(args[0]);
  auto& items = items_of(self);
  items.insert(items.end(), more.begin(), more.end());
  return Value::none();
}

Value l_insert(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("insert", nargs, kw, 2, 2);
  auto& items = items_of(self);
  auto n = static_cast<int64_t>(items.size());
  int64_t i = index_value(args[0], "insert");
  if (i < 0) i = std::max<int64_t>(0, i + n);
  if (i > n) i = n;
  items.insert(items.begin() + i, args[1]);
  return Value::none();
}

Value l_pop(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("pop", nargs, kw, 0, 1);
  auto& items = items_of(self);
  if (items.empty()) raise(&exc::IndexError, "pop from empty list");
  auto n = static_cast<int64_t>(items.size());
  int64_t i = nargs ? index_value(args[0], "pop") : -1;
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
  method_args("remove", nargs, kw, 1, 1);
  auto& items = items_of(self);
  int64_t i = find_item(items, args[0]);
  if (i < 0) raise(&exc::ValueError, "list.remove(x): x not in list");
  items.erase(items.begin() + i);
  return Value::none();
}

Value l_index(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("index", nargs, kw, 1, 3);
  auto& items = items_of(self);
  auto n = static_cast<int64_t>(items.size());
  int64_t start = nargs > 1 ? index_value(args[1], "index") : 0;
  int64_t stop = nargs > 2 ? index_value(args[2], "index") : n;
  if (start < 0) start = std::max<int64_t>(0, start + n);
  if (stop < 0) stop = std::max<int64_t>(0, stop + n);
  int64_t i = find_item(items, args[0], start, stop);
  if (i < 0) raise(&exc::ValueError, repr_string(args[0]) + " is not in list");
  return make_int(i);
}

Value l_count(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("count", nargs, kw, 1, 1);
  int64_t c = 0;
  for (Value v : items_of(self))
    if (v == args[0] || equal(v, args[0])) ++c;
  return make_int(c);
}

Value l_reverse(Value self, Value*, size_t nargs, Tuple* kw) {
  method_args("reverse", nargs, kw, 0, 0);
  std::reverse(items_of(self).begin(), items_of(self).end());
  return Value::none();
}

Value l_copy(Value self, Value*, size_t nargs, Tuple* kw) {
  method_args("copy", nargs, kw, 0, 0);
  return Value::object(new_list(items_of(self)));
}

Value l_clear(Value self, Value*, size_t nargs, Tuple* kw) {
  method_args("clear", nargs, kw, 0, 0);
  items_of(self).clear();
  return Value::none();
}

Value l_sort(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  size_t npos = nargs - keyword_count(kwnames);
  if (npos) raise(&exc::TypeError, "sort() takes no positional arguments");
  Value key = Value::none();
  bool reverse = false;
  for (size_t k = 0; k < keyword_count(kwnames); ++k) {
    const std::string& name = kwnames->items[k].as<Str>()->data;
    if (name == "key") key = args[k];
    else if (name == "reverse") reverse = truthy(args[k]);
    else raise(&exc::TypeError, "'" + name + "' is an invalid keyword argument for sort()");
  }
  auto& items = items_of(self);
  std::vector<Value> keys = items;
  if (!key.is_none())
    for (auto& k : keys) k = call(key, &k, 1);
  std::vector<size_t> order(items.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto less = [&](size_t a, size_t b) {
    Value x = keys[a], y = keys[b];
    if (x.is_small_int() && y.is_small_int()) return x.as_small_int() < y.as_small_int();
    return truthy(compare(bytecode::CompareOp::Lt, x, y));
  };
  // Reverse keeps equal items in their original order, as CPython's sort does.
  if (reverse) std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return less(b, a); });
  else std::stable_sort(order.begin(), order.end(), less);
  std::vector<Value> sorted;
  sorted.reserve(items.size());
  for (size_t i : order) sorted.push_back(items[i]);
  items = std::move(sorted);
  return Value::none();
}

const MethodEntry kListMethods[] = {
    {"append", l_append}, {"extend", l_extend}, {"insert", l_insert},   {"pop", l_pop},
    {"remove", l_remove}, {"index", l_index},   {"count", l_count},     {"reverse", l_reverse},
    {"copy", l_copy},     {"clear", l_clear},   {"sort", l_sort},
};

Value t_index(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("index", nargs, kw, 1, 3);
  int64_t i = find_item(self.as<Tuple>()->items, args[0]);
  if (i < 0) raise(&exc::ValueError, "tuple.index(x): x not in tuple");
  return make_int(i);
}

Value t_count(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("count", nargs, kw, 1, 1);
  int64_t c = 0;
  for (Value v : self.as<Tuple>()->items)
    if (v == args[0] || equal(v, args[0])) ++c;
  return make_int(c);
}

const MethodEntry kTupleMethods[] = {{"index", t_index}, {"count", t_count}};

}  // namespace

void install_list_methods() {
  install_methods(&types::list, std::begin(kListMethods), std::end(kListMethods));
  install_methods(&types::tuple, std::begin(kTupleMethods), std::end(kTupleMethods));
}

}  // namespace rt
