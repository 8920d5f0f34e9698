// bytes: immutable byte strings (CPython's Objects/bytesobject.c). The layout,
// the buffer helpers and the operators (concatenation, repetition, comparison,
// `in`) are shared with bytearray; the text-like methods live in
// bytes_methods.cpp, the mutable type in bytearray.cpp.
#include "runtime/objects/bytes.h"

#include <algorithm>

#include "runtime/args.h"
#include "runtime/codecs.h"
#include "runtime/methods_util.h"
#include "runtime/objects/containers.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/int.h"
#include "runtime/objects/type.h"

namespace rt {

namespace types {
Type bytes("bytes", &object);
Type bytes_iter("bytes_iterator", &object);
}  // namespace types

Value bytes_value(std::string data) { return Value::object(heap().make<Bytes>(&types::bytes, std::move(data))); }

bool is_bytes(Value v) { return v.is_object() && is_subtype(v.as_object()->type, &types::bytes); }
bool is_bytearray(Value v) { return v.is_object() && is_subtype(v.as_object()->type, &types::bytearray); }

// CPython's PyBUF_SIMPLE request: a view that is not C-contiguous is refused.
std::optional<std::string_view> buffer_view(Value v) {
  if (!v.is_object()) return std::nullopt;
  Type* t = v.as_object()->type;
  if (is_subtype(t, &types::bytes) || is_subtype(t, &types::bytearray)) return std::string_view(v.as<Bytes>()->data);
  if (t == &types::memoryview) {
    auto* m = v.as<MemoryView>();
    if (m->released) raise(&exc::ValueError, "operation forbidden on released memoryview object");
    if (!m->contiguous()) raise(&exc::BufferError, "memoryview: underlying buffer is not C-contiguous");
    return std::string_view(m->base->data).substr(m->offset, m->nbytes());
  }
  return std::nullopt;
}

std::optional<std::string_view> simple_buffer(Value v) {
  if (is_type(v, &types::memoryview)) {
    auto* m = v.as<MemoryView>();
    if (m->released || !m->contiguous()) return std::nullopt;
  }
  return buffer_view(v);
}

std::optional<std::string> buffer_copy(Value v) {
  if (!is_type(v, &types::memoryview)) {
    auto b = buffer_view(v);
    if (!b) return std::nullopt;
    return std::string(*b);
  }
  auto* m = v.as<MemoryView>();
  if (m->released) raise(&exc::ValueError, "operation forbidden on released memoryview object");
  if (m->contiguous()) return std::string(m->base->data, m->offset, m->nbytes());
  // 1-D with a step (casts need contiguous views, so only slices get here).
  std::string out;
  int64_t n = m->shape.empty() ? 1 : m->shape[0];
  for (int64_t i = 0; i < n; ++i) out.append(m->base->data, m->offset + i * m->strides[0], m->itemsize);
  return out;
}

std::string_view buffer_arg(Value v) {
  if (auto b = buffer_view(v)) return *b;
  raise(&exc::TypeError, "a bytes-like object is required, not '" + type_name(v) + "'");
}

std::string clinic_type_name(Value v) { return v.is_none() ? "None" : type_name(v); }

std::string bytes_repr(std::string_view data) { return text::repr_bytes(data); }

void check_resizable(const Bytes* b) {
  // Views dropped without release() give their exports back when collected.
  if (b->exports > 0) collect_now();
  if (b->exports > 0) raise(&exc::BufferError, "Existing exports of data: object cannot be re-sized");
}

namespace {

// One byte from an int-like value, with the message of the caller's type.
unsigned char byte_of(Value v, const char* range_message) {
  Value i = as_index(v);
  auto n = int_as_int64(i);
  if (!n || *n < 0 || *n > 255) raise(&exc::ValueError, range_message);
  return static_cast<unsigned char>(*n);
}

}  // namespace

std::string bytes_from_object(Value x, const char* who) {
  bool is_b = std::string_view(who) == "bytes";
  const char* range = is_b ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)";
  if (auto b = buffer_copy(x)) return std::move(*b);
  if (is_int(x) || (type_of(x)->is_heap() && !type_lookup(type_of(x), names::index).is_null())) {
    Value i = as_index(x);
    auto n = int_as_int64(i);
    if (!n) raise(&exc::OverflowError, "cannot fit 'int' into an index-sized integer");
    if (*n < 0) raise(&exc::ValueError, "negative count");
    return std::string(static_cast<size_t>(*n), '\0');
  }
  if (is_type(x, &types::list) || is_type(x, &types::tuple)) {
    const auto& items = is_type(x, &types::list) ? x.as<List>()->items : x.as<Tuple>()->items;
    std::string out;
    out.reserve(items.size());
    for (size_t i = 0; i < items.size(); ++i) out += static_cast<char>(byte_of(items[i], range));
    return out;
  }
  Type* t = type_of(x);
  bool iterable = t->iter || (t->is_heap() && (!type_lookup(t, names::iter).is_null() ||
                                               !type_lookup(t, intern("__getitem__")).is_null()));
  if (!iterable && !isinstance(x, &types::str) && !is_sequence(x))
    raise(&exc::TypeError, std::string("cannot convert '") + t->name + "' object to " + who);
  std::string out;
  Value it = iter(x);
  for (Value v = next(it); !v.is_null(); v = next(it)) out += static_cast<char>(byte_of(v, range));
  return out;
}

