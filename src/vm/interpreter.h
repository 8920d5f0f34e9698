// The virtual machine: frames on one contiguous value stack, the dispatch loop,
// calls, exception unwinding and the import system.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "bytecode/code.h"
#include "runtime/objects/containers.h"
#include "runtime/objects/frame.h"
#include "runtime/objects/function.h"
#include "runtime/objects/generator.h"
#include "modules/registry.h"
#include "runtime/value.h"

namespace vm {

using rt::Value;

// CPython's default sys.getrecursionlimit(), and the deepest recursion the VM
// allows whatever sys.setrecursionlimit asks (frames live in one array,
// reserved at start and touched only as deep as programs go).
constexpr int kRecursionLimit = 1000;
constexpr int kMaxRecursionLimit = 1000000;

struct Frame {
  rt::CodeObj* code = nullptr;
  rt::Function* func = nullptr;  // null for module code
  rt::Dict* globals = nullptr;
  Value* locals = nullptr;  // locals, then cells and free variables, then the value stack
  Value* sp = nullptr;      // saved stack pointer while another frame runs
  const bytecode::Instr* ip = nullptr;  // saved next instruction
  // kReturnsToNative: returning from this frame returns from execute() (to
  // native code); kHasFrameObject: Python code asked for its frame object
  // (VM::frame_objs_). One byte, so that a return tests both at once and an
  // ordinary call pays nothing for frame objects.
  enum : uint8_t { kReturnsToNative = 1, kHasFrameObject = 2 };
  uint8_t flags = 0;
  // A class body's namespace (LOAD_NAME/STORE_NAME use it before globals); null otherwise.
  Value locals_map;
  // An __init__ run by a class call: the new instance is the call's result.
  Value init_self;
  // The generator whose frame this is (resumed by vm/generators.cpp); null otherwise.
  rt::Generator* generator = nullptr;
  Value* stack_base() const { return locals + code->nlocals + code->ncells + code->nfree; }
  // Index of the instruction being executed (ip has already moved past it).
  uint32_t current_instr() const { return static_cast<uint32_t>(ip - code->code.data()) - 1; }
  // The same, -1 when the frame has not started.
  int64_t last_instr() const { return ip > code->code.data() ? current_instr() : -1; }
};

// Converts a loaded code tree into runtime code objects (constants as Values,
// names interned, global-access sites given inline caches). `filename`
// replaces the stored file name when not empty (the path the user gave).
rt::CodeObj* load_code(const std::shared_ptr<const bytecode::Code>& code, const std::string& filename);

// compile(), exec() and eval() (dynamic_code.cpp): they run code, so the VM adds them to builtins.
void install_dynamic_code_builtins(rt::Dict* builtins);

class VM {
 public:
  VM();
  ~VM();
  VM(const VM&) = delete;
  VM& operator=(const VM&) = delete;

  // Runs a program's main module. Returns the process exit status: 0, or 1
  // after printing an uncaught exception's traceback to stderr.
  int run_main(const std::shared_ptr<const bytecode::Code>& code, const std::string& filename,
               const std::string& program_dir);

  // Runs module code in `module`'s namespace (raises rt::PyError).
  void exec_module(rt::CodeObj* code, rt::Module* module);
  // Runs module-level code with `globals`, and `locals_map` as its locals when
  // not null (exec/eval with two namespaces); returns what the code returns.
  Value exec_code(rt::CodeObj* code, rt::Dict* globals, Value locals_map);
  // Source text compiled at run time (dynamic_code.cpp): mode 0 exec, 1 eval,
  // 2 single. Raises SyntaxError, or RuntimeError without the compiler library.
  rt::CodeObj* compile_string(const std::string& source, const std::string& filename, int mode);
  // Calls any callable from native code (re-enters the loop for Python functions).
  Value call(Value callable, Value* args, size_t nargs, rt::Tuple* kwnames);

  // Runs a class body function with `ns` as its namespace (__build_class__).
  Value run_class_body(rt::Function* body, Value ns);
  // For zero-argument super(): the innermost Python frame's first argument and __class__.
  bool super_context(Value* self, Value* cls);

