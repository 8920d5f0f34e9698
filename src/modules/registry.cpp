// The one table of native modules (CPython's Modules/config.c): a name and
// the function that builds a fresh module object for it.
#include "modules/registry.h"

#include <iterator>

#include "runtime/objects/containers.h"
#include "runtime/objects/function.h"
#include "runtime/objects/str.h"

namespace rt {

namespace {

struct NativeModule {
  const char* name;
  Module* (*make)();
};

const NativeModule kNativeModules[] = {
    {"builtins", make_builtins_module},
    {"cmath", make_cmath_module},
    {"gc", make_gc_module},
    {"math", make_math_module},
    {"sys", make_sys_module},
};

}  // namespace

Module* new_module(const char* name) {
  Dict* d = new_dict();
  d->set_str(intern("__name__"), Value::object(intern(name)));
  return heap().make<Module>(intern(name), d);
}

void add_functions(Module* m, const MethodEntry* begin, const MethodEntry* end) {
  for (const MethodEntry* e = begin; e != end; ++e)
    m->dict->set_str(intern(e->name), Value::object(heap().make<Builtin>(e->name, e->fn)));
}

Module* make_native_module(std::string_view name) {
  for (const NativeModule& m : kNativeModules)
    if (name == m.name) return m.make();
  return nullptr;
}

}  // namespace rt
