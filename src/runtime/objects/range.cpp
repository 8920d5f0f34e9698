// range: attributes, count/index, reversed(), truth, slicing, equality and
// hash, containment, as CPython's Objects/rangeobject.c. Ranges whose bounds
// fit in 62 bits keep int64 fields; others (Range::big) keep int Values, so
// every computation here goes through int Values when a bound is big.
#include "runtime/args.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/int.h"
#include "runtime/methods_util.h"
#include "runtime/objects/type.h"

namespace rt {

// slice.cpp
void slice_long_indices(const Slice* s, Value length, Value& start, Value& stop, Value& step);

using bytecode::BinaryOp;

namespace {

Value start_of(const Range* r) { return r->big ? r->big_start : make_int(r->start); }
Value stop_of(const Range* r) { return r->big ? r->big_stop : make_int(r->stop); }
Value step_of(const Range* r) { return r->big ? r->big_step : make_int(r->step); }
Value length_of(const Range* r) { return r->big ? r->big_length() : make_int(r->length()); }

Value add(Value a, Value b) { return int_binary(BinaryOp::Add, a, b); }
Value sub(Value a, Value b) { return int_binary(BinaryOp::Subtract, a, b); }
Value mul(Value a, Value b) { return int_binary(BinaryOp::Multiply, a, b); }

constexpr int64_t kSmallBound = int64_t{1} << 62;
bool small_bound(Value v, int64_t& out) {
  auto x = int_as_int64(v);
  if (!x || *x > kSmallBound || *x < -kSmallBound) return false;
  out = *x;
  return true;
}

Range* this_range(Value v) { return v.as<Range>(); }

// An exact int (or bool) item: arithmetic membership (range_contains_long).
bool contains_int(const Range* r, Value item) {
  Value start = start_of(r), stop = stop_of(r), step = step_of(r);
  if (int_sign(step) > 0) {
    if (int_compare(item, start) < 0 || int_compare(item, stop) >= 0) return false;
  } else {
    if (int_compare(item, start) > 0 || int_compare(item, stop) <= 0) return false;
  }
  return int_sign(int_binary(BinaryOp::Remainder, sub(item, start), step)) == 0;
}

bool exact_int(Value v) { return is_type(v, &types::int_) || is_type(v, &types::bool_); }

Value get_start(Value v) { return start_of(this_range(v)); }
Value get_stop(Value v) { return stop_of(this_range(v)); }
Value get_step(Value v) { return step_of(this_range(v)); }

Value r_count(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("range.count", nargs, kw, 1, 1);
  if (exact_int(args[0])) return make_int(contains_int(this_range(self), args[0]) ? 1 : 0);
  int64_t n = 0;
  Value it = iter(self);
  for (Value x = next(it); !x.is_null(); x = next(it))
    if (equal(x, args[0])) ++n;
  return make_int(n);
}

Value r_index(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("range.index", nargs, kw, 1, 1);
  Range* r = this_range(self);
  Value item = args[0];
  if (exact_int(item)) {
    if (!contains_int(r, item)) raise(&exc::ValueError, repr_string(item) + " is not in range");
    return int_binary(BinaryOp::FloorDivide, sub(item, start_of(r)), step_of(r));
  }
  int64_t i = 0;
  Value it = iter(self);
  for (Value x = next(it); !x.is_null(); x = next(it), ++i)
    if (equal(x, item)) return make_int(i);
  raise(&exc::ValueError, "sequence.index(x): x not in sequence");
}

Value r_reversed(Value self, Value*, size_t nargs, Tuple* kw) {
  method_args("__reversed__", nargs, kw, 0, 0);
  Range* r = this_range(self);
  if (!r->big) {
    int64_t n = r->length();
    int64_t last = r->start + (n - 1) * r->step;
    return Value::object(heap().make<RangeIter>(n ? last : r->start, n ? r->start - r->step : r->start, -r->step));
  }
  Value n = r->big_length();
  Value last = add(r->big_start, mul(sub(n, make_int(1)), r->big_step));
  return Value::object(heap().make<BigRangeIter>(last, n, int_negate(r->big_step)));
}

Value r_getnewargs_reduce(Value self, Value*, size_t nargs, Tuple* kw) {
  method_args("__reduce__", nargs, kw, 0, 0);
  Range* r = this_range(self);
  return tuple_value({type_value(&types::range), tuple_value({start_of(r), stop_of(r), step_of(r)})});
}

bool range_truth(Value v) {
  Range* r = this_range(v);
  if (r->big) return int_sign(r->big_length()) > 0;
  return r->length() > 0;
}

int64_t range_hash(Value v) {
  Range* r = this_range(v);
  Value n = length_of(r);
  Value none = Value::none();
  if (int_sign(n) == 0) return hash(tuple_value({n, none, none}));
  if (int_compare(n, make_int(1)) == 0) return hash(tuple_value({n, start_of(r), none}));
  return hash(tuple_value({n, start_of(r), step_of(r)}));
}

}  // namespace

// range(start, stop, step) with int Values, small when the bounds allow.
Value make_range(Value start, Value stop, Value step) {
  int64_t a, b, c;
  if (small_bound(start, a) && small_bound(stop, b) && small_bound(step, c))
    return Value::object(heap().make<Range>(a, b, c));
  return Value::object(heap().make<Range>(start, stop, step));
}

Value range_getitem(Value obj, Value key) {
  Range* r = this_range(obj);
  if (is_type(key, &types::slice)) {
    Value start, stop, step;
    slice_long_indices(key.as<Slice>(), length_of(r), start, stop, step);
    Value rstart = start_of(r), rstep = step_of(r);
    return make_range(add(rstart, mul(start, rstep)), add(rstart, mul(stop, rstep)), mul(step, rstep));
  }
  if (!is_int(key)) {
    if (type_lookup(type_of(key), names::index).is_null())
      raise(&exc::TypeError, "range indices must be integers or slices, not " + type_name(key));
    key = as_index(key);
  }
  Value n = length_of(r);
  Value i = int_sign(key) < 0 ? add(key, n) : key;
  if (int_sign(i) < 0 || int_compare(i, n) >= 0) raise(&exc::IndexError, "range object index out of range");
  return add(start_of(r), mul(i, step_of(r)));
}

bool range_equal(const Range* x, const Range* y) {
  if (x == y) return true;
  Value n = length_of(x);
  if (int_compare(n, length_of(y)) != 0) return false;
  if (int_sign(n) == 0) return true;
  if (int_compare(start_of(x), start_of(y)) != 0) return false;
  if (int_compare(n, make_int(1)) == 0) return true;
  return int_compare(step_of(x), step_of(y)) == 0;
}

bool range_contains(Value range, Value item) {
  Range* r = this_range(range);
  if (exact_int(item)) return contains_int(r, item);
  Value it = iter(range);
  for (Value x = next(it); !x.is_null(); x = next(it))
    if (x == item || equal(x, item)) return true;
  return false;
}

void install_range_methods() {
  static const MethodEntry methods[] = {
      {"count", r_count}, {"index", r_index}, {"__reversed__", r_reversed}, {"__reduce__", r_getnewargs_reduce}};
  install_methods(&types::range, std::begin(methods), std::end(methods));
  add_readonly_member(&types::range, "start", get_start);
  add_readonly_member(&types::range, "stop", get_stop);
  add_readonly_member(&types::range, "step", get_step);
  types::range.truth = range_truth;
  types::range.hash = range_hash;
  types::range.getitem = range_getitem;
}

}  // namespace rt
