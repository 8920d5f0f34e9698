// SyntaxError's own behaviour (CPython's SyntaxError_init / SyntaxError_str):
// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))
// keeps the details as attributes, and str() names the file and line.
#include "runtime/methods_util.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/int.h"
#include "runtime/objects/type.h"

namespace rt {

namespace {

const char* const kFields[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};

Value se_init(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && !kwnames->items.empty()) raise(&exc::TypeError, type_name(self) + "() takes no keyword arguments");
  auto* e = self.as<ExceptionObj>();
  e->args = new_tuple(std::vector<Value>(args, args + nargs));
  if (nargs >= 1) generic_setattr(self, intern("msg"), args[0]);
  if (nargs == 2) {
    std::vector<Value> info = iterate(args[1]);
    if (info.size() < 4 || info.size() > 6)
      raise(&exc::TypeError, "function takes at least 4 arguments (" + std::to_string(info.size()) + " given)");
    if (info.size() == 5) raise(&exc::TypeError, "end_offset must be provided when end_lineno is provided");
    for (size_t i = 0; i < info.size(); ++i) generic_setattr(self, intern(kFields[i]), info[i]);
  }
  return Value::none();
}

Value se_str(Value self) {
  Value msg = getattr(self, intern("msg"));
  Value filename = getattr(self, intern("filename"));
  Value lineno = getattr(self, intern("lineno"));
  std::string text = str_string(msg);
  std::string file;
  bool have_file = is_type(filename, &types::str);
  if (have_file) {
    file = str_string(filename);
    size_t slash = file.rfind('/');
    if (slash != std::string::npos) file = file.substr(slash + 1);
  }
  bool have_line = is_type(lineno, &types::int_);
  if (have_file && have_line) return str_value(text + " (" + file + ", line " + str_string(lineno) + ")");
  if (have_file) return str_value(text + " (" + file + ")");
  if (have_line) return str_value(text + " (line " + str_string(lineno) + ")");
  return str_value(text);
}

}  // namespace

void install_syntax_error_methods() {
  Type* t = &exc::SyntaxError;
  static const MethodEntry methods[] = {{"__init__", se_init}};
  install_methods(t, std::begin(methods), std::end(methods));
  t->str = se_str;
  // Unset details read as None (CPython's members).
  for (const char* name : {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
                           "print_file_and_line"})
    t->dict->set_str(intern(name), Value::none());
}

}  // namespace rt
