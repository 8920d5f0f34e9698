// Type slots and Python special methods, kept in step both ways (CPython's
// slotdefs): a class that defines __repr__ gets a repr slot that calls it, and
// a builtin type's native slots appear in its dict as __repr__, __len__, ...
#pragma once

#include "runtime/object.h"

namespace rt {

// Static types: copies the slots a type does not define from its base, then
// exposes the slots it defines itself as wrapper methods in its dict.
void inherit_slots(Type* t);
// Heap types: sets every slot from the special methods found along the MRO
// (a Python definition gets a trampoline; a builtin base's native slot is kept).
void update_all_slots(Type* t);
// After `name` changed in t's dict: refresh the slots of t and its subclasses.
void update_slot(Type* t, Str* name);

}  // namespace rt
