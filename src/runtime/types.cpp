// The built-in type objects and their slots (repr, hash, len, items, iteration).
#include <algorithm>
#include <cerrno>
#include <cstdio>

#include "runtime/objects/containers.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/float.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/ops.h"
#include "runtime/runtime.h"
#include "runtime/objects/str.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/type.h"
#include "runtime/slots.h"
#include "runtime/objects/layouts.h"
#include "runtime/methods_util.h"

namespace rt {

namespace types {
Type object("object", nullptr);
Type type("type", &object);
Type int_("int", &object);
Type bool_("bool", &int_);
Type float_("float", &object);
Type str("str", &object);
Type list("list", &object);
Type tuple("tuple", &object);
Type dict("dict", &object);
Type none("NoneType", &object);
Type range("range", &object);
Type slice("slice", &object);
Type function("function", &object);
Type builtin("builtin_function_or_method", &object);
Type method_descr("method_descriptor", &object);
Type module("module", &object);
Type cell("cell", &object);
Type code("code", &object);
Type list_iter("list_iterator", &object);
Type tuple_iter("tuple_iterator", &object);
Type str_iter("str_ascii_iterator", &object);
extern Type str_uiter;  // "str_iterator", iterators.cpp
Type range_iter("range_iterator", &object);
Type longrange_iter("longrange_iterator", &object);
Type dict_keyiter("dict_keyiterator", &object);
Type not_implemented("NotImplementedType", &object);
Type ellipsis("ellipsis", &object);
}  // namespace types

namespace {

struct Singleton : Object {
  explicit Singleton(Type* t) : Object(t) { is_static = true; }
};
Singleton not_implemented_obj(&types::not_implemented);
Singleton ellipsis_obj(&types::ellipsis);

// Containers that contain themselves print "[...]" (CPython's Py_ReprEnter).
std::vector<Object*>& repr_stack() {
  static std::vector<Object*> stack;
  return stack;
}
struct ReprGuard {
  bool recursive;
  explicit ReprGuard(Object* o) {
    auto& s = repr_stack();
    recursive = std::find(s.begin(), s.end(), o) != s.end();
    if (!recursive) s.push_back(o);
  }
  ~ReprGuard() {
    if (!recursive) repr_stack().pop_back();
  }
};

std::string join_reprs(const std::vector<Value>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    out += repr_string(items[i]);
  }
  return out;
}

// ---- repr slots -------------------------------------------------------------------

Value int_repr(Value v) {
  if (v.is_small_int()) {
    char buf[24];
    auto n = std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v.as_small_int()));
    return str_value(std::string(buf, n));
  }
  return str_value(int_to_string(v));
}
Value bool_repr(Value v) { return Value::object(intern(v.is_true() ? "True" : "False")); }
Value float_repr_slot(Value v) { return str_value(text::repr_float(float_value(v).as_float())); }
int64_t float_hash_slot(Value v) { return float_hash(float_value(v).as_float()); }
bool float_truth_slot(Value v) { return float_value(v).as_float() != 0.0; }
Value none_repr(Value) { return Value::object(intern("None")); }
Value str_repr_slot(Value v) { return str_value(text::repr_str(v.as<Str>()->data)); }
Value str_str(Value v) { return v; }
Value list_repr(Value v) {
  ReprGuard guard(v.as_object());
  if (guard.recursive) return str_value("[...]");
  return str_value("[" + join_reprs(v.as<List>()->items) + "]");
}
Value tuple_repr(Value v) {
  const auto& items = v.as<Tuple>()->items;
  if (items.empty()) return str_value("()");
  ReprGuard guard(v.as_object());
  if (guard.recursive) return str_value("(...)");
  if (items.size() == 1) return str_value("(" + repr_string(items[0]) + ",)");
  return str_value("(" + join_reprs(items) + ")");
}
Value dict_repr(Value v) {
  ReprGuard guard(v.as_object());
  if (guard.recursive) return str_value("{...}");
  std::string out = "{";
  bool first = true;
  for (const auto& e : v.as<Dict>()->entries) {
    if (e.key.is_null()) continue;
    if (!first) out += ", ";
    first = false;
    out += repr_string(e.key);
    out += ": ";
    out += repr_string(e.value);
  }
  return str_value(out + "}");
}
Value range_repr(Value v) {
  Range* r = v.as<Range>();
  if (r->big) {
    std::string s = "range(" + repr_string(r->big_start) + ", " + repr_string(r->big_stop);
    if (int_compare(r->big_step, make_int(1)) != 0) s += ", " + repr_string(r->big_step);
    return str_value(s + ")");
  }
  std::string s = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
  if (r->step != 1) s += ", " + std::to_string(r->step);
  return str_value(s + ")");
}
Value slice_repr(Value v) {
  Slice* s = v.as<Slice>();
  return str_value("slice(" + repr_string(s->start) + ", " + repr_string(s->stop) + ", " + repr_string(s->step) + ")");
}
Value type_repr(Value v) { return str_value("<class '" + type_full_name(v.as<Type>()) + "'>"); }
Value function_repr(Value v) {
  return str_value("<function " + v.as<Function>()->qualname->data + " at " + address_string(v) + ">");
}
Value builtin_repr(Value v) {
  Builtin* b = v.as<Builtin>();
  if (b->self.is_null() && b->method_of)
    return str_value(std::string("<method '") + b->name + "' of '" + b->method_of->name + "' objects>");
  if (b->self.is_null()) return str_value(std::string("<built-in function ") + b->name + ">");
  return str_value(std::string("<built-in method ") + b->name + " of " + type_name(b->self) + " object at " +
                   address_string(b->self) + ">");
}
Value module_repr(Value v) {
  Module* m = v.as<Module>();
  if (m->path.empty()) return str_value("<module '" + m->name->data + "' (built-in)>");
  return str_value("<module '" + m->name->data + "' from '" + m->path + "'>");
}
Value exception_repr(Value v) {
  auto* e = v.as<ExceptionObj>();
  const auto& args = e->args->items;
  std::string inner = args.size() == 1 ? repr_string(args[0]) : join_reprs(args);
  return str_value(e->type->name + "(" + inner + ")");
}
Value exception_str_slot(Value v) { return str_value(exception_str(v)); }
Value not_implemented_repr(Value) { return str_value("NotImplemented"); }
Value ellipsis_repr(Value) { return str_value("Ellipsis"); }

