// memoryview over bytes and bytearray (CPython's Objects/memoryobject.c): a
// typed view (struct format, shape, strides) sharing the exporter's storage.
// A view of a bytearray counts as an export, so the bytearray refuses to
// change size until the view is released (or collected).
#include <cstring>

#include "runtime/args.h"
#include "runtime/methods_util.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/containers.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/type.h"

namespace rt {

namespace types {
Type memoryview("memoryview", &object);
Type memory_iter("memory_iterator", &object);
}  // namespace types

MemoryView::MemoryView(Bytes* b, Value o) : Object(&types::memoryview), obj(o), base(b) {}

void MemoryView::trace(Tracer& t) {
  t.mark(obj);
  t.mark(base);
}

int64_t MemoryView::nbytes() const {
  int64_t n = itemsize;
  for (int64_t s : shape) n *= s;
  return n;
}

bool MemoryView::contiguous() const {
  int64_t expect = itemsize;
  for (size_t k = shape.size(); k-- > 0;) {
    if (shape[k] > 1 && strides[k] != expect) return false;
    expect *= shape[k];
  }
  return true;
}

namespace {

MemoryView* view(Value v) {
  auto* m = v.as<MemoryView>();
  if (m->released) raise(&exc::ValueError, "operation forbidden on released memoryview object");
  return m;
}

// The native single-character struct formats: item size, or 0 if unknown.
int64_t format_size(char f) {
  switch (f) {
    case 'B': case 'b': case 'c': case '?': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'P': case 'd': return 8;
    default: return 0;
  }
}
char format_char(const std::string& f) { return f.size() == 2 ? f[1] : f[0]; }

Value unpack(const MemoryView* m, int64_t off) {
  const char* p = m->base->data.data() + off;
  char f = format_char(m->format);
  auto load = [&](auto x) {
    std::memcpy(&x, p, sizeof x);
    return x;
  };
  switch (f) {
    case 'B': return Value::small_int(static_cast<uint8_t>(*p));
    case 'b': return Value::small_int(static_cast<int8_t>(*p));
    case 'c': return bytes_value(std::string(1, *p));
    case '?': return Value::boolean(*p != 0);
    case 'h': return make_int(load(int16_t{}));
    case 'H': return make_int(load(uint16_t{}));
    case 'i': return make_int(load(int32_t{}));
    case 'I': return make_int(load(uint32_t{}));
    case 'l': case 'q': case 'n': return make_int(load(int64_t{}));
    case 'L': case 'Q': case 'N': case 'P': {
      uint64_t u = load(uint64_t{});
      if (u <= static_cast<uint64_t>(INT64_MAX)) return make_int(static_cast<int64_t>(u));
      mpz_t z;
      mpz_init(z);
      mpz_import(z, 1, -1, sizeof u, 0, 0, &u);
      Value r = make_int_mpz(z);
      mpz_clear(z);
      return r;
    }
    case 'f': return Value::from_double(load(float{}));
    case 'd': return Value::from_double(load(double{}));
    default: raise(&exc::NotImplementedError, "memoryview: format " + m->format + " not supported");
  }
}

void pack(MemoryView* m, int64_t off, Value v) {
  char* p = m->base->data.data() + off;
  char f = format_char(m->format);
  auto bad_type = [&]() { raise(&exc::TypeError, "memoryview: invalid type for format '" + m->format + "'"); };
  auto bad_value = [&]() { raise(&exc::ValueError, "memoryview: invalid value for format '" + m->format + "'"); };
  if (f == 'c') {
    if (!is_bytes(v) || v.as<Bytes>()->data.size() != 1) bad_value();
    *p = v.as<Bytes>()->data[0];
    return;
  }
  if (f == '?') {
    *p = truthy(v) ? 1 : 0;
    return;
  }
  if (f == 'f' || f == 'd') {
    double d;
    if (v.is_float()) d = v.as_float();
    else if (is_int(v)) d = int_to_double(v);
    else bad_type();
    if (f == 'f') {
      float x = static_cast<float>(d);
      std::memcpy(p, &x, 4);
    } else {
      std::memcpy(p, &d, 8);
    }
    return;
  }
  if (!is_int(v)) bad_type();
  int64_t size = format_size(f);
  bool is_signed = f == 'b' || f == 'h' || f == 'i' || f == 'l' || f == 'q' || f == 'n';
  auto n = int_as_int64(v);
  if (!is_signed && (f == 'L' || f == 'Q' || f == 'N' || f == 'P') && !n) {
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    bool fits = mpz_sgn(z) >= 0 && mpz_sizeinbase(z, 2) <= 64;
    uint64_t u = 0;
    if (fits) mpz_export(&u, nullptr, -1, sizeof u, 0, 0, z);
    mpz_clear(z);
    if (!fits) bad_value();
    std::memcpy(p, &u, 8);
    return;
  }
  if (!n) bad_value();
  int64_t x = *n;
  if (is_signed) {
    if (size < 8) {
      int64_t lim = int64_t{1} << (size * 8 - 1);
      if (x < -lim || x >= lim) bad_value();
    }
  } else {
    if (x < 0) bad_value();
    if (size < 8 && x >= (int64_t{1} << (size * 8))) bad_value();
  }
  std::memcpy(p, &x, static_cast<size_t>(size));  // little-endian hosts
}

Value list_of(const MemoryView* m, size_t dim, int64_t off) {
  if (dim == m->shape.size()) return unpack(m, off);
  std::vector<Value> items;
  for (int64_t i = 0; i < m->shape[dim]; ++i) items.push_back(list_of(m, dim + 1, off + i * m->strides[dim]));
  return Value::object(new_list(std::move(items)));
}

std::string bytes_of(MemoryView* m) { return *buffer_copy(Value::object(m)); }

MemoryView* new_view(Value obj) {
  if (is_type(obj, &types::memoryview)) {
    MemoryView* src = view(obj);
    auto* m = heap().make<MemoryView>(src->base, src->obj);
    m->offset = src->offset;
    m->itemsize = src->itemsize;
    m->format = src->format;
    m->shape = src->shape;
    m->strides = src->strides;
    m->readonly = src->readonly;
    ++m->base->exports;
    return m;
  }
  if (!is_bytes(obj) && !is_bytearray(obj))
    raise(&exc::TypeError, "memoryview: a bytes-like object is required, not '" + type_name(obj) + "'");
  Bytes* b = obj.as<Bytes>();
  auto* m = heap().make<MemoryView>(b, obj);
  m->shape = {static_cast<int64_t>(b->data.size())};
  m->strides = {1};
  m->readonly = is_bytes(obj);
  ++b->exports;
  return m;
}

void release(MemoryView* m) {
  if (m->released) return;
  m->released = true;
  --m->base->exports;
}

Value mv_construct(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("memoryview(object)");
  auto [obj] = sig.bind<1>(self, args, nargs, kwnames);
  return Value::object(new_view(obj));
}

Value mv_repr(Value v) {
  auto* m = v.as<MemoryView>();
  return str_value(std::string(m->released ? "<released memory at " : "<memory at ") + address_string(v) + ">");
}

int64_t mv_len(Value v) {
  MemoryView* m = view(v);
  if (m->shape.empty()) raise(&exc::TypeError, "0-dim memory has no length");
  return m->shape[0];
}

Value mv_getitem(Value v, Value key) {
  MemoryView* m = view(v);
  if (is_type(key, &types::slice)) {
    if (m->shape.empty()) raise(&exc::TypeError, "invalid indexing of 0-dim memory");
    int64_t start, stop, step;
    int64_t len = slice_indices(key.as<Slice>(), m->shape[0], start, stop, step);
    auto* r = heap().make<MemoryView>(m->base, m->obj);
    r->offset = m->offset + start * m->strides[0];
    r->itemsize = m->itemsize;
    r->format = m->format;
    r->shape = m->shape;
    r->strides = m->strides;
    r->shape[0] = len;
    r->strides[0] = m->strides[0] * step;
    r->readonly = m->readonly;
    ++r->base->exports;
    return Value::object(r);
  }
  if (m->shape.empty()) {
    if (key == ellipsis()) return v;
    if (is_type(key, &types::tuple) && key.as<Tuple>()->items.empty()) return unpack(m, m->offset);
    raise(&exc::TypeError, "invalid indexing of 0-dim memory");
  }
  bool index_like = is_int(key) || (type_of(key)->is_heap() && !type_lookup(type_of(key), names::index).is_null());
  if (!index_like) {
    if (is_type(key, &types::tuple)) raise(&exc::NotImplementedError, "memoryview: suboffsets are not supported");
    raise(&exc::TypeError, "memoryview: invalid slice key");
  }
  if (m->shape.size() > 1) raise(&exc::NotImplementedError, "multi-dimensional sub-views are not implemented");
  auto i = int_as_int64(as_index(key));
  if (!i) raise(&exc::IndexError, "cannot fit 'int' into an index-sized integer");
  int64_t k = *i < 0 ? *i + m->shape[0] : *i;
  if (k < 0 || k >= m->shape[0]) raise(&exc::IndexError, "index out of bounds on dimension 1");
  return unpack(m, m->offset + k * m->strides[0]);
}

void mv_setitem(Value v, Value key, Value value) {
  MemoryView* m = view(v);
  if (m->readonly) raise(&exc::TypeError, "cannot modify read-only memory");
  if (m->shape.size() != 1) raise(&exc::NotImplementedError, "memoryview assignments are currently restricted to ndim = 1");
  if (is_type(key, &types::slice)) {
    int64_t start, stop, step;
    int64_t len = slice_indices(key.as<Slice>(), m->shape[0], start, stop, step);
    std::string src;
    if (is_type(value, &types::memoryview)) {
      MemoryView* o = view(value);
      if (format_char(o->format) != format_char(m->format) || o->shape.size() != 1 || o->shape[0] != len)
        raise(&exc::ValueError, "memoryview assignment: lvalue and rvalue have different structures");
      src = bytes_of(o);
    } else {
      auto b = buffer_view(value);
      if (!b) raise(&exc::TypeError, "a bytes-like object is required, not '" + type_name(value) + "'");
      if (format_char(m->format) != 'B' || static_cast<int64_t>(b->size()) != len * m->itemsize)
        raise(&exc::ValueError, "memoryview assignment: lvalue and rvalue have different structures");
      src = std::string(*b);
    }
    for (int64_t i = 0; i < len; ++i)
      std::memcpy(m->base->data.data() + m->offset + (start + i * step) * m->strides[0] / 1,
                  src.data() + i * m->itemsize, static_cast<size_t>(m->itemsize));
    return;
  }
  bool index_like = is_int(key) || (type_of(key)->is_heap() && !type_lookup(type_of(key), names::index).is_null());
  if (!index_like) raise(&exc::TypeError, "memoryview: invalid slice key");
  auto i = int_as_int64(as_index(key));
  if (!i) raise(&exc::IndexError, "cannot fit 'int' into an index-sized integer");
  int64_t k = *i < 0 ? *i + m->shape[0] : *i;
  if (k < 0 || k >= m->shape[0]) raise(&exc::IndexError, "index out of bounds on dimension 1");
  pack(m, m->offset + k * m->strides[0], value);
}

void mv_delitem(Value v, Value) {
  MemoryView* m = view(v);
  if (m->readonly) raise(&exc::TypeError, "cannot modify read-only memory");
  raise(&exc::TypeError, "cannot delete memory");
}

int64_t mv_hash(Value v) {
  MemoryView* m = view(v);
  if (!m->readonly) raise(&exc::ValueError, "cannot hash writable memoryview object");
  char f = format_char(m->format);
  if (f != 'B' && f != 'b' && f != 'c')
    raise(&exc::ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
  hash(m->obj);  // the exporter must be hashable too (a bytearray is not)
  return hash(bytes_value(bytes_of(m)));
}

Value mv_richcompare(bytecode::CompareOp op, Value a, Value b) {
  using bytecode::CompareOp;
  if (op != CompareOp::Eq && op != CompareOp::Ne) return Value::null();
  Value self = is_type(a, &types::memoryview) ? a : b;
  Value other = is_type(a, &types::memoryview) ? b : a;
  auto* m = self.as<MemoryView>();
  bool eq;
  if (self == other) {
    eq = !m->released;
  } else if (m->released || (is_type(other, &types::memoryview) && other.as<MemoryView>()->released)) {
    eq = false;
  } else if (!is_type(other, &types::memoryview) && !buffer_view(other)) {
    return Value::null();
  } else {
    Value left = list_of(m, 0, m->offset);
    Value right;
    if (is_type(other, &types::memoryview)) {
      auto* o = other.as<MemoryView>();
      right = list_of(o, 0, o->offset);
    } else {
      std::vector<Value> items;
      std::string ob(buffer_arg(other));
      for (char c : ob) items.push_back(Value::small_int(static_cast<unsigned char>(c)));
      right = Value::object(new_list(std::move(items)));
    }
    eq = equal(left, right);
  }
  return Value::boolean(op == CompareOp::Eq ? eq : !eq);
}

struct MemoryIter : Object {
  Value view;
  int64_t pos = 0;
  explicit MemoryIter(Value v) : Object(&types::memory_iter), view(v) {}
  void trace(Tracer& t) override { t.mark(view); }
};
Value mv_iter(Value v) {
  MemoryView* m = view(v);
  if (m->shape.empty()) raise(&exc::TypeError, "invalid indexing of 0-dim memory");
  if (m->shape.size() > 1) raise(&exc::NotImplementedError, "multi-dimensional sub-views are not implemented");
  return Value::object(heap().make<MemoryIter>(v));
}
Value mv_iter_next(Value it) {
  auto* i = it.as<MemoryIter>();
  if (i->view.is_null()) return Value::null();
  MemoryView* m = view(i->view);
  if (i->pos >= m->shape[0]) {
    i->view = Value::null();
    return Value::null();
  }
  return unpack(m, m->offset + i->pos++ * m->strides[0]);
}
Value self_iter(Value v) { return v; }

// ---- methods -----------------------------------------------------------------------------

Value m_tolist(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("tolist($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  MemoryView* m = view(self);
  return list_of(m, 0, m->offset);
}
Value m_tobytes(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("tobytes($self, /, order='C')");
  auto [order] = sig.bind<1>(self, args, nargs, kw);
  if (!order.is_none()) {
    if (!isinstance(order, &types::str))
      raise(&exc::TypeError, "tobytes() argument 'order' must be str or None, not " + clinic_type_name(order));
    const std::string& o = order.as<Str>()->data;
    if (o != "C" && o != "F" && o != "A") raise(&exc::ValueError, "order must be 'C', 'F' or 'A'");
  }
  return bytes_value(bytes_of(view(self)));
}
Value m_hex(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("hex($self, /, sep=<unrepresentable>, bytes_per_sep=1)");
  auto [sep, per] = sig.bind<2>(self, args, nargs, kw);
  return str_value(hex_string(bytes_of(view(self)), sep, per));
}
Value m_release(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("release($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  release(self.as<MemoryView>());
  return Value::none();
}
Value m_enter(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__enter__($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  view(self);
  return self;
}
Value m_exit(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__exit__($self, /, *args)");
  sig.parse(self, args, nargs, kw, nullptr);
  release(self.as<MemoryView>());
  return Value::none();
}
Value m_toreadonly(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("toreadonly($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  MemoryView* r = new_view(Value::object(view(self)));
  r->readonly = true;
  return Value::object(r);
}
Value m_cast(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("cast($self, /, format, shape=<unrepresentable>)");
  auto [fmt_v, shape_v] = sig.bind<2>(self, args, nargs, kw);
  MemoryView* m = view(self);
  if (!isinstance(fmt_v, &types::str))
    raise(&exc::TypeError, "cast() argument 'format' must be str, not " + clinic_type_name(fmt_v));
  const std::string& fmt = fmt_v.as<Str>()->data;
  std::string f = fmt;
  if (f.size() == 2 && f[0] == '@') f = f.substr(1);
  if (f.size() != 1 || format_size(f[0]) == 0 || f[0] == 'e')
    raise(&exc::ValueError,
          "memoryview: destination format must be a native single character format prefixed with an optional '@'");
  if (!m->contiguous()) raise(&exc::TypeError, "memoryview: casts are restricted to C-contiguous views");
  char src = format_char(m->format);
  bool src_byte = src == 'B' || src == 'b' || src == 'c';
  bool dst_byte = f[0] == 'B' || f[0] == 'b' || f[0] == 'c';
  if (!src_byte && !dst_byte) raise(&exc::TypeError, "memoryview: cannot cast between two non-byte formats");
  int64_t size = format_size(f[0]);
  int64_t nbytes = m->nbytes();
  std::vector<int64_t> shape;
  if (!shape_v.is_null()) {
    if (!is_type(shape_v, &types::list) && !is_type(shape_v, &types::tuple))
      raise(&exc::TypeError, "shape must be a list or a tuple");
    if (m->shape.size() != 1 && !shape_v.is_null())
      raise(&exc::TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
    int64_t prod = 1;
    for (Value d : iterate(shape_v)) {
      if (!is_int(d)) raise(&exc::TypeError, "memoryview.cast(): elements of shape must be integers");
      auto n = int_as_int64(d);
      if (!n || *n <= 0)
        raise(&exc::ValueError, "memoryview.cast(): elements of shape must be integers > 0");
      shape.push_back(*n);
      prod *= *n;
    }
    if (shape.size() > 64) raise(&exc::ValueError, "memoryview: number of dimensions must not exceed 64");
    if (prod * size != nbytes) raise(&exc::TypeError, "memoryview: product(shape) * itemsize != buffer size");
  } else {
    if (nbytes % size != 0) raise(&exc::TypeError, "memoryview: length is not a multiple of itemsize");
    shape = {nbytes / size};
  }
  auto* r = heap().make<MemoryView>(m->base, m->obj);
  r->offset = m->offset;
  r->itemsize = size;
  r->format = fmt;
  r->shape = shape;
  r->strides.assign(shape.size(), size);
  for (size_t k = shape.size(); k-- > 1;) r->strides[k - 1] = r->strides[k] * shape[k];
  r->readonly = m->readonly;
  ++r->base->exports;
  return Value::object(r);
}

Value ints_tuple(const std::vector<int64_t>& v) {
  std::vector<Value> items;
  for (int64_t x : v) items.push_back(make_int(x));
  return tuple_value(std::move(items));
}

const MethodEntry kMethods[] = {
    {"tolist", m_tolist}, {"tobytes", m_tobytes}, {"hex", m_hex}, {"release", m_release},
    {"__enter__", m_enter}, {"__exit__", m_exit}, {"toreadonly", m_toreadonly}, {"cast", m_cast},
};

}  // namespace

void install_memoryview_type() {
  Type& t = types::memoryview;
  t.construct = mv_construct;
  t.repr = mv_repr;
  t.len = mv_len;
  t.getitem = mv_getitem;
  t.setitem = mv_setitem;
  t.delitem = mv_delitem;
  t.hash = mv_hash;
  t.richcompare = mv_richcompare;
  t.iter = mv_iter;
  // A view dropped without release() gives its export back when collected.
  t.needs_finalize = [](Object* o) { return !static_cast<MemoryView*>(o)->released; };
  t.finalize = [](Object* o) { release(static_cast<MemoryView*>(o)); };
  types::memory_iter.iter = self_iter;
  types::memory_iter.next = mv_iter_next;
  install_methods(&t, std::begin(kMethods), std::end(kMethods));
  add_getset(&t, "obj", [](Value v) { return view(v)->obj; });
  add_getset(&t, "nbytes", [](Value v) { return make_int(view(v)->nbytes()); });
  add_getset(&t, "readonly", [](Value v) { return Value::boolean(view(v)->readonly); });
  add_getset(&t, "itemsize", [](Value v) { return make_int(view(v)->itemsize); });
  add_getset(&t, "format", [](Value v) { return str_value(view(v)->format); });
  add_getset(&t, "ndim", [](Value v) { return make_int(static_cast<int64_t>(view(v)->shape.size())); });
  add_getset(&t, "shape", [](Value v) { return ints_tuple(view(v)->shape); });
  add_getset(&t, "strides", [](Value v) { return ints_tuple(view(v)->strides); });
  add_getset(&t, "suboffsets", [](Value v) { return (void)view(v), tuple_value({}); });
  add_getset(&t, "c_contiguous", [](Value v) { return Value::boolean(view(v)->contiguous()); });
  add_getset(&t, "f_contiguous", [](Value v) {
    MemoryView* m = view(v);
    return Value::boolean(m->shape.size() <= 1 && m->contiguous());
  });
  add_getset(&t, "contiguous", [](Value v) { return Value::boolean(view(v)->contiguous()); });
}

}  // namespace rt
