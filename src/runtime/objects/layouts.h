// The C++ layouts of instances of classes that subclass a builtin type: the
// builtin's own object with InstanceAttrs after it, so native code sees a
// list (dict, str, ...) and the object model sees instance attributes.
#pragma once

#include "runtime/object.h"

namespace rt {

struct SubclassLayout {
  Object* (*alloc)(Type* t);
  int32_t attrs_offset;
};

// The layout for subclasses whose solid base is the builtin `base`; null if
// `base` cannot be subclassed.
const SubclassLayout* subclass_layout(const Type* base);

// Fills the new instance of a subclass of an immutable builtin (int, str,
// tuple, float, frozenset) from a value of that builtin (its __new__).
void init_value_subclass(Object* instance, Value value);

// The float inside an instance of a float subclass (other values unchanged).
Value float_value(Value v);

// list.__init__, dict.__init__, set.__init__ (what a subclass's super().__init__ reaches).
void install_builtin_inits();

}  // namespace rt
