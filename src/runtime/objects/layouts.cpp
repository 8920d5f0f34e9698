// Instance layouts for subclasses of builtin types (see layouts.h).
#include "runtime/objects/layouts.h"

#include <cstddef>

#include "runtime/objects/bytes.h"
#include "runtime/objects/complex.h"
#include "runtime/objects/containers.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/int.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type.h"
#include "runtime/ops.h"
#include "runtime/methods_util.h"
#include "runtime/objects/descr.h"

namespace rt {

namespace {

struct ListInstance : List {
  InstanceAttrs attrs;
  void trace(Tracer& t) override {
    List::trace(t);
    attrs.trace(t);
  }
};
struct TupleInstance : Tuple {
  InstanceAttrs attrs;
  void trace(Tracer& t) override {
    Tuple::trace(t);
    attrs.trace(t);
  }
};
struct DictInstance : Dict {
  InstanceAttrs attrs;
  void trace(Tracer& t) override {
    Dict::trace(t);
    attrs.trace(t);
  }
};
struct SetInstance : Set {
  InstanceAttrs attrs;
  explicit SetInstance(Type* t) : Set(t) {}
  void trace(Tracer& t) override {
    Set::trace(t);
    attrs.trace(t);
  }
};
struct StrInstance : Str {
  InstanceAttrs attrs;
  StrInstance() : Str(std::string()) {}
  void trace(Tracer& t) override { attrs.trace(t); }
};
struct BytesInstance : Bytes {
  InstanceAttrs attrs;
  BytesInstance() : Bytes(&types::bytes, std::string()) {}
  void trace(Tracer& t) override { attrs.trace(t); }
};
struct FloatInstance : Object {
  double value = 0.0;
  InstanceAttrs attrs;
  explicit FloatInstance(Type* t) : Object(t) {}
  void trace(Tracer& t) override { attrs.trace(t); }
};
struct ComplexInstance : Complex {
  InstanceAttrs attrs;
  explicit ComplexInstance(Type* t) : Complex(t) {}
  void trace(Tracer& t) override { attrs.trace(t); }
};
struct IntInstance : BigInt {
  InstanceAttrs attrs;
  void trace(Tracer& t) override { attrs.trace(t); }
};

template <class T>
Object* alloc_as(Type* t) {
  T* o = heap().make<T>();
  o->type = t;
  return o;
}
Object* alloc_set(Type* t) { return heap().make<SetInstance>(t); }
Object* alloc_float(Type* t) { return heap().make<FloatInstance>(t); }
Object* alloc_complex(Type* t) { return heap().make<ComplexInstance>(t); }
Object* alloc_instance(Type* t) {
  Instance* i = heap().make<Instance>(t);
  i->attrs.values.resize(t->nslots + (t->keys ? t->keys->names.size() : 0));
  return i;
}
Object* alloc_exception(Type* t) { return heap().make<ExceptionObj>(t, new_tuple()); }
// Metaclasses: their instances are classes; class attributes live in the dict.
Object* alloc_type(Type* t) { return heap().make<Type>(t); }

// offsetof on these (non-standard-layout, virtual) classes is what GCC
// computes for single inheritance; the warning is about portability only.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
const SubclassLayout kObject{alloc_instance, static_cast<int32_t>(offsetof(Instance, attrs))};
const SubclassLayout kList{alloc_as<ListInstance>, static_cast<int32_t>(offsetof(ListInstance, attrs))};
const SubclassLayout kTuple{alloc_as<TupleInstance>, static_cast<int32_t>(offsetof(TupleInstance, attrs))};
const SubclassLayout kDict{alloc_as<DictInstance>, static_cast<int32_t>(offsetof(DictInstance, attrs))};
const SubclassLayout kSet{alloc_set, static_cast<int32_t>(offsetof(SetInstance, attrs))};
const SubclassLayout kStr{alloc_as<StrInstance>, static_cast<int32_t>(offsetof(StrInstance, attrs))};
const SubclassLayout kBytes{alloc_as<BytesInstance>, static_cast<int32_t>(offsetof(BytesInstance, attrs))};
const SubclassLayout kInt{alloc_as<IntInstance>, static_cast<int32_t>(offsetof(IntInstance, attrs))};
const SubclassLayout kType{alloc_type, 0};
const SubclassLayout kComplex{alloc_complex, static_cast<int32_t>(offsetof(ComplexInstance, attrs))};
const SubclassLayout kFloat{alloc_float, static_cast<int32_t>(offsetof(FloatInstance, attrs))};
const SubclassLayout kException{alloc_exception, static_cast<int32_t>(offsetof(ExceptionObj, attrs))};
#pragma GCC diagnostic pop

}  // namespace

const SubclassLayout* subclass_layout(const Type* base) {
  if (base == &types::object) return &kObject;
  if (base == &types::list) return &kList;
  if (base == &types::tuple) return &kTuple;
  if (base == &types::dict) return &kDict;
  if (base == &types::set || base == &types::frozenset) return &kSet;
  if (base == &types::str) return &kStr;
  if (base == &types::int_) return &kInt;
  if (base == &types::bytes || base == &types::bytearray) return &kBytes;
  if (base == &types::type) return &kType;
  if (base == &types::float_) return &kFloat;
  if (base == &types::complex) return &kComplex;
  if (is_subtype(const_cast<Type*>(base), &exc::BaseException)) return &kException;
  return nullptr;
}

namespace {

Value list_init(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && !kwnames->items.empty()) raise(&exc::TypeError, "list() takes no keyword arguments");
  if (nargs > 1) raise(&exc::TypeError, "list expected at most 1 argument, got " + std::to_string(nargs));
  List* l = self.as<List>();
  l->items.clear();
  if (nargs == 1) {
    Value it = iter(args[0]);
    for (Value x = next(it); !x.is_null(); x = next(it)) l->items.push_back(x);
  }
  return Value::none();
}

Value dict_init(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  size_t npos = nargs - (kwnames ? kwnames->items.size() : 0);
  if (npos > 1) raise(&exc::TypeError, "dict expected at most 1 argument, got " + std::to_string(npos));
  Value update = type_lookup(&types::dict, intern("update"));
  return call_with_self(update, self, &types::dict, args, nargs, kwnames);
}

Value set_init(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && !kwnames->items.empty()) raise(&exc::TypeError, "set() takes no keyword arguments");
  if (nargs > 1) raise(&exc::TypeError, "set expected at most 1 argument, got " + std::to_string(nargs));
  Set* st = self.as<Set>();
  Set fresh(st->type);
  st->table = fresh.table;
  st->fill = fresh.fill;
  st->used = fresh.used;
  st->mask = fresh.mask;
  st->finger = 0;
  if (nargs == 1) st->update(args[0]);
  return Value::none();
}

}  // namespace

