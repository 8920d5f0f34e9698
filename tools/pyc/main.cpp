// pyc: the compiler's command line. Only argument handling lives here; the work
// is done by the driver, front end and bytecode libraries.
#include <boost/program_options.hpp>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "ast/dump.h"
#include "ast/syntax_error.h"
#include "bytecode/cache_file.h"
#include "bytecode/disassembler.h"
#include "compiler/compiler.h"
#include "driver/driver.h"
#include "front/parse.h"

namespace po = boost::program_options;

namespace {

constexpr int kUsageError = 2;

const char* const kUsage =
    "Usage: pyc <command> [options] ARGS\n"
    "\n"
    "Commands:\n"
    "  compile PATH...   compile .py files (folders recursively) to their\n"
    "                    __pycache__/<module>.pyvm-N.pyc cache files; files whose\n"
    "                    cache is up to date are skipped\n"
    "  tokens FILE       print FILE's tokens (as python3 -m tokenize)\n"
    "  ast FILE          print FILE's AST (as ast.dump(ast.parse(src), indent=4))\n"
    "  dis FILE          disassemble a .py source (compiled in memory) or a .pyc\n"
    "                    cache file\n"
    "  parse FILE...     parse each file to its AST and print nothing but errors;\n"
    "                    with --time, read every file first and print the parse\n"
    "                    time (scripts/bench-parse uses it)\n";

int usage_error(const std::string& msg) {
  std::cerr << "pyc: error: " << msg << "\nTry 'pyc --help' for more information.\n";
  return kUsageError;
}

void print_text(std::ostream& out, const std::string& text) {
  out << text;
  if (!text.empty() && text.back() != '\n') out << '\n';
}

// Runs one command body, turning the errors a user can cause into messages.
template <class F>
int guarded(const std::string& path, F&& body) {
  try {
    return body();
  } catch (...) {
    print_text(std::cerr, driver::describe_current_exception(path, true));
    return 1;
  }
}

int cmd_compile(const std::vector<std::string>& paths, bool force) {
  if (paths.empty()) return usage_error("compile: expected at least one PATH");
  driver::Summary s = driver::compile_paths(paths, std::cerr, force);
  return s.failed ? 1 : 0;
}

int cmd_tokens(const std::string& path) {
  return guarded(path, [&] {
    std::string source = driver::read_source(path);
    try {
      std::cout << front::tokenize_dump(source);
    } catch (const ast::SyntaxError& e) {
      // `python3 -m tokenize` reports "file:line:col: error: msg" (0-based col).
      std::cout.flush();
      std::cerr << path << ":" << e.lineno << ":" << (e.offset > 0 ? e.offset - 1 : 0)
                << ": error: " << e.msg << "\n";
      return 1;
    }
    return 0;
  });
}

int cmd_ast(const std::string& path, bool attributes) {
  return guarded(path, [&] {
    std::string source = driver::read_source(path);
    ast::ParsedModule parsed = front::parse_module(source, path);
    print_text(std::cout, ast::dump(*parsed.module, attributes, 4));
    return 0;
  });
}

bool is_cache_file(const std::string& path) {
  return path.size() >= 4 && path.compare(path.size() - 4, 4, ".pyc") == 0;
}

int cmd_dis(const std::string& path) {
  return guarded(path, [&] {
    if (is_cache_file(path)) {
      print_text(std::cout, bytecode::disassemble(*bytecode::load_cache_file(path)));
    } else {
      std::string source = driver::read_source(path);
      print_text(std::cout, bytecode::disassemble(*driver::compile_source(source, path, &std::cerr)));
    }
    return 0;
  });
}

// Parses every file; sources are read before the clock starts, so --time measures
// tokens -> parse tree -> AST only.
int cmd_parse(const std::vector<std::string>& paths, bool time) {
  if (paths.empty()) return usage_error("parse: expected at least one FILE");
  std::vector<std::string> sources(paths.size());
  int failed = 0;
  std::vector<bool> readable(paths.size(), false);
  for (std::size_t i = 0; i < paths.size(); ++i) {
    failed += guarded(paths[i], [&] {
      sources[i] = driver::read_source(paths[i]);
      readable[i] = true;
      return 0;
    });
  }
  const auto wall0 = std::chrono::steady_clock::now();
  const std::clock_t cpu0 = std::clock();
  for (std::size_t i = 0; i < paths.size(); ++i) {
    if (!readable[i]) continue;
    failed += guarded(paths[i], [&] {
      // The arena frees its few large blocks at once, so keeping one AST at a time is cheap.
      front::parse_module(sources[i], paths[i]);
      return 0;
    });
  }
  if (time) {
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count();
    const double cpu = static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
    std::cout << "parse-seconds " << wall << " " << cpu << "\n";
  }
  return failed ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  po::options_description visible("Options");
  visible.add_options()
      ("help,h", "show this help and exit")
      ("version", "show the version and exit")
      ("force,f", "compile: recompile even when the cache is up to date")
      ("attributes,a", "ast: include positions (include_attributes=True)")
      ("time", "parse: print the parse time (wall and CPU seconds)");
  po::options_description hidden;
  hidden.add_options()
      ("command", po::value<std::string>(), "")
      ("args", po::value<std::vector<std::string>>()->default_value({}, ""), "");
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("command", 1).add("args", -1);

  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    return usage_error(e.what());
  }
  if (vm.count("help")) {
    std::cout << kUsage << "\n" << visible;
    return 0;
  }
  if (vm.count("version")) {
    std::cout << "pyc 0.1.0 (pyvm toolchain; Python 3.11 language, cache format "
              << bytecode::kFormatVersion << ")\n";
    return 0;
  }
  if (!vm.count("command")) return usage_error("missing command (compile, tokens, ast or dis)");
  const std::string command = vm["command"].as<std::string>();
  const auto args = vm["args"].as<std::vector<std::string>>();
  const bool force = vm.count("force") != 0;
  const bool attributes = vm.count("attributes") != 0;

  if (force && command != "compile") return usage_error("--force only applies to 'compile'");
  if (attributes && command != "ast") return usage_error("--attributes only applies to 'ast'");
  const bool time = vm.count("time") != 0;
  if (time && command != "parse") return usage_error("--time only applies to 'parse'");
  if (command == "compile") return cmd_compile(args, force);
  if (command == "parse") return cmd_parse(args, time);
  if (command == "tokens" || command == "ast" || command == "dis") {
    if (args.size() != 1) return usage_error(command + ": expected exactly one FILE");
    if (command == "tokens") return cmd_tokens(args[0]);
    if (command == "ast") return cmd_ast(args[0], attributes);
    return cmd_dis(args[0]);
  }
  return usage_error("unknown command '" + command + "' (expected compile, tokens, ast, dis or parse)");
}
