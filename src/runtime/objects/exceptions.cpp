#include "runtime/objects/exceptions.h"

#include <pthread.h>

#include "runtime/objects/containers.h"
#include "runtime/objects/frame.h"
#include "runtime/objects/function.h"
#include "runtime/ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type.h"

namespace rt {

namespace exc {
#define EXCEPTION(id, name, base) Type id(name, &base);
namespace {
Type& None = types::object;
}
#include "runtime/objects/exceptions.def"
#undef EXCEPTION
}  // namespace exc

const std::vector<Type*>& exception_types() {
  static const std::vector<Type*> all = [] {
    std::vector<Type*> v = {
#define EXCEPTION(id, name, base) &exc::id,
#include "runtime/objects/exceptions.def"
#undef EXCEPTION
    };
    for (Type* t : v) t->is_exception = true;
    return v;
  }();
  return all;
}

ExceptionObj::ExceptionObj(Type* t, Tuple* a) : Object(t), args(a), cause(Value::none()), context(Value::none()) {}

void ExceptionObj::trace(Tracer& t) {
  t.mark(args);
  t.mark(cause);
  t.mark(context);
  t.mark(notes);
  t.mark(tb_cache);
  attrs.trace(t);
  for (const TraceEntry& e : traceback) {
    t.mark(e.code);
    t.mark(e.frame);
  }
}

ExceptionObj* new_exception_args(Type* type, std::vector<Value> args) {
  Object* o = type->alloc ? type->alloc(type) : heap().make<ExceptionObj>(type, new_tuple());
  auto* e = static_cast<ExceptionObj*>(o);
  e->args = new_tuple(std::move(args));
  init_exception_fields(e, e->args->items.data(), e->args->items.size(), nullptr);
  return e;
}

ExceptionObj* new_exception(Type* type, std::string message) {
  return new_exception_args(type, {str_value(std::move(message))});
}

void raise(Type* type, std::string message) { throw PyError{Value::object(new_exception(type, std::move(message)))}; }

void raise_value(Value exc) { throw PyError{exc}; }

void raise_key_error(Value key) { throw PyError{Value::object(new_exception_args(&exc::KeyError, {key}))}; }

int RecursionGuard::depth = 0;
const int* RecursionGuard::python_depth = nullptr;
static const int kDefaultLimit = 1000;
const int* RecursionGuard::limit = &kDefaultLimit;

int RecursionGuard::current_depth() { return depth + (python_depth ? *python_depth : 0); }

RecursionGuard::RecursionGuard(const char* where) {
  check_native_stack();
  ++depth;
  if (current_depth() > *limit) {
    --depth;
    raise(&exc::RecursionError, std::string("maximum recursion depth exceeded") + where);
  }
}

namespace {
// Room left below the deepest check for the native work between two checks
// (a repr, a sort, a traceback) and for throwing the RecursionError.
constexpr size_t kNativeStackReserve = 512 * 1024;

// The lowest stack address native code may reach before recursion is refused
// (the main thread's stack bottom, found once, plus the reserve).
uintptr_t native_stack_floor() {
  static const uintptr_t floor = [] {
    pthread_attr_t attr;
    void* bottom = nullptr;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return uintptr_t{0};
    pthread_attr_getstack(&attr, &bottom, &size);
    pthread_attr_destroy(&attr);
    return reinterpret_cast<uintptr_t>(bottom) + kNativeStackReserve;
  }();
  return floor;
}
}  // namespace

void check_native_stack() {
  if (reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) < native_stack_floor())
    raise(&exc::RecursionError, "maximum recursion depth exceeded");
}

std::string exception_str(Value v) {
  auto* e = v.as<ExceptionObj>();
  if (std::string own; exception_own_str(v, own)) return own;
  const auto& args = e->args->items;
  if (args.empty()) return "";
  if (args.size() == 1) {
    // KeyError shows the key's repr (a missing '' key must not print nothing).
    if (is_subtype(e->type, &exc::KeyError)) return repr_string(args[0]);
    return str_string(args[0]);
  }
  return repr_string(Value::object(e->args));
}

std::string exception_summary(Value v) {
  Type* t = v.as_object()->type;
  std::string name = type_qualname(t);
  std::string mod = type_module(t);
  if (mod != "__main__" && mod != "builtins") name = mod + "." + name;
  std::string text;
  try {
    text = str_string(v);
  } catch (PyError&) {
    text = "<exception str() failed>";
  }
  return text.empty() ? name : name + ": " + text;
}

}  // namespace rt
