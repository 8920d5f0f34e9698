// Coroutine objects (`async def`), CPython 3.11's PyCoro: generators that are
// not iterable, awaited through their own __await__() wrapper, and warned
// about when collected before they ran ("coroutine ... was never awaited").
#include "runtime/methods_util.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/generator.h"
#include "runtime/objects/type.h"
#include "runtime/warnings.h"

namespace rt {

namespace types {
Type coroutine("coroutine", &object);
Type coroutine_wrapper("coroutine_wrapper", &object);
}  // namespace types

namespace {

// What coro.__await__() returns: an iterator over the coroutine's yields.
struct CoroutineWrapper : Object {
  Generator* coro;
  explicit CoroutineWrapper(Generator* c) : Object(&types::coroutine_wrapper), coro(c) {}
  void trace(Tracer& t) override { t.mark(coro); }
};

Value coro_of(Value wrapper) { return Value::object(wrapper.as<CoroutineWrapper>()->coro); }

Value coro_repr(Value self) {
  return str_value("<coroutine object " + self.as<Generator>()->qualname->data + " at " + address_string(self) + ">");
}

Value coro_await(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__await__($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  return Value::object(heap().make<CoroutineWrapper>(self.as<Generator>()));
}

Value coro_origin(Value) { return Value::none(); }  // sys.set_coroutine_origin_tracking_depth is 0

// The wrapper's methods are the coroutine's (CPython's coro_wrapper_*).
Value wrapper_next(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__next__($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  Value none = Value::none();
  return generator_send(coro_of(self), &none, 1, nullptr);
}
Value wrapper_send(Value self, Value* args, size_t nargs, Tuple* kw) {
  return generator_send(coro_of(self), args, nargs, kw);
}
Value wrapper_throw(Value self, Value* args, size_t nargs, Tuple* kw) {
  return generator_throw(coro_of(self), args, nargs, kw);
}
Value wrapper_close(Value self, Value* args, size_t nargs, Tuple* kw) {
  return generator_close_method(coro_of(self), args, nargs, kw);
}

}  // namespace

bool is_coroutine(Value v) {
  Type* t = type_of(v);
  if (t == &types::coroutine) return true;
  // A generator made by a types.coroutine function (CO_ITERABLE_COROUTINE).
  return t == &types::generator && (v.as<Generator>()->code->flags & bytecode::kIterableCoroutine);
}

Value get_awaitable_iter(Value v) {
  if (is_coroutine(v)) return v;
  Value await = lookup_special(v, intern("__await__"));
  if (await.is_null())
    raise(&exc::TypeError, "object " + type_name(v) + " can't be used in 'await' expression");
  Value r = call(await, nullptr, 0);
  if (is_coroutine(r)) raise(&exc::TypeError, "__await__() returned a coroutine");
  if (!type_of(r)->next && type_lookup(type_of(r), names::next).is_null())
    raise(&exc::TypeError, "__await__() returned non-iterator of type '" + type_name(r) + "'");
  return r;
}

void install_coroutine_types() {
  Type& t = types::coroutine;
  t.repr = coro_repr;
  t.getattr = generator_getattr;
  t.setattro = generator_setattro;
  t.flags &= ~kBaseType;
  // Collected before it ever ran: CPython warns; collected while suspended: closed.
  t.needs_finalize = [](Object* o) { return static_cast<Generator*>(o)->state != Generator::State::Completed &&
                                           static_cast<Generator*>(o)->state != Generator::State::Running; };
  t.finalize = [](Object* o) {
    auto* g = static_cast<Generator*>(o);
    if (g->state == Generator::State::Created) {
      g->finish();
      warn(&exc::RuntimeWarning, "coroutine '" + g->qualname->data + "' was never awaited", true);
      return;
    }
    generator_close(g);
  };
  static const MethodEntry methods[] = {
      {"send", generator_send},
      {"throw", generator_throw},
      {"close", generator_close_method},
      {"__await__", coro_await},
  };
  install_methods(&t, std::begin(methods), std::end(methods));
  add_getset(&t, "cr_running", generator_running);
  add_getset(&t, "cr_suspended", generator_suspended);
  add_getset(&t, "cr_code", generator_code);
  add_getset(&t, "cr_frame", generator_frame_attr);
  add_getset(&t, "cr_await", generator_awaited);
  add_getset(&t, "cr_origin", coro_origin);

  Type& w = types::coroutine_wrapper;
  w.flags &= ~kBaseType;
  w.iter = [](Value v) { return v; };
  w.next = [](Value v) {
    bool returned = false;
    Value r = resume_generator(v.as<CoroutineWrapper>()->coro, Value::none(), Value::null(), &returned);
    return returned ? stop_iteration(r) : r;
  };
  static const MethodEntry wrapper_methods[] = {
      {"__next__", wrapper_next},
      {"send", wrapper_send},
      {"throw", wrapper_throw},
      {"close", wrapper_close},
  };
  install_methods(&w, std::begin(wrapper_methods), std::end(wrapper_methods));
}

}  // namespace rt