namespace {

// ---- constructor -------------------------------------------------------------------------

Value bytes_construct(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig(
      "bytes(source=<unrepresentable>, encoding=<unrepresentable>, errors=<unrepresentable>)");
  auto [x, encoding, errors] = sig.bind<3>(self, args, nargs, kwnames);
  if (!encoding.is_null() && !is_type(encoding, &types::str))
    raise(&exc::TypeError, "bytes() argument 'encoding' must be str, not " + clinic_type_name(encoding));
  if (!errors.is_null() && !is_type(errors, &types::str))
    raise(&exc::TypeError, "bytes() argument 'errors' must be str, not " + clinic_type_name(errors));
  Type* cls = self.as<Type>();
  auto make = [&](std::string data) -> Value {
    if (cls == &types::bytes) return bytes_value(std::move(data));
    return Value::object(heap().make<Bytes>(cls, std::move(data)));
  };
  if (x.is_null()) {
    if (!encoding.is_null()) raise(&exc::TypeError, "encoding without a string argument");
    if (!errors.is_null()) raise(&exc::TypeError, "errors without a string argument");
    return make(std::string());
  }
  if (!encoding.is_null()) {
    if (!isinstance(x, &types::str)) raise(&exc::TypeError, "encoding without a string argument");
    return make(encode_text(x.as<Str>(), encoding.as<Str>()->data,
                            errors.is_null() ? "strict" : errors.as<Str>()->data));
  }
  if (!errors.is_null()) {
    raise(&exc::TypeError, isinstance(x, &types::str) ? "string argument without an encoding"
                                                       : "errors without a string argument");
  }
  Value f = lookup_special(x, intern("__bytes__"));
  if (!f.is_null()) {
    Value r = call(f, nullptr, 0);
    if (!is_bytes(r)) raise(&exc::TypeError, "__bytes__ returned non-bytes (type " + type_name(r) + ")");
    if (cls == &types::bytes) return r;
    return make(r.as<Bytes>()->data);
  }
  if (isinstance(x, &types::str)) raise(&exc::TypeError, "string argument without an encoding");
  if (cls == &types::bytes && is_type(x, &types::bytes)) return x;
  return make(bytes_from_object(x, "bytes"));
}

// ---- slots -------------------------------------------------------------------------------

Value bytes_repr_slot(Value v) { return str_value(bytes_repr(v.as<Bytes>()->data)); }

int64_t bytes_hash(Value v) {
  const Bytes* b = v.as<Bytes>();
  if (b->hash_cache != -1) return b->hash_cache;
  // The same function as str's, so b'abc' and 'abc' hash alike (as in CPython).
  uint64_t h = 1469598103934665603ull;
  for (char c : b->data) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  auto r = static_cast<int64_t>(h >> 1);
  if (r == -1) r = -2;
  b->hash_cache = r;
  return r;
}

int64_t bytes_len(Value v) { return static_cast<int64_t>(v.as<Bytes>()->data.size()); }

}  // namespace

