#include "runtime/objects/function.h"

#include "runtime/objects/containers.h"
#include "runtime/ops.h"
#include "runtime/objects/str.h"

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

Builtin::Builtin(const char* n, NativeFn f, Value s) : Object(&types::builtin), name(n), fn(f), self(s) {}

Cell::Cell(Value v) : Object(&types::cell), value(v) {}

Module::Module(Str* n, Dict* d) : Object(&types::module), name(n), dict(d) {}

void Module::trace(Tracer& t) {
  t.mark(name);
  t.mark(dict);
}

}  // namespace rt
