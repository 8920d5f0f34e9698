// Modules implemented in C++ (math, sys), found by import before any file.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "runtime/function.h"

namespace rt {

// What sys exposes that belongs to the running VM.
struct SysState {
  std::vector<std::string> argv;
  std::string path0;
  Dict* modules = nullptr;
  int recursion_limit = 1000;
  int max_recursion_limit = 1000;
};

void set_sys_state(SysState* state);

// A new module object for a built-in module name, or nullptr.
Module* make_native_module(std::string_view name);

}  // namespace rt
