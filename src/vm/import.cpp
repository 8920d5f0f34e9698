// The import system: modules are `<program dir>/<name>.py`, run from their
// cache file, which is (re)built by the `pyc` beside the running pyvm when it
// is missing or stale. Each module's top-level code runs once (sys.modules).
#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "bytecode/cache_file.h"
#include "runtime/objects/exceptions.h"
#include "modules/registry.h"
#include "runtime/ops.h"
#include "runtime/runtime.h"
#include "runtime/objects/str.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/traceback.h"

extern char** environ;

namespace vm {

namespace {

bool file_exists(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

// Runs `pyc compile <source>`; returns its exit status (or -1 if it could not
// start). With `captured`, pyc's stderr is collected instead of passed through.
int run_pyc(const std::string& pyc, const std::string& source, std::string* captured, bool force) {
  int pipefd[2] = {-1, -1};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  if (captured) {
    if (pipe(pipefd) != 0) return -1;
    posix_spawn_file_actions_adddup2(&actions, pipefd[1], 2);
    posix_spawn_file_actions_addclose(&actions, pipefd[0]);
    posix_spawn_file_actions_addclose(&actions, pipefd[1]);
  }
  rt::flush_stdout();  // the child shares our stdout
  std::string cmd = "compile", force_flag = "--force";
  std::vector<char*> argv = {const_cast<char*>(pyc.c_str()), cmd.data()};
  if (force) argv.push_back(force_flag.data());
  argv.push_back(const_cast<char*>(source.c_str()));
  argv.push_back(nullptr);
  pid_t pid;
  int rc = posix_spawn(&pid, pyc.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (captured) close(pipefd[1]);
  if (rc != 0) {
    if (captured) close(pipefd[0]);
    return -1;
  }
  if (captured) {
    char buf[4096];
    ssize_t n;
    while ((n = read(pipefd[0], buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR))
      if (n > 0) captured->append(buf, static_cast<size_t>(n));
    close(pipefd[0]);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) return -1;
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  return -1;
}

}  // namespace

std::string absolute_path(const std::string& path) {
  if (!path.empty() && path[0] == '/') return path;
  char buf[4096];
  if (!getcwd(buf, sizeof buf)) return path;
  std::string cwd = buf;
  std::string p = path;
  while (p.rfind("./", 0) == 0) p = p.substr(2);
  return cwd == "/" ? "/" + p : cwd + "/" + p;
}

std::string directory_of(const std::string& path) {
  auto slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

std::shared_ptr<const bytecode::Code> load_source(const std::string& source, const std::string& tools_dir,
                                                  std::string* captured_errors) {
  std::string pyc = tools_dir + "/pyc";
  auto compile = [&](bool force) {
    if (access(pyc.c_str(), X_OK) != 0)
      throw FatalError{"pyvm: " + source + ": the cache file is missing or out of date and there is no pyc at " +
                       pyc + " to compile it; run `pyc compile " + source + "` first"};
    int rc = run_pyc(pyc, source, captured_errors, force);
    if (rc != 0) {
      if (rc < 0) throw FatalError{"pyvm: could not run " + pyc + ": " + std::strerror(errno)};
      throw CompileFailed{captured_errors ? *captured_errors : std::string(), std::string()};
    }
  };
  if (!bytecode::cache_is_fresh(source)) {
    compile(false);
    return bytecode::load_cache_file(bytecode::cache_path_for(source));
  }
  try {
    return bytecode::load_cache_file(bytecode::cache_path_for(source));
  } catch (const bytecode::LoadError&) {
    // A cache file that looks current but is damaged: rebuild it once, as
    // CPython silently recompiles a bad .pyc next to its source.
    if (access(pyc.c_str(), X_OK) != 0) throw;
    compile(true);
    return bytecode::load_cache_file(bytecode::cache_path_for(source));
  }
}

Value VM::import_module(rt::Str* name) {
  Value cached = modules_->get_str(name);
  if (!cached.is_null()) return cached;
  if (rt::Module* native = rt::make_native_module(name->data)) {
    modules_->set_str(name, Value::object(native));
    return Value::object(native);
  }
  std::string rel = name->data;
  for (char& c : rel)
    if (c == '.') c = '/';
  std::string path = program_dir + "/" + rel + ".py";
  if (!file_exists(path)) raise(&rt::exc::ModuleNotFoundError, "No module named " + text::repr_str(name->data));
  std::shared_ptr<const bytecode::Code> src;
  try {
    std::string errors;
    src = load_source(path, tools_dir, &errors);
  } catch (const CompileFailed& failure) {
    // A syntax error in an imported module ends the program, printed below
    // the frames that were importing it (as CPython's traceback shows them).
    std::vector<rt::TraceEntry> entries;
    for (int i = depth_; i-- > 0;) entries.push_back({frames_[i].code, frames_[i].current_instr()});
    throw CompileFailed{failure.text, format_frames(entries)};
  } catch (const bytecode::LoadError& e) {
    raise(&rt::exc::ImportError, e.what());
  }
  rt::CodeObj* code = load_code(src, path);
  rt::Dict* dict = rt::new_dict();
  auto* module = rt::heap().make<rt::Module>(name, dict);
  module->path = path;
  dict->set_str(rt::intern("__name__"), Value::object(name));
  dict->set_str(rt::intern("__file__"), rt::str_value(path));
  dict->set_str(rt::intern("__builtins__"), Value::object(rt::builtins_dict()));
  Value mv = Value::object(module);
  modules_->set_str(name, mv);
  import_roots_.push_back(Value::object(code));
  struct Pop {
    std::vector<Value>& roots;
    ~Pop() { roots.pop_back(); }
  } pop{import_roots_};
  module->initializing = true;
  try {
    exec_module(code, module);
  } catch (...) {
    module->initializing = false;
    modules_->remove(Value::object(name));
    throw;
  }
  module->initializing = false;
  return mv;
}

}  // namespace vm