// ---- hash, truth, len -------------------------------------------------------------

int64_t identity_hash(Value v) { return static_cast<int64_t>((v.bits & Value::kPayload) >> 4); }
int64_t bigint_hash(Value v) { return int_hash(v); }
int64_t tuple_hash(Value v) {
  // CPython's xxHash-based tuplehash.
  constexpr uint64_t kP1 = 11400714785074694791ull, kP2 = 14029467366897019727ull, kP5 = 2870177450012600261ull;
  const auto& items = v.as<Tuple>()->items;
  RecursionGuard guard("");
  uint64_t acc = kP5;
  for (Value item : items) {
    auto lane = static_cast<uint64_t>(hash(item));
    acc += lane * kP2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kP1;
  }
  acc += items.size() ^ (kP5 ^ 3527539ull);
  auto h = static_cast<int64_t>(acc);
  return h == -1 ? 1546275796 : h;
}
bool bigint_truth(Value v) { return int_sign(v) != 0; }  // an int subclass instance may hold 0
int64_t str_len(Value v) { return v.as<Str>()->length; }
int64_t list_len(Value v) { return static_cast<int64_t>(v.as<List>()->items.size()); }
int64_t tuple_len(Value v) { return static_cast<int64_t>(v.as<Tuple>()->items.size()); }
int64_t dict_len(Value v) { return static_cast<int64_t>(v.as<Dict>()->size()); }
int64_t range_len(Value v) { return v.as<Range>()->length(); }

