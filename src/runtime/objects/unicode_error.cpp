// UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError (CPython's
// Objects/exceptions.c): the constructor checks its arguments as
// PyArg_ParseTuple("UUnnU" / "UOnnU" / "UnnU") does, keeps them as writable
// attributes, and str() describes the failing character or byte range.
#include "runtime/codecs.h"
#include "runtime/methods_util.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/int.h"
#include "runtime/objects/type.h"

namespace rt {

namespace {

enum class Kind { Encode, Decode, Translate };

Kind kind_of(Value self) {
  Type* t = type_of(self);
  if (is_subtype(t, &exc::UnicodeEncodeError)) return Kind::Encode;
  if (is_subtype(t, &exc::UnicodeDecodeError)) return Kind::Decode;
  return Kind::Translate;
}

void set(Value self, const char* name, Value v) { generic_setattr(self, intern(name), v); }
Value get(Value self, const char* name) { return getattr(self, intern(name)); }

Value ssize_arg(Value v) {
  if (!is_int(v) && !(type_of(v)->is_heap() && !type_lookup(type_of(v), names::index).is_null()))
    raise(&exc::TypeError, "'" + type_name(v) + "' object cannot be interpreted as an integer");
  Value i = as_index(v);
  if (!int_as_int64(i)) raise(&exc::OverflowError, "Python int too large to convert to C ssize_t");
  return i;
}

Value str_arg(Value v, int pos) {
  if (!isinstance(v, &types::str))
    raise(&exc::TypeError, "argument " + std::to_string(pos) + " must be str, not " + clinic_type_name(v));
  return v;
}

Value ue_init(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && !kwnames->items.empty()) raise(&exc::TypeError, type_name(self) + "() takes no keyword arguments");
  auto* e = self.as<ExceptionObj>();
  e->args = new_tuple(std::vector<Value>(args, args + nargs));
  Kind k = kind_of(self);
  size_t want = k == Kind::Translate ? 4 : 5;
  if (nargs != want)
    raise(&exc::TypeError, "function takes exactly " + std::to_string(want) + " arguments (" + std::to_string(nargs) +
                               " given)");
  if (k == Kind::Translate) {
    Value object = str_arg(args[0], 1);
    Value start = ssize_arg(args[1]);
    Value end = ssize_arg(args[2]);
    Value reason = str_arg(args[3], 4);
    set(self, "object", object);
    set(self, "start", start);
    set(self, "end", end);
    set(self, "reason", reason);
    set(self, "encoding", Value::none());
    return Value::none();
  }
  Value encoding = str_arg(args[0], 1);
  Value object = args[1];
  if (k == Kind::Encode) str_arg(object, 2);
  Value start = ssize_arg(args[2]);
  Value end = ssize_arg(args[3]);
  Value reason = str_arg(args[4], 5);
  if (k == Kind::Decode && !is_bytes(object)) object = bytes_value(std::string(buffer_arg(object)));
  set(self, "encoding", encoding);
  set(self, "object", object);
  set(self, "start", start);
  set(self, "end", end);
  set(self, "reason", reason);
  return Value::none();
}

std::string char_escape(uint32_t c) {
  char buf[16];
  if (c <= 0xFF) std::snprintf(buf, sizeof buf, "\\x%02x", c);
  else if (c <= 0xFFFF) std::snprintf(buf, sizeof buf, "\\u%04x", c);
  else std::snprintf(buf, sizeof buf, "\\U%08x", c);
  return buf;
}

Value ue_str(Value self) {
  Kind k = kind_of(self);
  Value object = get(self, "object");
  if (object.is_none() || object.is_null()) return str_value("");
  std::string reason = str_string(get(self, "reason"));
  std::string encoding = k == Kind::Translate ? "" : str_string(get(self, "encoding"));
  int64_t start = int_as_int64(get(self, "start")).value_or(0);
  int64_t end = int_as_int64(get(self, "end")).value_or(0);
  int64_t len = 0;
  if (k == Kind::Decode) len = is_bytes(object) ? static_cast<int64_t>(object.as<Bytes>()->data.size()) : 0;
  else if (isinstance(object, &types::str)) len = object.as<Str>()->length;
  bool single = start >= 0 && start < len && end == start + 1;
  std::string range = std::to_string(start) + "-" + std::to_string(end - 1);
  std::string pos = std::to_string(start);
  switch (k) {
    case Kind::Encode:
      if (single)
        return str_value("'" + encoding + "' codec can't encode character '" +
                         char_escape(object.as<Str>()->code_point_at(start)) + "' in position " + pos + ": " + reason);
      return str_value("'" + encoding + "' codec can't encode characters in position " + range + ": " + reason);
    case Kind::Decode:
      if (single) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "0x%02x", static_cast<unsigned char>(object.as<Bytes>()->data[start]));
        return str_value("'" + encoding + "' codec can't decode byte " + buf + " in position " + pos + ": " + reason);
      }
      return str_value("'" + encoding + "' codec can't decode bytes in position " + range + ": " + reason);
    case Kind::Translate:
      if (single)
        return str_value("can't translate character '" + char_escape(object.as<Str>()->code_point_at(start)) +
                         "' in position " + pos + ": " + reason);
      return str_value("can't translate characters in position " + range + ": " + reason);
  }
  return str_value("");
}

// start and end are C integers (T_PYSSIZET members): other values are refused.
void ue_setattro(Value self, Str* name, Value value) {
  if ((name->data == "start" || name->data == "end") && !value.is_null()) {
    if (!is_int(value)) raise(&exc::TypeError, "an integer is required");
    if (!int_as_int64(value)) raise(&exc::OverflowError, "Python int too large to convert to C ssize_t");
  }
  exc::BaseException.setattro(self, name, value);
}

}  // namespace

Value new_unicode_error(Type* type, std::vector<Value> args) {
  ExceptionObj* e = new_exception_args(type, args);
  Value v = Value::object(e);
  ue_init(v, args.data(), args.size(), nullptr);
  return v;
}

void install_unicode_errors() {
  static const MethodEntry methods[] = {{"__init__", ue_init}};
  for (Type* t : {&exc::UnicodeEncodeError, &exc::UnicodeDecodeError, &exc::UnicodeTranslateError}) {
    install_methods(t, std::begin(methods), std::end(methods));
    t->str = ue_str;
    t->setattro = ue_setattro;
  }
}

}  // namespace rt
