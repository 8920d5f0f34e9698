#include "runtime/objects/containers.h"

#include "runtime/objects/exceptions.h"
#include "runtime/objects/int.h"
#include "runtime/ops.h"
#include "runtime/objects/type.h"
#include "runtime/objects/str.h"

namespace rt {

List::List() : Object(&types::list) {}
void List::trace(Tracer& t) {
  for (Value v : items) t.mark(v);
}

Tuple::Tuple() : Object(&types::tuple) {}
void Tuple::trace(Tracer& t) {
  for (Value v : items) t.mark(v);
}

List* new_list(std::vector<Value> items) {
  List* l = heap().make<List>();
  l->items = std::move(items);
  return l;
}

Tuple* new_tuple(std::vector<Value> items) {
  Tuple* t = heap().make<Tuple>();
  t->items = std::move(items);
  return t;
}

Value tuple_value(std::vector<Value> items) { return Value::object(new_tuple(std::move(items))); }

// ---- dict ---------------------------------------------------------------------------

static uint64_t next_keys_version() {
  static uint64_t counter = 0;
  return ++counter;
}

Dict::Dict() : Object(&types::dict), keys_version(next_keys_version()) { index.assign(8, -1); }

Dict* new_dict() { return heap().make<Dict>(); }

void Dict::trace(Tracer& t) {
  for (const Entry& e : entries) {
    t.mark(e.key);
    t.mark(e.value);
  }
}

static bool keys_equal(Value a, Value b) {
  if (a == b) return true;
  if (a.is_object() && b.is_object() && a.as_object()->type == &types::str &&
      b.as_object()->type == &types::str)
    return str_equal(a.as<Str>(), b.as<Str>());
  return equal(a, b);
}

int64_t Dict::find(Value key, int64_t h) const {
  size_t mask = index.size() - 1;
  size_t i = static_cast<size_t>(h) & mask;
  uint64_t perturb = static_cast<uint64_t>(h);
  for (;;) {
    int32_t ix = index[i];
    if (ix == -1) return -1;
    if (ix >= 0) {
      const Entry& e = entries[ix];
      if (e.hash == h && keys_equal(e.key, key)) return ix;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

int64_t Dict::find(Value key) const { return find(key, hash(key)); }

Value Dict::get(Value key) const {
  int64_t ix = find(key);
  return ix < 0 ? Value::null() : entries[ix].value;
}

Value Dict::get_str(Str* key) const {
  int64_t ix = find(Value::object(key), str_hash(key));
  return ix < 0 ? Value::null() : entries[ix].value;
}

void Dict::rebuild(size_t min_capacity) {
  std::vector<Entry> live;
  live.reserve(used);
  for (const Entry& e : entries)
    if (!e.key.is_null()) live.push_back(e);
  entries = std::move(live);
  size_t cap = 8;
  while (cap * 2 < min_capacity * 3) cap *= 2;
  index.assign(cap, -1);
  heap().account_bytes(cap * sizeof(int32_t) + entries.capacity() * sizeof(Entry));
  size_t mask = cap - 1;
  for (size_t k = 0; k < entries.size(); ++k) {
    size_t i = static_cast<size_t>(entries[k].hash) & mask;
    uint64_t perturb = static_cast<uint64_t>(entries[k].hash);
    while (index[i] != -1) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    index[i] = static_cast<int32_t>(k);
  }
  keys_version = next_keys_version();
}

void Dict::insert_new(Value key, Value value, int64_t h) {
  // Keep the index at most 2/3 full, counting deleted entries still in it.
  if ((entries.size() + 1) * 3 >= index.size() * 2) rebuild(used + 1 > 4 ? (used + 1) * 2 : 8);
  size_t mask = index.size() - 1;
  size_t i = static_cast<size_t>(h) & mask;
  uint64_t perturb = static_cast<uint64_t>(h);
  while (index[i] >= 0) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  index[i] = static_cast<int32_t>(entries.size());
  entries.push_back({key, value, h});
  ++used;
  keys_version = next_keys_version();
}

void Dict::set(Value key, Value value) {
  int64_t h = hash(key);
  int64_t ix = find(key, h);
  if (ix >= 0) {
    entries[ix].value = value;
    return;
  }
  insert_new(key, value, h);
}

void Dict::set_str(Str* key, Value value) {
  int64_t h = str_hash(key);
  int64_t ix = find(Value::object(key), h);
  if (ix >= 0) {
    entries[ix].value = value;
    return;
  }
  insert_new(Value::object(key), value, h);
}

bool Dict::remove(Value key) {
  int64_t h = hash(key);
  size_t mask = index.size() - 1;
  size_t i = static_cast<size_t>(h) & mask;
  uint64_t perturb = static_cast<uint64_t>(h);
  for (;;) {
    int32_t ix = index[i];
    if (ix == -1) return false;
    if (ix >= 0 && entries[ix].hash == h && keys_equal(entries[ix].key, key)) {
      index[i] = -2;
      entries[ix].key = Value::null();
      entries[ix].value = Value::null();
      --used;
      keys_version = next_keys_version();
      return true;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// ---- range, slice, iterators ---------------------------------------------------

Range::Range(int64_t a, int64_t b, int64_t c) : Object(&types::range), start(a), stop(b), step(c) {}

Range::Range(Value a, Value b, Value c)
    : Object(&types::range), start(0), stop(0), step(1), big(true), big_start(a), big_stop(b), big_step(c) {}

void Range::trace(Tracer& t) {
  t.mark(big_start);
  t.mark(big_stop);
  t.mark(big_step);
}

Value Range::big_length() const {
  using bytecode::BinaryOp;
  // (stop - start + step - sign(step)) // step, at least 0
  bool up = int_sign(big_step) > 0;
  Value span = binary_op(BinaryOp::Subtract, big_stop, big_start);
  Value adj = binary_op(BinaryOp::Add, span, binary_op(BinaryOp::Subtract, big_step, make_int(up ? 1 : -1)));
  Value n = binary_op(BinaryOp::FloorDivide, adj, big_step);
  return int_sign(n) < 0 ? make_int(0) : n;
}

BigRangeIter::BigRangeIter(Value n, Value r, Value s) : Object(&types::longrange_iter), next(n), remaining(r), step(s) {}
void BigRangeIter::trace(Tracer& t) {
  t.mark(next);
  t.mark(remaining);
  t.mark(step);
}

int64_t Range::length() const {
  if (big) {
    auto n = int_as_int64(big_length());
    if (!n) raise(&exc::OverflowError, "Python int too large to convert to C ssize_t");
    return *n;
  }
  if (step > 0) return start < stop ? (stop - start - 1) / step + 1 : 0;
  return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
}

RangeIter::RangeIter(int64_t a, int64_t b, int64_t c) : Object(&types::range_iter), next(a), stop(b), step(c), first(a) {}

Slice::Slice(Value a, Value b, Value c) : Object(&types::slice), start(a), stop(b), step(c) {}
void Slice::trace(Tracer& t) {
  t.mark(start);
  t.mark(stop);
  t.mark(step);
}

static int64_t slice_bound(Value v, const char* what) {
  (void)what;
  if (!is_int(v) && !(type_of(v)->is_heap() && !type_lookup(type_of(v), intern("__index__")).is_null()))
    raise(&exc::TypeError, "slice indices must be integers or None or have an __index__ method");
  // Beyond int64 clamps, as CPython's _PyEval_SliceIndex (PY_SSIZE_T_MIN/MAX).
  Value i = is_int(v) ? v : as_index(v);
  if (auto x = int_as_int64(i)) return std::clamp<int64_t>(*x, INT64_MIN / 4, INT64_MAX / 4);
  return int_sign(i) < 0 ? INT64_MIN / 4 : INT64_MAX / 4;
}

int64_t slice_indices(const Slice* s, int64_t length, int64_t& start, int64_t& stop, int64_t& step) {
  step = s->step.is_none() ? 1 : slice_bound(s->step, "step");
  if (step == 0) raise(&exc::ValueError, "slice step cannot be zero");
  if (s->start.is_none()) {
    start = step < 0 ? length - 1 : 0;
  } else {
    start = slice_bound(s->start, "start");
    if (start < 0) {
      start += length;
      if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= length) {
      start = step < 0 ? length - 1 : length;
    }
  }
  if (s->stop.is_none()) {
    stop = step < 0 ? -1 : length;
  } else {
    stop = slice_bound(s->stop, "stop");
    if (stop < 0) {
      stop += length;
      if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= length) {
      stop = step < 0 ? length - 1 : length;
    }
  }
  if (step < 0) return stop < start ? (start - stop - 1) / (-step) + 1 : 0;
  return start < stop ? (stop - start - 1) / step + 1 : 0;
}

}  // namespace rt