// Shared by bytes and bytearray: v[i] is an int, v[a:b:c] a new object of v's base type.
Value bytes_getitem_impl(Value obj, Value key, bool array) {
  const std::string& d = obj.as<Bytes>()->data;
  auto n = static_cast<int64_t>(d.size());
  if (is_type(key, &types::slice)) {
    int64_t start, stop, step;
    int64_t len = slice_indices(key.as<Slice>(), n, start, stop, step);
    std::string out;
    if (step == 1) {
      out = d.substr(static_cast<size_t>(start), static_cast<size_t>(len));
    } else {
      out.reserve(static_cast<size_t>(len));
      for (int64_t i = 0, k = start; i < len; ++i, k += step) out += d[static_cast<size_t>(k)];
    }
    return array ? bytearray_value(std::move(out)) : bytes_value(std::move(out));
  }
  if (!is_int(key) && !(type_of(key)->is_heap() && !type_lookup(type_of(key), names::index).is_null()))
    raise(&exc::TypeError, std::string(array ? "bytearray" : "byte") + " indices must be integers or slices, not " +
                               type_name(key));
  auto i = int_as_int64(as_index(key));
  if (!i) raise(&exc::IndexError, "cannot fit 'int' into an index-sized integer");
  int64_t k = *i < 0 ? *i + n : *i;
  if (k < 0 || k >= n) raise(&exc::IndexError, array ? "bytearray index out of range" : "index out of range");
  return Value::small_int(static_cast<unsigned char>(d[static_cast<size_t>(k)]));
}

namespace {

Value bytes_getitem(Value obj, Value key) { return bytes_getitem_impl(obj, key, false); }

struct BytesIter : Object {
  Value seq;
  int64_t pos = 0;
  BytesIter(Type* t, Value s) : Object(t), seq(s) {}
  void trace(Tracer& t) override { t.mark(seq); }
};

Value bytes_iter(Value v) { return Value::object(heap().make<BytesIter>(&types::bytes_iter, v)); }
Value bytes_iter_next(Value it) {
  auto* i = it.as<BytesIter>();
  if (i->seq.is_null()) return Value::null();
  const std::string& d = i->seq.as<Bytes>()->data;
  if (i->pos < static_cast<int64_t>(d.size())) return Value::small_int(static_cast<unsigned char>(d[i->pos++]));
  i->seq = Value::null();
  return Value::null();
}
Value self_iter(Value v) { return v; }

}  // namespace

Value bytes_iter_of(Value v, Type* iter_type) { return Value::object(heap().make<BytesIter>(iter_type, v)); }

// + * and % for bytes and bytearray (the in-place forms only reach bytearray).
Value bytes_binary(bytecode::BinaryOp op, Value a, Value b) {
  using bytecode::BinaryOp;
  int code = static_cast<int>(op);
  bool inplace = code >= static_cast<int>(BinaryOp::InplaceAdd);
  auto base = static_cast<BinaryOp>(inplace ? code - static_cast<int>(BinaryOp::InplaceAdd) : code);
  bool a_mine = is_bytes(a) || is_bytearray(a);
  auto result = [&](Value like, std::string data) {
    return is_bytearray(like) ? bytearray_value(std::move(data)) : bytes_value(std::move(data));
  };
  if (base == BinaryOp::Add) {
    if (!a_mine) return Value::null();
    // A released view is no buffer: the concat error names its type, as CPython's does.
    auto other = simple_buffer(b);
    if (!other) {
      if (type_of(b)->is_heap()) return Value::null();  // its __radd__ is asked next
      raise(&exc::TypeError, "can't concat " + type_name(b) + " to " + type_name(a));
    }
    if (inplace && is_bytearray(a)) {
      Bytes* x = a.as<Bytes>();
      std::string add(*other);  // copied first: check_resizable may collect the operand
      if (!add.empty()) check_resizable(x);
      x->data += add;
      return a;
    }
    std::string out;
    const std::string& mine = a.as<Bytes>()->data;
    out.reserve(mine.size() + other->size());
    out += mine;
    out += *other;
    return result(a, std::move(out));
  }
  // printf-style formatting belongs to the left operand only (5 % b'x' is NotImplemented).
  if (base == BinaryOp::Remainder) return a_mine ? bytes_percent_format(a, b) : Value::null();
  if (base == BinaryOp::Multiply) {
    Value seq = a_mine ? a : b;
    Value count = a_mine ? b : a;
    if (!is_bytes(seq) && !is_bytearray(seq)) return Value::null();
    Type* ct = type_of(count);
    if (!is_int(count) && !(ct->is_heap() && !type_lookup(ct, names::index).is_null())) {
      if (ct->is_heap()) return Value::null();
      raise(&exc::TypeError, "can't multiply sequence by non-int of type '" + ct->name + "'");
    }
    auto n = int_as_int64(as_index(count));
    if (!n) raise(&exc::OverflowError, "cannot fit 'int' into an index-sized integer");
    const std::string& d = seq.as<Bytes>()->data;
    int64_t times = std::max<int64_t>(*n, 0);
    if (!d.empty() && times > (int64_t{1} << 34) / static_cast<int64_t>(d.size())) raise(&exc::MemoryError, "");
    std::string out;
    out.reserve(d.size() * static_cast<size_t>(times));
    for (int64_t i = 0; i < times; ++i) out += d;
    if (inplace && a_mine && is_bytearray(a)) {
      Bytes* x = a.as<Bytes>();
      if (out.size() != x->data.size()) check_resizable(x);
      x->data = std::move(out);
      return a;
    }
    return result(seq, std::move(out));
  }
  return Value::null();
}

