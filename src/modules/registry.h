// Modules implemented in C++, found by import before any file. Each lives in
// its own file (math.cpp, sys.cpp, ...) and has one line in registry.cpp's table.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "runtime/methods_util.h"
#include "runtime/objects/function.h"

namespace rt {

// What sys exposes that belongs to the running VM.
struct SysState {
  std::vector<std::string> argv;
  std::string path0;
  Dict* modules = nullptr;
  // sys.getrecursionlimit(), and the limit the VM enforces: the same unless
  // the program asked for more frames than the VM has room for.
  int requested_recursion_limit = 1000;
  int recursion_limit = 1000;
  int max_recursion_limit = 1000;
  // The exception being handled by the innermost except block, or None.
  Value (*handled_exception)() = nullptr;
};

void set_sys_state(SysState* state);

// A new module object for a built-in module name, or nullptr.
Module* make_native_module(std::string_view name);

// For the modules' own files: an empty module named `name`, and its functions.
Module* new_module(const char* name);
void add_functions(Module* m, const MethodEntry* begin, const MethodEntry* end);

// One builder per native module (the table in registry.cpp lists them).
Module* make_builtins_module();
Module* make_gc_module();
Module* make_math_module();
Module* make_cmath_module();
Module* make_sys_module();

}  // namespace rt
