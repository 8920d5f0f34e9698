// Generic operations on values: dispatch on the operand types, with CPython's
// error messages. Numeric and sequence fast paths come first.
#include "runtime/ops.h"

#include <gmp.h>

#include <cmath>

#include "runtime/objects/complex.h"
#include "runtime/objects/containers.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/float.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/methods_util.h"
#include "runtime/objects/generic_alias.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/type.h"

namespace rt {

// objects/range.cpp
bool range_equal(const Range* x, const Range* y);
bool range_contains(Value range, Value item);

using bytecode::BinaryOp;
using bytecode::CompareOp;

bool isinstance(Value v, const Type* t) { return is_subtype(type_of(v), t); }

bool is_sequence(Value v) {
  Type* t = type_of(v);
  return t->getitem && !is_subtype(t, &types::dict) && !is_subtype(t, &types::mappingproxy);
}
const std::string& type_name(Value v) { return type_of(v)->name; }

static bool is_str(Value v) { return v.is_object() && v.as_object()->type == &types::str; }
static bool is_number(Value v) { return v.is_float() || is_int(v); }
static double to_double(Value v) { return v.is_float() ? v.as_float() : int_to_double(v); }

Value repr(Value v) {
  Type* t = type_of(v);
  RecursionGuard guard(" while getting the repr of an object");
  for (Type* k = t; k; k = k->base)
    if (k->repr) return k->repr(v);
  return str_value("<object>");
}

Value to_str(Value v) {
  if (is_str(v)) return v;
  for (Type* k = type_of(v); k; k = k->base) {
    if (k->str) return k->str(v);
    if (k->repr) return k->repr(v);
  }
  return repr(v);
}

std::string repr_string(Value v) { return repr(v).as<Str>()->data; }
std::string str_string(Value v) { return to_str(v).as<Str>()->data; }

bool truthy(Value v) {
  if (v.is_bool()) return v.is_true();
  if (v.is_small_int()) return v.as_small_int() != 0;
  if (v.is_float()) return v.as_float() != 0.0;
  if (v.is_none()) return false;
  Type* t = v.as_object()->type;
  for (Type* k = t; k; k = k->base) {
    if (k->truth) return k->truth(v);
    if (k->len) return k->len(v) != 0;
  }
  return true;
}

int64_t hash(Value v) {
  if (v.is_small_int() || v.is_bool()) return int_hash(v);
  if (v.is_float()) return float_hash(v.as_float());
  if (is_str(v)) return str_hash(v.as<Str>());
  for (Type* k = type_of(v); k; k = k->base)
    if (k->hash) return k->hash(v);
  raise(&exc::TypeError, "unhashable type: '" + type_name(v) + "'");
}

int64_t length(Value v) {
  for (Type* k = type_of(v); k; k = k->base)
    if (k->len) return k->len(v);
  raise(&exc::TypeError, "object of type '" + type_name(v) + "' has no len()");
}

// Exact comparison of an int with a float (CPython compares mathematically).
static int compare_int_float(Value i, double d) {
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  if (i.is_small_int() && i.as_small_int() > -(int64_t{1} << 53) && i.as_small_int() < (int64_t{1} << 53)) {
    double x = static_cast<double>(i.as_small_int());  // exact below 2**53
    return (x > d) - (x < d);
  }
  mpq_t a, b;
  mpq_init(a);
  mpq_init(b);
  mpz_t z;
  mpz_init(z);
  int_to_mpz(i, z);
  mpq_set_z(a, z);
  mpq_set_d(b, d);
  int c = mpq_cmp(a, b);
  mpq_clear(a);
  mpq_clear(b);
  mpz_clear(z);
  return (c > 0) - (c < 0);
}

// -2 means unordered (NaN involved).
static int compare_numbers(Value a, Value b) {
  if (is_int(a) && is_int(b)) return int_compare(a, b);
  if (a.is_float() && b.is_float()) {
    double x = a.as_float(), y = b.as_float();
    if (x != x || y != y) return -2;
    return (x > y) - (x < y);
  }
  if (a.is_float()) {
    double x = a.as_float();
    if (x != x) return -2;
    return -compare_int_float(b, x);
  }
  double y = b.as_float();
  if (y != y) return -2;
  return compare_int_float(a, y);
}

static bool sequences_equal(const std::vector<Value>& a, const std::vector<Value>& b) {
  if (a.size() != b.size()) return false;
  RecursionGuard guard(" in comparison");
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i] && !equal(a[i], b[i])) return false;
  return true;
}

