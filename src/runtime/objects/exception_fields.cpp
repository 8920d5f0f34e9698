// The exceptions with fields of their own (CPython's Objects/exceptions.c
// PyOSErrorObject, PyImportErrorObject, PyNameErrorObject,
// PyAttributeErrorObject, PyStopIterationObject, PySystemExitObject): one C++
// layout holds them all, the class dicts expose them as member/getset
// descriptors, and construction fills them from the arguments as each
// class's __new__/__init__ does.
#include <cerrno>
#include <cstring>

#include "runtime/methods_util.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/int.h"
#include "runtime/objects/text_file.h"
#include "runtime/objects/type.h"

namespace rt {

namespace {

// Field indexes per family. OSError: errno, strerror, filename, filename2;
// ImportError: msg, name, path; NameError: name; AttributeError: name, obj;
// StopIteration: value; SystemExit: code; UnicodeEncodeError, UnicodeDecodeError,
// UnicodeTranslateError: encoding, object, start, end, reason (unicode_error.cpp
// fills them through these descriptors). A null field reads as None.
enum : int { kErrno = 0, kStrerror = 1, kFilename = 2, kFilename2 = 3 };
enum : int { kMsg = 0, kName = 1, kPath = 2 };
enum : int { kEncoding = 0, kObject = 1, kStart = 2, kEnd = 3, kReason = 4 };
constexpr int kFieldCount = 5;

struct ExceptionFields : ExceptionObj {
  Value fields[kFieldCount];
  int64_t written = -1;  // OSError.characters_written (BlockingIOError); -1: unset
  explicit ExceptionFields(Type* t) : ExceptionObj(t, new_tuple()) {}
  void trace(Tracer& t) override {
    ExceptionObj::trace(t);
    for (Value v : fields) t.mark(v);
  }
};

Object* alloc_fields(Type* t) { return heap().make<ExceptionFields>(t); }

ExceptionFields* fields_of(Value v) { return static_cast<ExceptionFields*>(v.as<ExceptionObj>()); }

bool has_fields(const Type* t) { return t->alloc == alloc_fields; }

// Which family a builtin exception type belongs to (walks `base`: usable before type_ready).
bool derives(const Type* t, const Type* base) {
  for (; t; t = t->base)
    if (t == base) return true;
  return false;
}

Value or_none(Value v) { return v.is_null() ? Value::none() : v; }

// The member descriptors: field i of the owner's layout.
template <int I>
Value get_field(Value obj) {
  return or_none(fields_of(obj)->fields[I]);
}
template <int I>
void set_field(Value obj, Value value) {
  fields_of(obj)->fields[I] = value;  // del: back to None, as a T_OBJECT member
}
void add_member(Type* t, const char* name, Value (*get)(Value), void (*set)(Value, Value)) {
  add_getset(t, name, get, set);
  t->dict->get_str(intern(name)).as<GetSetDescr>()->readonly_member = true;  // "<member ...>" repr
}

// start and end are C integers in CPython (T_PYSSIZET): 0 until set.
template <int I>
Value get_index_field(Value obj) {
  Value v = fields_of(obj)->fields[I];
  return v.is_null() ? make_int(0) : v;
}

Value get_written(Value obj) {
  auto* e = fields_of(obj);
  if (e->written == -1) raise(&exc::AttributeError, "characters_written");
  return make_int(e->written);
}
void set_written(Value obj, Value value) {
  auto* e = fields_of(obj);
  if (value.is_null()) {
    if (e->written == -1) raise(&exc::AttributeError, "characters_written");
    e->written = -1;
    return;
  }
  Value n = as_index(value);
  auto w = int_as_int64(n);
  if (!w) raise(&exc::ValueError, "cannot fit 'int' into an index-sized integer");
  e->written = *w;
}

size_t count_keywords(Tuple* kwnames) { return kwnames ? kwnames->items.size() : 0; }

// OSError's oserror_parse_args + oserror_init: (errno, strerror[, filename[, winerror[, filename2]]]).
void init_os_error(ExceptionFields* e, Value* args, size_t nargs) {
  if (nargs < 2 || nargs > 5) return;
  e->fields[kErrno] = args[0];
  e->fields[kStrerror] = args[1];
  Value filename = nargs >= 3 ? args[2] : Value::none();
  Value filename2 = nargs == 5 ? args[4] : Value::none();
  if (filename.is_none()) return;
  if (derives(e->type, &exc::BlockingIOError) && (is_int(filename) || filename.is_float())) {
    // BlockingIOError's third argument is the number of characters written.
    Value n = as_index(filename);
    auto w = int_as_int64(n);
    if (!w) raise(&exc::ValueError, "cannot fit 'int' into an index-sized integer");
    e->written = *w;
    return;
  }
  e->fields[kFilename] = filename;
  if (!filename2.is_none()) e->fields[kFilename2] = filename2;
  e->args = new_tuple({args[0], args[1]});  // the file names leave args, as in CPython
}

// The keyword arguments ImportError/NameError/AttributeError take; others are refused.
void bind_keywords(ExceptionFields* e, Value* args, size_t nargs, Tuple* kwnames) {
  size_t nkw = count_keywords(kwnames);
  if (!nkw) return;
  const Type* t = e->type;
  for (size_t k = 0; k < nkw; ++k) {
    const std::string& key = kwnames->items[k].as<Str>()->data;
    Value v = args[nargs + k];
    if (derives(t, &exc::ImportError) && (key == "name" || key == "path")) {
      e->fields[key == "name" ? kName : kPath] = v;
    } else if (derives(t, &exc::NameError) && key == "name") {
      e->fields[0] = v;
    } else if (derives(t, &exc::AttributeError) && (key == "name" || key == "obj")) {
      e->fields[key == "name" ? 0 : 1] = v;
    } else {
      const char* family = derives(t, &exc::ImportError) ? "ImportError" : derives(t, &exc::NameError) ? "NameError"
                                                                                                       : "AttributeError";
      raise(&exc::TypeError, "'" + key + "' is an invalid keyword argument for " + family + "()");
    }
  }
}

bool takes_keywords(const Type* t) {
  return derives(t, &exc::ImportError) || derives(t, &exc::NameError) || derives(t, &exc::AttributeError);
}

// ---- methods ------------------------------------------------------------------------

Value reduce_with_dict(Value self, Value args) {
  auto* e = self.as<ExceptionObj>();
  Value cls = type_value(e->type);
  if (e->attrs.dict || !e->attrs.values.empty()) {
    Dict* d = instance_dict(e);
    if (d->size() > 0) return tuple_value({cls, args, Value::object(d)});
  }
  return tuple_value({cls, args});
}

Value os_reduce(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__reduce__($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  auto* e = fields_of(self);
  Value a = Value::object(e->args);
  if (e->args->items.size() == 2 && !e->fields[kFilename].is_null()) {
    std::vector<Value> items = {e->args->items[0], e->args->items[1], e->fields[kFilename]};
    if (!e->fields[kFilename2].is_null()) {
      items.push_back(Value::none());
      items.push_back(e->fields[kFilename2]);
    }
    a = tuple_value(std::move(items));
  }
  return reduce_with_dict(self, a);
}

Value import_reduce(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__reduce__($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  auto* e = fields_of(self);
  Dict* state = nullptr;
  if (e->attrs.dict || !e->attrs.values.empty()) {
    Dict* d = instance_dict(e);
    if (d->size() > 0) {
      state = new_dict();
      for (const auto& entry : d->entries)
        if (!entry.key.is_null()) state->set(entry.key, entry.value);
    }
  }
  for (int i : {kName, kPath}) {
    Value v = e->fields[i];
    if (v.is_null() || v.is_none()) continue;
    if (!state) state = new_dict();
    state->set_str(intern(i == kName ? "name" : "path"), v);
  }
  Value cls = type_value(e->type);
  if (state) return tuple_value({cls, Value::object(e->args), Value::object(state)});
  return tuple_value({cls, Value::object(e->args)});
}

// __str__ of the classes that define one: the class's own text (exception_str
// picks it by family), never the instance's slot, so super().__str__() ends.
Value str_method(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__str__($self, /)");
  sig.bind<0>(self, args, nargs, kw);
  return str_value(exception_str(self));
}

}  // namespace

void init_exception_fields(ExceptionObj* obj, Value* args, size_t nargs, Tuple* kwnames) {
  if (!has_fields(obj->type)) return;
  auto* e = static_cast<ExceptionFields*>(obj);
  const Type* t = e->type;
  size_t npos = nargs - count_keywords(kwnames);
  if (derives(t, &exc::OSError)) {
    init_os_error(e, args, npos);
  } else if (derives(t, &exc::StopIteration)) {
    e->fields[0] = npos ? args[0] : Value::none();
  } else if (derives(t, &exc::SystemExit)) {
    e->fields[0] = npos == 0 ? Value::none() : npos == 1 ? args[0] : Value::object(e->args);
  } else if (derives(t, &exc::ImportError)) {
    e->fields[kMsg] = npos == 1 ? args[0] : Value::none();
  }
  bind_keywords(e, args, npos, kwnames);
}

Value construct_exception(Type* t, Value* args, size_t nargs, Tuple* kwnames) {
  size_t nkw = count_keywords(kwnames);
  if (nkw && !takes_keywords(t)) raise(&exc::TypeError, t->name + "() takes no keyword arguments");
  size_t npos = nargs - nkw;
  if (t == &exc::OSError && npos >= 2 && npos <= 5 && is_int(args[0])) t = oserror_subclass(args[0]);
  Object* o = t->alloc ? t->alloc(t) : heap().make<ExceptionObj>(t, new_tuple());
  auto* e = static_cast<ExceptionObj*>(o);
  e->args = new_tuple(std::vector<Value>(args, args + npos));
  init_exception_fields(e, args, nargs, kwnames);
  return Value::object(e);
}

Value new_os_error(int err, Value filename, Value filename2) {
  Value args[5] = {make_int(err), str_value(std::strerror(err)), or_none(filename), Value::none(),
                   or_none(filename2)};
  size_t n = filename2.is_null() || filename2.is_none() ? (filename.is_null() ? 2 : 3) : 5;
  return construct_exception(&exc::OSError, args, n, nullptr);
}

void raise_os_error(int err, Value filename, Value filename2) { raise_value(new_os_error(err, filename, filename2)); }

bool exception_own_str(Value v, std::string& out) {
  if (!has_fields(v.as_object()->type)) return false;
  auto* e = fields_of(v);
  if (derives(e->type, &exc::ImportError)) {
    Value msg = e->fields[kMsg];
    if (msg.is_null() || !is_type(msg, &types::str)) return false;
    out = msg.as<Str>()->data;
    return true;
  }
  if (!derives(e->type, &exc::OSError)) return false;
  Value f = e->fields[kFilename], f2 = e->fields[kFilename2];
  Value en = e->fields[kErrno], se = e->fields[kStrerror];
  if (!f.is_null()) {
    out = "[Errno " + str_string(or_none(en)) + "] " + str_string(or_none(se)) + ": " + repr_string(f);
    if (!f2.is_null()) out += " -> " + repr_string(f2);
    return true;
  }
  if (!en.is_null() && !se.is_null()) {
    out = "[Errno " + str_string(en) + "] " + str_string(se);
    return true;
  }
  return false;
}

void raise_name_error(const std::string& message, Str* name) {
  ExceptionObj* e = new_exception(&exc::NameError, message);
  static_cast<ExceptionFields*>(e)->fields[0] = Value::object(name);
  raise_value(Value::object(e));
}

void raise_attribute_error_with(const std::string& message, Value obj, Str* name) {
  ExceptionObj* e = new_exception(&exc::AttributeError, message);
  static_cast<ExceptionFields*>(e)->fields[0] = Value::object(name);
  static_cast<ExceptionFields*>(e)->fields[1] = obj;
  raise_value(Value::object(e));
}

void install_exception_fields() {
  for (Type* t : exception_types())
    if (derives(t, &exc::OSError) || derives(t, &exc::ImportError) || derives(t, &exc::NameError) ||
        derives(t, &exc::AttributeError) || derives(t, &exc::StopIteration) || derives(t, &exc::SystemExit) ||
        derives(t, &exc::UnicodeEncodeError) || derives(t, &exc::UnicodeDecodeError) ||
        derives(t, &exc::UnicodeTranslateError))
      t->alloc = alloc_fields;

  // io.UnsupportedOperation(OSError, ValueError): its bases before type_ready computes its MRO.
  exc::UnsupportedOperation.module = Value::object(intern("io"));
  exc::UnsupportedOperation.is_exception = true;
  exc::UnsupportedOperation.bases = new_tuple({type_value(&exc::OSError), type_value(&exc::ValueError)});

  Type* os = &exc::OSError;
  add_member(os, "errno", get_field<kErrno>, set_field<kErrno>);
  add_member(os, "strerror", get_field<kStrerror>, set_field<kStrerror>);
  add_member(os, "filename", get_field<kFilename>, set_field<kFilename>);
  add_member(os, "filename2", get_field<kFilename2>, set_field<kFilename2>);
  add_getset(os, "characters_written", get_written, set_written);
  static const MethodEntry os_methods[] = {{"__reduce__", os_reduce}, {"__str__", str_method}};
  install_methods(os, std::begin(os_methods), std::end(os_methods));

  Type* imp = &exc::ImportError;
  add_member(imp, "msg", get_field<kMsg>, set_field<kMsg>);
  add_member(imp, "name", get_field<kName>, set_field<kName>);
  add_member(imp, "path", get_field<kPath>, set_field<kPath>);
  static const MethodEntry imp_methods[] = {{"__reduce__", import_reduce}, {"__str__", str_method}};
  install_methods(imp, std::begin(imp_methods), std::end(imp_methods));

  static const MethodEntry str_only[] = {{"__str__", str_method}};
  add_member(&exc::NameError, "name", get_field<0>, set_field<0>);
  install_methods(&exc::NameError, std::begin(str_only), std::end(str_only));
  add_member(&exc::AttributeError, "name", get_field<0>, set_field<0>);
  add_member(&exc::AttributeError, "obj", get_field<1>, set_field<1>);
  install_methods(&exc::AttributeError, std::begin(str_only), std::end(str_only));
  install_methods(&exc::KeyError, std::begin(str_only), std::end(str_only));
  add_member(&exc::StopIteration, "value", get_field<0>, set_field<0>);
  add_member(&exc::SystemExit, "code", get_field<0>, set_field<0>);
  for (Type* t : {&exc::UnicodeEncodeError, &exc::UnicodeDecodeError, &exc::UnicodeTranslateError}) {
    add_member(t, "encoding", get_field<kEncoding>, set_field<kEncoding>);
    add_member(t, "object", get_field<kObject>, set_field<kObject>);
    add_member(t, "start", get_index_field<kStart>, set_field<kStart>);
    add_member(t, "end", get_index_field<kEnd>, set_field<kEnd>);
    add_member(t, "reason", get_field<kReason>, set_field<kReason>);
  }
}

}  // namespace rt
