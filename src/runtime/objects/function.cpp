// Code objects' and functions' C++ side, and functions' attributes as
// CPython's funcobject.c defines them (with its setters' checks and errors).
#include "runtime/objects/function.h"

#include "runtime/args.h"
#include "runtime/objects/exceptions.h"

#include "runtime/objects/containers.h"
#include "runtime/objects/exceptions.h"
#include "runtime/ops.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"

namespace rt {

CodeObj::CodeObj() : Object(&types::code) {}

uint32_t CodeObj::total_args() const {
  return argcount + kwonly + ((flags & bytecode::kVarargs) ? 1 : 0) + ((flags & bytecode::kVarKeywords) ? 1 : 0);
}

void CodeObj::trace(Tracer& t) {
  for (Value v : consts) t.mark(v);
  for (Str* s : names) t.mark(s);
  for (Str* s : varnames) t.mark(s);
  for (Str* s : cell_and_free) t.mark(s);
  // attr_caches hold only values their types' dicts keep alive while the
  // version tags match (a stale entry is never read).
  t.mark(name);
  t.mark(qualname);
  t.mark(filename);
}

Function::Function(CodeObj* c, Dict* g)
    : Object(&types::function), code(c), globals(g), annotations(Value::none()), name(c->name),
      qualname(c->qualname), module_name(Value::none()), doc(Value::none()) {}

void Function::trace(Tracer& t) {
  t.mark(code);
  t.mark(globals);
  t.mark(defaults);
  t.mark(kwdefaults);
  t.mark(closure);
  t.mark(annotations);
  t.mark(name);
  t.mark(qualname);
  t.mark(module_name);
  t.mark(doc);
  t.mark(attrs);
}

bool is_simple_code(const CodeObj* c) {
  return c->kwonly == 0 &&
         !(c->flags & (bytecode::kVarargs | bytecode::kVarKeywords | bytecode::kGenerator | bytecode::kCoroutine |
                       bytecode::kAsyncGenerator)) &&
         c->ncells == 0 && c->nfree == 0;
}

namespace {

Function* as_function(Value v) { return v.as<Function>(); }
Value or_none(Object* o) { return o ? Value::object(o) : Value::none(); }

// MAKE_FUNCTION stores the annotations as CPython 3.11's compiler emits them,
// a flat (name, value, ...) tuple; the dict is made when first asked for.
Value function_annotations(Function* f) {
  if (is_type(f->annotations, &types::dict)) return f->annotations;
  Dict* d = new_dict();
  if (is_type(f->annotations, &types::tuple)) {
    const auto& items = f->annotations.as<Tuple>()->items;
    for (size_t i = 0; i + 1 < items.size(); i += 2) d->set(items[i], items[i + 1]);
  }
  f->annotations = Value::object(d);
  return f->annotations;
}

struct FunctionGetter {
  const char* name;
  Value (*get)(Function* f);
};
const FunctionGetter kGetters[] = {
    {"__code__", [](Function* f) { return Value::object(f->code); }},
    {"__name__", [](Function* f) { return Value::object(f->name); }},
    {"__qualname__", [](Function* f) { return Value::object(f->qualname); }},
    {"__module__", [](Function* f) { return f->module_name; }},
    {"__doc__", [](Function* f) { return f->doc; }},
    {"__defaults__", [](Function* f) { return or_none(f->defaults); }},
    {"__kwdefaults__", [](Function* f) { return or_none(f->kwdefaults); }},
    {"__closure__", [](Function* f) { return or_none(f->closure); }},
    {"__globals__", [](Function* f) { return Value::object(f->globals); }},
    {"__builtins__", [](Function*) { return Value::object(builtins_dict()); }},
    {"__annotations__", function_annotations},
    {"__dict__", [](Function* f) {
       if (!f->attrs) f->attrs = new_dict();
       return Value::object(f->attrs);
     }},
};

Value function_getattr(Value obj, Str* name) {
  Function* f = as_function(obj);
  if (f->attrs) {
    Value v = f->attrs->get_str(name);
    if (!v.is_null()) return v;
  }
  for (const auto& g : kGetters)
    if (name->data == g.name) return g.get(f);
  return Value::null();
}

// The setters; `v` null means del.
void need_str(Value v, const char* what) {
  if (v.is_null() || !is_type(v, &types::str)) raise(&exc::TypeError, std::string(what) + " must be set to a string object");
}

void set_code(Function* f, Value v) {
  if (v.is_null() || !is_type(v, &types::code)) raise(&exc::TypeError, "__code__ must be set to a code object");
  CodeObj* code = v.as<CodeObj>();
  size_t nclosure = f->closure ? f->closure->items.size() : 0;
  if (code->nfree != nclosure)
    raise(&exc::ValueError, f->name->data + "() requires a code object with " + std::to_string(nclosure) +
                                " free vars, not " + std::to_string(code->nfree));
  f->code = code;
  f->simple = is_simple_code(code);
}

struct FunctionSetter {
  const char* name;
  void (*set)(Function* f, Value v);
};
const FunctionSetter kSetters[] = {
    {"__code__", set_code},
    {"__name__", [](Function* f, Value v) {
       need_str(v, "__name__");
       f->name = v.as<Str>();
     }},
    {"__qualname__", [](Function* f, Value v) {
       need_str(v, "__qualname__");
       f->qualname = v.as<Str>();
     }},
    {"__module__", [](Function* f, Value v) { f->module_name = v.is_null() ? Value::none() : v; }},
    {"__doc__", [](Function* f, Value v) { f->doc = v.is_null() ? Value::none() : v; }},
    {"__defaults__", [](Function* f, Value v) {
       if (!v.is_null() && !v.is_none() && !is_type(v, &types::tuple))
         raise(&exc::TypeError, "__defaults__ must be set to a tuple object");
       f->defaults = v.is_null() || v.is_none() ? nullptr : v.as<Tuple>();
     }},
    {"__kwdefaults__", [](Function* f, Value v) {
       if (!v.is_null() && !v.is_none() && !is_type(v, &types::dict))
         raise(&exc::TypeError, "__kwdefaults__ must be set to a dict object");
       f->kwdefaults = v.is_null() || v.is_none() ? nullptr : v.as<Dict>();
     }},
    {"__annotations__", [](Function* f, Value v) {
       if (!v.is_null() && !v.is_none() && !is_type(v, &types::dict))
         raise(&exc::TypeError, "__annotations__ must be set to a dict object");
       f->annotations = v.is_null() ? Value::none() : v;  // None: a new dict when next read
     }},
    {"__dict__", [](Function* f, Value v) {
       if (v.is_null()) raise(&exc::TypeError, "cannot delete __dict__");
       if (!isinstance(v, &types::dict))
         raise(&exc::TypeError, "__dict__ must be set to a dictionary, not a '" + type_name(v) + "'");
       f->attrs = v.as<Dict>();
     }},
};

void function_setattro(Value obj, Str* name, Value value) {
  Function* f = as_function(obj);
  for (const auto& s : kSetters)
    if (name->data == s.name) {
      s.set(f, value);
      return;
    }
  for (const char* readonly : {"__closure__", "__globals__", "__builtins__"})
    if (name->data == readonly) raise(&exc::AttributeError, "readonly attribute");
  if (value.is_null()) {
    if (!f->attrs || !f->attrs->remove(Value::object(name)))
      raise(&exc::AttributeError, "'function' object has no attribute '" + name->data + "'");
    return;
  }
  if (!f->attrs) f->attrs = new_dict();
  f->attrs->set_str(name, value);
}

}  // namespace

// types.FunctionType(code, globals, name=None, argdefs=None, closure=None).
Value function_construct(Value, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("function(code, globals, name=None, argdefs=None, closure=None)");
  auto [code, globals, name, argdefs, closure] = sig.bind<5>(Value::null(), args, nargs, kwnames);
  if (!is_type(code, &types::code))
    raise(&exc::TypeError, "function() argument 'code' must be code, not " + type_name(code));
  if (!isinstance(globals, &types::dict))
    raise(&exc::TypeError, "function() argument 'globals' must be dict, not " + type_name(globals));
  if (!name.is_none() && !isinstance(name, &types::str)) raise(&exc::TypeError, "arg 3 (name) must be None or string");
  if (!argdefs.is_none() && !is_type(argdefs, &types::tuple))
    raise(&exc::TypeError, "arg 4 (defaults) must be None or tuple");
  CodeObj* c = code.as<CodeObj>();
  size_t nclosure = 0;
  if (!closure.is_none()) {
    if (!is_type(closure, &types::tuple)) raise(&exc::TypeError, "arg 5 (closure) must be tuple");
    nclosure = closure.as<Tuple>()->items.size();
  }
  if (nclosure != c->nfree) {
    if (c->nfree && closure.is_none()) raise(&exc::TypeError, "arg 5 (closure) must be tuple");
    raise(&exc::ValueError, c->name->data + " requires closure of length " + std::to_string(c->nfree) + ", not " +
                                std::to_string(nclosure));
  }
  if (nclosure)
    for (Value cell : closure.as<Tuple>()->items)
      if (!is_type(cell, &types::cell))
        raise(&exc::TypeError, "arg 5 (closure) expected cell, found " + type_name(cell));
  Function* f = heap().make<Function>(c, globals.as<Dict>());
  if (!name.is_none()) f->name = intern(str_string(name));
  if (!argdefs.is_none()) f->defaults = argdefs.as<Tuple>();
  if (nclosure) f->closure = closure.as<Tuple>();
  if (!c->consts.empty() && is_type(c->consts[0], &types::str)) f->doc = c->consts[0];
  f->module_name = globals.as<Dict>()->get_str(intern("__name__"));
  if (f->module_name.is_null()) f->module_name = Value::none();
  f->simple = is_simple_code(c);
  return Value::object(f);
}

void install_function_attributes() {
  types::function.getattr = function_getattr;
  types::function.setattro = function_setattro;
  types::function.construct = function_construct;
}

Builtin::Builtin(const char* n, NativeFn f, Value s) : Object(&types::builtin), name(n), fn(f), self(s) {}

Cell::Cell(Value v) : Object(&types::cell), value(v) {}

Module::Module(Str* n, Dict* d) : Object(&types::module), name(n), dict(d) {}

void Module::trace(Tracer& t) {
  t.mark(name);
  t.mark(dict);
}

}  // namespace rt
