// Calls into Python code: binding arguments to parameters (CPython's error
// messages), pushing frames, and entering the loop from native code.
#include "runtime/objects/exceptions.h"
#include "runtime/ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/type.h"
#include "vm/interpreter.h"

namespace vm {

using rt::raise;

namespace {

std::string quoted_list(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'" + names[i] + "'";
  }
  return out;
}

[[noreturn]] void missing_arguments(rt::Function* f, const std::vector<std::string>& names, bool kwonly) {
  raise(&rt::exc::TypeError, f->qualname->data + "() missing " + std::to_string(names.size()) + " required " +
                                 (kwonly ? "keyword-only" : "positional") + " argument" +
                                 (names.size() == 1 ? "" : "s") + ": " + quoted_list(names));
}

}  // namespace

// Binds call arguments (positional values then keyword values, at `locals`)
// into the function's parameter slots starting at `locals`, in place.
void VM::bind_arguments(rt::Function* f, Value* locals, size_t nargs, rt::Tuple* kwnames) {
  rt::CodeObj* code = f->code;
  size_t nkw = kwnames ? kwnames->items.size() : 0;
  size_t npos = nargs - nkw;
  std::vector<Value> args(locals, locals + nargs);
  uint32_t argcount = code->argcount, total = code->total_args();
  bool has_varargs = code->flags & bytecode::kVarargs;
  bool has_varkw = code->flags & bytecode::kVarKeywords;
  for (uint32_t i = 0; i < total; ++i) locals[i] = Value::null();
  rt::Dict* kwdict = nullptr;
  if (has_varkw) {
    kwdict = rt::new_dict();
    locals[argcount + code->kwonly + (has_varargs ? 1 : 0)] = Value::object(kwdict);
  }
  for (size_t i = 0; i < std::min<size_t>(npos, argcount); ++i) locals[i] = args[i];
  if (has_varargs) {
    std::vector<Value> extra;
    for (size_t i = argcount; i < npos; ++i) extra.push_back(args[i]);
    locals[argcount + code->kwonly] = rt::tuple_value(std::move(extra));
  } else if (npos > argcount) {
    size_t ndefaults = f->defaults ? f->defaults->items.size() : 0;
    size_t kw_given = 0;
    for (size_t k = 0; k < nkw; ++k) {
      rt::Str* name = kwnames->items[k].as<rt::Str>();
      for (uint32_t i = argcount; i < argcount + code->kwonly; ++i)
        if (rt::str_equal(code->varnames[i], name)) ++kw_given;
    }
    std::string takes = ndefaults ? "from " + std::to_string(argcount - ndefaults) + " to " + std::to_string(argcount)
                                  : std::to_string(argcount);
    std::string plural = (ndefaults == 0 && argcount == 1) ? "" : "s";
    std::string given = std::to_string(npos);
    std::string msg = f->qualname->data + "() takes " + takes + " positional argument" + plural + " but " + given;
    if (kw_given)
      msg += " positional argument" + std::string(npos == 1 ? "" : "s") + " (and " + std::to_string(kw_given) +
             " keyword-only argument" + (kw_given == 1 ? "" : "s") + ") were given";
    else
      msg += npos == 1 ? " was given" : " were given";
    raise(&rt::exc::TypeError, msg);
  }
  for (size_t k = 0; k < nkw; ++k) {
    rt::Str* name = kwnames->items[k].as<rt::Str>();
    Value value = args[npos + k];
    int64_t slot = -1;
    for (uint32_t i = code->posonly; i < argcount + code->kwonly; ++i)
      if (rt::str_equal(code->varnames[i], name)) {
        slot = i;
        break;
      }
    if (slot < 0) {
      if (kwdict) {
        kwdict->set_str(name, value);
        continue;
      }
      for (uint32_t i = 0; i < code->posonly; ++i)
        if (rt::str_equal(code->varnames[i], name))
          raise(&rt::exc::TypeError, f->qualname->data +
                                         "() got some positional-only arguments passed as keyword arguments: '" +
                                         name->data + "'");
      raise(&rt::exc::TypeError, f->qualname->data + "() got an unexpected keyword argument '" + name->data + "'");
    }
    if (!locals[slot].is_null())
      raise(&rt::exc::TypeError, f->qualname->data + "() got multiple values for argument '" + name->data + "'");
    locals[slot] = value;
  }
  // Defaults for the trailing positional parameters, then keyword-only ones.
  size_t ndefaults = f->defaults ? f->defaults->items.size() : 0;
  std::vector<std::string> missing;
  for (uint32_t i = 0; i < argcount; ++i) {
    if (!locals[i].is_null()) continue;
    if (i >= argcount - ndefaults) locals[i] = f->defaults->items[i - (argcount - ndefaults)];
    else missing.push_back(code->varnames[i]->data);
  }
  if (!missing.empty()) missing_arguments(f, missing, false);
  for (uint32_t i = argcount; i < argcount + code->kwonly; ++i) {
    if (!locals[i].is_null()) continue;
    Value d = f->kwdefaults ? f->kwdefaults->get_str(code->varnames[i]) : Value::null();
    if (d.is_null()) missing.push_back(code->varnames[i]->data);
    else locals[i] = d;
  }
  if (!missing.empty()) missing_arguments(f, missing, true);
}

