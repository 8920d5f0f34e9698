// BaseExceptionGroup and ExceptionGroup (PEP 654): the types, their methods
// (split, subgroup, derive, exceptions, message) and the two operations the
// VM's except* opcodes need, as CPython 3.11's Objects/exceptions.c and
// ceval.c do them.
#pragma once

#include <utility>
#include <vector>

#include "runtime/objects/exceptions.h"

namespace rt {

struct List;

// isinstance(v, BaseExceptionGroup)
bool is_exception_group(Value v);

// eg.exceptions of a group (the tuple itself, as the traceback printer reads it).
Tuple* exception_group_exceptions(Value eg);

// ExceptionGroup(message, excs) as the interpreter builds one (a naked
// exception caught by except*, several exceptions raised in except* bodies):
// BaseExceptionGroup's rule picks ExceptionGroup when every item is an Exception.
Value make_exception_group(const std::string& message, std::vector<Value> excs);

// CHECK_EG_MATCH: splits `exc` by `match_type` (a type or tuple of types,
// validated first: TypeError "catching classes that do not inherit from
// BaseException is not allowed" / "catching ExceptionGroup with except* is not
// allowed. Use except instead."). Returns {match, rest}; match is None when
// nothing matched. A naked exception that matches is wrapped in an
// ExceptionGroup("", [exc]) (rest None).
std::pair<Value, Value> exception_group_match(Value exc, Value match_type);

// PREP_RERAISE_STAR: what a try/except* statement re-raises once its handlers
// ran. `orig` is the exception the statement caught, `raised` the list of
// exceptions the handlers raised or re-raised (None items skipped) plus the
// unhandled rest. Returns None when nothing is left to raise.
Value prep_reraise_star(Value orig, List* raised);

void install_exception_group_methods();

}  // namespace rt
