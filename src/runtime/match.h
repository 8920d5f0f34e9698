// What `match` statements ask of objects at run time (CPython 3.11 ceval.c's
// MATCH_MAPPING / MATCH_SEQUENCE / MATCH_KEYS / MATCH_CLASS).
#pragma once

#include "runtime/object.h"

namespace rt {

struct Tuple;

// Sequence and mapping patterns accept instances of types flagged kSequence /
// kMapping (list, tuple, range, dict and their subclasses; not str or bytes).
bool match_is_sequence(Value subject);
bool match_is_mapping(Value subject);
// {k1: p1, k2: p2}: the values of `keys` in `subject` (found through
// subject.get(key, <sentinel>), so __missing__ is never called) as a tuple,
// or None if a key is missing. ValueError for a key listed twice.
Value match_keys(Value subject, Tuple* keys);
// cls(p1, p2, kw=p3): an isinstance check, then the attributes named by
// cls.__match_args__[:nargs] and `kwnames` as a tuple; None if the subject is
// not an instance or lacks an attribute. TypeErrors as CPython's.
Value match_class(Value subject, Value cls, size_t nargs, Tuple* kwnames);
// The collection and match-self flags of the builtin types (before type_ready).
void init_match_flags();

}  // namespace rt
