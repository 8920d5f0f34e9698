// Instance layouts for subclasses of builtin types (see layouts.h).
#include "runtime/objects/layouts.h"

#include <cstddef>

#include "runtime/objects/containers.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/int.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type.h"
#include "runtime/ops.h"

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
Object* alloc_instance(Type* t) { return heap().make<Instance>(t); }
Object* alloc_exception(Type* t) { return heap().make<ExceptionObj>(t, new_tuple()); }

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
const SubclassLayout kInt{alloc_as<IntInstance>, static_cast<int32_t>(offsetof(IntInstance, attrs))};
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
  if (is_subtype(const_cast<Type*>(base), &exc::BaseException)) return &kException;
  return nullptr;
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
  } else if (is_subtype(t, &types::frozenset)) {
    static_cast<Set*>(o)->update(v);
  }
}

}  // namespace rt
