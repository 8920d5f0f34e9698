// The sys module: what a program sees of the running VM (SysState).
#include <cmath>
#include <limits>

#include "modules/registry.h"
#include "runtime/args.h"
#include "runtime/methods_util.h"
#include "runtime/objects/float.h"
#include "runtime/objects/frame.h"
#include "runtime/objects/int.h"
#include "runtime/objects/text_file.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"
#include "runtime/builtins_site.h"

namespace rt {

namespace {

SysState* g_sys = nullptr;

Value s_exit(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("sys.exit(status=None, /)");
  auto [status] = sig.bind<1>(self, args, nargs, kw);
  std::vector<Value> a;  // SystemExit(None) is SystemExit(), as PyErr_SetObject makes it
  if (!status.is_none()) a.push_back(status);
  raise_value(Value::object(new_exception_args(&exc::SystemExit, a)));
}
Value s_getrecursionlimit(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("sys.getrecursionlimit()");
  sig.parse(self, args, nargs, kw, nullptr);
  return make_int(g_sys ? g_sys->requested_recursion_limit : 1000);
}
Value s_setrecursionlimit(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("sys.setrecursionlimit(limit, /)");
  auto [limit] = sig.bind<1>(self, args, nargs, kw);
  int64_t n = index_value(limit, "setrecursionlimit");
  if (n < 1) raise(&exc::ValueError, "recursion limit must be greater or equal than 1");
  if (n > std::numeric_limits<int>::max()) raise(&exc::OverflowError, "Python int too large to convert to C int");
  int depth = RecursionGuard::current_depth();
  if (depth >= n)
    raise(&exc::RecursionError, "cannot set the recursion limit to " + std::to_string(n) + " at the recursion depth " +
                                    std::to_string(depth) + ": the limit is too low");
  if (g_sys) {
    g_sys->requested_recursion_limit = static_cast<int>(n);
    g_sys->recursion_limit = static_cast<int>(std::min<int64_t>(n, g_sys->max_recursion_limit));
  }
  return Value::none();
}
Value s_intern(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("sys.intern(string, /)");
  auto [string] = sig.bind<1>(self, args, nargs, kw);
  if (!is_type(string, &types::str)) raise(&exc::TypeError, "intern() argument must be str, not " + type_name(string));
  return Value::object(intern(string.as<Str>()->data));
}

Value handled() { return g_sys && g_sys->handled_exception ? g_sys->handled_exception() : Value::none(); }

Value s_exc_info(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("sys.exc_info()");
  sig.bind<0>(self, args, nargs, kw);
  Value e = handled();
  if (e.is_none()) return tuple_value({Value::none(), Value::none(), Value::none()});
  return tuple_value({type_value(type_of(e)), e, exception_traceback(e)});
}

Value s_exception(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("sys.exception()");
  sig.bind<0>(self, args, nargs, kw);
  return handled();
}

// sys.displayhook: how compile(..., 'single') code shows an expression's
// value: repr to sys.stdout, and the value kept as builtins._ (None skipped).
Value s_displayhook(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("sys.displayhook(object, /)");
  auto [object] = sig.bind<1>(self, args, nargs, kw);
  if (object.is_none()) return Value::none();
  Dict* builtins = builtins_dict();
  builtins->set_str(intern("_"), Value::none());
  Value sys = g_sys && g_sys->modules ? g_sys->modules->get_str(intern("sys")) : Value::null();
  Value out = sys.is_null() ? Value::null() : getattr_opt(sys, intern("stdout"));
  if (out.is_null() || out.is_none()) raise(&exc::RuntimeError, "lost sys.stdout");
  Value write = getattr(out, intern("write"));
  Value text[2] = {repr(object), str_value("\n")};
  call(write, &text[0], 1);
  call(write, &text[1], 1);
  builtins->set_str(intern("_"), object);
  return Value::none();
}

Value s_getframe(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("_getframe(depth=0, /)");
  auto [depth] = sig.bind<1>(self, args, nargs, kw);
  auto d = int_as_int64(as_index(depth));
  if (!d) raise(&exc::OverflowError, "Python int too large to convert to C int");
  return Value::object(frame_at_depth(*d));
}

Value s_get_int_max_str_digits(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("get_int_max_str_digits($module, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  return make_int(static_cast<int64_t>(int_max_str_digits));
}

Value s_set_int_max_str_digits(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("set_int_max_str_digits($module, /, maxdigits)");
  auto [maxdigits] = sig.bind<1>(self, args, nargs, kw);
  auto n = int_as_int64(as_index(maxdigits));
  if (!n || *n > INT32_MAX || *n < INT32_MIN) raise(&exc::OverflowError, "Python int too large to convert to C int");
  if (*n != 0 && (*n < 0 || *n < static_cast<int64_t>(kMaxStrDigitsThreshold)))
    raise(&exc::ValueError, "maxdigits must be 0 or larger than " + std::to_string(kMaxStrDigitsThreshold));
  int_max_str_digits = static_cast<size_t>(*n);
  return Value::none();
}

const MethodEntry kSys[] = {
    {"get_int_max_str_digits", s_get_int_max_str_digits},
    {"set_int_max_str_digits", s_set_int_max_str_digits},
    {"_getframe", s_getframe},
    {"displayhook", s_displayhook},
    {"exc_info", s_exc_info},
    {"exception", s_exception},
    {"exit", s_exit},
    {"getrecursionlimit", s_getrecursionlimit},
    {"setrecursionlimit", s_setrecursionlimit},
    {"intern", s_intern},
};

}  // namespace

void set_sys_state(SysState* state) { g_sys = state; }

Module* make_sys_module() {
  Module* m = new_module("sys");
  add_functions(m, std::begin(kSys), std::end(kSys));
  std::vector<Value> argv;
  if (g_sys)
    for (const auto& a : g_sys->argv) argv.push_back(str_value(a));
  m->dict->set_str(intern("argv"), Value::object(new_list(std::move(argv))));
  m->dict->set_str(intern("maxsize"), make_int(std::numeric_limits<int64_t>::max()));
  m->dict->set_str(intern("version"), str_value("3.11.7 (pyvm)"));
  m->dict->set_str(intern("version_info"), tuple_value({make_int(3), make_int(11), make_int(7),
                                                        str_value("final"), make_int(0)}));
  m->dict->set_str(intern("platform"), str_value("linux"));
  m->dict->set_str(intern("byteorder"), str_value("little"));
  m->dict->set_str(intern("path"), Value::object(new_list(
                                       {str_value(g_sys ? g_sys->path0 : std::string("."))})));
  // The standard streams, and their originals as __stdin__/__stdout__/__stderr__.
  const char* const streams[3][2] = {{"stdin", "__stdin__"}, {"stdout", "__stdout__"}, {"stderr", "__stderr__"}};
  for (int fd = 0; fd < 3; ++fd) {
    Value stream = new_std_stream(fd);
    m->dict->set_str(intern(streams[fd][0]), stream);
    m->dict->set_str(intern(streams[fd][1]), stream);
  }
  set_sys_dict(m->dict);
  m->dict->set_str(intern("breakpointhook"), breakpointhook_function());
  m->dict->set_str(intern("__breakpointhook__"), breakpointhook_function());
  m->dict->set_str(intern("modules"), g_sys && g_sys->modules ? Value::object(g_sys->modules) : Value::none());
  m->dict->set_str(intern("__displayhook__"), m->dict->get_str(intern("displayhook")));
  return m;
}


}  // namespace rt
