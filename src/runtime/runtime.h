// Runtime start-up and the builtins module.
#pragma once

#include "runtime/object.h"

namespace rt {

// Fills the built-in types' slots and registers the runtime's GC roots.
// Idempotent; call once before running anything.
void init_runtime();
void init_types();

// The builtins namespace (print, len, int, ...), created on first use.
Dict* builtins_dict();

void install_int_methods();  // objects/int_methods.cpp
void install_float_methods();  // objects/float_methods.cpp

// __build_class__, super, isinstance, getattr, ... (builtins_objects.cpp).
void install_object_builtins(Dict* builtins);

// Where print() writes: stdout, flushed before any traceback goes to stderr.
void flush_stdout();

}  // namespace rt
