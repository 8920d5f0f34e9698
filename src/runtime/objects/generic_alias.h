// types.GenericAlias (list[int]) and types.UnionType (int | str): the objects
// the typing syntax of PEP 585 and PEP 604 builds at run time.
#pragma once

#include "runtime/object.h"
#include "runtime/objects/containers.h"

namespace rt {

namespace types {
extern Type generic_alias, union_type;
}

struct GenericAlias : Object {
  Value origin;
  Tuple* args;
  GenericAlias(Value o, Tuple* a) : Object(&types::generic_alias), origin(o), args(a) {}
  void trace(Tracer& t) override {
    t.mark(origin);
    t.mark(args);
  }
};

struct UnionType : Object {
  Tuple* args;  // flattened, without duplicates, None as type(None)
  explicit UnionType(Tuple* a) : Object(&types::union_type), args(a) {}
  void trace(Tracer& t) override { t.mark(args); }
};

// origin[args]: a tuple `args` is the parameters, anything else one parameter.
Value new_generic_alias(Value origin, Value args);
// The binary slot of GenericAlias and UnionType: `|` builds a union.
Value union_binary(bytecode::BinaryOp op, Value a, Value b);
// The classes isinstance()/issubclass() test for a union (its __args__), with
// CPython's TypeError for a parameterized generic among them.
Tuple* union_check_args(Value u, const char* who);
void install_generic_alias();
void install_union_type();

}  // namespace rt
