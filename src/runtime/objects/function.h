// Code objects as the VM runs them, functions, builtins, cells and modules.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "bytecode/code.h"
#include "runtime/object.h"

namespace rt {

// LOAD_GLOBAL / STORE_GLOBAL inline cache: a dict keys_version and the entry
// index it was valid for (globals first, builtins if `in_builtins`).
struct GlobalCache {
  uint64_t globals_version = 0;
  uint64_t builtins_version = 0;
  int64_t entry = -1;
  uint32_t name = 0;  // index into names
  bool in_builtins = false;
};

// Attribute-site inline cache (LOAD_ATTR, LOAD_METHOD, STORE_ATTR), keyed on
// the receiver type's version tag (type.h) and, for instances, the version of
// the type's shared attribute keys.
struct AttrCache {
  enum Kind : uint8_t {
    kNone,
    kInstanceValue,  // the value at `index` of the instance's values
    kMethod,         // `value` is a function / method descriptor found on the type
    kClassValue,     // `value` is a plain (non-descriptor) class attribute
    kModuleEntry,    // a module global: entry `index` of a dict whose keys_version is `dict_version`
  };
  uint32_t name = 0;  // index into names
  Kind kind = kNone;
  uint32_t type_version = 0;
  uint32_t keys_version = 0;
  int32_t index = -1;
  uint64_t dict_version = 0;
  Value value;
};

// A bytecode::Code converted once for execution: constants as Values, names
// interned, instructions copied so the VM can quicken them in place.
struct CodeObj : Object {
  std::shared_ptr<const bytecode::Code> src;
  std::vector<bytecode::Instr> code;
  std::vector<Value> consts;
  std::vector<Str*> names;
  std::vector<Str*> varnames;
  std::vector<Str*> cell_and_free;  // cellvars then freevars
  std::vector<int32_t> cell_arg;    // for each cellvar: parameter index it starts from, or -1
  std::vector<GlobalCache> global_caches;  // one per LOAD_GLOBAL/STORE_GLOBAL site
  std::vector<AttrCache> attr_caches;      // one per LOAD_ATTR / LOAD_METHOD / STORE_ATTR site
  Str* name = nullptr;
  Str* qualname = nullptr;
  Str* filename = nullptr;
  uint32_t nlocals = 0, ncells = 0, nfree = 0;
  uint32_t argcount = 0, posonly = 0, kwonly = 0, flags = 0;
  uint32_t frame_size = 0;  // locals + cells + free + stack
  // co_firstlineno and co_stacksize: the loaded values, or what code.replace() gave
  // (the frame keeps the size the bytecode needs whatever co_stacksize says).
  int32_t first_line = 0;
  uint32_t stacksize = 0;
  // Total parameter slots: positional + kw-only + *args + **kwargs.
  uint32_t total_args() const;

  CodeObj();
  void trace(Tracer& t) override;
};

// The source line of instruction `instr` of `code` (co_firstlineno before the
// first instruction, as CPython reports a frame that has not started).
int code_line(const CodeObj* code, int64_t instr);
void install_code_type();
// co_code, co_linetable, co_exceptiontable as bytes (code_tables.cpp).
Value code_co_code(const CodeObj* c);
Value code_co_linetable(const CodeObj* c);
Value code_co_exceptiontable(const CodeObj* c);  // co_* attributes, replace(), co_lines() ... (code.cpp)

struct Function : Object {
  CodeObj* code;
  Dict* globals;
  Tuple* defaults = nullptr;
  Dict* kwdefaults = nullptr;
  Tuple* closure = nullptr;
  Value annotations;
  Str* name;
  Str* qualname;
  Value module_name;
  Value doc;               // __doc__ (None unless set)
  Dict* attrs = nullptr;   // __dict__: attributes set on the function
  // Fast path: a plain positional call with exactly argcount arguments.
  bool simple = false;

  Function(CodeObj* c, Dict* g);
  void trace(Tracer& t) override;
};
// Whether calls of functions running `code` may take the VM's inline call
// path (Function::simple): positional parameters only, no cells, no generator.
bool is_simple_code(const CodeObj* code);
void install_function_attributes();  // __code__, __defaults__, ... (function.cpp)

struct Builtin : Object {
  const char* name;
  NativeFn fn;
  Value self;  // bound receiver for methods; null for plain functions
  Type* method_of = nullptr;  // for methods: the type whose instances it expects
  Builtin(const char* n, NativeFn f, Value s = Value::null());
  void trace(Tracer& t) override { t.mark(self); }
};

struct Cell : Object {
  Value value;  // null = empty
  explicit Cell(Value v);
  void trace(Tracer& t) override { t.mark(value); }
};
void install_cell_type();  // cell_contents, comparison, repr (cell.cpp)

struct Module : Object {
  Str* name;
  Dict* dict;
  std::string path;  // empty for built-in modules
  bool initializing = false;  // its top-level code is still running (circular imports)
  Module(Str* n, Dict* d);
  void trace(Tracer& t) override;
};

}  // namespace rt
