// Warnings the runtime itself issues (CPython's PyErr_WarnEx under the default
// filters): printed to stderr as the warnings module prints them, once per
// location. The VM provides the printing, since it knows the running line.
#pragma once

#include <string>

#include "runtime/object.h"

namespace rt {

// `has_source`: the warning is about an object (a coroutine never awaited),
// for which CPython adds "Enable tracemalloc to get the object allocation traceback".
using WarnHook = void (*)(Type* category, const std::string& message, bool has_source);
void set_warn_hook(WarnHook hook);
void warn(Type* category, const std::string& message, bool has_source = false);

}  // namespace rt
