#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <ostream>

#include "ast/syntax_error.h"
#include "bytecode/cache_file.h"
#include "compiler/compiler.h"
#include "driver/driver.h"
#include "front/parse.h"

namespace driver {

std::string read_source(const std::string& path) {
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  auto fail = [&](int err) {
    return SourceError("can't open file '" + path + "': [Errno " + std::to_string(err) + "] " +
                       std::strerror(err));
  };
  if (!f) throw fail(errno);
  std::string text;
  char buf[1 << 16];
  for (;;) {
    size_t n = std::fread(buf, 1, sizeof buf, f.get());
    text.append(buf, n);
    if (n < sizeof buf) {
      // fread on a directory fails with EISDIR on Linux.
      if (std::ferror(f.get())) throw fail(errno ? errno : EIO);
      break;
    }
  }
  return text;
}

std::string script_filename(const std::string& path) {
  std::filesystem::path p(path);
  if (p.is_absolute()) return path;
  std::error_code ec;
  std::filesystem::path cwd = std::filesystem::current_path(ec);
  if (ec) return path;
  return (cwd / p).string();
}

std::shared_ptr<bytecode::Code> compile_source(std::string_view source, const std::string& filename,
                                               std::ostream* warnings, Mode mode) {
  std::vector<compiler::CompileWarning> found;
  std::shared_ptr<bytecode::Code> code;
  if (mode == Mode::Eval) {
    ast::ParsedExpression parsed = front::parse_expression(source, filename);
    code = compiler::compile_expression(parsed, filename, source, &found);
  } else {
    ast::ParsedModule parsed = front::parse_module(source, filename);
    if (mode == Mode::Single && parsed.module->body.size() > 1) {
      // CPython's parser stops at the end of the first statement's line.
      ast::SyntaxError e("SyntaxError", "multiple statements found while compiling a single statement");
      const ast::Span& first = parsed.module->body[0]->span;
      e.filename = filename;
      e.lineno = e.end_lineno = first.end_lineno;
      size_t start = 0;
      for (int line = 1; line < first.end_lineno && start != std::string_view::npos; ++line)
        start = source.find('\n', start) == std::string_view::npos ? std::string_view::npos : source.find('\n', start) + 1;
      if (start != std::string_view::npos) {
        std::string_view rest = source.substr(start);
        e.text = std::string(rest.substr(0, rest.find('\n')));
      }
      e.offset = e.end_offset = first.end_col_offset + 1;
      throw e;
    }
    code = compiler::compile_module(*parsed.module, filename, source, &found, mode == Mode::Single,
                                    mode != Mode::File);
  }
  if (warnings)
    for (const auto& w : found) *warnings << compiler::format_warning(w, filename, source);
  return code;
}

Outcome compile_file(const std::string& path, bool force, std::ostream* warnings) {
  if (!force && bytecode::cache_is_fresh(path)) return Outcome::UpToDate;
  // The stamp is taken before reading, so an edit racing with us leaves the
  // cache stale rather than wrongly fresh.
  bytecode::SourceStamp stamp;
  try {
    stamp = bytecode::timestamp_stamp(path);
  } catch (const bytecode::LoadError&) {
    read_source(path);  // throws the clearer "can't open file" message
    throw;
  }
  std::string source = read_source(path);
  std::shared_ptr<bytecode::Code> code = compile_source(source, script_filename(path), warnings);
  bytecode::write_cache_file(path, *code, stamp);
  return Outcome::Compiled;
}

std::string describe_current_exception(const std::string& path, bool full_syntax_error) {
  try {
    throw;
  } catch (const ast::SyntaxError& e) {
    if (full_syntax_error) return e.format();
    std::string line = e.filename.empty() ? path : e.filename;
    if (e.lineno > 0) line += ":" + std::to_string(e.lineno);
    if (e.offset > 0) line += ":" + std::to_string(e.offset);
    return line + ": " + e.type + ": " + e.msg + "\n";
  } catch (const compiler::RecursionLimitError& e) {
    return std::string("RecursionError: ") + e.what() + "\n";  // CPython's words
  } catch (const SourceError& e) {
    return std::string(e.what()) + "\n";
  } catch (const bytecode::WriteError& e) {
    return std::string(e.what()) + "\n";
  } catch (const bytecode::LoadError& e) {
    return std::string(e.what()) + "\n";
  } catch (const std::exception& e) {
    // Anything else is a bug in the toolchain, but the user still learns which file.
    return path + ": internal compiler error: " + e.what() + "\n";
  }
}

}  // namespace driver
