// Heap objects, types and the garbage-collected heap.
//
// Every heap object derives from Object; its C++ virtuals are only for the
// collector (trace children, destroy), while Python-level behaviour goes through
// the Type's slots so that classes defined in Python can later fill them too.
//
// Collection is precise mark-sweep and happens only at safe points that the VM
// chooses (calls, backward jumps), never inside native code: a native function
// may therefore hold raw Values in C++ locals without rooting them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "runtime/value.h"

namespace rt {

struct Type;
struct Str;
struct Tuple;
struct Dict;
class Tracer;

struct Object {
  Type* type;
  Object* gc_next = nullptr;
  bool marked = false;
  bool is_static = false;  // type objects and singletons defined in C++: never freed

  explicit Object(Type* t) : type(t) {}
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;
  virtual ~Object() = default;
  virtual void trace(Tracer&) {}
};

class Tracer {
 public:
  void mark(Value v) {
    ++visited_;
    if (v.is_object()) mark(v.as_object());
  }
  size_t visited() const { return visited_; }
  void mark(Object* o) {
    if (o == nullptr || o->is_static || o->marked) return;
    o->marked = true;
    work_.push_back(o);
  }
  void drain() {
    while (!work_.empty()) {
      Object* o = work_.back();
      work_.pop_back();
      o->trace(*this);
    }
  }

 private:
  std::vector<Object*> work_;
  size_t visited_ = 0;  // Values looked at: the cost of a collection
};

// Native call convention shared by builtins, types and the VM: positional and
// keyword argument values in one array; the last len(kwnames) are keywords.
using NativeFn = Value (*)(Value self, Value* args, size_t nargs, Tuple* kwnames);

struct Type : Object {
  std::string name;
  Type* base = nullptr;
  Dict* dict = nullptr;  // class attributes and methods (Python-visible)
  bool is_exception = false;

  // Slots; nullptr means "not supported" and the generic operation raises.
  Value (*repr)(Value) = nullptr;
  Value (*str)(Value) = nullptr;             // nullptr: use repr
  int64_t (*hash)(Value) = nullptr;          // nullptr: unhashable
  bool (*truth)(Value) = nullptr;            // nullptr: always true
  int64_t (*len)(Value) = nullptr;
  Value (*iter)(Value) = nullptr;
  Value (*next)(Value) = nullptr;            // returns null when exhausted
  Value (*getitem)(Value, Value) = nullptr;
  void (*setitem)(Value, Value, Value) = nullptr;
  void (*delitem)(Value, Value) = nullptr;
  Value (*getattr)(Value, Str*) = nullptr;   // returns null if missing
  NativeFn call = nullptr;                   // instances are callable
  NativeFn construct = nullptr;              // calling the type itself

  Type(std::string n, Type* b);
  void trace(Tracer& t) override;
};

bool is_subtype(const Type* t, const Type* base);

// The heap: owns every non-static object through an intrusive list.
class Heap {
 public:
  template <class T, class... Args>
  T* make(Args&&... args) {
    T* o = new T(std::forward<Args>(args)...);
    o->gc_next = head_;
    head_ = o;
    ++allocated_since_gc_;
    return o;
  }
  bool should_collect() const { return allocated_since_gc_ >= threshold_; }
  // Testing aid: collect at every safe point (environment PYVM_GC_STRESS=1).
  void set_stress(bool on) { threshold_ = on ? 1 : kMinThreshold; stress_ = on; }
  // Roots come from registered providers (the VM's frames, module table, ...).
  int add_root_provider(std::function<void(Tracer&)> provider);  // returns an id
  void remove_root_provider(int id);
  void collect();
  size_t live_objects() const { return live_; }
  ~Heap();

 private:
  Object* head_ = nullptr;
  size_t allocated_since_gc_ = 0;
  size_t live_ = 0;
  // Allocations between collections, at least. Small enough that garbage is
  // reused while still in cache; grows with the live heap (heap.cpp).
  static constexpr size_t kMinThreshold = 50000;
  size_t threshold_ = kMinThreshold;
  bool stress_ = false;
  std::vector<std::pair<int, std::function<void(Tracer&)>>> providers_;
  int next_provider_id_ = 0;
};

extern Heap the_heap;
inline Heap& heap() { return the_heap; }

// Static type objects, registered so the collector traces their dicts.
void register_static_type(Type* t);

}  // namespace rt