  // Import system (import.cpp).
  Value import_module(rt::Str* name);
  // The folder searched for modules (sys.path[0]) and the folder holding pyc.
  std::string program_dir;
  std::string tools_dir;
  // sys.argv, sys.path[0], the recursion limit.
  rt::SysState sys;

  static VM* current();

  // __del__ (finalizers.cpp): gc.collect(), and the finalizers left at exit.
  size_t collect_now();
  void finalize_at_exit();

 private:
  int run_main_module(const std::shared_ptr<const bytecode::Code>& code, const std::string& filename,
                      const std::string& program_dir);
  Value execute(Frame* entry);
  // Where a frame run from native code goes: above everything the running frames may use.
  Value* free_stack() const;
  // Pushes a frame for a Python function call with arguments at `args` (on the
  // value stack, right after the callable). Binds arguments in place.
  Frame* push_frame(rt::Function* f, Value* args, size_t nargs, rt::Tuple* kwnames);
  // The frame pushed for a CALL, or null when the call was completed natively
  // (its result then replaces the callable at args[-1]).
  Frame* call_from_loop(Value* args, size_t nargs, rt::Tuple* kwnames);
  void bind_arguments(rt::Function* f, Value* locals, size_t nargs, rt::Tuple* kwnames);
  void trace_roots(rt::Tracer& t);
  void print_traceback(Value exc);
  void run_finalizers(const std::vector<rt::Object*>& objects);
  // Generators (generators.cpp): the generator a call of a generator function
  // makes from its bound frame (which is popped), and resuming one. `from_loop`:
  // resumed by an instruction of the running loop (FOR_ITER, SEND) rather than
  // by native code, so collections may run inside it.
  Value make_generator(Frame* frame);
  Value resume_generator(rt::Generator* g, Value sent, Value exc, bool from_loop, bool* returned,
                         bool close_delegate = true);
  Value resume_generator_frame(rt::Generator* g, Value sent, Value exc, bool from_loop, bool* returned);
  Value throw_into_delegate(rt::Generator* g, Value delegate, Value exc, bool from_loop, bool close_delegate,
                            bool* returned);
  // Frame objects (frames.cpp): the one of frames_[index], made on first
  // use; a frame that ends leaves its state in its frame object; the hooks
  // through which the runtime reads running frames.
  rt::FrameObj* frame_object(int index);
  void frame_ended(Frame* frame);
  // RETURN_VALUE of a frame with flags: ends its frame object; true when the
  // return leaves execute(). Out of line, to keep the common return short.
  [[gnu::noinline]] bool unusual_return(Frame* frame, const bytecode::Instr* ip);
  void install_frame_hooks();
  // rt::warn's printing (vm/warnings.cpp).
  void show_warning(rt::Type* category, const std::string& message, bool has_source);
  // SEND's step: next(recv) or recv.send(v); *returned when it finished.
  Value send_to(Value recv, Value v, bool* returned);
  Value throw_on_entry_;  // execute() starts by raising this (generator throw)

  Value* stack_ = nullptr;
  Value* stack_limit_ = nullptr;
  Frame* frames_ = nullptr;  // kMaxRecursionLimit + slack frames, mapped lazily (zero pages)
  // The frame object of frames_[i], valid while that frame has kHasFrameObject
  // (vm/frames.cpp); kept apart so that Frame stays small for the call path.
  rt::FrameObj** frame_objs_ = nullptr;
  int depth_ = 0;  // frames in use; frames_[depth_ - 1] is the innermost
  int native_reentry_ = 0;  // native code (sorted's key, ...) running Python: no GC
  Value handled_exc_;       // the exception an except block is handling (sys.exc_info)
  bool reraising_ = false;  // the PyError in flight is a RERAISE: no new traceback entry
  rt::Dict* modules_ = nullptr;  // sys.modules
  std::vector<Value> import_roots_;  // modules whose code is running
  int root_provider_ = 0;

  friend Value python_call(Value callable, Value* args, size_t nargs, rt::Tuple* kwnames);
};

}  // namespace vm
