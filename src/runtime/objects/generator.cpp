// The generator type: __next__, send, throw, close and the gi_* attributes.
// Running the frame is the VM's part (vm/generators.cpp, through the hook).
#include "runtime/objects/generator.h"

#include "bytecode/opcodes.h"
#include "runtime/methods_util.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/frame.h"
#include "runtime/objects/type.h"

namespace rt {

namespace types {
Type generator("generator", &object);
}

bool is_generator_like(const Type* t) {
  return t == &types::generator || t == &types::coroutine || t == &types::async_generator;
}

const char* generator_kind(const Generator* g) {
  if (g->type == &types::coroutine) return "coroutine";
  if (g->type == &types::async_generator) return "async generator";
  return "generator";
}

namespace {

ResumeHook g_resume = nullptr;

Generator* as_gen(Value v) { return v.as<Generator>(); }

// Resumes g; a return ends as StopIteration(value) (none for None, as CPython's
// tp_iternext) when `raise_stop`, else as a null result.
Value resume(Generator* g, Value sent, Value exc, bool raise_stop) {
  bool returned = false;
  Value v = g_resume(g, sent, exc, true, &returned);
  if (!returned) return v;
  if (!raise_stop) return Value::null();
  std::vector<Value> args;
  if (!v.is_none()) args.push_back(v);
  raise_value(Value::object(new_exception_args(&exc::StopIteration, args)));
}

Value gen_iternext(Value self) { return resume(as_gen(self), Value::none(), Value::null(), false); }

Value gen_next(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__next__($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  return resume(as_gen(self), Value::none(), Value::null(), true);
}

Value gen_repr(Value self) {
  return str_value("<generator object " + as_gen(self)->qualname->data + " at " + address_string(self) + ">");
}

bool is_exception_class(Value v) { return is_type(v, &types::type) && v.as<Type>()->is_exception; }
bool is_exception_instance(Value v) { return v.is_object() && v.as_object()->type->is_exception; }

}  // namespace

Value generator_send(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("send($self, value, /)");
  auto [value] = sig.bind<1>(self, args, nargs, kw);
  return resume(as_gen(self), value, Value::null(), true);
}

Value generator_throw(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("throw($self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)");
  auto [typ, val, tb] = sig.bind<3>(self, args, nargs, kw);
  return resume(as_gen(self), Value::none(), throw_argument(typ, val, tb), true);
}

Value generator_close_method(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("close($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  generator_close(as_gen(self));
  return Value::none();
}

Value generator_running(Value self) { return Value::boolean(as_gen(self)->state == Generator::State::Running); }
Value generator_suspended(Value self) { return Value::boolean(as_gen(self)->state == Generator::State::Suspended); }
Value generator_code(Value self) { return Value::object(as_gen(self)->code); }
Value generator_awaited(Value self) {
  Value d = generator_yieldfrom(as_gen(self));
  return d.is_null() ? Value::none() : d;
}

Value generator_frame_attr(Value self) { return generator_frame(as_gen(self)); }

Value generator_getattr(Value self, Str* name) {
  if (name->data == "__name__") return Value::object(as_gen(self)->name);
  if (name->data == "__qualname__") return Value::object(as_gen(self)->qualname);
  return Value::null();
}

void generator_setattro(Value self, Str* name, Value value) {
  if (name->data == "__name__" || name->data == "__qualname__") {
    if (value.is_null() || !is_type(value, &types::str))
      raise(&exc::TypeError, name->data + " must be set to a string object");
    (name->data == "__name__" ? as_gen(self)->name : as_gen(self)->qualname) = value.as<Str>();
    return;
  }
  generic_setattr(self, name, value);
}

Value stop_iteration(Value value) {
  if (value.is_none()) return Value::null();
  raise_value(Value::object(new_exception_args(&exc::StopIteration, {value})));
}

Value resume_generator(Generator* g, Value sent, Value exc, bool* returned, bool close_delegate) {
  return g_resume(g, sent, exc, close_delegate, returned);
}

Generator::Generator(Type* t, CodeObj* c, Function* f)
    : Object(t), code(c), func(f), name(f->name), qualname(f->qualname), exc_state(Value::none()) {}

void Generator::finish() {
  state = State::Completed;
  if (frame_obj) generator_frame_finished(this);
  frame = {};  // nothing to resume: the buffer goes
  sp = 0;
}

void Generator::trace(Tracer& t) {
  t.mark(code);
  t.mark(func);
  t.mark(name);
  t.mark(qualname);
  t.mark(exc_state);
  t.mark(frame_obj);
  for (uint32_t i = 0; i < sp; ++i) t.mark(frame[i]);
}

void set_generator_resume_hook(ResumeHook hook) { g_resume = hook; }

Value generator_yieldfrom(Generator* g) {
  // Suspended at the YIELD_VALUE of a `yield from` loop (SEND; YIELD_VALUE 1):
  // the delegate is the top of its saved stack.
  if (g->state != Generator::State::Suspended || g->ip < 2 || g->sp == 0) return Value::null();
  bytecode::Instr yield = g->code->code[g->ip - 1];
  if (bytecode::instr_op(yield) != bytecode::Op::YIELD_VALUE || !(bytecode::instr_arg(yield) & 1))
    return Value::null();
  return g->frame[g->sp - 1];
}

Value throw_argument(Value typ, Value val, Value tb) {
  if (!tb.is_null() && !tb.is_none() && !is_type(tb, &types::traceback))
    raise(&exc::TypeError, "throw() third argument must be a traceback object");
  Value exc;
  if (is_exception_class(typ)) {
    if (!val.is_null() && is_exception_instance(val) && isinstance(val, typ.as<Type>())) {
      exc = val;
    } else if (val.is_null() || val.is_none()) {
      exc = call(typ, nullptr, 0);
    } else if (is_type(val, &types::tuple)) {
      exc = call(typ, val.as<Tuple>()->items.data(), val.as<Tuple>()->items.size());
    } else {
      exc = call(typ, &val, 1);
    }
  } else if (is_exception_instance(typ)) {
    if (!val.is_null() && !val.is_none())
      raise(&exc::TypeError, "instance exception may not have a separate value");
    exc = typ;
  } else {
    raise(&exc::TypeError, "exceptions must be classes or instances deriving from BaseException, not " +
                               type_name(typ));
  }
  if (!tb.is_null() && !tb.is_none()) set_exception_traceback(exc, tb);
  return exc;
}

void generator_close(Generator* g) {
  using S = Generator::State;
  if (g->state == S::Created || g->state == S::Completed) {
    g->finish();
    return;
  }
  Value exit = Value::object(new_exception_args(&exc::GeneratorExit, {}));
  try {
    bool returned = false;
    g_resume(g, Value::none(), exit, true, &returned);
    if (!returned) raise(&exc::RuntimeError, std::string(generator_kind(g)) + " ignored GeneratorExit");
  } catch (const PyError& e) {
    if (isinstance(e.exc, &exc::GeneratorExit) || isinstance(e.exc, &exc::StopIteration)) return;
    throw;
  }
}

void install_generator_type() {
  Type& t = types::generator;
  t.iter = [](Value v) { return v; };
  t.next = gen_iternext;
  t.repr = gen_repr;
  t.getattr = generator_getattr;
  t.setattro = generator_setattro;
  t.needs_finalize = [](Object* o) { return static_cast<Generator*>(o)->state == Generator::State::Suspended; };
  t.finalize = [](Object* o) { generator_close(static_cast<Generator*>(o)); };
  static const MethodEntry methods[] = {
      {"__next__", gen_next},
      {"send", generator_send},
      {"throw", generator_throw},
      {"close", generator_close_method},
  };
  install_methods(&t, std::begin(methods), std::end(methods));
  add_getset(&t, "gi_running", generator_running);
  add_getset(&t, "gi_suspended", generator_suspended);
  add_getset(&t, "gi_code", generator_code);
  add_getset(&t, "gi_yieldfrom", generator_awaited);
  add_getset(&t, "gi_frame", generator_frame_attr);
}

}  // namespace rt
