// The compile driver: source files -> cache files (what `pyc compile` does, and
// what `pyvm` asks `pyc` for when a cache is missing or stale).
#pragma once

#include <iosfwd>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "bytecode/code.h"

namespace driver {

// A source file that cannot be read; what() is the message to print, e.g.
// "can't open file 'x.py': [Errno 2] No such file or directory" (CPython's words).
struct SourceError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The whole file as bytes. Throws SourceError.
std::string read_source(const std::string& path);

// Parses and compiles source text in memory. `filename` is what tracebacks and
// SyntaxErrors print. Compile-time SyntaxWarnings go to `warnings` (if given)
// as CPython prints them. Throws ast::SyntaxError or compiler::RecursionLimitError.
// `mode` is compile()'s: a module ("exec"), one expression whose value the
// code returns ("eval"), or interactive input whose expression statements
// print their values ("single"). Mode::File is a module file (its names are
// globals); the other modes make code for compile()/exec()/eval().
enum class Mode { File, Exec, Eval, Single };
std::shared_ptr<bytecode::Code> compile_source(std::string_view source, const std::string& filename,
                                               std::ostream* warnings = nullptr, Mode mode = Mode::File);

// The name CPython gives a script run as `python3 PATH`: PATH made absolute by
// prefixing the current directory, without normalising (`./x.py` stays in it).
// Cache files store it, so tracebacks and SyntaxErrors print what python3 prints.
std::string script_filename(const std::string& path);

enum class Outcome { Compiled, UpToDate };

// Compiles `path` to bytecode::cache_path_for(path), atomically, unless that
// cache is already fresh (or `force`). Throws SourceError, ast::SyntaxError,
// compiler::RecursionLimitError or bytecode::WriteError. SyntaxWarnings of a file
// actually compiled go to `warnings` (if given).
Outcome compile_file(const std::string& path, bool force = false, std::ostream* warnings = nullptr);

struct Summary {
  int compiled = 0;
  int up_to_date = 0;
  int failed = 0;
};

// Compiles each path: a file as is, a folder recursively (every *.py, skipping
// __pycache__ and hidden folders, in sorted order). Each failure is reported on
// `err` and the others still compile: a SyntaxError exactly as CPython prints it
// (its first line names the file, its last is "SyntaxError: msg", which is what
// the corpus runner compares), any other failure as one line naming the file.
Summary compile_paths(const std::vector<std::string>& paths, std::ostream& err, bool force = false);

// The text to print for whatever compile_file threw (the current exception),
// ending in a newline. `full_syntax_error`: CPython's multi-line SyntaxError
// report rather than one "file:line:col: SyntaxError: msg" line.
std::string describe_current_exception(const std::string& path, bool full_syntax_error);

}  // namespace driver