// The builtin type whose C++ layout v has (a Python subclass's solid base), for
// the operator slots (Type::binary, richcompare, unary, contains).
Type* native_type(Value v) {
  Type* t = type_of(v);
  while (t->is_heap() && t->base) t = t->base;
  return t;
}

static CompareOp reflected(CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return CompareOp::Gt;
    case CompareOp::Le: return CompareOp::Ge;
    case CompareOp::Gt: return CompareOp::Lt;
    case CompareOp::Ge: return CompareOp::Le;
    default: return op;
  }
}

// a op b through the operands' richcompare slots (a's first); null if neither answers.
Value slot_compare(CompareOp op, Value a, Value b) {
  Type* ta = native_type(a);
  Type* tb = native_type(b);
  if (ta->richcompare) {
    if (Value r = ta->richcompare(op, a, b); !r.is_null()) return r;
  }
  if (tb->richcompare && tb != ta) {
    if (Value r = tb->richcompare(reflected(op), b, a); !r.is_null()) return r;
  }
  return Value::null();
}

// a op b through the operands' binary slots (a's first); null if neither answers.
Value slot_binary(BinaryOp op, Value a, Value b) {
  Type* ta = native_type(a);
  Type* tb = native_type(b);
  if (ta->binary) {
    if (Value r = ta->binary(op, a, b); !r.is_null()) return r;
  }
  if (tb->binary && tb != ta) {
    if (Value r = tb->binary(op, a, b); !r.is_null()) return r;
  }
  return Value::null();
}

Value slot_unary(Type::Unary op, Value v) {
  Type* t = native_type(v);
  return t->unary ? t->unary(op, v) : Value::null();
}

bool equal(Value a, Value b) {
  if (is_number(a) && is_number(b)) return compare_numbers(a, b) == 0;
  if (a == b) return !(a.is_float() && a.as_float() != a.as_float());
  // A class's __eq__ decides even against an int, float, bool or None.
  if (type_of(a)->is_heap() || type_of(b)->is_heap()) return truthy(rich_compare(CompareOp::Eq, a, b));
  if (!a.is_object() || !b.is_object()) {
    // A number against a builtin numeric type ops.cpp does not know (1 == 1+0j).
    if (Value r = slot_compare(CompareOp::Eq, a, b); !r.is_null()) return truthy(r);
    return false;
  }
  Type* ta = a.as_object()->type;
  Type* tb = b.as_object()->type;
  if (ta == &types::str && tb == &types::str) return str_equal(a.as<Str>(), b.as<Str>());
  if (ta == &types::list && tb == &types::list) return sequences_equal(a.as<List>()->items, b.as<List>()->items);
  if (ta == &types::tuple && tb == &types::tuple) return sequences_equal(a.as<Tuple>()->items, b.as<Tuple>()->items);
  if (ta == &types::dict && tb == &types::dict) {
    Dict* x = a.as<Dict>();
    Dict* y = b.as<Dict>();
    if (x->size() != y->size()) return false;
    RecursionGuard guard(" in comparison");
    for (const auto& e : x->entries) {
      if (e.key.is_null()) continue;
      Value other = y->get(e.key);
      if (other.is_null() || (other != e.value && !equal(e.value, other))) return false;
    }
    return true;
  }
  if (is_set(a) && is_set(b)) return set_equal(a.as<Set>(), b.as<Set>());
  if (ta == &types::range && tb == &types::range) return range_equal(a.as<Range>(), b.as<Range>());
  if (ta == &types::method && tb == &types::method)
    return a.as<Method>()->self == b.as<Method>()->self && equal(a.as<Method>()->func, b.as<Method>()->func);
  if (ta == &types::generic_alias || ta == &types::mappingproxy || ta == &types::code || ta == &types::cell) {
    // Native types whose equality is a method in their dict.
    Value r = call_special(a, names::eq, &b, 1);
    return r != not_implemented() && truthy(r);
  }
  if (is_builtin_type(ta) && is_builtin_type(tb)) {
    Builtin* x = a.as<Builtin>();
    Builtin* y = b.as<Builtin>();
    return x->fn == y->fn && x->self == y->self && x->method_of == y->method_of;
  }
  if (Value r = slot_compare(CompareOp::Eq, a, b); !r.is_null()) return truthy(r);
  return false;
}

