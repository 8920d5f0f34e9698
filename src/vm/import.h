// Finding, compiling (through the pyc beside pyvm) and loading module code.
#pragma once

#include <memory>
#include <string>

#include "bytecode/code.h"

namespace vm {

// The program cannot go on (no pyc to compile with, ...): print and exit 1.
struct FatalError {
  std::string message;
};

// pyc reported errors (a SyntaxError) for a source file. `text` is pyc's
// stderr when it was captured; `traceback` the frames that were importing.
struct CompileFailed {
  std::string text;
  std::string traceback;
};

// The code for a source file, from its cache file, compiling it first with
// `<tools_dir>/pyc compile` when the cache is missing or stale. Throws
// FatalError, CompileFailed or bytecode::LoadError.
std::shared_ptr<const bytecode::Code> load_source(const std::string& source, const std::string& tools_dir,
                                                  std::string* captured_errors);

std::string absolute_path(const std::string& path);
std::string directory_of(const std::string& path);

}  // namespace vm
