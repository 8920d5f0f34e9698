// The gc module: the collector seen from Python.
//
// pyvm has one tracing collector where CPython has reference counting plus a
// cycle collector, so the collector here also does what reference counting
// does there: it frees every unreachable object, not only cycles. So
// gc.disable() records the state isenabled() reports (timeit and tests toggle
// it) but collection goes on, as memory would otherwise grow without bound;
// and collect() counts every unreachable object it found, where CPython counts
// only those in cycles.
#include <iterator>

#include "modules/registry.h"
#include "runtime/args.h"
#include "runtime/methods_util.h"
#include "runtime/objects/int.h"
#include "runtime/runtime.h"

namespace rt {

namespace {

bool g_enabled = true;
int64_t g_threshold[3] = {700, 10, 10};  // CPython's defaults, reported as set

Value gc_enable(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("gc.enable()");
  sig.bind<0>(self, args, nargs, kw);
  g_enabled = true;
  return Value::none();
}

Value gc_disable(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("gc.disable()");
  sig.bind<0>(self, args, nargs, kw);
  g_enabled = false;
  return Value::none();
}

Value gc_isenabled(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("gc.isenabled()");
  sig.bind<0>(self, args, nargs, kw);
  return Value::boolean(g_enabled);
}

Value gc_collect(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("gc.collect($module, /, generation=2)");
  auto [generation] = sig.bind<1>(self, args, nargs, kw);
  int64_t g = index_value(generation, "collect");
  if (g < 0 || g > 2) raise(&exc::ValueError, "invalid generation");
  return make_int(static_cast<int64_t>(collect_now()));
}

Value gc_get_count(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("gc.get_count()");
  sig.bind<0>(self, args, nargs, kw);
  // Allocations since the last collection; pyvm has one generation.
  return tuple_value({make_int(static_cast<int64_t>(heap().allocated_since_collection())), make_int(0), make_int(0)});
}

Value gc_get_threshold(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("gc.get_threshold()");
  sig.bind<0>(self, args, nargs, kw);
  return tuple_value({make_int(g_threshold[0]), make_int(g_threshold[1]), make_int(g_threshold[2])});
}

Value gc_set_threshold(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("set_threshold(threshold0, threshold1=<unrepresentable>, "
                             "threshold2=<unrepresentable>, /)",
                             ArgStyle::ParseTuple);
  auto values = sig.bind<3>(self, args, nargs, kw);
  // pyvm paces collections by the live heap's size (heap.cpp); the thresholds
  // are kept for get_threshold().
  for (size_t i = 0; i < 3; ++i)
    if (!values[i].is_null()) g_threshold[i] = index_value(values[i], "set_threshold");
  return Value::none();
}

Value gc_is_finalized(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("gc.is_finalized($module, obj, /)");
  auto [obj] = sig.bind<1>(self, args, nargs, kw);
  return Value::boolean(obj.is_object() && obj.as_object()->finalized);
}

const MethodEntry kGc[] = {
    {"enable", gc_enable},
    {"disable", gc_disable},
    {"isenabled", gc_isenabled},
    {"collect", gc_collect},
    {"get_count", gc_get_count},
    {"get_threshold", gc_get_threshold},
    {"set_threshold", gc_set_threshold},
    {"is_finalized", gc_is_finalized},
};

}  // namespace

Module* make_gc_module() {
  Module* m = new_module("gc");
  add_functions(m, std::begin(kGc), std::end(kGc));
  // Objects found unreachable but not freeable; pyvm frees every cycle, even
  // with __del__ (PEP 442), so it stays empty, as in CPython since 3.4.
  m->dict->set_str(intern("garbage"), Value::object(new_list()));
  const std::pair<const char*, int> flags[] = {{"DEBUG_STATS", 1}, {"DEBUG_COLLECTABLE", 2},
                                               {"DEBUG_UNCOLLECTABLE", 4}, {"DEBUG_SAVEALL", 32},
                                               {"DEBUG_LEAK", 38}};
  for (const auto& [name, value] : flags) m->dict->set_str(intern(name), make_int(value));
  return m;
}

}  // namespace rt
