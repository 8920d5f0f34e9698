// iter(callable, sentinel): calls the callable until it returns the sentinel
// (CPython's callable_iterator, Objects/iterobject.c). Exhausted for good once
// the sentinel came or the callable raised StopIteration.
#include "runtime/methods_util.h"
#include "runtime/objects/exceptions.h"
#include "runtime/ops.h"
#include "runtime/runtime.h"

namespace rt {

namespace types {
Type callable_iter("callable_iterator", &object);
}  // namespace types

namespace {

struct CallableIter : Object {
  Value callable, sentinel;  // callable null once exhausted
  CallableIter(Value c, Value s) : Object(&types::callable_iter), callable(c), sentinel(s) {}
  void trace(Tracer& t) override {
    t.mark(callable);
    t.mark(sentinel);
  }
};

Value ci_next(Value self) {
  auto* it = self.as<CallableIter>();
  if (it->callable.is_null()) return Value::null();
  Value r;
  try {
    r = call(it->callable, nullptr, 0);
  } catch (PyError& e) {
    if (!isinstance(e.exc, &exc::StopIteration)) throw;
    it->callable = Value::null();
    return Value::null();
  }
  if (r == it->sentinel || equal(r, it->sentinel)) {
    it->callable = Value::null();
    return Value::null();
  }
  return r;
}

Value ci_iter(Value self) { return self; }

// (iter, (callable, sentinel)), or (iter, ((),)) once exhausted.
Value ci_reduce(Value self, Value*, size_t nargs, Tuple* kw) {
  method_args("__reduce__", nargs, kw, 0, 0);
  auto* it = self.as<CallableIter>();
  Value iter_fn = builtins_dict()->get_str(intern("iter"));
  if (it->callable.is_null()) return tuple_value({iter_fn, tuple_value({tuple_value({})})});
  return tuple_value({iter_fn, tuple_value({it->callable, it->sentinel})});
}

}  // namespace

Value new_callable_iterator(Value callable, Value sentinel) {
  if (!is_callable(callable)) raise(&exc::TypeError, "iter(v, w): v must be callable");
  return Value::object(heap().make<CallableIter>(callable, sentinel));
}

void install_callable_iterator() {
  Type* t = &types::callable_iter;
  t->next = ci_next;
  t->iter = ci_iter;
  t->flags &= ~kBaseType;
  static const MethodEntry kMethods[] = {{"__reduce__", ci_reduce}};
  install_methods(t, std::begin(kMethods), std::end(kMethods));
}

}  // namespace rt