namespace {

Value compare_bytes(bytecode::CompareOp op, std::string_view x, std::string_view y) {
  using bytecode::CompareOp;
  int c = x.compare(y);
  switch (op) {
    case CompareOp::Eq: return Value::boolean(c == 0);
    case CompareOp::Ne: return Value::boolean(c != 0);
    case CompareOp::Lt: return Value::boolean(c < 0);
    case CompareOp::Le: return Value::boolean(c <= 0);
    case CompareOp::Gt: return Value::boolean(c > 0);
    case CompareOp::Ge: return Value::boolean(c >= 0);
    default: return Value::null();
  }
}

Value bytes_richcompare(bytecode::CompareOp op, Value a, Value b) {
  if (!is_bytes(a) || !is_bytes(b)) return Value::null();  // bytearray's slot compares mixed pairs
  return compare_bytes(op, a.as<Bytes>()->data, b.as<Bytes>()->data);
}

}  // namespace

Value bytearray_richcompare(bytecode::CompareOp op, Value a, Value b) {
  auto x = buffer_copy(a);
  if (!x) return Value::null();
  auto y = buffer_copy(b);
  if (!y) return Value::null();
  return compare_bytes(op, *x, *y);
}

int bytes_contains(Value container, Value item) {
  std::string_view d = container.as<Bytes>()->data;
  if (is_int(item) || (type_of(item)->is_heap() && !type_lookup(type_of(item), names::index).is_null())) {
    auto n = int_as_int64(as_index(item));
    if (!n || *n < 0 || *n > 255) raise(&exc::ValueError, "byte must be in range(0, 256)");
    return d.find(static_cast<char>(*n)) != std::string_view::npos;
  }
  std::string needle(buffer_arg(item));
  return d.find(needle) != std::string_view::npos;
}

namespace {

Value m_getnewargs(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__getnewargs__($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  return tuple_value({bytes_value(self.as<Bytes>()->data)});
}

Value m_bytes(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__bytes__($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  if (is_type(self, &types::bytes)) return self;
  return bytes_value(self.as<Bytes>()->data);
}

const MethodEntry kBytesMethods[] = {
    {"__getnewargs__", m_getnewargs},
    {"__bytes__", m_bytes},
};

}  // namespace

void install_bytes_types() {
  Type& t = types::bytes;
  t.construct = bytes_construct;
  t.repr = bytes_repr_slot;
  t.str = bytes_repr_slot;
  t.hash = bytes_hash;
  t.len = bytes_len;
  t.getitem = bytes_getitem;
  t.iter = bytes_iter;
  t.binary = bytes_binary;
  t.richcompare = bytes_richcompare;
  t.contains = bytes_contains;
  types::bytes_iter.iter = self_iter;
  types::bytes_iter.next = bytes_iter_next;
  install_methods(&t, std::begin(kBytesMethods), std::end(kBytesMethods));
  install_bytes_methods(&t);
  add_slot_wrappers(&t, {"__add__", "__mul__", "__rmul__", "__mod__", "__rmod__"});
  install_bytearray_type();
  install_memoryview_type();
  install_int_bytes_methods();
  install_unicode_errors();
  install_codec_methods();
  // What `match` sees (CPython's type flags) and which types refuse subclasses.
  types::bytes.flags |= kMatchSelf;
  types::bytearray.flags |= kMatchSelf;
  types::memoryview.flags |= kSequence;
  for (Type* nt : {&types::memoryview, &types::bytes_iter, &types::bytearray_iter, &types::memory_iter})
    nt->flags &= ~kBaseType;
}

}  // namespace rt
