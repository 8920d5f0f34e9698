#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "runtime/object.h"
#include "runtime/objects/containers.h"
#include "runtime/objects/generator.h"
#include "runtime/objects/type.h"
#include "runtime/ops.h"

namespace rt {

namespace {
std::vector<Type*>& static_types() {
  static std::vector<Type*> types;
  return types;
}
}  // namespace

Type::Type(std::string n, Type* b) : Object(&types::type), name(std::move(n)), base(b) {
  is_static = true;
  register_static_type(this);
}

void Type::trace(Tracer& t) {
  t.mark(dict);
  t.mark(bases);
  t.mark(mro);
  t.mark(qualname);
  t.mark(module);
  t.mark(doc);
  t.mark(base);
  t.mark(init_func);
  if (keys)
    for (Str* s : keys->names) t.mark(reinterpret_cast<Object*>(s));
}

bool is_subtype(const Type* t, const Type* base) {
  if (t == base) return true;
  if (t->mro) {
    for (Value k : t->mro->items)
      if (k.as_object() == base) return true;
    return false;
  }
  for (; t != nullptr; t = t->base)
    if (t == base) return true;
  return false;
}

const std::vector<Type*>& all_static_types() { return static_types(); }

void register_static_type(Type* t) { static_types().push_back(t); }

// Constant-initialised (no constructor code runs), so it is usable from any
// static initialiser.
Heap the_heap;

int Heap::add_root_provider(std::function<void(Tracer&)> provider) {
  providers_.emplace_back(++next_provider_id_, std::move(provider));
  return next_provider_id_;
}

void Heap::remove_root_provider(int id) {
  std::erase_if(providers_, [id](const auto& p) { return p.first == id; });
}

void clear_method_cache();

namespace {
CollectHook g_collect_hook = nullptr;
}  // namespace

void set_collect_hook(CollectHook hook) { g_collect_hook = hook; }
size_t collect_now() { return g_collect_hook ? g_collect_hook() : 0; }

bool has_finalizer(Object* o) {
  if (o->type->needs_finalize) return o->type->needs_finalize(o);
  return !o->type->is_static && !type_lookup(o->type, names::del).is_null();
}

size_t Heap::collect() {
  clear_method_cache();
  Tracer tracer;
  for (Type* t : static_types()) t->trace(tracer);
  for (auto& p : providers_) p.second(tracer);
  for (Object* o : pending_finalizers_) tracer.mark(o);
  tracer.drain();
  // PEP 442: an unreachable object whose __del__ has not run is kept, with
  // everything it reaches, until its __del__ has run; a later collection frees
  // it if it is still unreachable then (its __del__ may have resurrected it).
  // The list is newest first; finalizers run oldest first, as CPython's do.
  size_t first_new = pending_finalizers_.size();
  size_t unreachable = 0;
  Type* last_type = nullptr;  // garbage comes in runs of one class: look each run up once
  bool last_has = false;
  std::vector<Type*> dying_types;
  for (Object* o = head_; o; o = o->gc_next) {
    if (o->marked) continue;
    ++unreachable;
    Type* ot = o->type;
    if (ot == &types::type || (ot->is_heap() && is_subtype(ot, &types::type))) dying_types.push_back(static_cast<Type*>(o));
    if (o->finalized) continue;
    if (o->type->needs_finalize) {  // depends on the object's state (a generator's)
      if (o->type->needs_finalize(o)) pending_finalizers_.push_back(o);
      continue;
    }
    if (o->type->is_static) continue;
    if (o->type != last_type) {
      last_type = o->type;
      last_has = has_finalizer(o);
    }
    if (last_has) pending_finalizers_.push_back(o);
  }
  clear_method_cache();  // has_finalizer filled it with entries that are not roots
  std::reverse(pending_finalizers_.begin() + first_new, pending_finalizers_.end());
  for (size_t i = first_new; i < pending_finalizers_.size(); ++i) {
    pending_finalizers_[i]->finalized = true;
    tracer.mark(pending_finalizers_[i]);
  }
  tracer.drain();
  // Dying classes leave their bases' weak subclass lists first, while every
  // object (a base, the bases tuple) is still allocated: the sweep below may
  // free a base before its subclass.
  for (Type* t : dying_types)
    if (!t->marked) t->unlink_from_bases();
  size_t live = 0;
  Object** link = &head_;
  while (Object* o = *link) {
    if (o->marked) {
      o->marked = false;
      ++live;
      link = &o->gc_next;
    } else {
      *link = o->gc_next;
      delete o;
    }
  }
  live_ = live;
  allocated_since_gc_ = 0;
  // Grow with the live set (objects, and the Values inside them, which is what
  // marking costs) so collection time stays proportional to allocation.
  threshold_ = stress_ ? 1 : std::max<size_t>({kMinThreshold, live * 2, tracer.visited() / 2});
  // PYVM_GC_DEBUG=1: one line per collection, to see the live set and pacing.
  if (std::getenv("PYVM_GC_DEBUG")) std::fprintf(stderr, "gc: live %zu visited %zu threshold %zu\n", live, tracer.visited(), threshold_);
  return unreachable;
}

std::vector<Object*> Heap::take_all_finalizable() {
  std::vector<Object*> found;
  for (Object* o = head_; o; o = o->gc_next)
    if (!o->finalized && has_finalizer(o)) {
      o->finalized = true;
      found.push_back(o);
    }
  std::reverse(found.begin(), found.end());
  return found;
}

Heap::~Heap() {
  // Process exit frees everything; skip walking the list.
}

}  // namespace rt