Frame* VM::push_frame(rt::Function* f, Value* args, size_t nargs, rt::Tuple* kwnames) {
  if (depth_ + rt::RecursionGuard::depth >= sys.recursion_limit)
    raise(&rt::exc::RecursionError, "maximum recursion depth exceeded");
  rt::CodeObj* code = f->code;
  Value* locals = args;
  if (locals + code->frame_size + nargs >= stack_limit_)
    raise(&rt::exc::RecursionError, "maximum recursion depth exceeded");
  if (f->simple && nargs == code->argcount && !kwnames && code->ncells == 0) {
    for (uint32_t i = code->argcount; i < code->nlocals; ++i) locals[i] = Value::null();
  } else {
    bind_arguments(f, locals, nargs, kwnames);
    for (uint32_t i = code->total_args(); i < code->nlocals; ++i) locals[i] = Value::null();
  }
  Value* cells = locals + code->nlocals;
  for (uint32_t i = 0; i < code->ncells; ++i) {
    int32_t arg = code->cell_arg[i];
    cells[i] = Value::object(rt::heap().make<rt::Cell>(arg >= 0 ? locals[arg] : Value::null()));
  }
  for (uint32_t i = 0; i < code->nfree; ++i) cells[code->ncells + i] = f->closure->items[i];
  Frame* frame = &frames_[depth_++];
  frame->code = code;
  frame->func = f;
  frame->globals = f->globals;
  frame->locals = locals;
  frame->sp = frame->stack_base();
  frame->ip = code->code.data();
  frame->flags = 0;
  frame->locals_map = Value::null();
  frame->init_self = Value::null();
  frame->generator = nullptr;
  if (code->flags & (bytecode::kGenerator | bytecode::kCoroutine | bytecode::kAsyncGenerator)) {
    // The call's result is a generator holding this frame; nothing runs yet.
    args[-1] = make_generator(frame);
    return nullptr;
  }
  return frame;
}

// The __init__ a plain class call runs, when the class allocates with
// object.__new__ and its __init__ is a Python function (cached per version).
static rt::Function* class_init_function(rt::Type* cls) {
  if (cls->init_version == cls->version && cls->version != 0) return cls->init_func.is_null() ? nullptr : cls->init_func.as<rt::Function>();
  cls->init_version = cls->version;
  cls->init_func = Value::null();
  if (rt::type_lookup(cls, rt::names::new_) != rt::object_new_value()) return nullptr;
  if (cls->flags & rt::kAbstract) return nullptr;  // object.__new__ refuses it
  Value init = rt::type_lookup(cls, rt::names::init);
  if (!rt::is_type(init, &rt::types::function)) return nullptr;
  if (init.as<rt::Function>()->code->flags & (bytecode::kGenerator | bytecode::kCoroutine | bytecode::kAsyncGenerator))
    return nullptr;  // type_call reports it
  cls->init_func = init;
  return init.as<rt::Function>();
}

