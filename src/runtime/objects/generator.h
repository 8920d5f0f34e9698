// Generator objects. The frame of a suspended generator lives in the generator
// (its locals, cells and value stack, sized once when the generator is made);
// the VM copies it onto the shared value stack to resume it and back when it
// yields (vm/generators.cpp), so resuming allocates nothing.
#pragma once

#include <vector>

#include "runtime/object.h"
#include "runtime/objects/function.h"

namespace rt {

namespace types {
extern Type generator;
}

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

  Generator(CodeObj* c, Function* f);
  void finish();  // completed: it will not run again
  void trace(Tracer& t) override;
};

// Resumes g (set by the VM). `exc` non-null throws it in at the yield point.
// Returns what g yields, with *returned false, or what it returns, with
// *returned true; an exception g lets out propagates (a StopIteration turned
// into RuntimeError, PEP 479).
using ResumeHook = Value (*)(Generator* g, Value sent, Value exc, bool* returned);
void set_generator_resume_hook(ResumeHook hook);

// The delegate of a generator suspended in `yield from`, or null (gi_yieldfrom).
Value generator_yieldfrom(Generator* g);
// gen.close(), also run when the collector finds a suspended generator unreachable.
void generator_close(Generator* g);
// The exception gen.throw(typ, val, tb) throws (CPython's argument rules).
Value throw_argument(Value typ, Value val, Value tb);
void install_generator_type();

}  // namespace rt
