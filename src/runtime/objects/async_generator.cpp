// Async generators (`async def` with `yield`), CPython 3.11's PyAsyncGen and
// its awaitables (Objects/genobject.c). The generator's frame yields two kinds
// of values: its own (wrapped by ASYNC_GEN_WRAP) and those of the awaitables it
// awaits, which must reach the event loop. asend()/__anext__() and
// athrow()/aclose() return awaitables that run the frame and tell the two
// apart: an own value ends the awaitable with StopIteration(value), any other
// is passed through; the end of the generator is StopAsyncIteration.
#include "runtime/methods_util.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/generator.h"
#include "runtime/objects/type.h"

namespace rt {

namespace types {
Type async_generator("async_generator", &object);
Type async_generator_asend("async_generator_asend", &object);
Type async_generator_athrow("async_generator_athrow", &object);
Type async_generator_wrapped_value("async_generator_wrapped_value", &object);
}  // namespace types

namespace {

struct WrappedValue : Object {
  Value value;
  explicit WrappedValue(Value v) : Object(&types::async_generator_wrapped_value), value(v) {}
  void trace(Tracer& t) override { t.mark(value); }
};

enum class AwaitState : uint8_t { Init, Iter, Closed };

// asend(value) / __anext__()
struct ASend : Object {
  Generator* gen;
  Value sendval;
  AwaitState state = AwaitState::Init;
  ASend(Generator* g, Value v) : Object(&types::async_generator_asend), gen(g), sendval(v) {}
  void trace(Tracer& t) override {
    t.mark(gen);
    t.mark(sendval);
  }
};

// athrow(typ[, val[, tb]]) / aclose() (`exc` null)
struct AThrow : Object {
  Generator* gen;
  Value exc;  // the exception to throw in; null for aclose()
  AwaitState state = AwaitState::Init;
  AThrow(Generator* g, Value e) : Object(&types::async_generator_athrow), gen(g), exc(e) {}
  void trace(Tracer& t) override {
    t.mark(gen);
    t.mark(exc);
  }
};

Generator* agen(Value v) { return v.as<Generator>(); }
bool is_wrapped(Value v) { return is_type(v, &types::async_generator_wrapped_value); }

[[noreturn]] void raise_none(Type* t) { raise_value(Value::object(new_exception_args(t, {}))); }
[[noreturn]] void raise_stop(Value v) {
  raise_value(Value::object(new_exception_args(&exc::StopIteration, v.is_none() ? std::vector<Value>{} : std::vector<Value>{v})));
}

// Runs the frame (send `sent`, or throw `exc` in) as gen_send/gen_throw do for
// an async generator: a return is StopAsyncIteration.
Value run(Generator* g, Value sent, Value exc, bool close_delegate) {
  bool returned = false;
  Value r = resume_generator(g, sent, exc, &returned, close_delegate);
  if (returned) raise_none(&exc::StopAsyncIteration);
  return r;
}

// CPython's async_gen_unwrap_value around running the frame: an own yield
// ends the awaitable with StopIteration(value); the generator ending or
// closing marks it closed.
Value run_unwrapped(Generator* g, Value sent, Value exc, bool close_delegate) {
  Value r;
  try {
    r = run(g, sent, exc, close_delegate);
  } catch (const PyError& e) {
    if (isinstance(e.exc, &exc::StopAsyncIteration) || isinstance(e.exc, &exc::GeneratorExit)) g->closed = true;
    g->running_async = false;
    throw;
  }
  if (is_wrapped(r)) {
    g->running_async = false;
    raise_stop(r.as<WrappedValue>()->value);
  }
  return r;
}

Value asend_send_impl(ASend* o, Value arg) {
  if (o->state == AwaitState::Closed)
    raise(&exc::RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  if (o->state == AwaitState::Init) {
    if (o->gen->running_async) raise(&exc::RuntimeError, "anext(): asynchronous generator is already running");
    if (arg.is_none()) arg = o->sendval;
    o->state = AwaitState::Iter;
  }
  o->gen->running_async = true;
  try {
    return run_unwrapped(o->gen, arg, Value::null(), true);
  } catch (const PyError&) {
    o->state = AwaitState::Closed;
    throw;
  }
}

Value asend_send(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("send($self, value, /)");
  auto [value] = sig.bind<1>(self, args, nargs, kw);
  return asend_send_impl(self.as<ASend>(), value);
}

Value asend_throw(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("throw($self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)");
  auto [typ, val, tb] = sig.bind<3>(self, args, nargs, kw);
  auto* o = self.as<ASend>();
  if (o->state == AwaitState::Closed)
    raise(&exc::RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  try {
    return run_unwrapped(o->gen, Value::none(), throw_argument(typ, val, tb), true);
  } catch (const PyError&) {
    o->state = AwaitState::Closed;
    throw;
  }
}

Value asend_close(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("close($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  self.as<ASend>()->state = AwaitState::Closed;
  return Value::none();
}

// athrow()/aclose() once the frame was resumed: aclose() must not see the
// generator yield again ("ignored GeneratorExit") and ends quietly when the
// generator stops.
Value athrow_result(AThrow* o, Value r) {
  if (o->exc.is_null() && is_wrapped(r)) {
    o->gen->running_async = false;
    o->state = AwaitState::Closed;
    raise(&exc::RuntimeError, "async generator ignored GeneratorExit");
  }
  return r;
}

Value athrow_run(AThrow* o, Value sent, Value exc) {
  try {
    if (!o->exc.is_null()) return run_unwrapped(o->gen, sent, exc, false);
    return athrow_result(o, run(o->gen, sent, exc, false));
  } catch (const PyError& e) {
    if (!o->exc.is_null()) {
      o->state = AwaitState::Closed;  // CPython's check_error path for athrow()
      throw;
    }
    o->gen->running_async = false;
    o->state = AwaitState::Closed;
    // aclose() is done when the generator stopped: StopIteration, not the error.
    if (isinstance(e.exc, &exc::StopAsyncIteration) || isinstance(e.exc, &exc::GeneratorExit))
      raise_none(&exc::StopIteration);
    throw;
  }
}

Value athrow_send_impl(AThrow* o, Value arg) {
  Generator* g = o->gen;
  if (o->state == AwaitState::Closed) raise(&exc::RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  if (g->state == Generator::State::Completed) {
    o->state = AwaitState::Closed;
    raise_none(&exc::StopIteration);
  }
  if (o->state == AwaitState::Init) {
    if (g->running_async) {
      o->state = AwaitState::Closed;
      raise(&exc::RuntimeError, o->exc.is_null() ? "aclose(): asynchronous generator is already running"
                                                 : "athrow(): asynchronous generator is already running");
    }
    if (g->closed) {
      o->state = AwaitState::Closed;
      raise_none(&exc::StopAsyncIteration);
    }
    if (!arg.is_none()) raise(&exc::RuntimeError, "can't send non-None value to a just-started coroutine");
    o->state = AwaitState::Iter;
    g->running_async = true;
    if (o->exc.is_null()) {
      g->closed = true;
      return athrow_run(o, Value::none(), Value::object(new_exception_args(&exc::GeneratorExit, {})));
    }
    return athrow_run(o, Value::none(), o->exc);
  }
  return athrow_run(o, arg, Value::null());
}

Value athrow_send(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("send($self, value, /)");
  auto [value] = sig.bind<1>(self, args, nargs, kw);
  return athrow_send_impl(self.as<AThrow>(), value);
}

Value athrow_throw(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("throw($self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)");
  auto [typ, val, tb] = sig.bind<3>(self, args, nargs, kw);
  auto* o = self.as<AThrow>();
  if (o->state == AwaitState::Closed) raise(&exc::RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  return athrow_run(o, Value::none(), throw_argument(typ, val, tb));
}

Value athrow_close(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("close($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  self.as<AThrow>()->state = AwaitState::Closed;
  return Value::none();
}

Value self_method(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__await__($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  return self;
}

// ---- the async generator ----------------------------------------------------

Value ag_repr(Value self) {
  return str_value("<async_generator object " + agen(self)->qualname->data + " at " + address_string(self) + ">");
}

Value ag_aiter(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__aiter__($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  return self;
}

Value ag_anext(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__anext__($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  return Value::object(heap().make<ASend>(agen(self), Value::none()));
}

Value ag_asend(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("asend($self, value, /)");
  auto [value] = sig.bind<1>(self, args, nargs, kw);
  return Value::object(heap().make<ASend>(agen(self), value));
}

Value ag_athrow(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("athrow($self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)");
  auto [typ, val, tb] = sig.bind<3>(self, args, nargs, kw);
  return Value::object(heap().make<AThrow>(agen(self), throw_argument(typ, val, tb)));
}

Value ag_aclose(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("aclose($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  return Value::object(heap().make<AThrow>(agen(self), Value::null()));
}

Value ag_running(Value self) { return Value::boolean(agen(self)->running_async); }

template <class T, Value (*Send)(T*, Value)>
void install_awaitable(Type& t, const MethodEntry (&methods)[5]) {
  t.flags &= ~kBaseType;
  t.iter = [](Value v) { return v; };
  t.next = [](Value v) { return Send(v.as<T>(), Value::none()); };
  install_methods(&t, std::begin(methods), std::end(methods));
}

Value asend_next(ASend* o, Value v) { return asend_send_impl(o, v); }
Value athrow_next(AThrow* o, Value v) { return athrow_send_impl(o, v); }

}  // namespace

Value async_gen_wrap(Value v) { return Value::object(heap().make<WrappedValue>(v)); }

void install_async_generator_types() {
  Type& t = types::async_generator;
  t.repr = ag_repr;
  t.getattr = generator_getattr;
  t.setattro = generator_setattro;
  t.flags &= ~kBaseType;
  t.needs_finalize = [](Object* o) { return static_cast<Generator*>(o)->state == Generator::State::Suspended; };
  t.finalize = [](Object* o) { generator_close(static_cast<Generator*>(o)); };
  static const MethodEntry methods[] = {
      {"__aiter__", ag_aiter}, {"__anext__", ag_anext}, {"asend", ag_asend},
      {"athrow", ag_athrow},   {"aclose", ag_aclose},
  };
  install_methods(&t, std::begin(methods), std::end(methods));
  add_getset(&t, "ag_running", ag_running);
  add_getset(&t, "ag_code", generator_code);
  add_getset(&t, "ag_frame", generator_frame_attr);
  add_getset(&t, "ag_await", generator_awaited);

  static const MethodEntry asend_methods[] = {
      {"send", asend_send}, {"throw", asend_throw}, {"close", asend_close},
      {"__await__", self_method}, {"__next__", [](Value self, Value* args, size_t nargs, Tuple* kw) {
         static const Signature sig("__next__($self, /)");
         sig.bind<0>(self, args, nargs, kw);
         return asend_send_impl(self.as<ASend>(), Value::none());
       }},
  };
  install_awaitable<ASend, asend_next>(types::async_generator_asend, asend_methods);
  static const MethodEntry athrow_methods[] = {
      {"send", athrow_send}, {"throw", athrow_throw}, {"close", athrow_close},
      {"__await__", self_method}, {"__next__", [](Value self, Value* args, size_t nargs, Tuple* kw) {
         static const Signature sig("__next__($self, /)");
         sig.bind<0>(self, args, nargs, kw);
         return athrow_send_impl(self.as<AThrow>(), Value::none());
       }},
  };
  install_awaitable<AThrow, athrow_next>(types::async_generator_athrow, athrow_methods);
  types::async_generator_wrapped_value.flags &= ~kBaseType;
}

}  // namespace rt
