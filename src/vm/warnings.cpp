// How runtime warnings print (rt::warn): as the warnings module's default
// action shows them, "file:line: Category: message" and the source line, once
// per (file, line, category, message); "sys:1:" when no Python code runs (at
// exit), where CPython has no frame either.
#include <cstdio>
#include <set>
#include <tuple>

#include "runtime/runtime.h"
#include "runtime/warnings.h"
#include "vm/interpreter.h"
#include "vm/traceback.h"

namespace vm {

void VM::show_warning(rt::Type* category, const std::string& message, bool has_source) {
  std::string where = "sys";
  int line = 1;
  std::string text;
  if (depth_ > 0) {
    const Frame& f = frames_[depth_ - 1];
    where = f.code->filename->data;
    line = rt::code_line(f.code, f.current_instr());
    text = source_line(where, line);
  }
  static std::set<std::tuple<std::string, int, rt::Type*, std::string>> shown;
  if (!shown.emplace(where, line, category, message).second) return;
  std::string out = where + ":" + std::to_string(line) + ": " + category->name + ": " + message + "\n";
  if (!text.empty()) out += "  " + text + "\n";
  if (has_source && depth_ > 0)
    out += category->name + ": Enable tracemalloc to get the object allocation traceback\n";
  rt::flush_stdout();
  std::fwrite(out.data(), 1, out.size(), stderr);
  std::fflush(stderr);
}

}  // namespace vm
