// compile(), exec() and eval(): source text is compiled at run time by the
// compiler library (libpyvm_compile.so beside pyvm, loaded with dlopen on first
// use; see src/compile_api/compile_api.h), so pyvm itself links neither the
// compiler nor ANTLR. These three builtins live here rather than in the
// runtime's builtins table because they run code: they need the VM.
#include <dlfcn.h>

#include <cstdlib>
#include <string>

#include "bytecode/serializer.h"
#include "compile_api/compile_api.h"
#include "runtime/args.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/containers.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/frame.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type.h"
#include "runtime/ops.h"
#include "runtime/runtime.h"
#include "vm/interpreter.h"

namespace vm {

namespace {

enum CompileMode { kExec = 0, kEval = 1, kSingle = 2 };

PyvmCompileSourceFn compiler_function(const std::string& tools_dir) {
  static PyvmCompileSourceFn fn = nullptr;
  if (fn) return fn;
  const char* override_path = std::getenv("PYVM_COMPILER_LIB");
  std::string path = override_path && *override_path ? override_path : tools_dir + "/" + kCompileLibraryName;
  void* lib = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!lib) {
    const char* why = dlerror();
    raise(&rt::exc::RuntimeError, "compiling source at run time needs the pyvm compiler library, which cannot be "
                                  "loaded: " + std::string(why ? why : path));
  }
  fn = reinterpret_cast<PyvmCompileSourceFn>(dlsym(lib, kCompileSymbol));
  if (!fn) raise(&rt::exc::RuntimeError, path + " is not the pyvm compiler library (no " + kCompileSymbol + ")");
  return fn;
}

std::vector<std::string> split_lines(const std::string& text, size_t max_parts) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (parts.size() + 1 < max_parts) {
    size_t nl = text.find('\n', start);
    if (nl == std::string::npos) break;
    parts.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  parts.push_back(text.substr(start));
  return parts;
}

rt::Type* exception_type_named(const std::string& name) {
  for (rt::Type* t : rt::exception_types())
    if (t->name == name) return t;
  return &rt::exc::SystemError;
}

Value int_or_none(const std::string& s) {
  int v = std::atoi(s.c_str());
  return v > 0 ? rt::make_int(v) : Value::none();
}

// SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)),
// as CPython's parser raises it.
[[noreturn]] void raise_syntax_error(const std::string& report, int mode) {
  std::vector<std::string> f = split_lines(report, 8);
  f.resize(8);
  std::string text = f[7];
  if (mode != kEval || !text.empty()) text += mode == kEval ? "" : "\n";  // CPython's text keeps exec input's newline
  Value details = rt::tuple_value({rt::str_value(f[2]), int_or_none(f[3]), int_or_none(f[4]),
                                   text.empty() ? Value::none() : rt::str_value(text), int_or_none(f[5]),
                                   int_or_none(f[6])});
  Value args[2] = {rt::str_value(f[1]), details};
  rt::raise_value(rt::call(rt::type_value(exception_type_named(f[0])), args, 2));
}

}  // namespace

rt::CodeObj* VM::compile_string(const std::string& source, const std::string& filename, int mode) {
  if (source.find('\0') != std::string::npos)
    raise(&rt::exc::ValueError, "source code string cannot contain null bytes");
  PyvmCompileSourceFn fn = compiler_function(tools_dir);
  char* out = nullptr;
  size_t size = 0;
  int rc = fn(source.data(), source.size(), filename.c_str(), mode, &out, &size);
  std::string result(out ? out : "", size);
  std::free(out);
  if (rc == 1) raise_syntax_error(result, mode);
  if (rc != 0) {
    std::vector<std::string> f = split_lines(result, 2);
    f.resize(2);
    raise(exception_type_named(f[0]), f[1]);
  }
  std::shared_ptr<const bytecode::Code> code = bytecode::deserialize(result);
  return load_code(code, filename);
}

Value VM::exec_code(rt::CodeObj* code, rt::Dict* globals, Value locals_map) {
  if (code->nfree > 0)
    raise(&rt::exc::TypeError, "code object passed to exec() may not contain free variables");
  rt::check_native_stack();
  if (depth_ + rt::RecursionGuard::depth >= sys.recursion_limit)
    raise(&rt::exc::RecursionError, "maximum recursion depth exceeded");
  Value* base = free_stack();
  if (base + code->frame_size >= stack_limit_) raise(&rt::exc::RecursionError, "maximum recursion depth exceeded");
  Frame* frame = &frames_[depth_++];
  frame->code = code;
  frame->func = nullptr;
  frame->globals = globals;
  frame->locals = base;
  for (uint32_t i = 0; i < code->nlocals + code->ncells + code->nfree; ++i) base[i] = Value::null();
  frame->sp = frame->stack_base();
  frame->ip = code->code.data();
  frame->flags = Frame::kReturnsToNative;
  frame->locals_map = locals_map;
  frame->init_self = Value::null();
  frame->generator = nullptr;
  bool nested = depth_ > 1;
  if (nested) ++native_reentry_;
  struct Guard {
    int& n;
    bool on;
    ~Guard() {
      if (on) --n;
    }
  } guard{native_reentry_, nested};
  return execute(frame);
}

