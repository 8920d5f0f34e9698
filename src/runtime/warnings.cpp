#include "runtime/warnings.h"

namespace rt {

namespace {
WarnHook g_warn = nullptr;
}

void set_warn_hook(WarnHook hook) { g_warn = hook; }

void warn(Type* category, const std::string& message, bool has_source) {
  if (g_warn) g_warn(category, message, has_source);
}

}  // namespace rt
