// Operators when a Python class is involved: CPython's binary_op1 /
// do_richcompare order (a subclass's reflected method first, NotImplemented
// falling back), unary special methods, and the builtins' operator wrappers
// (int.__add__, str.__lt__, ...) that let the same protocol reach native code.
#include "runtime/format.h"
#include "runtime/methods_util.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/int.h"
#include "runtime/objects/layouts.h"

#include <array>
#include <cmath>
#include <stdexcept>
#include <utility>
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type.h"
#include "runtime/ops.h"

namespace rt {

using bytecode::BinaryOp;
using bytecode::CompareOp;

namespace {

constexpr int kBinaryCount = static_cast<int>(BinaryOp::InplaceAdd);

// Indexed by BinaryOp (the non-in-place half).
const char* const kBinaryNames[kBinaryCount] = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod",
                                                "or",  "pow", "rshift",   "sub",    "truediv", "xor"};

struct OpNames {
  Str* op[kBinaryCount];
  Str* rop[kBinaryCount];
  Str* iop[kBinaryCount];
  Str* cmp[6];
};

const OpNames& op_names() {
  static const OpNames names = [] {
    OpNames n{};
    for (int i = 0; i < kBinaryCount; ++i) {
      std::string b = kBinaryNames[i];
      n.op[i] = intern("__" + b + "__");
      n.rop[i] = intern("__r" + b + "__");
      n.iop[i] = intern("__i" + b + "__");
    }
    const char* cmp[6] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    for (int i = 0; i < 6; ++i) n.cmp[i] = intern(cmp[i]);
    return n;
  }();
  return names;
}

// Calls type(obj).name(obj, arg); null if the type has no such method.
Value try_method(Value obj, Str* name, Value arg) {
  Type* t = type_of(obj);
  Value f = type_lookup(t, name);
  if (f.is_null() || f.is_none()) return Value::null();
  return call_with_self(f, obj, t, &arg, 1, nullptr);
}

CompareOp swapped(CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return CompareOp::Gt;
    case CompareOp::Le: return CompareOp::Ge;
    case CompareOp::Gt: return CompareOp::Lt;
    case CompareOp::Ge: return CompareOp::Le;
    default: return op;
  }
}

// str/list/tuple + and * are CPython's sq_concat/sq_repeat, not number
// slots: their __add__/__mul__/__rmul__ raise TypeError for a foreign operand
// (there is no __radd__), and the operators try them only after the other
// operand's number methods (binary_op1, then sequence_concat/repeat).
Value native_operand(Value v);
Value seq_concat(Value seq, Value other) {
  return binary_op_native(BinaryOp::Add, native_operand(seq), native_operand(other), true);
}
Value seq_repeat(Value seq, Value count, bool from_operator) {
  if (!is_int(count)) {
    Type* ct = type_of(count);
    if (from_operator && type_lookup(ct, names::index).is_null())
      raise(&exc::TypeError, "can't multiply sequence by non-int of type '" + ct->name + "'");
    count = as_index(count);
  }
  return binary_op_native(BinaryOp::Multiply, native_operand(seq), count, true);
}
Value w_seq_add(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__add__", nargs, kw, 1, 1);
  return seq_concat(self, args[0]);
}
Value w_seq_mul(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__mul__", nargs, kw, 1, 1);
  return seq_repeat(self, args[0], false);
}
Value w_seq_rmul(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__rmul__", nargs, kw, 1, 1);
  return seq_repeat(self, args[0], false);
}
bool is_seq_slot(Value method) {
  // Builtin objects: builtin_function_or_method, or method_descriptor once in a type's dict.
  if (method.is_null() || !(is_type(method, &types::builtin) || is_type(method, &types::method_descr))) return false;
  NativeFn fn = method.as<Builtin>()->fn;
  return fn == w_seq_add || fn == w_seq_mul || fn == w_seq_rmul;
}

}  // namespace

