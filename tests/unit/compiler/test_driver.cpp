// The compile driver: cache files written once, rewritten only for changed
// sources, folders walked, and clear per-file failures.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "bytecode/cache_file.h"
#include "driver/driver.h"

namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("pyvm-driver-test-" + std::to_string(::getpid()) + "-" +
                                        std::to_string(reinterpret_cast<uintptr_t>(this)));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string write(const std::string& rel, const std::string& text) {
    fs::path p = path / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p) << text;
    return p.string();
  }
};

fs::file_time_type mtime(const std::string& p) { return fs::last_write_time(p); }

}  // namespace

TEST_CASE("driver: compile writes the cache once and skips it while fresh", "[driver]") {
  TempDir dir;
  std::string src = dir.write("m.py", "x = 1\n");
  CHECK(driver::compile_file(src) == driver::Outcome::Compiled);
  std::string cache = bytecode::cache_path_for(src);
  REQUIRE(fs::exists(cache));
  auto first = mtime(cache);
  CHECK(driver::compile_file(src) == driver::Outcome::UpToDate);
  CHECK(mtime(cache) == first);
  CHECK(driver::compile_file(src, true) == driver::Outcome::Compiled);
  auto code = bytecode::load_cache_file(cache);
  CHECK(code->name == "<module>");
  CHECK(fs::path(code->filename).is_absolute());
}

TEST_CASE("driver: a folder compiles recursively; touching one source recompiles only it", "[driver]") {
  TempDir dir;
  std::string a = dir.write("a.py", "print(1)\n");
  std::string b = dir.write("pkg/b.py", "def f():\n    return 2\n");
  dir.write("__pycache__/junk.py", "this is not python\n");
  dir.write(".hidden/h.py", "this is not python either\n");
  std::ostringstream err;
  driver::Summary s = driver::compile_paths({dir.path.string()}, err);
  CHECK(s.compiled == 2);
  CHECK(s.failed == 0);
  CHECK(err.str().empty());
  auto a_time = mtime(bytecode::cache_path_for(a));
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  std::ofstream(b, std::ios::app) << "# edited\n";
  s = driver::compile_paths({dir.path.string()}, err);
  CHECK(s.compiled == 1);
  CHECK(s.up_to_date == 1);
  CHECK(mtime(bytecode::cache_path_for(a)) == a_time);
}

TEST_CASE("driver: failures are reported per file and the others still compile", "[driver]") {
  TempDir dir;
  dir.write("bad.py", "print('x'\n");
  std::string good = dir.write("good.py", "y = 2\n");
  std::ostringstream err;
  driver::Summary s = driver::compile_paths({dir.path.string(), (dir.path / "missing.py").string()}, err);
  CHECK(s.failed == 2);
  CHECK(s.compiled == 1);
  CHECK(fs::exists(bytecode::cache_path_for(good)));
  const std::string out = err.str();
  CHECK(out.find("SyntaxError: ") != std::string::npos);
  CHECK(out.find("can't open file '") != std::string::npos);
  CHECK(out.find("[Errno 2] No such file or directory") != std::string::npos);
}

TEST_CASE("driver: script names are made absolute like python3 does", "[driver]") {
  CHECK(driver::script_filename("/abs/x.py") == "/abs/x.py");
  CHECK(driver::script_filename("./x.py") == (fs::current_path() / "./x.py").string());
}
