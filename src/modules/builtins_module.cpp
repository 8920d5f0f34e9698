// The `builtins` module: a module object whose namespace is the very dict
// frames use as their builtins, so `import builtins; builtins.x = ...` is seen
// by every name lookup that falls through to builtins, as in CPython.
#include "modules/registry.h"
#include "runtime/runtime.h"

namespace rt {

Module* make_builtins_module() { return heap().make<Module>(intern("builtins"), builtins_dict()); }

}  // namespace rt
