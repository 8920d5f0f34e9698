// sys.stdout / sys.stderr: text streams over C stdio (write, flush, print(file=)).
#pragma once

#include <cstdio>

#include "runtime/object.h"

namespace rt {

struct TextFile : Object {
  std::FILE* fp;
  const char* name;
  TextFile(std::FILE* f, const char* n);
};

Value new_text_file(std::FILE* fp, const char* name);
// Writes text to a file-like value: a TextFile directly, else its write() method.
void write_to(Value file, const std::string& text);
void flush_file(Value file);
void install_text_file_type();

}  // namespace rt