Value dunder_binary_op(BinaryOp op, Value a, Value b) {
  const OpNames& n = op_names();
  int code = static_cast<int>(op);
  bool inplace = code >= kBinaryCount;
  int base = inplace ? code - kBinaryCount : code;
  Value ni = not_implemented();
  if (inplace) {
    Value r = try_method(a, n.iop[base], b);
    if (!r.is_null() && r != ni) return r;
  }
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  Value fb = Value::null();
  bool reflected_first = false;
  if (ta != tb) {
    fb = type_lookup(tb, n.rop[base]);
    reflected_first = !fb.is_null() && is_subtype(tb, ta) && fb != type_lookup(ta, n.rop[base]);
  }
  bool seq_op = base == static_cast<int>(BinaryOp::Add) || base == static_cast<int>(BinaryOp::Multiply);
  bool seq_a = seq_op && is_seq_slot(type_lookup(ta, n.op[base]));
  bool seq_b = seq_op && ta != tb && is_seq_slot(fb);
  if (reflected_first && !seq_b) {
    Value r = try_method(b, n.rop[base], a);
    if (!r.is_null() && r != ni) return r;
  }
  if (!seq_a) {
    Value r = try_method(a, n.op[base], b);
    if (!r.is_null() && r != ni) return r;
  }
  if (ta != tb && !reflected_first && !seq_b) {
    Value r = try_method(b, n.rop[base], a);
    if (!r.is_null() && r != ni) return r;
  }
  if (seq_a) return base == static_cast<int>(BinaryOp::Add) ? seq_concat(a, b) : seq_repeat(a, b, true);
  if (seq_b && base == static_cast<int>(BinaryOp::Multiply)) return seq_repeat(b, a, true);
  // A builtin left operand words the error its own way ("can only concatenate str ...").
  if (!ta->is_heap()) return binary_op_native(op, a, b, true);
  raise_unsupported_operands(op, a, b);
}

Value dunder_binary_named(Value a, Value b, const char* op, const char* rop, const char* symbol) {
  Value ni = not_implemented();
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  Str* lname = intern(op);
  Str* rname = intern(rop);
  bool reflected_first = ta != tb && is_subtype(tb, ta) && !type_lookup(tb, rname).is_null() &&
                         type_lookup(tb, rname) != type_lookup(ta, rname);
  if (reflected_first) {
    Value r = try_method(b, rname, a);
    if (!r.is_null() && r != ni) return r;
  }
  Value r = try_method(a, lname, b);
  if (!r.is_null() && r != ni) return r;
  if (ta != tb && !reflected_first) {
    r = try_method(b, rname, a);
    if (!r.is_null() && r != ni) return r;
  }
  if (!ta->is_heap() && !tb->is_heap() && std::string(symbol) == "divmod()")
    return tuple_value({binary_op(BinaryOp::FloorDivide, a, b), binary_op(BinaryOp::Remainder, a, b)});
  raise(&exc::TypeError, std::string("unsupported operand type(s) for ") + symbol + ": '" + ta->name + "' and '" +
                             tb->name + "'");
}

Value rich_compare(CompareOp op, Value a, Value b) {
  const OpNames& n = op_names();
  Value ni = not_implemented();
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  CompareOp rop = swapped(op);
  bool checked_reverse = false;
  if (ta != tb && is_subtype(tb, ta)) {
    checked_reverse = true;
    Value r = try_method(b, n.cmp[static_cast<int>(rop)], a);
    if (!r.is_null() && r != ni) return r;
  }
  Value r = try_method(a, n.cmp[static_cast<int>(op)], b);
  if (!r.is_null() && r != ni) return r;
  if (!checked_reverse) {
    r = try_method(b, n.cmp[static_cast<int>(rop)], a);
    if (!r.is_null() && r != ni) return r;
  }
  if (op == CompareOp::Eq) return Value::boolean(a == b);
  if (op == CompareOp::Ne) return Value::boolean(a != b);
  raise(&exc::TypeError, std::string("'") + bytecode::compare_op_symbol(op) + "' not supported between instances of '" +
                             ta->name + "' and '" + tb->name + "'");
}

Value dunder_unary(Str* name, const char* symbol, Value v) {
  Type* t = type_of(v);
  Value f = type_lookup(t, name);
  if (f.is_null() || f.is_none())
    raise(&exc::TypeError, std::string("bad operand type for unary ") + symbol + ": '" + t->name + "'");
  return call_with_self(f, v, t, nullptr, 0, nullptr);
}

// ---- the old sequence iteration protocol ----------------------------------------------

namespace types {
Type seq_iter("iterator", &object);
}

