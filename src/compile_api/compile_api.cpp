#include "compile_api/compile_api.h"

#include <cstdlib>
#include <cstring>
#include <string>

#include "ast/syntax_error.h"
#include "bytecode/serializer.h"
#include "compiler/compiler.h"
#include "driver/driver.h"

namespace {

void give(const std::string& text, char** out, size_t* out_size) {
  *out = static_cast<char*>(std::malloc(text.size() ? text.size() : 1));
  if (*out && !text.empty()) std::memcpy(*out, text.data(), text.size());
  *out_size = *out ? text.size() : 0;
}

}  // namespace

extern "C" __attribute__((visibility("default"))) int pyvm_compile_source(const char* source, size_t size,
                                                                          const char* filename, int mode, char** out,
                                                                          size_t* out_size) {
  try {
    const driver::Mode m = mode == 1 ? driver::Mode::Eval : mode == 2 ? driver::Mode::Single : driver::Mode::Exec;
    auto code = driver::compile_source(std::string_view(source, size), filename, nullptr, m);
    give(bytecode::serialize(*code), out, out_size);
    return 0;
  } catch (const ast::SyntaxError& e) {
    give(e.type + "\n" + e.msg + "\n" + e.filename + "\n" + std::to_string(e.lineno) + "\n" +
             std::to_string(e.offset) + "\n" + std::to_string(e.end_lineno) + "\n" + std::to_string(e.end_offset) +
             "\n" + e.text,
         out, out_size);
    return 1;
  } catch (const compiler::RecursionLimitError& e) {
    give(std::string("RecursionError\n") + e.what(), out, out_size);
    return 2;
  } catch (const std::exception& e) {
    give(std::string("SystemError\ncompile(): internal compiler error: ") + e.what(), out, out_size);
    return 2;
  }
}
