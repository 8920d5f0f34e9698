// Running a program's main module and reporting how it ended.
#include <cstdio>
#include <new>

#include "runtime/objects/exceptions.h"
#include "runtime/objects/int.h"
#include "runtime/ops.h"
#include "runtime/runtime.h"
#include "runtime/objects/str.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/traceback.h"

namespace vm {

namespace {

void write_stderr(const std::string& text) {
  rt::flush_stdout();  // output printed before the error stays, and comes first
  std::fwrite(text.data(), 1, text.size(), stderr);
  std::fflush(stderr);
}

// SystemExit(code): None -> 0, an int -> that status, anything else is printed -> 1.
int system_exit_status(Value exc) {
  auto* e = exc.as<rt::ExceptionObj>();
  if (e->args->items.empty()) return 0;
  Value code = e->args->items.size() == 1 ? e->args->items[0] : Value::object(e->args);
  if (code.is_none()) return 0;
  if (rt::is_int(code)) {
    auto v = rt::int_as_int64(code);
    return v ? static_cast<int>(*v & 0xFF) : 1;
  }
  write_stderr(rt::str_string(code) + "\n");
  return 1;
}

}  // namespace

int VM::run_main(const std::shared_ptr<const bytecode::Code>& src, const std::string& filename,
                 const std::string& dir) {
  int status = run_main_module(src, filename, dir);
  // As CPython at shutdown, after the traceback of an uncaught exception.
  try {
    finalize_at_exit();
  } catch (const std::exception& e) {
    write_stderr(std::string("pyvm: internal error: ") + e.what() + "\n");
  }
  return status;
}

int VM::run_main_module(const std::shared_ptr<const bytecode::Code>& src, const std::string& filename,
                        const std::string& dir) {
  program_dir = dir;
  sys.path0 = dir;
  sys.modules = modules_;
  try {
    rt::CodeObj* code = load_code(src, filename);
    rt::Str* name = rt::intern("__main__");
    rt::Dict* dict = rt::new_dict();
    auto* module = rt::heap().make<rt::Module>(name, dict);
    dict->set_str(rt::intern("__name__"), Value::object(name));
    dict->set_str(rt::intern("__file__"), rt::str_value(filename.empty() ? src->filename : filename));
    dict->set_str(rt::intern("__builtins__"), Value::object(rt::builtins_dict()));
    modules_->set_str(name, Value::object(module));
    import_roots_.push_back(Value::object(code));
    exec_module(code, module);
    import_roots_.pop_back();
    rt::flush_stdout();
    return 0;
  } catch (const rt::PyError& err) {
    if (rt::isinstance(err.exc, &rt::exc::SystemExit)) {
      rt::flush_stdout();
      return system_exit_status(err.exc);
    }
    write_stderr(format_traceback(err.exc));
    return 1;
  } catch (const CompileFailed& failure) {
    write_stderr(failure.traceback + failure.text);
    return 1;
  } catch (const FatalError& fatal) {
    write_stderr(fatal.message + "\n");
    return 1;
  } catch (const std::bad_alloc&) {
    write_stderr("MemoryError\n");
    return 1;
  } catch (const std::exception& e) {
    write_stderr(std::string("pyvm: internal error: ") + e.what() + "\n");
    return 1;
  }
}

}  // namespace vm
