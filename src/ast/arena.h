// All AST nodes of one parse live in an Arena and die with it (see nodes.h).
#pragma once

#include <cstring>
#include <memory>
#include <memory_resource>
#include <string_view>

#include "ast/nodes.h"

namespace ast {

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  std::pmr::memory_resource* resource() { return &pool_; }

  // Every node constructor takes the arena's memory resource first (for its Seqs).
  template <class T, class... Args>
  T* make(Args&&... args) {
    void* p = pool_.allocate(sizeof(T), alignof(T));
    return new (p) T(&pool_, std::forward<Args>(args)...);
  }

  // Copies text into the arena; the view stays valid as long as the arena.
  std::string_view intern(std::string_view s) {
    if (s.empty()) return std::string_view("", 0);
    char* p = static_cast<char*>(pool_.allocate(s.size(), 1));
    std::memcpy(p, s.data(), s.size());
    return {p, s.size()};
  }

 private:
  std::pmr::monotonic_buffer_resource pool_{4 * 1024};
};

// A parsed module together with the arena that owns it.
struct ParsedModule {
  std::unique_ptr<Arena> arena = std::make_unique<Arena>();
  Module* module = nullptr;
};

struct ParsedExpression {
  std::unique_ptr<Arena> arena = std::make_unique<Arena>();
  expr* body = nullptr;
};

}  // namespace ast
