// Generator objects, and coroutines and async generators, which are generators
// of another type (coroutine.cpp, async_generator.cpp). The frame of a
// suspended generator lives in the generator
// (its locals, cells and value stack, sized once when the generator is made);
// the VM copies it onto the shared value stack to resume it and back when it
// yields (vm/generators.cpp), so resuming allocates nothing.
#pragma once

#include <vector>

#include "runtime/object.h"
#include "runtime/objects/function.h"

namespace rt {

namespace types {
extern Type generator, coroutine, async_generator;
}

struct FrameObj;

struct Generator : Object {
  enum class State : uint8_t { Created, Suspended, Running, Completed };
  CodeObj* code;
  Function* func;
  Str* name;
  Str* qualname;
  std::vector<Value> frame;  // saved locals, cells, free variables and stack
  uint32_t sp = 0;           // values of `frame` in use
  uint32_t ip = 0;           // index of the instruction to resume at
  State state = State::Created;
  Value exc_state;           // the exception its except block was handling when it yielded
  // Async generators: an asend()/athrow() awaitable is running it (ag_running),
  // and it was closed or exhausted (aclose() and athrow() then do nothing).
  bool running_async = false, closed = false;
  FrameObj* frame_obj = nullptr;  // gi_frame, once asked for (frame.h)

  Generator(Type* t, CodeObj* c, Function* f);
  void finish();  // completed: it will not run again
  void trace(Tracer& t) override;
};

// Resumes g (set by the VM). `exc` non-null throws it in at the yield point
// (a GeneratorExit closes the awaited delegate first when `close_delegate`,
// as gen.throw() does, but not for an async generator's athrow()/aclose()).
// Returns what g yields, with *returned false, or what it returns, with
// *returned true; an exception g lets out propagates (a StopIteration turned
// into RuntimeError, PEP 479).
using ResumeHook = Value (*)(Generator* g, Value sent, Value exc, bool close_delegate, bool* returned);
void set_generator_resume_hook(ResumeHook hook);
Value resume_generator(Generator* g, Value sent, Value exc, bool* returned, bool close_delegate = true);

// Generators, coroutines and async generators (the types sharing Generator).
bool is_generator_like(const Type* t);
bool is_coroutine(Value v);  // a coroutine, or a generator of a types.coroutine function
// "generator", "coroutine" or "async generator", for messages.
const char* generator_kind(const Generator* g);
// The iterator `await v` drives (CPython's _PyCoro_GetAwaitableIter): a
// coroutine itself, else what __await__() returns; TypeError otherwise.
Value get_awaitable_iter(Value v);
// ASYNC_GEN_WRAP: an async generator's own yield, told apart from the yields
// of what it awaits (async_generator.cpp).
Value async_gen_wrap(Value v);

// The end of a native iterator's iteration with `value` (a tp_iternext):
// null for None, else raises StopIteration(value) so the value is not lost.
Value stop_iteration(Value value);

// The methods coroutines share with generators (CPython's gen_send, gen_throw,
// gen_close) and their __name__/__qualname__ attributes.
Value generator_send(Value self, Value* args, size_t nargs, Tuple* kw);
Value generator_throw(Value self, Value* args, size_t nargs, Tuple* kw);
Value generator_close_method(Value self, Value* args, size_t nargs, Tuple* kw);
Value generator_getattr(Value self, Str* name);
void generator_setattro(Value self, Str* name, Value value);
// gi_running / gi_suspended / gi_code / gi_yieldfrom (and the cr_ names).
Value generator_running(Value self);
Value generator_suspended(Value self);
Value generator_code(Value self);
Value generator_awaited(Value self);
Value generator_frame_attr(Value self);  // gi_frame / cr_frame / ag_frame

// The delegate of a generator suspended in `yield from`, or null (gi_yieldfrom).
Value generator_yieldfrom(Generator* g);
// gen.close(), also run when the collector finds a suspended generator unreachable.
void generator_close(Generator* g);
// The exception gen.throw(typ, val, tb) throws (CPython's argument rules).
Value throw_argument(Value typ, Value val, Value tb);
void install_generator_type();
void install_coroutine_types();       // coroutine, coroutine_wrapper (coroutine.cpp)
void install_async_generator_types();  // async_generator and its awaitables (async_generator.cpp)

}  // namespace rt
