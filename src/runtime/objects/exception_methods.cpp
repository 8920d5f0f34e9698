// BaseException's Python-level behaviour: __new__/__init__ (so user
// exception classes get `args`), with_traceback, add_note, and traceback
// objects (__traceback__, tb_next, tb_lineno, tb_frame) built from the VM's entries.
#include "runtime/methods_util.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/frame.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type.h"
#include "runtime/ops.h"

namespace rt {

namespace types {
Type traceback("traceback", &object);
}

namespace {

// One level of an exception's traceback: entry `index` of its entries
// (which run innermost first), so tb_next moves toward the innermost frame.
struct TracebackObj : Object {
  ExceptionObj* exc;
  size_t index;
  TracebackObj(ExceptionObj* e, size_t i) : Object(&types::traceback), exc(e), index(i) {}
  void trace(Tracer& t) override { t.mark(exc); }
};

Value traceback_getattr(Value v, Str* name) {
  auto* tb = v.as<TracebackObj>();
  const TraceEntry& entry = tb->exc->traceback[tb->index];
  if (name->data == "tb_next")
    return tb->index == 0 ? Value::none() : Value::object(heap().make<TracebackObj>(tb->exc, tb->index - 1));
  if (name->data == "tb_lineno") return make_int(code_line(entry.code, entry.instr));
  if (name->data == "tb_lasti") return make_int(static_cast<int64_t>(entry.instr) * 2);
  if (name->data == "tb_frame") return entry.frame ? Value::object(entry.frame) : Value::none();
  return Value::null();
}

Value be_new(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  (void)self;
  size_t nkw = kwnames ? kwnames->items.size() : 0;
  if (nargs - nkw == 0) raise(&exc::TypeError, "BaseException.__new__(): not enough arguments");
  if (!is_type_object(args[0]) || !is_subtype(args[0].as<Type>(), &exc::BaseException))
    raise(&exc::TypeError, "BaseException.__new__(X): X is not a subtype of BaseException");
  Type* cls = args[0].as<Type>();
  size_t npos = nargs - nkw;
  if (cls == &exc::OSError && npos >= 3 && npos <= 6 && is_int(args[1])) cls = oserror_subclass(args[1]);
  Object* o = cls->alloc ? cls->alloc(cls) : heap().make<ExceptionObj>(cls, new_tuple());
  static_cast<ExceptionObj*>(o)->args = new_tuple(std::vector<Value>(args + 1, args + (nargs - nkw)));
  if (is_subtype(cls, &exc::OSError)) oserror_store_filenames(static_cast<ExceptionObj*>(o));
  return Value::object(o);
}

Value be_init(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  size_t nkw = kwnames ? kwnames->items.size() : 0;
  if (nkw) raise(&exc::TypeError, type_name(self) + "() takes no keyword arguments");
  auto* e = self.as<ExceptionObj>();
  e->args = new_tuple(std::vector<Value>(args, args + nargs));
  if (is_subtype(e->type, &exc::OSError)) oserror_store_filenames(e);
  return Value::none();
}

Value be_with_traceback(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("with_traceback($self, tb, /)");
  auto [tb] = sig.bind<1>(self, args, nargs, kw);
  if (!tb.is_none() && !is_type(tb, &types::traceback))
    raise(&exc::TypeError, "__traceback__ must be a traceback or None");
  set_exception_traceback(self, tb);
  return self;
}

Value be_add_note(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("add_note($self, note, /)");
  auto [note] = sig.bind<1>(self, args, nargs, kw);
  if (!isinstance(note, &types::str))
    raise(&exc::TypeError, "note must be a str, not '" + type_name(note) + "'");
  auto* e = self.as<ExceptionObj>();
  if (e->notes.is_null()) e->notes = Value::object(new_list());
  if (!is_type(e->notes, &types::list)) raise(&exc::TypeError, "Cannot add note: __notes__ is not a list");
  e->notes.as<List>()->items.push_back(note);
  return Value::none();
}

Value be_reduce(Value self, Value*, size_t, Tuple*) {
  return tuple_value({type_value(type_of(self)), Value::object(self.as<ExceptionObj>()->args)});
}

const MethodEntry kExceptionMethods[] = {
    {"__init__", be_init},
    {"with_traceback", be_with_traceback},
    {"add_note", be_add_note},
    {"__reduce__", be_reduce},
};

}  // namespace

void oserror_store_filenames(ExceptionObj* e) {
  auto& a = e->args->items;
  if (a.size() < 3 || a.size() > 5) return;
  Value filename = a[2];
  Value filename2 = a.size() == 5 ? a[4] : Value::none();
  e->args = new_tuple({a[0], a[1]});
  generic_setattr(Value::object(e), intern("filename"), filename);
  generic_setattr(Value::object(e), intern("filename2"), filename2);
}

Value exception_traceback(Value exc) {
  auto* e = exc.as<ExceptionObj>();
  if (e->traceback.empty()) return Value::none();
  if (!e->tb_cache.is_null() && e->tb_cache_size == e->traceback.size()) return e->tb_cache;
  e->tb_cache = Value::object(heap().make<TracebackObj>(e, e->traceback.size() - 1));
  e->tb_cache_size = e->traceback.size();
  return e->tb_cache;
}

void set_exception_traceback(Value exc, Value tb) {
  auto* e = exc.as<ExceptionObj>();
  if (tb.is_none()) {
    e->traceback.clear();
    return;
  }
  auto* t = tb.as<TracebackObj>();
  if (t->exc == e) {
    e->traceback.resize(t->index + 1);
    return;
  }
  e->traceback.assign(t->exc->traceback.begin(), t->exc->traceback.begin() + static_cast<long>(t->index) + 1);
  e->tb_cache = tb;  // __traceback__ is the very object given
  e->tb_cache_size = e->traceback.size();
}

void install_exception_methods() {
  Type* b = &exc::BaseException;
  install_methods(b, std::begin(kExceptionMethods), std::end(kExceptionMethods));
  b->dict->set_str(intern("__new__"), Value::object(heap().make<Builtin>("__new__", be_new, type_value(b))));
  types::traceback.getattr = traceback_getattr;
  types::traceback.flags &= ~kBaseType;
}

}  // namespace rt