Frame* VM::call_from_loop(Value* args, size_t nargs, rt::Tuple* kwnames) {
  Value callable = args[-1];
  rt::Type* t = rt::type_of(callable);
  if (t == &rt::types::type && callable.as<rt::Type>()->is_heap()) {
    rt::Type* cls = callable.as<rt::Type>();
    if (rt::Function* init = class_init_function(cls)) {
      // CALL's layout is [cls, args...]: the instance takes cls's slot and
      // becomes __init__'s first argument; its frame returns the instance.
      Value obj = Value::object(cls->alloc(cls));
      args[-1] = obj;
      Frame* callee = push_frame(init, args - 1, nargs + 1, kwnames);
      callee->init_self = obj;
      return callee;
    }
  } else if (t == &rt::types::method) {
    auto* m = callable.as<rt::Method>();
    if (rt::is_type(m->func, &rt::types::function) && args + nargs + 1 < stack_limit_) {
      // [method, args...] -> [func, self, args...] (the frame has a spare slot).
      for (size_t i = nargs; i-- > 0;) args[i + 1] = args[i];
      args[0] = m->self;
      args[-1] = m->func;
      return push_frame(m->func.as<rt::Function>(), args, nargs + 1, kwnames);
    }
  }
  args[-1] = rt::call(callable, args, nargs, kwnames);
  return nullptr;
}

Value* VM::free_stack() const {
  if (depth_ == 0) return stack_;
  const Frame& top = frames_[depth_ - 1];
  return top.locals + top.code->frame_size;
}

Value VM::run_class_body(rt::Function* body, Value ns) {
  rt::check_native_stack();
  Value* base = free_stack();
  base[0] = Value::object(body);
  Frame* frame = push_frame(body, base + 1, 0, nullptr);
  if (!frame) return base[0];
  frame->flags = Frame::kReturnsToNative;
  frame->locals_map = ns;
  ++native_reentry_;
  struct Guard {
    int& n;
    ~Guard() { --n; }
  } guard{native_reentry_};
  return execute(frame);
}

bool VM::super_context(Value* self, Value* cls) {
  if (depth_ == 0) return false;
  const Frame& f = frames_[depth_ - 1];
  if (!f.func || f.code->argcount + ((f.code->flags & bytecode::kVarargs) ? 1 : 0) == 0) {
    *self = Value::null();
    *cls = Value::null();
    if (!f.func) return false;
  }
  rt::CodeObj* code = f.code;
  // The first argument, or the cell it moved into when a closure captures it.
  Value first = code->nlocals > 0 ? f.locals[0] : Value::null();
  for (uint32_t i = 0; i < code->ncells; ++i)
    if (code->cell_arg[i] == 0) first = f.locals[code->nlocals + i].as<rt::Cell>()->value;
  if (code->argcount == 0 && !(code->flags & bytecode::kVarargs)) {
    raise(&rt::exc::RuntimeError, "super(): no arguments");
  }
  if (code->argcount == 0 && !first.is_null() && rt::is_type(first, &rt::types::tuple)) {
    auto& items = first.as<rt::Tuple>()->items;
    if (items.empty()) raise(&rt::exc::RuntimeError, "super(): no arguments");
    first = items[0];
  }
  *self = first;
  *cls = Value::null();
  for (uint32_t i = code->ncells; i < code->ncells + code->nfree; ++i)
    if (code->cell_and_free[i]->data == "__class__") {
      *cls = f.locals[code->nlocals + i].as<rt::Cell>()->value;
      if (cls->is_null()) raise(&rt::exc::RuntimeError, "super(): empty __class__ cell");
      return true;
    }
  return true;
}

Value VM::call(Value callable, Value* args, size_t nargs, rt::Tuple* kwnames) {
  if (!rt::is_type(callable, &rt::types::function)) return rt::call(callable, args, nargs, kwnames);
  rt::check_native_stack();  // each call from native code nests a C++ activation
  Value* base = free_stack();
  size_t nkw = kwnames ? kwnames->items.size() : 0;
  (void)nkw;
  base[0] = callable;
  Value* argp = base + 1;
  if (argp + nargs >= stack_limit_) raise(&rt::exc::RecursionError, "maximum recursion depth exceeded");
  for (size_t i = 0; i < nargs; ++i) argp[i] = args[i];
  Frame* frame = push_frame(callable.as<rt::Function>(), argp, nargs, kwnames);
  if (!frame) return base[0];
  frame->flags = Frame::kReturnsToNative;
  ++native_reentry_;
  struct Guard {
    int& n;
    ~Guard() { --n; }
  } guard{native_reentry_};
  return execute(frame);
}

void VM::exec_module(rt::CodeObj* code, rt::Module* module) { exec_code(code, module->dict, Value::null()); }

}  // namespace vm
