// Frame objects (CPython's Objects/frameobject.c): what sys._getframe(),
// tracebacks' tb_frame, gi_frame and locals() give Python code.
//
// The VM's frames are plain structs in a fixed array with their variables on
// the shared value stack (vm/interpreter.h), and a call makes no heap object.
// A FrameObj is made only when Python code asks for one. While its frame runs
// it is linked to it (`running`) and reads the VM's live state through hooks;
// a suspended generator's frame object reads the generator's saved frame; when
// the frame ends, the VM leaves a copy of its variables, its last instruction
// and its caller in the object, which stays valid for good.
#pragma once

#include <vector>

#include "runtime/object.h"
#include "runtime/objects/function.h"

namespace rt {

namespace types {
extern Type frame;
}

struct Generator;

struct FrameObj : Object {
  CodeObj* code;
  Dict* globals;
  // A module or class frame's namespace, which is its f_locals; null for
  // function frames, whose f_locals is `locals_dict`.
  Value ns;
  Dict* locals_dict = nullptr;  // made on first use, refreshed at each f_locals (PyFrame_FastToLocals)
  Generator* gen = nullptr;     // the generator holding the frame, until the frame ends
  int32_t running = -1;         // index of its VM frame while that runs, else -1
  // Once the frame has ended: its locals, cells and free variables, its last
  // instruction (-1: it never ran) and its caller's frame object (f_back).
  std::vector<Value> saved;
  int64_t lasti = -1;
  Value back;
  Value trace_fn;  // f_trace: kept, never called (there is no tracing)

  FrameObj(CodeObj* c, Dict* g, Value namespace_, Generator* owner);
  void trace(Tracer& t) override;
};

// What the VM answers about running frames (vm/frames.cpp sets them).
struct FrameHooks {
  // The variables (locals, cells, free) of f's running frame, and its current
  // instruction.
  const Value* (*live_values)(const FrameObj* f, int64_t* instr);
  Value (*live_back)(const FrameObj* f);  // the caller's frame object, or None
  // The frame object of the Python frame `depth` levels below the innermost
  // (sys._getframe), or null when the stack is not that deep.
  FrameObj* (*at_depth)(int64_t depth);
  FrameObj* (*of_running_generator)(Generator* g);
};
void set_frame_hooks(const FrameHooks& hooks);

// sys._getframe(depth); ValueError "call stack is not deep enough".
FrameObj* frame_at_depth(int64_t depth);
// The innermost Python frame's f_locals (the builtin locals()), or null when
// no Python code runs.
Value current_locals();
// f_locals: the namespace, or the function frame's variables as a dict.
Value frame_locals(FrameObj* f);
// The frame ended: keep its variables (values null: none), instruction and
// caller (the VM's part).
void frame_finished(FrameObj* f, const Value* values, int64_t instr, Value back);
// gi_frame / cr_frame / ag_frame: None once the generator has finished.
Value generator_frame(Generator* g);
// A generator finishing while suspended (closed, or never started) takes its
// frame object's copy from the generator's saved frame.
void generator_frame_finished(Generator* g);
void install_frame_type();

}  // namespace rt