static bool order_result(CompareOp op, int c) {
  switch (op) {
    case CompareOp::Lt: return c < 0;
    case CompareOp::Le: return c <= 0;
    case CompareOp::Gt: return c > 0;
    case CompareOp::Ge: return c >= 0;
    case CompareOp::Eq: return c == 0;
    case CompareOp::Ne: return c != 0;
    default: return false;
  }
}

static Value compare_sequences(CompareOp op, const std::vector<Value>& a, const std::vector<Value>& b) {
  RecursionGuard guard(" in comparison");
  size_t n = std::min(a.size(), b.size());
  for (size_t i = 0; i < n; ++i) {
    if (a[i] == b[i] || equal(a[i], b[i])) continue;
    if (op == CompareOp::Eq) return Value::boolean(false);
    if (op == CompareOp::Ne) return Value::boolean(true);
    return compare(op, a[i], b[i]);
  }
  int c = (a.size() > b.size()) - (a.size() < b.size());
  return Value::boolean(order_result(op, c));
}

Value compare(CompareOp op, Value a, Value b) {
  if (type_of(a)->is_heap() || type_of(b)->is_heap()) return rich_compare(op, a, b);
  if (is_number(a) && is_number(b)) {
    int c = compare_numbers(a, b);
    if (c == -2) return Value::boolean(op == CompareOp::Ne);
    return Value::boolean(order_result(op, c));
  }
  if (op == CompareOp::Eq) return Value::boolean(equal(a, b));
  if (op == CompareOp::Ne) return Value::boolean(!equal(a, b));
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  if (is_set(a) && is_set(b)) return set_compare(op, a, b);
  if (ta == tb) {
    if (ta == &types::str) {
      int c = a.as<Str>()->data.compare(b.as<Str>()->data);  // UTF-8 order is code-point order
      return Value::boolean(order_result(op, c));
    }
    if (ta == &types::list) return compare_sequences(op, a.as<List>()->items, b.as<List>()->items);
    if (ta == &types::tuple) return compare_sequences(op, a.as<Tuple>()->items, b.as<Tuple>()->items);
  }
  if (Value r = slot_compare(op, a, b); !r.is_null()) return r;
  raise(&exc::TypeError, std::string("'") + bytecode::compare_op_symbol(op) +
                             "' not supported between instances of '" + ta->name + "' and '" + tb->name + "'");
}

// A set subclass instance as a plain set (set_compare checks exact types).
static Value native_set(Value v) {
  if (!type_of(v)->is_heap()) return v;
  Set* s = new_set(isinstance(v, &types::frozenset));
  s->update(v);
  return Value::object(s);
}

