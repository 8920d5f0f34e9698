// __del__: the collector keeps an unreachable object whose class defines
// __del__ alive until the VM has called it (PEP 442); the VM calls it right
// after the collection, at the safe point that started it, and at exit for
// whatever was never collected (CPython finalizes what is left at shutdown).
#include <cstdio>

#include "runtime/objects/exceptions.h"
#include "runtime/objects/type.h"
#include "runtime/ops.h"
#include "runtime/runtime.h"
#include "vm/interpreter.h"
#include "vm/traceback.h"

namespace vm {

namespace {

// CPython's default sys.unraisablehook: "Exception ignored in: <obj>" and the
// traceback, for an exception nothing can catch (it came out of a __del__).
void write_unraisable(Value exc, Value obj) {
  std::string where;
  try {
    where = rt::repr_string(obj);
  } catch (const rt::PyError&) {
    where = "<object repr() failed>";
  }
  rt::flush_stdout();
  std::string text = "Exception ignored in: " + where + "\n" + format_traceback(exc);
  std::fwrite(text.data(), 1, text.size(), stderr);
  std::fflush(stderr);
}

}  // namespace

void VM::run_finalizers(const std::vector<rt::Object*>& objects) {
  for (rt::Object* o : objects) {
    Value self = Value::object(o);
    Value handled = handled_exc_;
    if (o->type->finalize) {
      try {
        o->type->finalize(o);
      } catch (const rt::PyError& err) {
        write_unraisable(err.exc, self);
      }
      handled_exc_ = handled;
      continue;
    }
    Value del = rt::type_lookup(o->type, rt::names::del);
    if (del.is_null()) continue;  // the class lost its __del__ since
    // A __del__ runs between two instructions of unrelated code: whatever it
    // handles or raises must not show in that code's sys.exc_info().
    try {
      rt::call(rt::bind_descriptor(del, self, o->type), nullptr, 0, nullptr);
    } catch (const rt::PyError& err) {
      write_unraisable(err.exc, del);
    }
    handled_exc_ = handled;
  }
}

size_t VM::collect_now() {
  // Native code up the stack (sorted's key function, a nested VM::call) may
  // hold values in C++ variables the collector cannot see.
  if (native_reentry_ > 0) return 0;
  size_t unreachable = rt::heap().collect();
  if (rt::heap().has_pending_finalizers()) run_finalizers(rt::heap().take_pending_finalizers());
  return unreachable;
}

void VM::finalize_at_exit() {
  // Finalizers can create objects with __del__ of their own; run those too.
  for (int round = 0; round < 16; ++round) {
    std::vector<rt::Object*> objects = rt::heap().take_all_finalizable();
    if (objects.empty()) break;
    run_finalizers(objects);
  }
  rt::flush_stdout();
}

}  // namespace vm
