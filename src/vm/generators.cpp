// Generators: making one from a call's bound frame, and resuming it. A
// suspended generator's frame (locals, cells, value stack) is saved in the
// generator object; resuming copies it above the running frames on the shared
// value stack, runs it as an entry frame of a nested execute(), and YIELD_VALUE
// copies it back. Each generator's buffer is sized once, when it is made.
#include <algorithm>

#include "runtime/objects/exceptions.h"
#include "runtime/objects/type.h"
#include "runtime/ops.h"
#include "runtime/runtime.h"
#include "vm/interpreter.h"

namespace vm {

namespace {
Value stop_iteration_value(Value exc) { return rt::getattr(exc, rt::intern("value")); }
}  // namespace

Value VM::send_to(Value recv, Value v, bool* returned) {
  rt::Type* t = rt::type_of(recv);
  if (t == &rt::types::generator || t == &rt::types::coroutine)
    return resume_generator(recv.as<rt::Generator>(), v, Value::null(), true, returned);
  *returned = false;
  try {
    Value r;
    if (v.is_none() && t->is_heap()) {
      // A class's __next__ is called itself: the value its StopIteration
      // carries is the result of `yield from` (a native iterator has none).
      bool found = false;
      r = rt::call_special(recv, rt::names::next, nullptr, 0, &found);
      if (!found) r = rt::next(recv);  // raises "'X' object is not an iterator"
    } else if (v.is_none()) {
      r = rt::next(recv);
      if (r.is_null()) {
        *returned = true;
        return Value::none();
      }
    } else {
      r = rt::call(rt::getattr(recv, rt::intern("send")), &v, 1);
    }
    return r;
  } catch (const rt::PyError& e) {
    if (!rt::isinstance(e.exc, &rt::exc::StopIteration)) throw;
    *returned = true;
    return stop_iteration_value(e.exc);
  }
}

Value VM::make_generator(Frame* frame) {
  rt::CodeObj* code = frame->code;
  rt::Type* type = (code->flags & bytecode::kCoroutine)        ? &rt::types::coroutine
                   : (code->flags & bytecode::kAsyncGenerator) ? &rt::types::async_generator
                                                               : &rt::types::generator;
  auto* g = rt::heap().make<rt::Generator>(type, code, frame->func);
  g->frame.assign(code->frame_size, Value::null());
  uint32_t n = static_cast<uint32_t>(frame->stack_base() - frame->locals);
  std::copy(frame->locals, frame->locals + n, g->frame.begin());
  g->sp = n;
  g->ip = 0;
  frame->sp = frame->locals;
  --depth_;
  return Value::object(g);
}

// gen.throw()/close() on a generator suspended in `yield from` (or `await`) go
// to the delegate first (CPython's _gen_throw): GeneratorExit closes the
// delegate (if `close_delegate`) and then goes to g; any other exception is
// thrown into the delegate, and what comes of that decides: a yield is g's
// yield, a return resumes g after the loop with the value, an exception is
// thrown into g instead.
Value VM::throw_into_delegate(rt::Generator* g, Value delegate, Value exc, bool from_loop, bool close_delegate,
                              bool* returned) {
  using S = rt::Generator::State;
  bool is_gen = rt::is_type(delegate, &rt::types::generator) || rt::is_type(delegate, &rt::types::coroutine);
  g->state = S::Running;  // "generator already executing" if the delegate reaches back
  Value result;
  bool delegate_returned = false;
  Value into_g = Value::null();  // what to throw into g itself instead
  try {
    if (close_delegate && rt::isinstance(exc, &rt::exc::GeneratorExit)) {
      if (is_gen) {
        rt::generator_close(delegate.as<rt::Generator>());
      } else {
        Value close = rt::getattr_opt(delegate, rt::intern("close"));
        if (!close.is_null()) rt::call(close, nullptr, 0);
      }
      into_g = exc;
    } else if (is_gen) {
      result = resume_generator(delegate.as<rt::Generator>(), Value::none(), exc, from_loop, &delegate_returned,
                                close_delegate);
    } else {
      Value thrower = rt::getattr_opt(delegate, rt::intern("throw"));
      if (thrower.is_null()) {
        into_g = exc;
      } else {
        try {
          result = rt::call(thrower, &exc, 1);
        } catch (const rt::PyError& e) {
          if (!rt::isinstance(e.exc, &rt::exc::StopIteration)) throw;
          result = stop_iteration_value(e.exc);
          delegate_returned = true;
        }
      }
    }
  } catch (const rt::PyError& e) {
    into_g = e.exc;  // the delegate let an exception out: g gets it at its yield point
  }
  g->state = S::Suspended;
  if (!into_g.is_null()) return resume_generator_frame(g, Value::none(), into_g, from_loop, returned);
  if (!delegate_returned) {
    *returned = false;
    return result;  // the delegate yielded: so does g, still in its loop
  }
  // The delegate returned: g leaves its `yield from` loop with the value
  // (pops the delegate, continues at SEND's target).
  bytecode::Instr send = g->code->code[g->ip - 2];
  --g->sp;
  g->ip = bytecode::instr_arg(send);
  return resume_generator_frame(g, result, Value::null(), from_loop, returned);
}

Value VM::resume_generator(rt::Generator* g, Value sent, Value exc, bool from_loop, bool* returned,
                           bool close_delegate) {
  *returned = false;
  if (!exc.is_null() && g->state == rt::Generator::State::Suspended) {
    Value delegate = rt::generator_yieldfrom(g);
    if (!delegate.is_null()) return throw_into_delegate(g, delegate, exc, from_loop, close_delegate, returned);
  }
  return resume_generator_frame(g, sent, exc, from_loop, returned);
}

Value VM::resume_generator_frame(rt::Generator* g, Value sent, Value exc, bool from_loop, bool* returned) {
  using S = rt::Generator::State;
  *returned = false;
  const std::string kind = rt::generator_kind(g);
  if (g->state == S::Running) raise(&rt::exc::ValueError, kind + " already executing");
  if (g->state == S::Completed) {
    // An exhausted coroutine cannot be awaited again; a generator just ends.
    if (g->type == &rt::types::coroutine) raise(&rt::exc::RuntimeError, "cannot reuse already awaited coroutine");
    if (!exc.is_null()) rt::raise_value(exc);
    *returned = true;
    return Value::none();
  }
  if (g->state == S::Created) {
    if (!exc.is_null()) {  // thrown in before it started: it ends, the exception propagates
      g->finish();
      rt::raise_value(exc);
    }
    if (!sent.is_none()) raise(&rt::exc::TypeError, "can't send non-None value to a just-started " + kind);
  }
  if (depth_ + rt::RecursionGuard::depth >= sys.recursion_limit)
    raise(&rt::exc::RecursionError, "maximum recursion depth exceeded");
  rt::check_native_stack();  // resuming nests a C++ activation of the loop
  Value* base = free_stack();
  rt::CodeObj* code = g->code;
  if (base + code->frame_size + 1 >= stack_limit_) raise(&rt::exc::RecursionError, "maximum recursion depth exceeded");
  std::copy(g->frame.begin(), g->frame.begin() + g->sp, base);
  Frame* frame = &frames_[depth_++];
  frame->code = code;
  frame->func = g->func;
  frame->globals = g->func->globals;
  frame->locals = base;
  frame->sp = base + g->sp;
  frame->ip = code->code.data() + g->ip;
  frame->flags = Frame::kReturnsToNative;
  frame->locals_map = Value::null();
  frame->init_self = Value::null();
  frame->generator = g;
  if (g->frame_obj) frame_object(depth_ - 1);  // gi_frame, asked for while g was suspended, runs again
  if (g->state == S::Suspended && exc.is_null()) *frame->sp++ = sent;  // the value of the yield
  g->state = S::Running;
  // The generator's frame has its own except-block state (sys.exc_info()).
  Value outer_handled = handled_exc_;
  if (!g->exc_state.is_none()) handled_exc_ = g->exc_state;
  if (!exc.is_null()) throw_on_entry_ = exc;
  if (!from_loop) ++native_reentry_;
  struct Guard {
    VM* vm;
    bool on;
    Value outer;
    ~Guard() {
      if (on) --vm->native_reentry_;
      vm->handled_exc_ = outer;
    }
  } guard{this, !from_loop, outer_handled};
  try {
    Value v = execute(frame);
    if (g->state == S::Running) {  // it returned
      g->finish();
      *returned = true;
    } else {
      g->exc_state = handled_exc_ == outer_handled ? Value::none() : handled_exc_;
    }
    return v;
  } catch (const rt::PyError& err) {
    g->finish();
    // PEP 479: a StopIteration leaving a generator would end its caller's
    // loop silently; it becomes a RuntimeError (StopAsyncIteration too, for
    // an async generator).
    const char* stop = rt::isinstance(err.exc, &rt::exc::StopIteration) ? "StopIteration"
                       : g->type == &rt::types::async_generator && rt::isinstance(err.exc, &rt::exc::StopAsyncIteration)
                           ? "StopAsyncIteration"
                           : nullptr;
    if (stop) {
      auto* e = rt::new_exception(&rt::exc::RuntimeError, kind + " raised " + stop);
      e->cause = err.exc;
      e->context = err.exc;
      e->suppress_context = true;
      rt::raise_value(Value::object(e));
    }
    throw;
  }
}

}  // namespace vm