// The comparison a builtin type's __eq__/__lt__/... wrapper performs: both
// operands of the same builtin kind (subclass instances included), else null
// (NotImplemented).
Value compare_native(CompareOp op, Value a, Value b) {
  if (is_number(a) && is_number(b)) {
    int c = compare_numbers(a, b);
    if (c == -2) return Value::boolean(op == CompareOp::Ne);
    return Value::boolean(order_result(op, c));
  }
  if (!a.is_object() || !b.is_object()) return Value::null();
  bool eq = op == CompareOp::Eq || op == CompareOp::Ne;
  auto result = [&](bool same) { return Value::boolean(op == CompareOp::Eq ? same : !same); };
  if (isinstance(a, &types::str) && isinstance(b, &types::str)) {
    if (eq) return result(str_equal(a.as<Str>(), b.as<Str>()));
    return Value::boolean(order_result(op, a.as<Str>()->data.compare(b.as<Str>()->data)));
  }
  if (isinstance(a, &types::list) && isinstance(b, &types::list)) {
    if (eq) return result(sequences_equal(a.as<List>()->items, b.as<List>()->items));
    return compare_sequences(op, a.as<List>()->items, b.as<List>()->items);
  }
  if (isinstance(a, &types::tuple) && isinstance(b, &types::tuple)) {
    if (eq) return result(sequences_equal(a.as<Tuple>()->items, b.as<Tuple>()->items));
    return compare_sequences(op, a.as<Tuple>()->items, b.as<Tuple>()->items);
  }
  auto set_like = [](Value v) { return isinstance(v, &types::set) || isinstance(v, &types::frozenset); };
  if (set_like(a) && set_like(b)) return set_compare(op, native_set(a), native_set(b));
  if (eq && isinstance(a, &types::dict) && isinstance(b, &types::dict)) {
    Dict* x = a.as<Dict>();
    Dict* y = b.as<Dict>();
    bool same = x->size() == y->size();
    for (const auto& e : x->entries) {
      if (!same) break;
      if (e.key.is_null()) continue;
      Value other = y->get(e.key);
      same = !other.is_null() && (other == e.value || equal(e.value, other));
    }
    return result(same);
  }
  if (Value r = slot_compare(op, a, b); !r.is_null()) return r;
  if (eq && a.as_object()->type == b.as_object()->type && !a.as_object()->type->is_heap()) return result(equal(a, b));
  return Value::null();
}

static int64_t repeat_count(Value n) {
  auto c = int_as_int64(n);
  if (!c) raise(&exc::OverflowError, "cannot fit 'int' into an index-sized integer");
  return *c < 0 ? 0 : *c;
}

static Value repeat(Value seq, Value n) {
  int64_t count = repeat_count(n);
  Type* t = type_of(seq);
  if (t == &types::str) {
    const std::string& s = seq.as<Str>()->data;
    // Far beyond any real program; refusing early beats being killed by the OOM killer.
    constexpr int64_t kMaxBytes = int64_t{1} << 32;
    if (!s.empty() && count > kMaxBytes / static_cast<int64_t>(s.size())) raise(&exc::MemoryError, "");
    std::string out;
    out.reserve(s.size() * count);
    for (int64_t i = 0; i < count; ++i) out += s;
    return str_value(std::move(out));
  }
  const std::vector<Value>& items = t == &types::list ? seq.as<List>()->items : seq.as<Tuple>()->items;
  constexpr int64_t kMaxItems = int64_t{1} << 29;  // 4 GiB of Values
  if (!items.empty() && count > kMaxItems / static_cast<int64_t>(items.size())) raise(&exc::MemoryError, "");
  std::vector<Value> out;
  out.reserve(items.size() * count);
  for (int64_t i = 0; i < count; ++i) out.insert(out.end(), items.begin(), items.end());
  if (t == &types::list) return Value::object(new_list(std::move(out)));
  return tuple_value(std::move(out));
}

static bool is_sequence_type(Type* t) { return t == &types::str || t == &types::list || t == &types::tuple; }

// printf-style str % args (the common conversions).
Value str_percent_format(Value fmt, Value args);

Value binary_op(BinaryOp op, Value a, Value b) {
  if (type_of(a)->is_heap() || type_of(b)->is_heap()) return dunder_binary_op(op, a, b);
  return binary_op_native(op, a, b, true);
}

