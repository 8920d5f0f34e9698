// pyvm: runs a Python program from its cache file (compiling it first with the
// pyc beside this binary when the cache is missing or stale) or from a .pyc.
#include <sys/stat.h>
#include <unistd.h>

#include <boost/program_options.hpp>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "bytecode/cache_file.h"
#include "vm/import.h"
#include "vm/interpreter.h"

namespace po = boost::program_options;

namespace {

constexpr int kUsageError = 2;  // as python3

int usage_error(const std::string& msg) {
  std::cerr << "pyvm: error: " << msg << "\nTry 'pyvm --help' for more information.\n";
  return kUsageError;
}

std::string own_directory() {
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return ".";
  return vm::directory_of(std::string(buf, static_cast<size_t>(n)));
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

int run(const std::string& file, const std::vector<std::string>& args) {
  std::string path = vm::absolute_path(file);
  if (access(path.c_str(), F_OK) != 0) {
    std::cerr << "pyvm: can't open file '" << path << "': [Errno 2] No such file or directory\n";
    return 1;
  }
  struct stat st;
  if (stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
    std::cerr << "pyvm: can't find '__main__' module in '" << path << "'\n";
    return 1;
  }
  if (access(path.c_str(), R_OK) != 0) {
    std::cerr << "pyvm: can't open file '" << path << "': [Errno 13] Permission denied\n";
    return 1;
  }
  // Output to a pipe or file is block-buffered, as CPython's; a terminal sees lines.
  static char out_buffer[1 << 16];
  if (!isatty(1)) std::setvbuf(stdout, out_buffer, _IOFBF, sizeof out_buffer);
  vm::VM machine;
  machine.tools_dir = own_directory();
  machine.sys.argv.push_back(file);
  machine.sys.argv.insert(machine.sys.argv.end(), args.begin(), args.end());
  try {
    if (ends_with(path, ".pyc")) {
      // A lone cache file: it names its own source (for tracebacks); imports
      // are looked up beside the source's folder, i.e. above __pycache__.
      auto code = bytecode::load_cache_file(file);
      std::string dir = vm::directory_of(path);
      if (ends_with(dir, "/__pycache__")) dir = vm::directory_of(dir);
      return machine.run_main(code, "", dir);
    }
    auto code = vm::load_source(path, machine.tools_dir, nullptr);
    return machine.run_main(code, path, vm::directory_of(path));
  } catch (const bytecode::LoadError& e) {
    std::cerr << "pyvm: " << e.what() << "\n";
    return 1;
  } catch (const vm::CompileFailed&) {
    return 1;  // pyc has already reported the error on stderr
  } catch (const vm::FatalError& e) {
    std::cerr << e.message << "\n";
    return 1;
  }
}

}  // namespace

int main(int argc, char** argv) {
  po::options_description visible("usage: pyvm [--help] [--version] FILE [ARG...]\n\n"
                                  "Runs FILE.py (compiling it with the pyc beside pyvm when its cache\n"
                                  "file is missing or stale) or a cache file FILE.pyc.\n\noptions");
  visible.add_options()("help,h", "show this help and exit")("version", "show the version and exit");
  po::options_description all;
  all.add(visible).add_options()("file", po::value<std::string>())("args", po::value<std::vector<std::string>>());
  po::positional_options_description positional;
  positional.add("file", 1).add("args", -1);
  // Everything after FILE belongs to the program (sys.argv), options included.
  int first_positional = argc;
  for (int i = 1; i < argc; ++i)
    if (argv[i][0] != '-' || argv[i][1] == '\0') {
      first_positional = i;
      break;
    }
  int parsed = first_positional < argc ? first_positional + 1 : argc;
  po::variables_map vars;
  try {
    po::store(po::command_line_parser(parsed, argv).options(all).positional(positional).run(), vars);
    po::notify(vars);
  } catch (const po::error& e) {
    return usage_error(e.what());
  }
  if (vars.count("help")) {
    std::cout << visible << "\n";
    return 0;
  }
  if (vars.count("version")) {
    std::cout << "pyvm 0.1.0 (Python 3.11 subset)\n";
    return 0;
  }
  if (!vars.count("file")) return usage_error("missing FILE to run");
  std::vector<std::string> args(argv + parsed, argv + argc);
  return run(vars["file"].as<std::string>(), args);
}