namespace {

// globals/locals as exec() and eval() take them: the caller's when omitted,
// __builtins__ added to a globals dict that lacks it.
void namespaces(const char* fn, Value& globals, Value& locals) {
  if (!globals.is_none() && !rt::is_type(globals, &rt::types::dict) && !rt::isinstance(globals, &rt::types::dict)) {
    if (std::string(fn) == "exec") raise(&rt::exc::TypeError, "exec() globals must be a dict, not " + rt::type_name(globals));
    bool mapping = !rt::type_lookup(rt::type_of(globals), rt::names::getitem).is_null();
    raise(&rt::exc::TypeError, mapping ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
  }
  if (!locals.is_none() && rt::type_lookup(rt::type_of(locals), rt::names::getitem).is_null())
    raise(&rt::exc::TypeError, "locals must be a mapping");
  if (globals.is_none()) {
    // The caller's namespaces: its globals, and its locals() (a snapshot of a
    // function's variables).
    rt::Dict* g = rt::current_globals();
    globals = Value::object(g ? g : rt::new_dict());
    if (locals.is_none()) {
      Value l = rt::current_locals();
      locals = l.is_null() ? globals : l;
    }
  } else if (locals.is_none()) {
    locals = globals;
  }
  rt::Dict* g = globals.as<rt::Dict>();
  if (g->get_str(rt::intern("__builtins__")).is_null())
    g->set_str(rt::intern("__builtins__"), Value::object(rt::builtins_dict()));
}

// Source given as str, or as bytes (which the compiler decodes as it decodes
// a file: BOM, coding declaration, "(unicode error)" SyntaxErrors).
std::string source_text(Value source, const char* fn, const char* kinds = "a string, bytes or code object") {
  if (rt::isinstance(source, &rt::types::str)) return rt::str_string(source);
  if (auto bytes = rt::buffer_view(source)) return std::string(*bytes);
  raise(&rt::exc::TypeError, std::string(fn) + "() arg 1 must be " + kinds);
}

Value run(VM* vm, Value code, Value globals, Value locals) {
  rt::Dict* g = globals.as<rt::Dict>();
  Value map = locals.is_object() && locals.as_object() == g ? Value::null() : locals;
  return vm->exec_code(code.as<rt::CodeObj>(), g, map);
}

Value b_compile(Value, Value* args, size_t nargs, rt::Tuple* kw) {
  static const rt::Signature sig(
      "compile($module, source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)");
  auto [source, filename, mode, flags, dont_inherit, optimize, feature] = sig.bind<7>(Value::null(), args, nargs, kw);
  (void)dont_inherit, (void)optimize, (void)feature;
  std::string m = rt::isinstance(mode, &rt::types::str) ? rt::str_string(mode) : "";
  if (!rt::isinstance(mode, &rt::types::str))
    raise(&rt::exc::TypeError, "compile() argument 'mode' must be str, not " + rt::type_name(mode));
  int which = m == "exec" ? kExec : m == "eval" ? kEval : m == "single" ? kSingle : -1;
  if (which < 0) raise(&rt::exc::ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  // The __future__ feature flags are accepted (the features are always on or
  // not implemented); anything else is unknown. PyCF_ONLY_AST (0x400) needs
  // the ast module's node classes, which come with the standard library.
  int64_t f = rt::index_value(flags, "compile() flags");
  const int64_t kKnown = 0x3ff0000 | 0x200 | 0x1000 | 0x2000 | 0x4000;
  if (f & ~kKnown) raise(&rt::exc::ValueError, "compile(): unrecognised flags");
  if (!rt::isinstance(filename, &rt::types::str))
    raise(&rt::exc::TypeError, "compile() argument 'filename' must be str, not " + rt::type_name(filename));
  std::string text = source_text(source, "compile", "a string, bytes or AST object");
  VM* vm = VM::current();
  return Value::object(vm->compile_string(text, rt::str_string(filename), which));
}

Value b_exec(Value, Value* args, size_t nargs, rt::Tuple* kw) {
  static const rt::Signature sig("exec($module, source, globals=None, locals=None, /, *, closure=None)");
  auto [source, globals, locals, closure] = sig.bind<4>(Value::null(), args, nargs, kw);
  VM* vm = VM::current();
  namespaces("exec", globals, locals);
  if (!closure.is_none()) raise(&rt::exc::TypeError, "closure can only be used when source is a code object");
  Value code = rt::is_type(source, &rt::types::code)
                   ? source
                   : Value::object(vm->compile_string(source_text(source, "exec"), "<string>", kExec));
  run(vm, code, globals, locals);
  return Value::none();
}

Value b_eval(Value, Value* args, size_t nargs, rt::Tuple* kw) {
  static const rt::Signature sig("eval($module, source, globals=None, locals=None, /)");
  auto [source, globals, locals] = sig.bind<3>(Value::null(), args, nargs, kw);
  VM* vm = VM::current();
  namespaces("eval", globals, locals);
  Value code = source;
  if (!rt::is_type(source, &rt::types::code)) {
    std::string text = source_text(source, "eval");
    size_t skip = text.find_first_not_of(" \t");  // eval ignores leading blanks
    code = Value::object(vm->compile_string(skip == std::string::npos ? "" : text.substr(skip), "<string>", kEval));
  }
  return run(vm, code, globals, locals);
}

}  // namespace

void install_dynamic_code_builtins(rt::Dict* builtins) {
  for (auto [name, fn] : {std::pair<const char*, rt::NativeFn>{"compile", b_compile}, {"exec", b_exec}, {"eval", b_eval}})
    builtins->set_str(rt::intern(name), Value::object(rt::heap().make<rt::Builtin>(name, fn)));
}

}  // namespace vm