Value binary_op_native(BinaryOp op, Value a, Value b, bool raise_errors) {
  if (a.is_bool() && b.is_bool()) {
    // bool & | ^ bool stays a bool.
    int code = static_cast<int>(op) % static_cast<int>(BinaryOp::InplaceAdd);
    bool x = a.is_true(), y = b.is_true();
    if (code == static_cast<int>(BinaryOp::And)) return Value::boolean(x && y);
    if (code == static_cast<int>(BinaryOp::Or)) return Value::boolean(x || y);
    if (code == static_cast<int>(BinaryOp::Xor)) return Value::boolean(x != y);
  }
  if (is_int(a) && is_int(b)) {
    if (op != BinaryOp::MatrixMultiply && op != BinaryOp::InplaceMatrixMultiply) return int_binary(op, a, b);
  } else if (is_number(a) && is_number(b)) {
    Value r = float_binary(op, to_double(a), to_double(b));
    if (!r.is_null() && r != not_implemented()) return r;
  }
  int code = static_cast<int>(op);
  bool inplace = code >= static_cast<int>(BinaryOp::InplaceAdd);
  auto base = static_cast<BinaryOp>(inplace ? code - static_cast<int>(BinaryOp::InplaceAdd) : code);
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  if (base == BinaryOp::Add) {
    if (ta == &types::str) {
      if (tb == &types::str) return str_concat(a.as<Str>(), b.as<Str>());
      if (!raise_errors) return Value::null();
      raise(&exc::TypeError, "can only concatenate str (not \"" + tb->name + "\") to str");
    }
    if (ta == &types::list) {
      if (tb == &types::list) {
        if (inplace) {
          // a += b extends in place (the same list object).
          List* l = a.as<List>();
          const auto& src = b.as<List>()->items;
          l->items.insert(l->items.end(), src.begin(), src.end());
          return a;
        }
        std::vector<Value> items = a.as<List>()->items;
        items.insert(items.end(), b.as<List>()->items.begin(), b.as<List>()->items.end());
        return Value::object(new_list(std::move(items)));
      }
      if (inplace) {
        Value it = iter(b);
        List* l = a.as<List>();
        for (Value x = next(it); !x.is_null(); x = next(it)) l->items.push_back(x);
        return a;
      }
      if (!raise_errors) return Value::null();
      raise(&exc::TypeError, "can only concatenate list (not \"" + tb->name + "\") to list");
    }
    if (ta == &types::tuple) {
      if (tb == &types::tuple) {
        std::vector<Value> items = a.as<Tuple>()->items;
        items.insert(items.end(), b.as<Tuple>()->items.begin(), b.as<Tuple>()->items.end());
        return tuple_value(std::move(items));
      }
      if (!raise_errors) return Value::null();
      raise(&exc::TypeError, "can only concatenate tuple (not \"" + tb->name + "\") to tuple");
    }
  }
  if (base == BinaryOp::Multiply) {
    if (is_sequence_type(ta) && is_int(b)) {
      Value r = repeat(a, b);
      if (inplace && ta == &types::list) {
        a.as<List>()->items = r.as<List>()->items;
        return a;
      }
      return r;
    }
    if (is_sequence_type(tb) && is_int(a)) return repeat(b, a);
    if (!raise_errors && (is_sequence_type(ta) || is_sequence_type(tb))) return Value::null();
    if (is_sequence_type(ta) && !is_int(b) && (tb == &types::float_ || is_sequence_type(tb) || tb == &types::none ||
                                               tb == &types::dict || tb == &types::complex))
      raise(&exc::TypeError, "can't multiply sequence by non-int of type '" + tb->name + "'");
    if (is_sequence_type(tb) && !is_int(a) &&
        (ta == &types::float_ || ta == &types::none || ta == &types::dict || ta == &types::complex))
      raise(&exc::TypeError, "can't multiply sequence by non-int of type '" + ta->name + "'");
  }
  if (base == BinaryOp::Remainder && ta == &types::str) return str_percent_format(a, b);
  if (is_set(a) && is_set(b)) {
    Value r = set_binary(op, a, b);
    if (!r.is_null()) return r;
  }
  if (Value r = slot_binary(op, a, b); !r.is_null()) return r;
  if (!raise_errors) return Value::null();
  raise_unsupported_operands(op, a, b);
}

void raise_unsupported_operands(BinaryOp op, Value a, Value b) {
  int code = static_cast<int>(op);
  bool inplace = code >= static_cast<int>(BinaryOp::InplaceAdd);
  auto base = static_cast<BinaryOp>(inplace ? code - static_cast<int>(BinaryOp::InplaceAdd) : code);
  std::string sym = bytecode::binary_op_symbol(op);
  if (base == BinaryOp::Power) sym += inplace ? "" : " or pow()";
  raise(&exc::TypeError,
        "unsupported operand type(s) for " + sym + ": '" + type_name(a) + "' and '" + type_name(b) + "'");
}

Value unary_negative(Value v) {
  if (type_of(v)->is_heap()) return dunder_unary(names::neg, "-", v);
  if (v.is_float()) return Value::from_double(-v.as_float());
  if (is_int(v)) return int_negate(v);
  if (Value r = slot_unary(Type::Unary::Negative, v); !r.is_null()) return r;
  raise(&exc::TypeError, "bad operand type for unary -: '" + type_name(v) + "'");
}