namespace {

struct SequenceIter : Object {
  Value seq;  // null once exhausted
  int64_t index = 0;
  explicit SequenceIter(Value s) : Object(&types::seq_iter), seq(s) {}
  void trace(Tracer& t) override { t.mark(seq); }
};

Value seq_iter_next(Value it) {
  auto* s = it.as<SequenceIter>();
  if (s->seq.is_null()) return Value::null();
  try {
    return getitem(s->seq, make_int(s->index++));
  } catch (PyError& e) {
    if (isinstance(e.exc, &exc::IndexError) || isinstance(e.exc, &exc::StopIteration)) {
      s->seq = Value::null();
      return Value::null();
    }
    throw;
  }
}
Value self_iter(Value v) { return v; }

// ---- operator wrappers of the builtin types --------------------------------------------

// The builtin value inside an instance of a Python subclass of str, list,
// tuple or a set type, for native code that checks exact types.
Value native_operand(Value v) {
  Type* t = type_of(v);
  if (!t->is_heap()) return v;
  if (isinstance(v, &types::float_)) return float_value(v);
  if (isinstance(v, &types::str)) return Value::object(new_str(v.as<Str>()->data));
  if (isinstance(v, &types::list)) return Value::object(new_list(v.as<List>()->items));
  if (isinstance(v, &types::tuple)) return tuple_value(v.as<Tuple>()->items);
  if (isinstance(v, &types::frozenset) || isinstance(v, &types::set)) {
    Set* s = new_set(isinstance(v, &types::frozenset));
    s->update(v);
    return Value::object(s);
  }
  return v;
}

template <BinaryOp Op, bool Reflected>
Value binary_wrapper(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args(Reflected ? "__r__" : "__op__", nargs, kw, 1, 1);
  // int's own operators take only ints (int.__add__(1, 2.5) is NotImplemented);
  // float's take ints too.
  if (is_int(self) && !is_int(args[0])) return not_implemented();
  // (str % args formats the arguments themselves: their own __str__ counts.)
  Value a = native_operand(self), b = Op == BinaryOp::Remainder ? args[0] : native_operand(args[0]);
  if (Op == BinaryOp::Multiply) {
    // Sequence repetition takes any object with __index__ as the count.
    bool seq = isinstance(self, &types::str) || isinstance(self, &types::list) || isinstance(self, &types::tuple);
    Type* ot = type_of(args[0]);
    if (seq && ot->is_heap() && !is_int(args[0]) && !type_lookup(ot, names::index).is_null()) b = as_index(args[0]);
  }
  Value r = Reflected ? binary_op_native(Op, b, a, false) : binary_op_native(Op, a, b, false);
  return r.is_null() ? not_implemented() : r;
}

template <CompareOp Op>
Value compare_wrapper(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__cmp__", nargs, kw, 1, 1);
  Value r = compare_native(Op, float_value(self), float_value(args[0]));
  return r.is_null() ? not_implemented() : r;
}

Value w_contains(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__contains__", nargs, kw, 1, 1);
  return Value::boolean(contains_native(self, args[0]));
}

// list += iterable and list *= n change the list itself (subclass instances too).
Value w_list_iadd(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__iadd__", nargs, kw, 1, 1);
  List* l = self.as<List>();
  std::vector<Value> extra = iterate(args[0]);
  l->items.insert(l->items.end(), extra.begin(), extra.end());
  return self;
}
Value w_list_imul(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__imul__", nargs, kw, 1, 1);
  if (!is_int(args[0])) return not_implemented();
  Value r = binary_op_native(BinaryOp::Multiply, Value::object(new_list(self.as<List>()->items)), args[0], true);
  self.as<List>()->items = r.as<List>()->items;
  return self;
}

Value w_neg(Value self, Value*, size_t nargs, Tuple* kw) {
  self = float_value(self);
  method_args("__neg__", nargs, kw, 0, 0);
  return self.is_float() ? Value::from_double(-self.as_float()) : int_negate(self);
}
Value w_pos(Value self, Value*, size_t nargs, Tuple* kw) {
  self = float_value(self);
  method_args("__pos__", nargs, kw, 0, 0);
  if (self.is_float()) return self;
  mpz_t z;
  mpz_init(z);
  int_to_mpz(self, z);
  Value r = make_int_mpz(z);
  mpz_clear(z);
  return r;
}
Value w_invert(Value self, Value*, size_t nargs, Tuple* kw) {
  method_args("__invert__", nargs, kw, 0, 0);
  return int_invert(self);
}
Value w_abs(Value self, Value*, size_t nargs, Tuple* kw) {
  self = float_value(self);
  method_args("__abs__", nargs, kw, 0, 0);
  if (self.is_float()) return Value::from_double(self.as_float() < 0 ? -self.as_float() : self.as_float());
  return int_sign(self) < 0 ? int_negate(self) : w_pos(self, nullptr, 0, nullptr);
}
Value w_format(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__format__", nargs, kw, 1, 1);
  if (!isinstance(args[0], &types::str))
    raise(&exc::TypeError, "__format__() argument must be str, not " + type_name(args[0]));
  return format_builtin(self, args[0]);
}
Value w_is_integer(Value self, Value*, size_t nargs, Tuple* kw) {
  method_args("float.is_integer", nargs, kw, 0, 0);
  double d = float_value(self).as_float();
  return Value::boolean(std::isfinite(d) && std::floor(d) == d);
}
Value w_index(Value self, Value*, size_t nargs, Tuple* kw) {
  method_args("__index__", nargs, kw, 0, 0);
  return w_pos(self, nullptr, 0, nullptr);
}
Value w_float(Value self, Value*, size_t nargs, Tuple* kw) {
  self = float_value(self);
  method_args("__float__", nargs, kw, 0, 0);
  return self.is_float() ? self : Value::from_double(int_to_double(self));
}

template <BinaryOp Op>
void add_binary(Type* t) {
  int i = static_cast<int>(Op);
  const OpNames& n = op_names();
  add_method_if_missing(t, n.op[i]->data.c_str(), binary_wrapper<Op, false>);
  add_method_if_missing(t, n.rop[i]->data.c_str(), binary_wrapper<Op, true>);
}

void add_comparisons(Type* t, bool order) {
  add_method_if_missing(t, "__eq__", compare_wrapper<CompareOp::Eq>);
  add_method_if_missing(t, "__ne__", compare_wrapper<CompareOp::Ne>);
  if (!order) return;
  add_method_if_missing(t, "__lt__", compare_wrapper<CompareOp::Lt>);
  add_method_if_missing(t, "__le__", compare_wrapper<CompareOp::Le>);
  add_method_if_missing(t, "__gt__", compare_wrapper<CompareOp::Gt>);
  add_method_if_missing(t, "__ge__", compare_wrapper<CompareOp::Ge>);
}

}  // namespace

