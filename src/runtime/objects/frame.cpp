// The frame type: its f_* attributes, clear() and repr, and f_locals built as
// CPython's PyFrame_FastToLocals builds it. Where a frame's state lives
// (running, suspended in a generator, finished) is explained in frame.h.
#include "runtime/objects/frame.h"

#include "runtime/methods_util.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/generator.h"
#include "runtime/objects/int.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"
#include "text/repr.h"

namespace rt {

namespace types {
Type frame("frame", &object);
}

FrameObj::FrameObj(CodeObj* c, Dict* g, Value namespace_, Generator* owner)
    : Object(&types::frame), code(c), globals(g), ns(namespace_), gen(owner), back(Value::none()), trace_fn(Value::none()) {}

void FrameObj::trace(Tracer& t) {
  t.mark(code);
  t.mark(globals);
  t.mark(ns);
  t.mark(locals_dict);
  t.mark(gen);
  for (Value v : saved) t.mark(v);
  t.mark(back);
  t.mark(trace_fn);
}

namespace {

FrameHooks hooks{};

FrameObj* as_frame(Value v) { return v.as<FrameObj>(); }

uint32_t variable_count(const CodeObj* code) { return code->nlocals + code->ncells + code->nfree; }

// The frame's variables and current instruction, wherever they live now.
const Value* frame_values(const FrameObj* f, int64_t* instr) {
  if (f->running >= 0) return hooks.live_values(f, instr);
  if (f->gen) {
    *instr = static_cast<int64_t>(f->gen->ip) - 1;  // the YIELD_VALUE it is suspended at (-1: not started)
    return f->gen->frame.size() >= variable_count(f->code) ? f->gen->frame.data() : nullptr;
  }
  *instr = f->lasti;
  return f->saved.size() >= variable_count(f->code) ? f->saved.data() : nullptr;
}

int64_t frame_instr(const FrameObj* f) {
  int64_t instr = -1;
  frame_values(f, &instr);
  return instr;
}

// Sets or (value null) deletes a name in a namespace, which may be any
// mapping a metaclass's __prepare__ returned.
void store_name(Value into, Str* name, Value value) {
  if (is_type(into, &types::dict)) {
    if (value.is_null()) into.as<Dict>()->remove(Value::object(name));
    else into.as<Dict>()->set_str(name, value);
    return;
  }
  if (!value.is_null()) {
    setitem(into, Value::object(name), value);
    return;
  }
  try {
    delitem(into, Value::object(name));
  } catch (const PyError& e) {
    if (!isinstance(e.exc, &exc::KeyError)) throw;
  }
}

Value cell_value(Value v) { return is_type(v, &types::cell) ? v.as<Cell>()->value : v; }

// CPython's _PyFrame_FastToLocalsWithError: each local, cell and free variable
// into `into` in co_varnames order, a parameter captured by a closure showing
// its cell's value; unbound names are removed. Free variables stay out of a
// class body's namespace (not CO_OPTIMIZED).
void fast_to_locals(const CodeObj* code, const Value* values, Value into) {
  const Value* cells = values + code->nlocals;
  for (uint32_t i = 0; i < code->nlocals; ++i) {
    Value v = values[i];
    for (uint32_t k = 0; k < code->ncells; ++k)
      if (code->cell_arg[k] == static_cast<int32_t>(i)) v = cell_value(cells[k]);
    store_name(into, code->varnames[i], v);
  }
  for (uint32_t k = 0; k < code->ncells; ++k)
    if (code->cell_arg[k] < 0) store_name(into, code->cell_and_free[k], cell_value(cells[k]));
  if (!(code->flags & bytecode::kOptimized)) return;
  for (uint32_t k = code->ncells; k < code->ncells + code->nfree; ++k)
    store_name(into, code->cell_and_free[k], cell_value(cells[k]));
}

Value f_back(Value v) {
  FrameObj* f = as_frame(v);
  if (f->running >= 0) return hooks.live_back(f);
  return f->gen ? Value::none() : f->back;  // a suspended generator has no caller
}

Value f_lineno(Value v) { return make_int(code_line(as_frame(v)->code, frame_instr(as_frame(v)))); }

void set_f_lineno(Value, Value value) {
  if (value.is_null()) raise(&exc::AttributeError, "cannot delete attribute");
  raise(&exc::ValueError, "f_lineno can only be set by a trace function");
}

// In bytes, as CPython counts; a generator that has not started reports 0
// (CPython has run its RETURN_GENERATOR).
Value f_lasti(Value v) { return make_int(std::max<int64_t>(frame_instr(as_frame(v)), 0) * 2); }

Value frame_repr(Value v) {
  FrameObj* f = as_frame(v);
  return str_value("<frame at " + address_string(v) + ", file " + text::repr_str(f->code->filename->data) + ", line " +
                   std::to_string(code_line(f->code, frame_instr(f))) + ", code " + f->code->name->data + ">");
}

// frame.clear(): drops the variables of a finished frame; a suspended
// generator's frame is cleared by closing the generator.
Value frame_clear(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("clear($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  FrameObj* f = as_frame(self);
  if (f->running >= 0 || (f->gen && f->gen->state == Generator::State::Running))
    raise(&exc::RuntimeError, "cannot clear an executing frame");
  if (f->gen) generator_close(f->gen);
  for (Value& v : f->saved) v = Value::null();
  return Value::none();
}

}  // namespace

void set_frame_hooks(const FrameHooks& h) { hooks = h; }

FrameObj* frame_at_depth(int64_t depth) {
  FrameObj* f = hooks.at_depth ? hooks.at_depth(std::max<int64_t>(depth, 0)) : nullptr;
  if (!f) raise(&exc::ValueError, "call stack is not deep enough");
  return f;
}

Value current_locals() {
  FrameObj* f = hooks.at_depth ? hooks.at_depth(0) : nullptr;
  return f ? frame_locals(f) : Value::null();
}

Value frame_locals(FrameObj* f) {
  Value into = f->ns;
  if (into.is_null()) {
    if (!f->locals_dict) f->locals_dict = new_dict();
    into = Value::object(f->locals_dict);
  }
  int64_t instr = -1;
  if (const Value* values = frame_values(f, &instr)) fast_to_locals(f->code, values, into);
  return into;
}

void frame_finished(FrameObj* f, const Value* values, int64_t instr, Value back) {
  if (values) f->saved.assign(values, values + variable_count(f->code));
  else f->saved.clear();
  f->lasti = instr;
  f->back = back;
  f->running = -1;
  f->gen = nullptr;
}

Value generator_frame(Generator* g) {
  if (g->state == Generator::State::Completed) return Value::none();
  if (!g->frame_obj && g->state == Generator::State::Running && hooks.of_running_generator)
    g->frame_obj = hooks.of_running_generator(g);
  // Null when g is running only through a delegate it awaits: its frame is saved.
  if (!g->frame_obj) g->frame_obj = heap().make<FrameObj>(g->code, g->func->globals, Value::null(), g);
  return Value::object(g->frame_obj);
}

void generator_frame_finished(Generator* g) {
  FrameObj* f = g->frame_obj;
  g->frame_obj = nullptr;
  if (!f || f->gen != g) return;
  const Value* values = g->frame.size() >= variable_count(f->code) ? g->frame.data() : nullptr;
  frame_finished(f, values, static_cast<int64_t>(g->ip) - 1, Value::none());
}

void install_frame_type() {
  Type& t = types::frame;
  t.repr = frame_repr;
  t.flags &= ~kBaseType;
  static const MethodEntry methods[] = {{"clear", frame_clear}};
  install_methods(&t, std::begin(methods), std::end(methods));
  add_getset(&t, "f_back", f_back);
  add_getset(&t, "f_code", [](Value v) { return Value::object(as_frame(v)->code); });
  add_getset(&t, "f_lasti", f_lasti);
  add_getset(&t, "f_lineno", f_lineno, set_f_lineno);
  add_getset(&t, "f_locals", [](Value v) { return frame_locals(as_frame(v)); });
  add_getset(&t, "f_globals", [](Value v) { return Value::object(as_frame(v)->globals); });
  add_getset(&t, "f_builtins", [](Value) { return Value::object(builtins_dict()); });
  add_getset(&t, "f_trace", [](Value v) { return as_frame(v)->trace_fn; },
             [](Value v, Value fn) { as_frame(v)->trace_fn = fn.is_null() ? Value::none() : fn; });
  add_getset(&t, "f_trace_lines", [](Value) { return Value::boolean(true); });
  add_getset(&t, "f_trace_opcodes", [](Value) { return Value::boolean(false); });
}

}  // namespace rt