// ---- items -------------------------------------------------------------------------

int64_t seq_index(Value key, int64_t n, const char* type_label, const char* out_of_range) {
  if (!is_int(key) && type_of(key)->is_heap() && !type_lookup(type_of(key), names::index).is_null())
    key = make_int(index_value(key, type_label));
  if (!is_int(key)) {
    if (std::string(type_label) == "string")
      raise(&exc::TypeError, "string indices must be integers, not '" + type_name(key) + "'");
    raise(&exc::TypeError,
          std::string(type_label) + " indices must be integers or slices, not " + type_name(key));
  }
  auto i = int_as_int64(key);
  if (!i) raise(&exc::IndexError, "cannot fit 'int' into an index-sized integer");
  int64_t k = *i < 0 ? *i + n : *i;
  if (k < 0 || k >= n) raise(&exc::IndexError, out_of_range);
  return k;
}

std::vector<Value> slice_items(const std::vector<Value>& items, const Slice* s) {
  int64_t start, stop, step;
  int64_t n = slice_indices(s, static_cast<int64_t>(items.size()), start, stop, step);
  std::vector<Value> out;
  out.reserve(n);
  for (int64_t i = 0, k = start; i < n; ++i, k += step) out.push_back(items[k]);
  return out;
}

Value list_getitem(Value obj, Value key) {
  const auto& items = obj.as<List>()->items;
  if (is_type(key, &types::slice)) return Value::object(new_list(slice_items(items, key.as<Slice>())));
  return items[seq_index(key, static_cast<int64_t>(items.size()), "list", "list index out of range")];
}
Value tuple_getitem(Value obj, Value key) {
  const auto& items = obj.as<Tuple>()->items;
  if (is_type(key, &types::slice)) {
    // A slice covering an exact tuple is the tuple itself, as CPython's tuplesubscript.
    int64_t start, stop, step;
    int64_t n = slice_indices(key.as<Slice>(), static_cast<int64_t>(items.size()), start, stop, step);
    if (step == 1 && start == 0 && n == static_cast<int64_t>(items.size()) && is_type(obj, &types::tuple)) return obj;
    return tuple_value(slice_items(items, key.as<Slice>()));
  }
  return items[seq_index(key, static_cast<int64_t>(items.size()), "tuple", "tuple index out of range")];
}
Value one_char(std::string_view c) {
  if (c.size() == 1 && static_cast<unsigned char>(c[0]) < 128) return Value::object(ascii_char(c[0]));
  return Value::object(new_str(std::string(c)));
}
Value str_getitem(Value obj, Value key) {
  Str* s = obj.as<Str>();
  if (is_type(key, &types::slice)) {
    int64_t start, stop, step;
    int64_t n = slice_indices(key.as<Slice>(), s->length, start, stop, step);
    if (step == 1) return str_value(std::string(s->substr(start, start + n)));
    std::string out;
    for (int64_t i = 0, k = start; i < n; ++i, k += step) out += s->char_at(k);
    return str_value(std::move(out));
  }
  return one_char(s->char_at(seq_index(key, s->length, "string", "string index out of range")));
}
Value dict_getitem(Value obj, Value key) {
  Value v = obj.as<Dict>()->get(key);
  if (v.is_null()) {
    Type* t = obj.as_object()->type;
    if (t->is_heap()) {
      Value missing = type_lookup(t, names::missing);
      if (!missing.is_null()) return call_with_self(missing, obj, t, &key, 1, nullptr);
    }
    raise_key_error(key);
  }
  return v;
}
void list_setitem(Value obj, Value key, Value value) {
  auto& items = obj.as<List>()->items;
  if (is_type(key, &types::slice)) {
    int64_t start, stop, step;
    int64_t n = slice_indices(key.as<Slice>(), static_cast<int64_t>(items.size()), start, stop, step);
    std::vector<Value> src;
    Type* vt = type_of(value);
    bool iterable = vt->iter || !type_lookup(vt, names::iter).is_null() || vt->getitem;
    if (!iterable)
      raise(&exc::TypeError, step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
    Value it = iter(value);
    for (Value x = next(it); !x.is_null(); x = next(it)) src.push_back(x);
    if (step == 1) {
      if (stop < start) stop = start;
      items.erase(items.begin() + start, items.begin() + std::max(start, stop));
      items.insert(items.begin() + start, src.begin(), src.end());
      return;
    }
    if (static_cast<int64_t>(src.size()) != n)
      raise(&exc::ValueError, "attempt to assign sequence of size " + std::to_string(src.size()) +
                                  " to extended slice of size " + std::to_string(n));
    for (int64_t i = 0, k = start; i < n; ++i, k += step) items[k] = src[i];
    return;
  }
  items[seq_index(key, static_cast<int64_t>(items.size()), "list", "list assignment index out of range")] = value;
}
void dict_setitem(Value obj, Value key, Value value) { obj.as<Dict>()->set(key, value); }
void list_delitem(Value obj, Value key) {
  auto& items = obj.as<List>()->items;
  if (is_type(key, &types::slice)) {
    int64_t start, stop, step;
    int64_t n = slice_indices(key.as<Slice>(), static_cast<int64_t>(items.size()), start, stop, step);
    std::vector<bool> drop(items.size());
    for (int64_t i = 0, k = start; i < n; ++i, k += step) drop[k] = true;
    std::vector<Value> kept;
    for (size_t i = 0; i < items.size(); ++i)
      if (!drop[i]) kept.push_back(items[i]);
    items = std::move(kept);
    return;
  }
  items.erase(items.begin() +
              seq_index(key, static_cast<int64_t>(items.size()), "list", "list assignment index out of range"));
}
void dict_delitem(Value obj, Value key) {
  if (!obj.as<Dict>()->remove(key)) raise_key_error(key);
}

// ---- iteration --------------------------------------------------------------------

Value list_iter(Value v) { return Value::object(heap().make<SeqIter>(&types::list_iter, v)); }
Value tuple_iter(Value v) { return Value::object(heap().make<SeqIter>(&types::tuple_iter, v)); }
Value str_iter(Value v) {
  // CPython names the iterator of an ASCII str str_ascii_iterator.
  return Value::object(heap().make<SeqIter>(v.as<Str>()->ascii ? &types::str_iter : &types::str_uiter, v));
}
Value dict_iter(Value v) { return Value::object(heap().make<SeqIter>(&types::dict_keyiter, v)); }
Value range_iter(Value v) {
  Range* r = v.as<Range>();
  if (r->big) return Value::object(heap().make<BigRangeIter>(r->big_start, r->big_length(), r->big_step));
  return Value::object(heap().make<RangeIter>(r->start, r->stop, r->step));
}
Value self_iter(Value v) { return v; }

Value list_next(Value it) {
  auto* s = it.as<SeqIter>();
  const auto& items = s->seq.as<List>()->items;
  if (s->pos < static_cast<int64_t>(items.size())) return items[s->pos++];
  s->pos = INT64_MAX / 2;  // exhausted for good, even if the list grows
  return Value::null();
}
Value tuple_next(Value it) {
  auto* s = it.as<SeqIter>();
  const auto& items = s->seq.as<Tuple>()->items;
  if (s->pos < static_cast<int64_t>(items.size())) return items[s->pos++];
  return Value::null();
}
Value str_next(Value it) {
  auto* s = it.as<SeqIter>();
  Str* str = s->seq.as<Str>();
  if (s->pos < str->length) return one_char(str->char_at(s->pos++));
  return Value::null();
}
Value dict_next(Value it) {
  auto* s = it.as<SeqIter>();
  Dict* d = s->seq.as<Dict>();
  while (s->pos < static_cast<int64_t>(d->entries.size())) {
    const auto& e = d->entries[s->pos++];
    if (!e.key.is_null()) return e.key;
  }
  return Value::null();
}
Value longrange_next(Value it) {
  {
    auto* b = it.as<BigRangeIter>();
    if (int_sign(b->remaining) <= 0) return Value::null();
    Value v = b->next;
    b->next = int_binary(bytecode::BinaryOp::Add, b->next, b->step);
    b->remaining = int_binary(bytecode::BinaryOp::Subtract, b->remaining, make_int(1));
    return v;
  }
}
Value range_next(Value it) {
  auto* r = it.as<RangeIter>();
  if (r->step > 0 ? r->next < r->stop : r->next > r->stop) {
    int64_t v = r->next;
    r->next += r->step;
    return make_int(v);
  }
  return Value::null();
}

// ---- attributes ------------------------------------------------------------------------

Value module_getattro(Value obj, Str* name) {
  Module* m = obj.as<Module>();
  Value v = m->dict->get_str(name);
  if (!v.is_null()) return v;
  if (name->data == "__dict__") return Value::object(m->dict);
  return generic_getattr(obj, name);
}
void module_setattro(Value obj, Str* name, Value value) {
  Module* m = obj.as<Module>();
  if (value.is_null()) {
    if (!m->dict->remove(Value::object(name)))
      raise(&exc::AttributeError, "module '" + m->name->data + "' has no attribute '" + name->data + "'");
    return;
  }
  m->dict->set_str(name, value);
}
// BaseException's fields are descriptors (exception_methods.cpp, exception_fields.cpp);
// __notes__ lives beside them rather than in the instance dict.
Value exception_getattr(Value obj, Str* name) {
  auto* e = obj.as<ExceptionObj>();
  if (name->data == "__notes__" && !e->notes.is_null()) return e->notes;
  return Value::null();
}
Value none_construct(Value, Value*, size_t nargs, Tuple*) {
  if (nargs) raise(&exc::TypeError, "NoneType takes no arguments");
  return Value::none();
}
Value builtin_getattr(Value obj, Str* name) {
  Builtin* b = obj.as<Builtin>();
  if (name->data == "__name__") return str_value(b->name);
  if (name->data == "__qualname__") {
    if (b->method_of) return str_value(b->method_of->name + "." + b->name);
    if (is_type_object(b->self)) return str_value(b->self.as<Type>()->name + "." + b->name);
    return str_value(b->name);
  }
  if (name->data == "__self__") return b->self.is_null() ? Value::none() : b->self;
  if (name->data == "__objclass__" && b->method_of) return type_value(b->method_of);
  return Value::null();
}

void exception_setattro(Value obj, Str* name, Value value) {
  if (name->data == "__notes__") {
    obj.as<ExceptionObj>()->notes = value;
    return;
  }
  generic_setattr(obj, name, value);
}

}  // namespace