Value new_sequence_iterator(Value v) { return Value::object(heap().make<SequenceIter>(v)); }

namespace {

// Special methods over a builtin type's operator slots (add_slot_wrappers).
template <BinaryOp Op, bool Reflected>
Value slot_binary_wrapper(Value self, Value* args, size_t nargs, Tuple* kw) {
  // CPython's wrap_binaryfunc_l/_r wording (wrapper_call, check_num_args).
  if (kw && !kw->items.empty())
    raise(&exc::TypeError, std::string("wrapper __") + (Reflected ? "r" : "") + kBinaryNames[static_cast<int>(Op)] +
                               "__() takes no keyword arguments");
  if (nargs != 1) raise(&exc::TypeError, "expected 1 argument, got " + std::to_string(nargs));
  auto fn = native_type(self)->binary;
  Value r = Reflected ? fn(Op, args[0], self) : fn(Op, self, args[0]);
  return r.is_null() ? not_implemented() : r;
}
template <CompareOp Op>
Value slot_compare_wrapper(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__cmp__", nargs, kw, 1, 1);
  Value r = native_type(self)->richcompare(Op, self, args[0]);
  return r.is_null() ? not_implemented() : r;
}
template <Type::Unary Op>
Value slot_unary_wrapper(Value self, Value*, size_t nargs, Tuple* kw) {
  method_args("__unary__", nargs, kw, 0, 0);
  return native_type(self)->unary(Op, self);
}

struct SlotWrapper {
  const char* name;
  NativeFn fn;
};

template <int... I>
auto binary_slot_wrappers(std::integer_sequence<int, I...>) {
  return std::array<SlotWrapper, 2 * sizeof...(I)>{
      SlotWrapper{kBinaryNames[I], slot_binary_wrapper<static_cast<BinaryOp>(I), false>}...,
      SlotWrapper{kBinaryNames[I], slot_binary_wrapper<static_cast<BinaryOp>(I), true>}...};
}

}  // namespace