Value float_value(Value v) {
  if (v.is_object() && is_subtype(v.as_object()->type, &types::float_))
    return Value::from_double(static_cast<FloatInstance*>(v.as_object())->value);
  return v;
}

void install_builtin_inits() {
  add_method_if_missing(&types::list, "__init__", list_init);
  add_method_if_missing(&types::dict, "__init__", dict_init);
  add_method_if_missing(&types::set, "__init__", set_init);
}

void init_value_subclass(Object* o, Value v) {
  Type* t = o->type;
  if (is_subtype(t, &types::tuple)) {
    static_cast<Tuple*>(o)->items = v.as<Tuple>()->items;
  } else if (is_subtype(t, &types::str)) {
    Str* s = static_cast<Str*>(o);
    Str* src = v.as<Str>();
    s->data = src->data;
    s->length = src->length;
    s->ascii = src->ascii;
  } else if (is_subtype(t, &types::int_)) {
    int_to_mpz(v, static_cast<BigInt*>(o)->z);
  } else if (is_subtype(t, &types::float_)) {
    static_cast<FloatInstance*>(o)->value = v.as_float();
  } else if (is_subtype(t, &types::bytes)) {
    static_cast<Bytes*>(o)->data = v.as<Bytes>()->data;
  } else if (is_subtype(t, &types::complex)) {
    static_cast<Complex*>(o)->real = v.as<Complex>()->real;
    static_cast<Complex*>(o)->imag = v.as<Complex>()->imag;
  } else if (is_subtype(t, &types::frozenset)) {
    static_cast<Set*>(o)->update(v);
  }
}

}  // namespace rt
