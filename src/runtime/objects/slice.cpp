// slice: start/stop/step, indices(), comparisons as (start, stop, step)
// tuples, unhashable (3.11), __reduce__; as CPython's Objects/sliceobject.c.
#include "runtime/args.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/int.h"
#include "runtime/methods_util.h"

namespace rt {

// The indices a slice selects from a length that may be big (CPython's
// _PySlice_GetLongIndices): int Values, clamped to the sequence.
void slice_long_indices(const Slice* s, Value length, Value& start, Value& stop, Value& step) {
  using bytecode::BinaryOp;
  auto add = [](Value a, Value b) { return int_binary(BinaryOp::Add, a, b); };
  step = s->step.is_none() ? make_int(1) : as_index(s->step);
  if (int_sign(step) == 0) raise(&exc::ValueError, "slice step cannot be zero");
  bool negative = int_sign(step) < 0;
  Value lower = negative ? make_int(-1) : make_int(0);
  Value upper = negative ? add(length, make_int(-1)) : length;
  auto clamp = [&](Value given, Value dflt) {
    if (given.is_none()) return dflt;
    Value v = as_index(given);
    if (int_sign(v) < 0) {
      v = add(v, length);
      if (int_compare(v, lower) < 0) v = lower;
    } else if (int_compare(v, upper) > 0) {
      v = upper;
    }
    return v;
  };
  start = clamp(s->start, negative ? upper : lower);
  stop = clamp(s->stop, negative ? lower : upper);
}

namespace {

Slice* this_slice(Value v) { return v.as<Slice>(); }
Value get_start(Value v) { return this_slice(v)->start; }
Value get_stop(Value v) { return this_slice(v)->stop; }
Value get_step(Value v) { return this_slice(v)->step; }

Value slice_indices_method(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("indices", nargs, kw, 1, 1);
  Value length = as_index(args[0]);
  if (int_sign(length) < 0) raise(&exc::ValueError, "length should not be negative");
  Value start, stop, step;
  slice_long_indices(this_slice(self), length, start, stop, step);
  return tuple_value({start, stop, step});
}

Value slice_reduce(Value self, Value*, size_t nargs, Tuple* kw) {
  method_args("__reduce__", nargs, kw, 0, 0);
  Slice* s = this_slice(self);
  return tuple_value({type_value(&types::slice), tuple_value({s->start, s->stop, s->step})});
}

// Slices compare as the tuples (start, stop, step).
Value slice_richcompare(bytecode::CompareOp op, Value a, Value b) {
  if (!is_type(a, &types::slice) || !is_type(b, &types::slice)) return Value::null();
  if (a == b && (op == bytecode::CompareOp::Eq || op == bytecode::CompareOp::Ne))
    return Value::boolean(op == bytecode::CompareOp::Eq);
  Slice* x = this_slice(a);
  Slice* y = this_slice(b);
  return compare(op, tuple_value({x->start, x->stop, x->step}), tuple_value({y->start, y->stop, y->step}));
}

int64_t slice_unhashable(Value) { raise(&exc::TypeError, "unhashable type: 'slice'"); }

}  // namespace

void install_slice_methods() {
  static const MethodEntry methods[] = {{"indices", slice_indices_method}, {"__reduce__", slice_reduce}};
  install_methods(&types::slice, std::begin(methods), std::end(methods));
  add_readonly_member(&types::slice, "start", get_start);
  add_readonly_member(&types::slice, "stop", get_stop);
  add_readonly_member(&types::slice, "step", get_step);
  types::slice.richcompare = slice_richcompare;
  types::slice.hash = slice_unhashable;
  add_slot_wrappers(&types::slice, {});  // __eq__, __lt__, ... over richcompare
}

}  // namespace rt