// OSError(errno, strerror, ...) becomes the subclass for that errno, as in CPython.
Type* oserror_subclass(Value err) {
  auto e = int_as_int64(err);
  if (!e) return &exc::OSError;
  switch (*e) {
    case EAGAIN: case EALREADY: case EINPROGRESS: return &exc::BlockingIOError;
    case ECHILD: return &exc::ChildProcessError;
    case EPIPE: case ESHUTDOWN: return &exc::BrokenPipeError;
    case ECONNABORTED: return &exc::ConnectionAbortedError;
    case ECONNREFUSED: return &exc::ConnectionRefusedError;
    case ECONNRESET: return &exc::ConnectionResetError;
    case EEXIST: return &exc::FileExistsError;
    case ENOENT: return &exc::FileNotFoundError;
    case EISDIR: return &exc::IsADirectoryError;
    case ENOTDIR: return &exc::NotADirectoryError;
    case EINTR: return &exc::InterruptedError;
    case EACCES: case EPERM: return &exc::PermissionError;
    case ESRCH: return &exc::ProcessLookupError;
    case ETIMEDOUT: return &exc::TimeoutError;
    default: return &exc::OSError;
  }
}

namespace {

Value exception_construct(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  return construct_exception(self.as<Type>(), args, nargs, kwnames);
}

void set_slots() {
  using namespace types;
  object.hash = identity_hash;
  type.repr = type_repr;
  int_.repr = int_repr;
  int_.hash = bigint_hash;
  int_.truth = bigint_truth;
  bool_.repr = bool_repr;
  float_.repr = float_repr_slot;
  float_.hash = float_hash_slot;
  float_.truth = float_truth_slot;
  none.repr = none_repr;
  str.repr = str_repr_slot;
  str.hash = [](Value v) { return str_hash(v.as<Str>()); };
  str.str = str_str;
  str.len = str_len;
  str.getitem = str_getitem;
  str.iter = ::rt::str_iter;
  list.repr = list_repr;
  list.hash = nullptr;
  list.len = list_len;
  list.getitem = list_getitem;
  list.setitem = list_setitem;
  list.delitem = list_delitem;
  list.iter = ::rt::list_iter;
  tuple.repr = tuple_repr;
  tuple.hash = tuple_hash;
  tuple.len = tuple_len;
  tuple.getitem = tuple_getitem;
  tuple.iter = ::rt::tuple_iter;
  dict.repr = dict_repr;
  dict.len = dict_len;
  dict.getitem = dict_getitem;
  dict.setitem = dict_setitem;
  dict.delitem = dict_delitem;
  dict.iter = dict_iter;
  range.repr = range_repr;
  range.len = range_len;
  // range.hash, truth, getitem and methods: objects/range.cpp
  range.iter = ::rt::range_iter;
  slice.repr = slice_repr;
  // slice's attributes and methods: objects/slice.cpp
  none.construct = none_construct;
  function.repr = function_repr;
  builtin.repr = builtin_repr;
  builtin.getattr = builtin_getattr;
  method_descr.repr = builtin_repr;
  method_descr.getattr = builtin_getattr;
  exc::BaseException.setattro = exception_setattro;
  module.repr = module_repr;
  module.getattro = module_getattro;
  module.setattro = module_setattro;
  for (Type* t : {&types::list_iter, &types::tuple_iter, &types::str_iter, &types::str_uiter, &types::dict_keyiter,
                  &types::range_iter})
    t->iter = self_iter;
  types::str_uiter.next = str_next;
  types::list_iter.next = list_next;
  types::tuple_iter.next = tuple_next;
  types::str_iter.next = str_next;
  dict_keyiter.next = dict_next;
  types::range_iter.next = range_next;
  types::longrange_iter.next = longrange_next;
  types::longrange_iter.iter = self_iter;
  types::not_implemented.repr = not_implemented_repr;
  types::ellipsis.repr = ellipsis_repr;
  exc::BaseException.repr = exception_repr;
  exc::BaseException.str = exception_str_slot;
  exc::BaseException.getattr = exception_getattr;
  exc::BaseException.construct = exception_construct;
  exc::BaseException.alloc = [](Type* t) -> Object* { return heap().make<ExceptionObj>(t, new_tuple()); };
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
  exc::BaseException.attrs_offset = static_cast<int32_t>(offsetof(ExceptionObj, attrs));
#pragma GCC diagnostic pop
  exc::BaseException.flags |= kHasDict;
  exception_types();  // marks them as exception types
}

}  // namespace

// Lists and dicts are unhashable even though object is hashable.
static int64_t unhashable(Value v) { raise(&exc::TypeError, "unhashable type: '" + type_name(v) + "'"); }

std::string address_string(Value v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v.bits & Value::kPayload));
  return buf;
}

Value not_implemented() { return Value::object(&not_implemented_obj); }
Value ellipsis() { return Value::object(&ellipsis_obj); }

void init_types() {
  set_slots();
  types::list.hash = unhashable;
  types::dict.hash = unhashable;
}

}  // namespace rt