Value unary_positive(Value v) {
  if (type_of(v)->is_heap()) return dunder_unary(names::pos, "+", v);
  if (v.is_float()) return v;
  if (v.is_bool()) return make_int(v.is_true() ? 1 : 0);
  if (is_int(v)) return v;
  if (Value r = slot_unary(Type::Unary::Positive, v); !r.is_null()) return r;
  raise(&exc::TypeError, "bad operand type for unary +: '" + type_name(v) + "'");
}

Value unary_invert(Value v) {
  if (type_of(v)->is_heap()) return dunder_unary(names::invert, "~", v);
  if (is_int(v)) return int_invert(v);
  if (Value r = slot_unary(Type::Unary::Invert, v); !r.is_null()) return r;
  raise(&exc::TypeError, "bad operand type for unary ~: '" + type_name(v) + "'");
}

bool contains(Value container, Value item) {
  Type* t = type_of(container);
  if (t->is_heap()) {
    Value f = type_lookup(t, names::contains);
    if (!f.is_null()) {
      if (f.is_none()) raise(&exc::TypeError, "'" + t->name + "' object is not a container");
      return truthy(call_with_self(f, container, t, &item, 1, nullptr));
    }
  }
  return contains_native(container, item);
}

// `in` as the builtin containers implement it (subclass instances included).
bool contains_native(Value container, Value item) {
  Type* t = type_of(container);
  if (Type* nt = native_type(container); nt->contains) {
    if (int r = nt->contains(container, item); r >= 0) return r;
  }
  if (isinstance(container, &types::str)) {
    if (!isinstance(item, &types::str))
      raise(&exc::TypeError, "'in <string>' requires string as left operand, not " + type_name(item));
    return container.as<Str>()->data.find(item.as<Str>()->data) != std::string::npos;
  }
  if (isinstance(container, &types::dict)) return container.as<Dict>()->find(item) >= 0;
  if (is_set(container)) return container.as<Set>()->contains(item);
  if (isinstance(container, &types::list) || isinstance(container, &types::tuple)) {
    const auto& items =
        isinstance(container, &types::list) ? container.as<List>()->items : container.as<Tuple>()->items;
    for (size_t i = 0; i < items.size(); ++i)
      if (items[i] == item || equal(items[i], item)) return true;
    return false;
  }
  if (t == &types::range) {
    if (item.is_small_int() && !container.as<Range>()->big) {
      Range* r = container.as<Range>();
      int64_t i = item.as_small_int();
      if (r->step > 0 ? (i < r->start || i >= r->stop) : (i > r->start || i <= r->stop)) return false;
      return (i - r->start) % r->step == 0;
    }
    return range_contains(container, item);
  }
  bool handled;
  bool in_view = view_contains(container, item, handled);
  if (handled) return in_view;
  bool iterable = false;
  for (Type* k = t; k; k = k->base) iterable |= k->iter != nullptr || k->getitem != nullptr;
  if (!iterable) raise(&exc::TypeError, "argument of type '" + t->name + "' is not iterable");
  Value it = iter(container);
  for (Value x = next(it); !x.is_null(); x = next(it))
    if (x == item || equal(x, item)) return true;
  return false;
}

Value as_index(Value v) {
  if (is_int(v)) return v;
  Type* t = type_of(v);
  Value f = t->is_heap() ? type_lookup(t, names::index) : Value::null();
  if (f.is_null()) raise(&exc::TypeError, "'" + t->name + "' object cannot be interpreted as an integer");
  Value r = call_with_self(f, v, t, nullptr, 0, nullptr);
  if (!is_int(r)) raise(&exc::TypeError, "__index__ returned non-int (type " + type_name(r) + ")");
  return r;
}

