// Exception objects and raising them from native code.
//
// Native code raises by throwing PyError (a C++ exception carrying the Python
// exception object); the VM catches it at the instruction that called into
// native code, adds a traceback entry and unwinds Python frames itself.
#pragma once

#include <string>
#include <vector>

#include "runtime/object.h"

namespace rt {

struct CodeObj;
struct FrameObj;

struct TraceEntry {
  CodeObj* code;
  uint32_t instr;
  FrameObj* frame = nullptr;  // tb_frame (null for entries made only to print)
};

struct ExceptionObj : Object {
  Tuple* args;
  Value cause, context;
  bool suppress_context = false;
  // Innermost first: each frame the exception passes through appends itself.
  std::vector<TraceEntry> traceback;
  Value notes;  // __notes__ list (add_note), null until the first note
  Value tb_cache;  // the traceback object last handed out, while the entries are unchanged
  size_t tb_cache_size = 0;
  InstanceAttrs attrs;  // user exception classes' attributes (and BaseException's __dict__)
  ExceptionObj(Type* t, Tuple* a);
  void trace(Tracer& t) override;
};

namespace exc {
#define EXCEPTION(id, name, base) extern Type id;
#include "runtime/objects/exceptions.def"
#undef EXCEPTION
}  // namespace exc

struct PyError {
  Value exc;  // an ExceptionObj
};

ExceptionObj* new_exception(Type* type, std::string message);
ExceptionObj* new_exception_args(Type* type, std::vector<Value> args);
[[noreturn]] void raise(Type* type, std::string message);
[[noreturn]] void raise_value(Value exc);
// KeyError(key): its message is repr(key).
[[noreturn]] void raise_key_error(Value key);

// "ZeroDivisionError: division by zero" line of a traceback.
std::string exception_summary(Value exc);
std::string exception_str(Value exc);  // str(exc)

// Guards native recursion (repr, ==, hash of nested containers) so it ends in
// RecursionError instead of a C++ stack overflow. Native levels count together
// with the VM's Python frames against the same limit, as in CPython.
class RecursionGuard {
 public:
  explicit RecursionGuard(const char* where);
  ~RecursionGuard() { --depth; }
  RecursionGuard(const RecursionGuard&) = delete;
  RecursionGuard& operator=(const RecursionGuard&) = delete;
  static int current_depth();      // Python frames plus native levels
  static int depth;
  static const int* python_depth;  // set by the VM
  static const int* limit;         // the recursion limit in force, set by the VM
};

// RecursionError when the C++ stack is nearly used up, whatever the recursion
// limit (a program may raise it to a million): every place where native code
// re-enters Python, and every RecursionGuard, checks it first.
void check_native_stack();

namespace types {
extern Type traceback;
}
// __traceback__: a traceback object over the exception's entries, or None.
Value exception_traceback(Value exc);
void set_exception_traceback(Value exc, Value tb);  // tb: a traceback or None
void install_exception_methods();
void install_syntax_error_methods();  // syntax_error.cpp
// The per-class fields of the exceptions that have them (CPython's
// PyOSErrorObject, PyImportErrorObject, PyStopIterationObject, ...): one
// layout, ExceptionFields (exception_fields.cpp), for all of them.
// Fills them from the constructor's arguments, as the class's __new__/__init__ does.
void init_exception_fields(ExceptionObj* e, Value* args, size_t nargs, Tuple* kwnames);
// Calling a builtin exception class (its construct slot).
Value construct_exception(Type* t, Value* args, size_t nargs, Tuple* kwnames);
// OSError for errno `err`, of the subclass CPython picks, with strerror and file names
// (null or None filename: none), as PyErr_SetFromErrnoWithFilenameObjects makes it.
Value new_os_error(int err, Value filename = Value::null(), Value filename2 = Value::null());
[[noreturn]] void raise_os_error(int err, Value filename = Value::null(), Value filename2 = Value::null());
void install_exception_fields();  // exception_fields.cpp
// NameError(msg) with .name set / AttributeError(msg) with .name and .obj set,
// as the interpreter raises them for a missing name or attribute.
[[noreturn]] void raise_name_error(const std::string& message, Str* name);
[[noreturn]] void raise_attribute_error_with(const std::string& message, Value obj, Str* name);
// str() of OSError (its "[Errno n] text: 'file'" forms) and ImportError (msg):
// true with `out` set when the class's own __str__ applies.
bool exception_own_str(Value exc, std::string& out);
// The OSError subclass CPython picks for an errno (FileNotFoundError for ENOENT...).
Type* oserror_subclass(Value errno_value);

// All exception types, for the builtins table.
const std::vector<Type*>& exception_types();

}  // namespace rt
