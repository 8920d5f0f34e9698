// A guard against stack overflow in the recursive stages (parser, AST builder,
// dump): hostile input such as 100,000 nested unary minus signs must end in an
// error, never a crash. The budget is measured in bytes of stack actually used
// since the outermost entry point, against the process's stack limit.
#pragma once

#include <cstddef>
#include <cstdint>

namespace ast {

class StackDepth {
 public:
  // Marks the current frame as the base for this thread (outermost entry only;
  // nested entries keep the first base).
  StackDepth();
  ~StackDepth();
  StackDepth(const StackDepth&) = delete;
  StackDepth& operator=(const StackDepth&) = delete;

  // True once the stack used since the base exceeds the budget.
  static bool exhausted();

 private:
  bool owner_ = false;
};

}  // namespace ast