int64_t index_value(Value v, const char* what) {
  (void)what;
  if (type_of(v)->is_heap() && !is_int(v)) {
    Value f = type_lookup(type_of(v), names::index);
    if (!f.is_null()) {
      Value r = call_with_self(f, v, type_of(v), nullptr, 0, nullptr);
      if (!is_int(r)) raise(&exc::TypeError, "__index__ returned non-int (type " + type_name(r) + ")");
      v = r;
    }
  }
  if (!is_int(v))
    raise(&exc::TypeError, "'" + type_name(v) + "' object cannot be interpreted as an integer");
  auto i = int_as_int64(v);
  if (!i) raise(&exc::IndexError, "cannot fit 'int' into an index-sized integer");
  return *i;
}

Value getitem(Value obj, Value key) {
  for (Type* k = type_of(obj); k; k = k->base)
    if (k->getitem) return k->getitem(obj, key);
  if (obj == type_value(&types::type)) return new_generic_alias(obj, key);  // type[int]
  if (is_type_object(obj)) {
    // Box[int]: the class's __class_getitem__ (an implicit classmethod).
    Value f = type_lookup(obj.as<Type>(), names::class_getitem);
    if (!f.is_null()) return call(bind_descriptor(f, Value::null(), obj.as<Type>()), &key, 1);
  }
  if (obj.is_object() && obj.as_object()->type == &types::type)
    raise(&exc::TypeError, "type '" + obj.as<Type>()->name + "' is not subscriptable");
  raise(&exc::TypeError, "'" + type_name(obj) + "' object is not subscriptable");
}

void setitem(Value obj, Value key, Value value) {
  for (Type* k = type_of(obj); k; k = k->base)
    if (k->setitem) return k->setitem(obj, key, value);
  raise(&exc::TypeError, "'" + type_name(obj) + "' object does not support item assignment");
}

void delitem(Value obj, Value key) {
  for (Type* k = type_of(obj); k; k = k->base)
    if (k->delitem) return k->delitem(obj, key);
  raise(&exc::TypeError, "'" + type_name(obj) + "' object doesn't support item deletion");
}

Value getattr(Value obj, Str* name) {
  Type* t = type_of(obj);
  Value v = t->getattro ? t->getattro(obj, name) : generic_getattr(obj, name);
  if (v.is_null()) raise_attribute_error(obj, name);
  return v;
}

Value iter(Value v) {
  for (Type* k = type_of(v); k; k = k->base)
    if (k->iter) return k->iter(v);
  for (Type* k = type_of(v); k; k = k->base)
    if (k->getitem) return new_sequence_iterator(v);
  raise(&exc::TypeError, "'" + type_name(v) + "' object is not iterable");
}

Value next(Value iterator) {
  for (Type* k = type_of(iterator); k; k = k->base)
    if (k->next) return k->next(iterator);
  raise(&exc::TypeError, "'" + type_name(iterator) + "' object is not an iterator");
}

namespace {
CallHook python_call_hook = nullptr;
}
void set_python_call_hook(CallHook hook) { python_call_hook = hook; }

Value call(Value callable, Value* args, size_t nargs, Tuple* kwnames) {
  Type* t = type_of(callable);
  if (is_builtin_type(t)) {
    Builtin* b = callable.as<Builtin>();
    if (b->self.is_null() && b->method_of) {
      // An unbound method taken from its type: list.append(xs, 1).
      size_t npos = nargs - (kwnames ? kwnames->items.size() : 0);
      if (npos == 0)
        raise(&exc::TypeError, "unbound method " + b->method_of->name + "." + b->name + "() needs an argument");
      if (!isinstance(args[0], b->method_of)) {
        std::string n = b->name;
        if (n.size() > 4 && n.starts_with("__") && n.ends_with("__"))  // a slot wrapper's wording
          raise(&exc::TypeError, "descriptor '" + n + "' requires a '" + b->method_of->name +
                                     "' object but received a '" + type_name(args[0]) + "'");
        raise(&exc::TypeError, "descriptor '" + n + "' for '" + b->method_of->name +
                                   "' objects doesn't apply to a '" + type_name(args[0]) + "' object");
      }
      return b->fn(args[0], args + 1, nargs - 1, kwnames);
    }
    return b->fn(b->self, args, nargs, kwnames);
  }
  if (t == &types::function) return python_call_hook(callable, args, nargs, kwnames);
  if (t->call) return t->call(callable, args, nargs, kwnames);
  raise(&exc::TypeError, "'" + t->name + "' object is not callable");
}

}  // namespace rt