void add_slot_wrappers(Type* t, std::initializer_list<const char*> names) {
  static const auto binary = binary_slot_wrappers(std::make_integer_sequence<int, kBinaryCount>());
  static const SlotWrapper unary[] = {{"__neg__", slot_unary_wrapper<Type::Unary::Negative>},
                                      {"__pos__", slot_unary_wrapper<Type::Unary::Positive>},
                                      {"__invert__", slot_unary_wrapper<Type::Unary::Invert>},
                                      {"__abs__", slot_unary_wrapper<Type::Unary::Absolute>}};
  for (const char* name : names) {
    std::string n = name;
    NativeFn fn = nullptr;
    for (const SlotWrapper& u : unary)
      if (n == u.name) fn = u.fn;
    for (size_t i = 0; i < binary.size() && !fn; ++i) {
      bool reflected = i >= static_cast<size_t>(kBinaryCount);
      if (n == std::string(reflected ? "__r" : "__") + binary[i].name + "__") fn = binary[i].fn;
    }
    if (!fn) throw std::logic_error("add_slot_wrappers: no slot for " + n);
    add_method_if_missing(t, name, fn);
  }
  if (t->richcompare) {
    add_method_if_missing(t, "__eq__", slot_compare_wrapper<CompareOp::Eq>);
    add_method_if_missing(t, "__ne__", slot_compare_wrapper<CompareOp::Ne>);
    add_method_if_missing(t, "__lt__", slot_compare_wrapper<CompareOp::Lt>);
    add_method_if_missing(t, "__le__", slot_compare_wrapper<CompareOp::Le>);
    add_method_if_missing(t, "__gt__", slot_compare_wrapper<CompareOp::Gt>);
    add_method_if_missing(t, "__ge__", slot_compare_wrapper<CompareOp::Ge>);
  }
}

void install_operator_wrappers() {
  types::seq_iter.next = seq_iter_next;
  types::seq_iter.iter = self_iter;
  for (Type* t : {&types::int_, &types::float_}) {
    add_binary<BinaryOp::Add>(t);
    add_binary<BinaryOp::Subtract>(t);
    add_binary<BinaryOp::Multiply>(t);
    add_binary<BinaryOp::TrueDivide>(t);
    add_binary<BinaryOp::FloorDivide>(t);
    add_binary<BinaryOp::Remainder>(t);
    add_binary<BinaryOp::Power>(t);
    add_comparisons(t, true);
    add_method_if_missing(t, "__neg__", w_neg);
    add_method_if_missing(t, "__pos__", w_pos);
    add_method_if_missing(t, "__abs__", w_abs);
    add_method_if_missing(t, "__float__", w_float);
  }
  for (Type* t : {&types::int_}) {
    add_binary<BinaryOp::And>(t);
    add_binary<BinaryOp::Or>(t);
    add_binary<BinaryOp::Xor>(t);
    add_binary<BinaryOp::Lshift>(t);
    add_binary<BinaryOp::Rshift>(t);
    add_method_if_missing(t, "__invert__", w_invert);
    add_method_if_missing(t, "__index__", w_index);
    add_method_if_missing(t, "__int__", w_index);
  }
  for (Type* t : {&types::str, &types::list, &types::tuple}) {
    add_method_if_missing(t, "__add__", w_seq_add);
    add_method_if_missing(t, "__mul__", w_seq_mul);
    add_method_if_missing(t, "__rmul__", w_seq_rmul);
    add_comparisons(t, true);
  }
  add_binary<BinaryOp::Remainder>(&types::str);
  for (Type* t : {&types::int_, &types::float_, &types::str}) add_method_if_missing(t, "__format__", w_format);
  add_method_if_missing(&types::float_, "is_integer", w_is_integer);
  add_method_if_missing(&types::list, "__iadd__", w_list_iadd);
  add_method_if_missing(&types::list, "__imul__", w_list_imul);
  for (Type* t : {&types::str, &types::list, &types::tuple, &types::dict, &types::set, &types::frozenset,
                  &types::range})
    add_method_if_missing(t, "__contains__", w_contains);
  for (Type* t : {&types::set, &types::frozenset}) {
    add_binary<BinaryOp::And>(t);
    add_binary<BinaryOp::Or>(t);
    add_binary<BinaryOp::Xor>(t);
    add_binary<BinaryOp::Subtract>(t);
    add_comparisons(t, true);
  }
  add_binary<BinaryOp::Or>(&types::dict);
  add_comparisons(&types::dict, false);
  add_comparisons(&types::range, false);
}

}  // namespace rt
