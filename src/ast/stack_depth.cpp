#include "ast/stack_depth.h"

#include <sys/resource.h>

namespace ast {
namespace {

thread_local std::uintptr_t base = 0;
thread_local std::size_t budget = 0;

// Leaves room for the caller's frames and the error path; threads other than the
// main one are assumed to have at least the default 8 MB (std::thread's size).
std::size_t compute_budget() {
  rlimit rl{};
  std::size_t limit = 8u << 20;
  if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < limit)
    limit = static_cast<std::size_t>(rl.rlim_cur);
  return limit > (2u << 20) ? limit - (2u << 20) : limit / 2;
}

}  // namespace

StackDepth::StackDepth() {
  if (base == 0) {
    char probe;
    base = reinterpret_cast<std::uintptr_t>(&probe);
    budget = compute_budget();
    owner_ = true;
  }
}

StackDepth::~StackDepth() {
  if (owner_) base = 0;
}

bool StackDepth::exhausted() {
  if (base == 0) return false;
  char probe;
  std::uintptr_t here = reinterpret_cast<std::uintptr_t>(&probe);
  return base > here && base - here > budget;
}

}  // namespace ast
