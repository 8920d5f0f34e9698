// bytearray: the mutable bytes (CPython's Objects/bytearrayobject.c). It shares
// the Bytes layout, the operators and the text-like methods with bytes; here
// are its constructor, item/slice assignment and the list-like mutators.
#include <algorithm>

#include "runtime/args.h"
#include "runtime/codecs.h"
#include "runtime/methods_util.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/containers.h"
#include "runtime/objects/int.h"
#include "runtime/objects/type.h"

namespace rt {

namespace types {
Type bytearray("bytearray", &object);
Type bytearray_iter("bytearray_iterator", &object);
}  // namespace types

namespace {

// CPython's PyByteArray_Resize allocation policy, so __alloc__ reports the same.
void track_alloc(Bytes* b) {
  auto size = static_cast<int64_t>(b->data.size());
  if (size + 1 <= b->alloc) {
    if (size < b->alloc / 2) b->alloc = size + 1;
  } else if (size <= b->alloc + b->alloc / 8) {
    b->alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  } else {
    b->alloc = size + 1;
  }
}

Bytes* ba(Value v) { return v.as<Bytes>(); }

unsigned char byte_value(Value v) {
  auto n = int_as_int64(as_index(v));
  if (!n || *n < 0 || *n > 255) raise(&exc::ValueError, "byte must be in range(0, 256)");
  return static_cast<unsigned char>(*n);
}

}  // namespace

Value bytearray_value(std::string data) {
  Bytes* b = heap().make<Bytes>(&types::bytearray, std::move(data));
  b->alloc = b->data.empty() ? 0 : static_cast<int64_t>(b->data.size()) + 1;
  return Value::object(b);
}

namespace {

Value ba_init(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig(
      "bytearray(source=<unrepresentable>, encoding=<unrepresentable>, errors=<unrepresentable>)");
  auto [x, encoding, errors] = sig.bind<3>(self, args, nargs, kwnames);
  if (!encoding.is_null() && !is_type(encoding, &types::str))
    raise(&exc::TypeError, "bytearray() argument 'encoding' must be str, not " + clinic_type_name(encoding));
  if (!errors.is_null() && !is_type(errors, &types::str))
    raise(&exc::TypeError, "bytearray() argument 'errors' must be str, not " + clinic_type_name(errors));
  Bytes* b = ba(self);
  std::string data;
  if (x.is_null()) {
    if (!encoding.is_null()) raise(&exc::TypeError, "encoding without a string argument");
    if (!errors.is_null()) raise(&exc::TypeError, "errors without a string argument");
  } else if (!encoding.is_null()) {
    if (!isinstance(x, &types::str)) raise(&exc::TypeError, "encoding without a string argument");
    data = encode_text(x.as<Str>(), encoding.as<Str>()->data, errors.is_null() ? "strict" : errors.as<Str>()->data);
  } else if (!errors.is_null()) {
    raise(&exc::TypeError, isinstance(x, &types::str) ? "string argument without an encoding"
                                                       : "errors without a string argument");
  } else if (isinstance(x, &types::str)) {
    raise(&exc::TypeError, "string argument without an encoding");
  } else {
    data = bytes_from_object(x, "bytearray");
  }
  if (data.size() != b->data.size()) check_resizable(b);
  b->data = std::move(data);
  b->alloc = b->data.empty() ? 0 : static_cast<int64_t>(b->data.size()) + 1;
  return Value::none();
}

Value ba_construct(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  Type* cls = self.as<Type>();
  Bytes* b = heap().make<Bytes>(cls, std::string());
  ba_init(Value::object(b), args, nargs, kwnames);
  return Value::object(b);
}

Value ba_repr(Value v) {
  // CPython's bytearray repr escapes ' even inside double quotes.
  std::string inner = bytes_repr(ba(v)->data);
  if (inner.size() >= 3 && inner[1] == '"') {
    std::string fixed = "b\"";
    for (size_t i = 2; i + 1 < inner.size(); ++i) {
      if (inner[i] == '\\') {
        fixed += inner[i];
        fixed += inner[++i];
      } else if (inner[i] == '\'') {
        fixed += "\\'";
      } else {
        fixed += inner[i];
      }
    }
    inner = fixed + "\"";
  }
  return str_value(type_name(v) + "(" + inner + ")");
}

int64_t ba_len(Value v) { return static_cast<int64_t>(ba(v)->data.size()); }
Value ba_getitem(Value obj, Value key) { return bytes_getitem_impl(obj, key, true); }
Value ba_iter(Value v) { return bytes_iter_of(v, &types::bytearray_iter); }

int64_t index_key(Value key, int64_t n, const char* out_of_range) {
  auto i = int_as_int64(as_index(key));
  if (!i) raise(&exc::IndexError, "cannot fit 'int' into an index-sized integer");
  int64_t k = *i < 0 ? *i + n : *i;
  if (k < 0 || k >= n) raise(&exc::IndexError, out_of_range);
  return k;
}

bool is_index(Value v) {
  return is_int(v) || (type_of(v)->is_heap() && !type_lookup(type_of(v), names::index).is_null());
}

void ba_setitem(Value obj, Value key, Value value) {
  Bytes* b = ba(obj);
  auto n = static_cast<int64_t>(b->data.size());
  if (!is_type(key, &types::slice)) {
    if (!is_index(key))
      raise(&exc::TypeError, "bytearray indices must be integers or slices, not " + type_name(key));
    int64_t k = index_key(key, n, "bytearray index out of range");
    b->data[static_cast<size_t>(k)] = static_cast<char>(byte_value(value));
    return;
  }
  std::string src;
  if (auto v = buffer_copy(value)) {
    src = std::move(*v);
  } else if (is_index(value) || value.is_float() || isinstance(value, &types::float_) ||
             isinstance(value, &types::str)) {
    // Numbers and str are refused outright (CPython's PyNumber_Check / PyUnicode_Check).
    raise(&exc::TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  } else {
    src = bytes_from_object(value, "bytearray");
  }
  int64_t start, stop, step;
  int64_t len = slice_indices(key.as<Slice>(), n, start, stop, step);
  if (step == 1) {
    if (static_cast<int64_t>(src.size()) != len) check_resizable(b);
    b->data.replace(static_cast<size_t>(start), static_cast<size_t>(len), src);
    track_alloc(b);
    return;
  }
  if (static_cast<int64_t>(src.size()) != len)
    raise(&exc::ValueError, "attempt to assign bytes of size " + std::to_string(src.size()) +
                                " to extended slice of size " + std::to_string(len));
  for (int64_t i = 0, k = start; i < len; ++i, k += step) b->data[static_cast<size_t>(k)] = src[static_cast<size_t>(i)];
}

void ba_delitem(Value obj, Value key) {
  Bytes* b = ba(obj);
  auto n = static_cast<int64_t>(b->data.size());
  if (!is_type(key, &types::slice)) {
    if (!is_index(key))
      raise(&exc::TypeError, "bytearray indices must be integers or slices, not " + type_name(key));
    int64_t k = index_key(key, n, "bytearray index out of range");
    check_resizable(b);
    b->data.erase(static_cast<size_t>(k), 1);
    track_alloc(b);
    return;
  }
  int64_t start, stop, step;
  int64_t len = slice_indices(key.as<Slice>(), n, start, stop, step);
  if (len == 0) return;
  check_resizable(b);
  if (step == 1) {
    b->data.erase(static_cast<size_t>(start), static_cast<size_t>(len));
  } else {
    std::vector<bool> drop(static_cast<size_t>(n));
    for (int64_t i = 0, k = start; i < len; ++i, k += step) drop[static_cast<size_t>(k)] = true;
    std::string kept;
    for (int64_t i = 0; i < n; ++i)
      if (!drop[static_cast<size_t>(i)]) kept += b->data[static_cast<size_t>(i)];
    b->data = std::move(kept);
  }
  track_alloc(b);
}

Value m_append(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("append($self, item, /)");
  auto [item] = sig.bind<1>(self, args, nargs, kw);
  char c = static_cast<char>(byte_value(item));
  check_resizable(ba(self));
  ba(self)->data += c;
  track_alloc(ba(self));
  return Value::none();
}
Value m_extend(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("extend($self, iterable_of_ints, /)");
  auto [it] = sig.bind<1>(self, args, nargs, kw);
  std::string add;
  if (is_type(it, &types::memoryview) && !simple_buffer(it)) {
    if (it.as<MemoryView>()->released) buffer_view(it);  // a released view says so
    raise(&exc::TypeError, "can't set bytearray slice from memoryview");
  }
  if (auto v = buffer_view(it)) {
    add = std::string(*v);
  } else {
    Type* t = type_of(it);
    bool iterable = t->iter || (t->is_heap() && !type_lookup(t, names::iter).is_null()) || is_sequence(it);
    if (!iterable) raise(&exc::TypeError, "can't extend bytearray with " + t->name);
    for (Value x : iterate(it)) add += static_cast<char>(byte_value(x));
  }
  if (!add.empty()) check_resizable(ba(self));
  ba(self)->data += add;
  track_alloc(ba(self));
  return Value::none();
}
Value m_insert(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("insert($self, index, item, /)");
  auto [index_v, item] = sig.bind<2>(self, args, nargs, kw);
  int64_t i = index_value(index_v, "insert");
  char c = static_cast<char>(byte_value(item));
  Bytes* b = ba(self);
  auto n = static_cast<int64_t>(b->data.size());
  if (i < 0) i = std::max<int64_t>(i + n, 0);
  if (i > n) i = n;
  check_resizable(b);
  b->data.insert(b->data.begin() + i, c);
  track_alloc(b);
  return Value::none();
}
Value m_pop(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("pop($self, index=-1, /)");
  auto [index_v] = sig.bind<1>(self, args, nargs, kw);
  Bytes* b = ba(self);
  auto n = static_cast<int64_t>(b->data.size());
  int64_t i = index_value(index_v, "pop");
  if (n == 0) raise(&exc::IndexError, "pop from empty bytearray");
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(&exc::IndexError, "pop index out of range");
  check_resizable(b);
  auto c = static_cast<unsigned char>(b->data[static_cast<size_t>(i)]);
  b->data.erase(static_cast<size_t>(i), 1);
  track_alloc(b);
  return Value::small_int(c);
}
Value m_remove(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("remove($self, value, /)");
  auto [v] = sig.bind<1>(self, args, nargs, kw);
  char c = static_cast<char>(byte_value(v));
  Bytes* b = ba(self);
  size_t p = b->data.find(c);
  if (p == std::string::npos) raise(&exc::ValueError, "value not found in bytearray");
  check_resizable(b);
  b->data.erase(p, 1);
  track_alloc(b);
  return Value::none();
}
Value m_reverse(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("reverse($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  std::reverse(ba(self)->data.begin(), ba(self)->data.end());
  return Value::none();
}
Value m_clear(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("clear($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  Bytes* b = ba(self);
  if (!b->data.empty()) check_resizable(b);
  b->data.clear();
  track_alloc(b);
  return Value::none();
}
Value m_copy(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("copy($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  return bytearray_value(ba(self)->data);
}
Value m_alloc(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__alloc__($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  return make_int(ba(self)->alloc);
}
Value m_reduce_ex(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__reduce_ex__($self, proto=0, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  Value attrs = Value::none();
  if (InstanceAttrs* a = attrs_of(self.as_object()); a && a->dict) attrs = Value::object(a->dict);
  return tuple_value({type_value(type_of(self)), tuple_value({bytes_value(ba(self)->data)}), attrs});
}
Value m_reduce(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__reduce__($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  return m_reduce_ex(self, nullptr, 0, nullptr);
}

Value m_iadd(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__iadd__($self, value, /)");
  auto [v] = sig.bind<1>(self, args, nargs, kw);
  Value r = bytes_binary(bytecode::BinaryOp::InplaceAdd, self, v);
  return r.is_null() ? not_implemented() : r;
}
Value m_imul(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__imul__($self, value, /)");
  auto [v] = sig.bind<1>(self, args, nargs, kw);
  Value r = bytes_binary(bytecode::BinaryOp::InplaceMultiply, self, v);
  return r.is_null() ? not_implemented() : r;
}

const MethodEntry kMethods[] = {
    {"__iadd__", m_iadd}, {"__imul__", m_imul},
    {"__init__", ba_init}, {"append", m_append}, {"extend", m_extend}, {"insert", m_insert}, {"pop", m_pop},
    {"remove", m_remove}, {"reverse", m_reverse}, {"clear", m_clear}, {"copy", m_copy}, {"__alloc__", m_alloc},
    {"__reduce_ex__", m_reduce_ex}, {"__reduce__", m_reduce},
};

Value self_iter(Value v) { return v; }

}  // namespace

void install_bytearray_type() {
  Type& t = types::bytearray;
  t.construct = ba_construct;
  t.repr = ba_repr;
  t.len = ba_len;
  t.getitem = ba_getitem;
  t.setitem = ba_setitem;
  t.delitem = ba_delitem;
  t.iter = ba_iter;
  t.binary = bytes_binary;
  t.richcompare = bytearray_richcompare;
  t.contains = bytes_contains;
  t.hash = [](Value v) -> int64_t { raise(&exc::TypeError, "unhashable type: '" + type_name(v) + "'"); };
  types::bytearray_iter.iter = self_iter;
  types::bytearray_iter.next = types::bytes_iter.next;
  install_methods(&t, std::begin(kMethods), std::end(kMethods));
  install_bytes_methods(&t);
  add_slot_wrappers(&t, {"__add__", "__mul__", "__rmul__", "__mod__", "__rmod__"});
}

}  // namespace rt
