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

#include "bytecode/opcodes.h"
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
  bool finalized = false;  // its __del__ has run (PEP 442: at most once)

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
      mark(reinterpret_cast<Object*>(o->type));  // a class lives as long as its instances
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

// Where an instance keeps its attributes (CPython's split-keys instance
// dict): `values` is indexed by the type's SharedKeys while `dict` is null;
// once a program asks for `__dict__` (or the keys outgrow the shared table)
// the attributes move into a real dict for good.
struct InstanceAttrs {
  std::vector<Value> values;  // first the __slots__ of the type, then shared-key values
  Dict* dict = nullptr;
  void trace(Tracer& t);
};

// The attribute names instances of one type have used, in first-seen order;
// every instance's values line up with it. `version` changes when a name is added.
struct SharedKeys {
  std::vector<Str*> names;  // interned
  uint32_t version = 0;
  int find(const Str* interned_name) const {
    for (size_t i = 0; i < names.size(); ++i)
      if (names[i] == interned_name) return static_cast<int>(i);
    return -1;
  }
};

enum TypeFlags : uint32_t {
  kHeapType = 1u << 0,       // defined by a class statement or type(name, bases, ns)
  kBaseType = 1u << 1,       // may be subclassed
  kHasDict = 1u << 2,        // instances have attributes beyond __slots__
  kAbstract = 1u << 3,
  kCustomGetattr = 1u << 4,  // __getattribute__ or __getattr__ overridden: no attribute caches
  // What `match` checks (CPython's Py_TPFLAGS_SEQUENCE / _MAPPING / _Py_TPFLAGS_MATCH_SELF);
  // subclasses inherit them.
  kSequence = 1u << 5,       // matches sequence patterns
  kMapping = 1u << 6,        // matches mapping patterns
  kMatchSelf = 1u << 7,      // C(x) binds the subject itself (int, str, list...)
};
constexpr uint32_t kInheritedFlags = kSequence | kMapping | kMatchSelf;

struct Type : Object {
  std::string name;          // __name__
  Type* base = nullptr;      // the solid base (tp_base): whose C++ layout instances share
  Dict* dict = nullptr;      // the namespace: methods, descriptors, class attributes
  Tuple* bases = nullptr;    // __bases__
  Tuple* mro = nullptr;      // __mro__ (filled by type_ready / type_new)
  Value qualname, module, doc;  // null = derived from name / "builtins" / None
  bool is_exception = false;
  uint32_t flags = kBaseType;
  // Changes whenever this type or a type in its MRO changes, so inline caches
  // keyed on it stay right; 0 means "not valid yet".
  uint32_t version = 0;
  // Instance layout: byte offset of InstanceAttrs inside instances (0 = none),
  // the number of __slots__ values, and how to allocate an instance.
  int32_t attrs_offset = 0;
  uint32_t nslots = 0;
  Object* (*alloc)(Type* t) = nullptr;
  SharedKeys* keys = nullptr;           // heap types with instance attributes
  std::vector<Type*> subclasses;        // weak: direct subclasses (for version/slot updates)
  // The VM's class-call cache: while version == init_version, calling this
  // class allocates with `alloc` and runs the Python function init_func.
  uint32_t init_version = 0;
  Value init_func;

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
  Value (*getattr)(Value, Str*) = nullptr;   // extra native attributes; returns null if missing
  // Full attribute protocol overrides (null = object.__getattribute__ / __setattr__).
  // getattro returns null when the attribute is missing (callers raise).
  Value (*getattro)(Value, Str*) = nullptr;
  void (*setattro)(Value, Str*, Value) = nullptr;  // value null = delete
  // Descriptor protocol: __get__(obj or null, owner) and __set__/__delete__ (value null).
  Value (*descr_get)(Value self, Value obj, Value owner) = nullptr;
  void (*descr_set)(Value self, Value obj, Value value) = nullptr;
  NativeFn call = nullptr;                   // instances are callable
  NativeFn construct = nullptr;              // calling the type itself (type.__call__ of a builtin)
  NativeFn init = nullptr;                   // __init__ of a builtin type (nullptr: object's)
  // A builtin type's finalizer (CPython's tp_finalize), run once when the
  // collector finds an instance unreachable and `needs_finalize` says so
  // (a suspended generator is closed so its finally blocks run).
  bool (*needs_finalize)(Object*) = nullptr;
  void (*finalize)(Object*) = nullptr;
  // A builtin type's operators, for types the generic operations in ops.cpp do
  // not know by name (bytes, complex, ...): CPython's nb_*/sq_concat/sq_repeat
  // and tp_richcompare, one function each. `binary` gets the operator (in-place
  // forms included) with an instance of this type (or a subclass) as either
  // operand; `richcompare` likewise. Both return null for NotImplemented, and
  // the other operand's type is asked next. `unary` gets -x, +x, ~x, abs(x);
  // null = unsupported. add_operator_wrappers (slots.h) exposes them as
  // __add__/__radd__/__eq__/... so Python subclasses and explicit calls reach them.
  Value (*binary)(bytecode::BinaryOp op, Value a, Value b) = nullptr;
  Value (*richcompare)(bytecode::CompareOp op, Value a, Value b) = nullptr;
  enum class Unary : uint8_t { Negative, Positive, Invert, Absolute };
  Value (*unary)(Unary op, Value v) = nullptr;
  // `item in container`; -1 = not supported (the generic protocol applies).
  int (*contains)(Value container, Value item) = nullptr;

