// BaseException's Python-level behaviour: __new__/__init__ (so user
// exception classes get `args`), with_traceback, add_note, and traceback
// objects (__traceback__, tb_next, tb_lineno, tb_frame) built from the VM's entries.
#include "runtime/methods_util.h"
#include "runtime/objects/descr.h"
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
  // OSError parses its arguments in __new__ (oserror_parse_args); the others' fields come from __init__.
  if (is_subtype(cls, &exc::OSError)) init_exception_fields(static_cast<ExceptionObj*>(o), args + 1, npos - 1, nullptr);
  return Value::object(o);
}

Value be_init(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  size_t nkw = kwnames ? kwnames->items.size() : 0;
  auto* e = self.as<ExceptionObj>();
  bool keywords_ok = is_subtype(e->type, &exc::ImportError) || is_subtype(e->type, &exc::NameError) ||
                     is_subtype(e->type, &exc::AttributeError);
  if (nkw && !keywords_ok) raise(&exc::TypeError, type_name(self) + "() takes no keyword arguments");
  e->args = new_tuple(std::vector<Value>(args, args + (nargs - nkw)));
  init_exception_fields(e, args, nargs, kwnames);
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

// (type, args) or, once the instance has attributes, (type, args, __dict__).
Value be_reduce(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__reduce__($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  auto* e = self.as<ExceptionObj>();
  Value cls = type_value(type_of(self));
  if (e->attrs.dict || !e->attrs.values.empty())
    return tuple_value({cls, Value::object(e->args), Value::object(instance_dict(e))});
  return tuple_value({cls, Value::object(e->args)});
}

Value be_setstate(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__setstate__($self, state, /)");
  auto [state] = sig.bind<1>(self, args, nargs, kw);
  if (state.is_none()) return Value::none();
  if (!isinstance(state, &types::dict)) raise(&exc::TypeError, "state is not a dictionary");
  for (const auto& e : state.as<Dict>()->entries)
    if (!e.key.is_null()) setattr(self, e.key.as<Str>(), e.value);
  return Value::none();
}

// ---- BaseException's getset descriptors (CPython's BaseException_getset) ----

Value get_args(Value v) { return Value::object(v.as<ExceptionObj>()->args); }
void set_args(Value v, Value value) {
  if (value.is_null()) raise(&exc::TypeError, "args may not be deleted");
  v.as<ExceptionObj>()->args = new_tuple(iterate(value));
}
Value get_cause(Value v) { return v.as<ExceptionObj>()->cause; }
Value get_context(Value v) { return v.as<ExceptionObj>()->context; }
void set_chained(Value v, Value value, bool cause) {
  const char* what = cause ? "__cause__" : "__context__";
  if (value.is_null()) raise(&exc::TypeError, std::string(what) + " may not be deleted");
  if (!value.is_none() && !isinstance(value, &exc::BaseException))
    raise(&exc::TypeError, std::string("exception ") + (cause ? "cause" : "context") +
                               " must be None or derive from BaseException");
  auto* e = v.as<ExceptionObj>();
  if (cause) {
    e->cause = value;
    e->suppress_context = true;
  } else {
    e->context = value;
  }
}
void set_cause(Value v, Value value) { set_chained(v, value, true); }
void set_context(Value v, Value value) { set_chained(v, value, false); }
Value get_suppress(Value v) { return Value::boolean(v.as<ExceptionObj>()->suppress_context); }
void set_suppress(Value v, Value value) {
  // A T_BOOL member: only bools, and deleting is refused.
  if (value.is_null()) raise(&exc::TypeError, "can't delete numeric/char attribute");
  if (!value.is_bool()) raise(&exc::TypeError, "attribute value type must be bool");
  v.as<ExceptionObj>()->suppress_context = value.is_true();
}
Value get_tb(Value v) { return exception_traceback(v); }
void set_tb(Value v, Value value) {
  if (value.is_null()) raise(&exc::TypeError, "__traceback__ may not be deleted");
  if (!value.is_none() && !is_type(value, &types::traceback))
    raise(&exc::TypeError, "__traceback__ must be a traceback or None");
  set_exception_traceback(v, value);
}
Value get_dict(Value v) { return Value::object(instance_dict(v.as_object())); }
void set_dict(Value v, Value value) {
  if (value.is_null()) raise(&exc::TypeError, "__dict__ may not be deleted");
  if (!isinstance(value, &types::dict))
    raise(&exc::TypeError, "__dict__ must be set to a dictionary, not a '" + type_name(value) + "'");
  InstanceAttrs* a = attrs_of(v.as_object());
  a->values.clear();
  a->dict = value.as<Dict>();
}

const MethodEntry kExceptionMethods[] = {
    {"__init__", be_init},
    {"__setstate__", be_setstate},
    {"with_traceback", be_with_traceback},
    {"add_note", be_add_note},
    {"__reduce__", be_reduce},
};

}  // namespace

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
  add_getset(b, "args", get_args, set_args);
  add_getset(b, "__cause__", get_cause, set_cause);
  add_getset(b, "__context__", get_context, set_context);
  add_getset(b, "__suppress_context__", get_suppress, set_suppress);
  b->dict->get_str(intern("__suppress_context__")).as<GetSetDescr>()->readonly_member = true;
  add_getset(b, "__traceback__", get_tb, set_tb);
  add_getset(b, "__dict__", get_dict, set_dict);
  install_exception_fields();
  types::traceback.getattr = traceback_getattr;
  types::traceback.flags &= ~kBaseType;
}

}  // namespace rt
