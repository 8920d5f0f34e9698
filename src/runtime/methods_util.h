// Helpers shared by the method tables of the built-in types.
#pragma once

#include <string>
#include <vector>

#include "runtime/args.h"
#include "runtime/objects/containers.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/function.h"
#include "runtime/ops.h"
#include "runtime/objects/str.h"

namespace rt {

struct MethodEntry {
  const char* name;
  NativeFn fn;
};

// Puts each method into the type's dict (as an unbound Builtin; getattr binds it).
void install_methods(Type* type, const MethodEntry* begin, const MethodEntry* end);
// One method descriptor `name` in the type's dict, unless the dict already has
// that name (a type's own method wins over a generic wrapper).
void add_method_if_missing(Type* type, const char* name, NativeFn fn);

// Older positional-only count check, for code not yet declaring a Signature
// (runtime/args.h), which is the way to take arguments: it knows keywords and
// qualifies names ("list.append() takes exactly one argument (0 given)").
void method_args(const char* name, size_t nargs, Tuple* kwnames, size_t min, size_t max);
size_t keyword_count(Tuple* kwnames);

// Every item of an iterable (fast for lists and tuples).
std::vector<Value> iterate(Value iterable);

// list.sort's algorithm on a vector (sorted() shares it): key=None or a callable.
void sort_values(std::vector<Value>& items, Value key, bool reverse);

void install_str_methods();
void install_list_methods();
void install_dict_methods();
// enumerate, zip, reversed, map, filter: their slots, and their names in builtins.
void install_iterator_types(Dict* builtins);

// `item in view` for dict_keys/values/items; `handled` is false for other values.
bool view_contains(Value view, Value item, bool& handled);

}  // namespace rt
