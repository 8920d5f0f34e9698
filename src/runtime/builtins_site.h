// exit/quit, help, copyright/credits/license, aiter/anext, breakpoint,
// __import__ and the builtins module's own names (builtins_site.cpp).
#pragma once

#include "runtime/object.h"

namespace rt {

struct Dict;

// How native code imports a module (the VM's import system sets it).
using ImportHook = Value (*)(Str* name);
void set_import_hook(ImportHook hook);

void install_site_builtins(Dict* builtins);
// sys.breakpointhook's default (sys.__breakpointhook__).
Value breakpointhook_function();

}  // namespace rt