  Type(std::string n, Type* b);
  explicit Type(Type* metatype);             // heap types (type_new)
  ~Type() override;
  void trace(Tracer& t) override;
  bool is_heap() const { return flags & kHeapType; }
  void unlink_from_bases();  // leaves the bases' subclass lists (the collector, before freeing)
};

inline InstanceAttrs* attrs_of(Object* o) {
  int32_t off = o->type->attrs_offset;
  return off ? reinterpret_cast<InstanceAttrs*>(reinterpret_cast<char*>(o) + off) : nullptr;
}

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
  // Memory a container takes outside its object (a set's or dict's table, a
  // list's items) counts toward the next collection too, one unit per 64 bytes:
  // without it a loop building big sets would grow the heap for thousands of
  // iterations before a collection, touching fresh pages all the way.
  void account_bytes(size_t bytes) { allocated_since_gc_ += bytes / 64; }
  // Testing aid: collect at every safe point (environment PYVM_GC_STRESS=1).
  void set_stress(bool on) { threshold_ = on ? 1 : kMinThreshold; stress_ = on; }
  // Roots come from registered providers (the VM's frames, module table, ...).
  int add_root_provider(std::function<void(Tracer&)> provider);  // returns an id
  void remove_root_provider(int id);
  // Returns how many objects were unreachable (freed or kept for finalizing).
  size_t collect();
  size_t live_objects() const { return live_; }
  size_t allocated_since_collection() const { return allocated_since_gc_; }
  // Unreachable objects whose __del__ is due (PEP 442): they, and everything
  // they reach, survived the collection that found them; the caller of
  // collect() runs their __del__ at its safe point. Oldest first.
  bool has_pending_finalizers() const { return !pending_finalizers_.empty(); }
  std::vector<Object*> take_pending_finalizers() { return std::move(pending_finalizers_); }
  // At exit: every object not yet finalized whose class defines __del__, oldest
  // first, each marked finalized (CPython finalizes what is left at shutdown).
  std::vector<Object*> take_all_finalizable();
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
  std::vector<Object*> pending_finalizers_;  // roots until their __del__ runs
};

// A collection now, from native code (gc.collect()), with finalizers run after
// it; returns the number of unreachable objects found. The VM sets the hook: it
// knows whether native code up the stack holds values the collector cannot see
// (then there is no collection and the result is 0).
using CollectHook = size_t (*)();
void set_collect_hook(CollectHook hook);
size_t collect_now();

// Whether o needs finalizing: its class defines __del__ (heap classes only:
// builtin types have none), or it is a suspended generator (to be closed).
bool has_finalizer(Object* o);

extern Heap the_heap;
inline Heap& heap() { return the_heap; }

// Static type objects, registered so the collector traces their dicts.
void register_static_type(Type* t);
const std::vector<Type*>& all_static_types();

}  // namespace rt
