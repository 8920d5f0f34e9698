#include "runtime/objects/text_file.h"

#include "runtime/objects/int.h"
#include "runtime/methods_util.h"

namespace rt {

namespace types {
Type text_file("_io.TextIOWrapper", &object);
}

TextFile::TextFile(std::FILE* f, const char* n) : Object(&types::text_file), fp(f), name(n) {}

Value new_text_file(std::FILE* fp, const char* name) { return Value::object(heap().make<TextFile>(fp, name)); }

void write_to(Value file, const std::string& text) {
  if (is_type(file, &types::text_file)) {
    std::fwrite(text.data(), 1, text.size(), file.as<TextFile>()->fp);
    return;
  }
  Value s = str_value(text);
  call(getattr(file, intern("write")), &s, 1);
}

void flush_file(Value file) {
  if (is_type(file, &types::text_file)) {
    std::fflush(file.as<TextFile>()->fp);
    return;
  }
  call(getattr(file, intern("flush")), nullptr, 0);
}

namespace {

Value f_write(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("write", nargs, kw, 1, 1);
  if (!is_type(args[0], &types::str))
    raise(&exc::TypeError, "write() argument must be str, not " + type_name(args[0]));
  Str* s = args[0].as<Str>();
  std::fwrite(s->data.data(), 1, s->data.size(), self.as<TextFile>()->fp);
  return make_int(s->length);
}

Value f_flush(Value self, Value*, size_t nargs, Tuple* kw) {
  method_args("flush", nargs, kw, 0, 0);
  std::fflush(self.as<TextFile>()->fp);
  return Value::none();
}

Value f_repr(Value v) {
  return str_value(std::string("<_io.TextIOWrapper name='<") + v.as<TextFile>()->name +
                   ">' mode='w' encoding='utf-8'>");
}

const MethodEntry kFileMethods[] = {{"write", f_write}, {"flush", f_flush}};

}  // namespace

void install_text_file_type() {
  types::text_file.repr = f_repr;
  install_methods(&types::text_file, std::begin(kFileMethods), std::end(kFileMethods));
}

}  // namespace rt
