// The VM's side of frame objects (runtime/objects/frame.h): making one for a
// running frame when Python code asks, answering for it while the frame runs,
// and leaving it the frame's state when the frame ends. Nothing here runs for
// a call unless its frame object exists, so calls stay allocation-free.
#include "runtime/objects/generator.h"
#include "vm/interpreter.h"

namespace vm {

rt::FrameObj* VM::frame_object(int index) {
  Frame& fr = frames_[index];
  if (fr.flags & Frame::kHasFrameObject) return frame_objs_[index];
  rt::FrameObj* f = fr.generator ? fr.generator->frame_obj : nullptr;
  if (!f) {
    // f_locals of a module frame is its globals, of a class body its namespace.
    Value ns = !fr.locals_map.is_null() ? fr.locals_map
               : fr.func == nullptr     ? Value::object(fr.globals)
                                        : Value::null();
    f = rt::heap().make<rt::FrameObj>(fr.code, fr.globals, ns, fr.generator);
    if (fr.generator) fr.generator->frame_obj = f;
  }
  f->running = index;
  frame_objs_[index] = f;
  fr.flags |= Frame::kHasFrameObject;
  return f;
}

void VM::frame_ended(Frame* frame) {
  int index = static_cast<int>(frame - frames_);
  rt::FrameObj* f = frame_objs_[index];
  frame->flags &= ~Frame::kHasFrameObject;
  // A generator's finished frame has no caller (CPython unlinks it before
  // clearing it); any other keeps the frame that called it.
  Value back = Value::none();
  if (frame->generator) frame->generator->frame_obj = nullptr;
  else if (index > 0) back = Value::object(frame_object(index - 1));
  rt::frame_finished(f, frame->locals, frame->last_instr(), back);
}

bool VM::unusual_return(Frame* frame, const bytecode::Instr* ip) {
  if (frame->flags & Frame::kHasFrameObject) {
    frame->ip = ip;
    frame_ended(frame);
  }
  return frame->flags & Frame::kReturnsToNative;
}

void VM::install_frame_hooks() {
  rt::FrameHooks hooks;
  hooks.live_values = [](const rt::FrameObj* f, int64_t* instr) -> const Value* {
    const Frame& fr = VM::current()->frames_[f->running];
    *instr = fr.last_instr();
    return fr.locals;
  };
  hooks.live_back = [](const rt::FrameObj* f) -> Value {
    return f->running > 0 ? Value::object(VM::current()->frame_object(f->running - 1)) : Value::none();
  };
  hooks.at_depth = [](int64_t depth) -> rt::FrameObj* {
    VM* vm = VM::current();
    if (depth >= vm->depth_) return nullptr;
    return vm->frame_object(vm->depth_ - 1 - static_cast<int>(depth));
  };
  hooks.of_running_generator = [](rt::Generator* g) -> rt::FrameObj* {
    VM* vm = VM::current();
    for (int i = vm->depth_; i-- > 0;)
      if (vm->frames_[i].generator == g) return vm->frame_object(i);
    return nullptr;
  };
  rt::set_frame_hooks(hooks);
}

}  // namespace vm
