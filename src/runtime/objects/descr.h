// Descriptors: bound methods, property, classmethod, staticmethod, and the
// member descriptors of __slots__ (CPython's funcobject.c, descrobject.c).
#pragma once

#include "runtime/object.h"
#include "runtime/objects/function.h"

namespace rt {

namespace types {
extern Type method, property, classmethod, staticmethod, member_descr, getset_descr;
}

// A function bound to an instance (or a class, for classmethods).
struct Method : Object {
  Value func, self;
  Method(Value f, Value s);
  void trace(Tracer& t) override;
};

struct Property : Object {
  Value fget, fset, fdel, doc;
  Value name;  // set by __set_name__ (3.11 uses it only in error messages)
  explicit Property(Type* t);
  void trace(Tracer& t) override;
};

// classmethod and staticmethod share a layout: the wrapped callable, plus a
// __dict__ (functools.wraps copies attributes onto them).
struct FuncWrapper : Object {
  Value callable;
  InstanceAttrs attrs;
  FuncWrapper(Type* t, Value c);
  void trace(Tracer& t) override;
};

// A __slots__ entry: the value at index `index` of instances' InstanceAttrs.
struct MemberDescr : Object {
  Type* owner;
  Str* name;
  uint32_t index;
  MemberDescr(Type* o, Str* n, uint32_t i);
  void trace(Tracer& t) override;
};

// An attribute of a builtin type computed by a native getter (int.real, ...),
// writable when it has a setter: CPython's getset_descriptor.
struct GetSetDescr : Object {
  Type* owner;
  Str* name;
  Value (*get)(Value obj);
  void (*set)(Value obj, Value value) = nullptr;  // value null = delete; null setter: read-only
  // A read-only field (CPython's READONLY member_descriptor, as
  // BaseExceptionGroup.message): its repr and assignment error differ.
  bool readonly_member = false;
  GetSetDescr(Type* o, Str* n, Value (*g)(Value));
};
void add_getset(Type* owner, const char* name, Value (*get)(Value obj),
                void (*set)(Value obj, Value value) = nullptr);
void add_readonly_member(Type* owner, const char* name, Value (*get)(Value obj));

Value new_method(Value func, Value self);
Object* new_staticmethod(Value f);
Object* new_classmethod(Value f);
Object* new_member_descr(Type* owner, Str* name, uint32_t index);

// object.__new__ / object.__init__ as stored in object's dict (type_call
// recognises them to skip the generic path).
Value object_new_value();
Value object_init_value();
// func(self, *args) for an attribute found on `type` (a function, a method
// descriptor or any descriptor), without making a bound method when possible.
Value call_with_self(Value func, Value self, Type* type, Value* args, size_t nargs, Tuple* kwnames);

void install_descriptor_types();

}  // namespace rt
