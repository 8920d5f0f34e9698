#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <random>

#include "bytecode/cache_file.h"
#include "bytecode/checksum.h"
#include "code_samples.h"
#include "temp_dir.h"

using namespace bytecode;
namespace fs = std::filesystem;

namespace {

std::string encoded_module() { return encode_cache_file(*samples::module_with_everything(), SourceStamp{}); }

void put_u64(std::string& s, std::size_t at, uint64_t v) {
  for (int i = 0; i < 8; ++i) s[at + i] = static_cast<char>(v >> (8 * i));
}

// Re-seals a damaged payload with a valid checksum so the damage reaches the
// deserializer and the verifier instead of stopping at the checksum.
void reseal(std::string& file) {
  put_u64(file, 40, file.size() - kHeaderSize);
  put_u64(file, 48, checksum64(std::string_view(file).substr(kHeaderSize)));
}

}  // namespace

TEST_CASE("cache_path_for follows PEP 3147") {
  CHECK(cache_path_for("x.py") == "__pycache__/x.pyvm-" + std::to_string(kFormatVersion) + ".pyc");
  CHECK(cache_path_for("a/b/mod.py") == "a/b/__pycache__/mod.pyvm-" + std::to_string(kFormatVersion) + ".pyc");
  CHECK(cache_path_for("/abs/pkg.v2/m.py") == "/abs/pkg.v2/__pycache__/m.pyvm-" + std::to_string(kFormatVersion) + ".pyc");
  CHECK(cache_path_for("noext") == "__pycache__/noext.pyvm-" + std::to_string(kFormatVersion) + ".pyc");
}

TEST_CASE("write, check freshness, load") {
  TempDir dir;
  std::string src = dir.file("m.py", "x = 1\n");
  CHECK_FALSE(cache_is_fresh(src));
  write_cache_file(src, *samples::module_with_everything());
  REQUIRE(fs::exists(cache_path_for(src)));
  CHECK(cache_is_fresh(src));
  auto code = load_cache_file(cache_path_for(src));
  CHECK(code->consts.size() == samples::module_with_everything()->consts.size());

  SECTION("a changed size makes it stale") {
    dir.file("m.py", "x = 12\n");
    CHECK_FALSE(cache_is_fresh(src));
  }
  SECTION("a changed mtime makes it stale") {
    struct timespec times[2] = {{0, UTIME_OMIT}, {1000000000, 5}};
    REQUIRE(::utimensat(AT_FDCWD, src.c_str(), times, 0) == 0);
    CHECK_FALSE(cache_is_fresh(src));
  }
  SECTION("a missing source is not fresh") {
    fs::remove(src);
    CHECK_FALSE(cache_is_fresh(src));
  }
}

TEST_CASE("hash-based cache files (PEP 552)") {
  TempDir dir;
  std::string src = dir.file("h.py", "y = 2\n");
  write_cache_file(src, *samples::add_function(), hash_stamp("y = 2\n"));
  CHECK(cache_is_fresh(src));
  struct timespec times[2] = {{0, UTIME_OMIT}, {1000000000, 5}};
  REQUIRE(::utimensat(AT_FDCWD, src.c_str(), times, 0) == 0);
  CHECK(cache_is_fresh(src));  // mtime does not matter, content does
  dir.file("h.py", "y = 3\n");
  CHECK_FALSE(cache_is_fresh(src));

  write_cache_file(src, *samples::add_function(), hash_stamp("anything", /*check_source=*/false));
  CHECK(cache_is_fresh(src));  // unchecked: trusted as is
  auto header = decode_cache_header(slurp(cache_path_for(src)), "h");
  CHECK(header.stamp.validation == Validation::UncheckedHash);
}

TEST_CASE("atomic write leaves no temporary file, and nothing on failure") {
  TempDir dir;
  std::string src = dir.file("m.py", "pass\n");
  write_cache_file(src, *samples::add_function());
  write_cache_file(src, *samples::add_function());  // replacing works too
  int entries = 0;
  for (const auto& e : fs::directory_iterator(dir.path / "__pycache__")) {
    ++entries;
    CHECK(e.path().filename().string().find(".tmp") == std::string::npos);
  }
  CHECK(entries == 1);

  // __pycache__ cannot be created where a plain file has that name.
  TempDir blocked;
  std::string src2 = blocked.file("m.py", "pass\n");
  blocked.file("__pycache__", "not a folder");
  CHECK_THROWS_AS(write_cache_file(src2, *samples::add_function()), WriteError);
  int left = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(blocked.path)) ++left;
  CHECK(left == 2);

  // The target path is a folder: rename fails, and the temporary file goes away.
  TempDir clash;
  std::string target = (clash.path / "out.pyc").string();
  fs::create_directory(target);
  fs::path inner = fs::path(target) / "keep";
  std::ofstream(inner) << "x";
  CHECK_THROWS_WITH(write_cache_file_at(target, *samples::add_function(), SourceStamp{}),
                    Catch::Contains("out.pyc"));
  int clash_entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(clash.path)) ++clash_entries;
  CHECK(clash_entries == 1);
}

TEST_CASE("loader rejects a wrong magic, with the file name") {
  std::string f = encoded_module();
  f[0] = 'X';
  CHECK_THROWS_WITH(decode_cache_file(f, "dir/m.pyc"),
                    Catch::StartsWith("dir/m.pyc: ") && Catch::Contains("not a pyvm cache file"));
  CHECK_THROWS_WITH(decode_cache_file("print('hi')\n", "m.pyc"), Catch::Contains("not a pyvm cache file"));
}

TEST_CASE("loader rejects another format version") {
  std::string f = encoded_module();
  f[8] = static_cast<char>(kFormatVersion + 1);
  CHECK_THROWS_WITH(decode_cache_file(f, "m.pyc"), Catch::Contains("unsupported format version"));
}

TEST_CASE("loader rejects a file written for another opcode table") {
  std::string f = encoded_module();
  put_u64(f, 16, opcode_table_fingerprint() ^ 1);
  CHECK_THROWS_WITH(decode_cache_file(f, "m.pyc"), Catch::Contains("different opcode table"));
}

TEST_CASE("a damaged cache file is not fresh, so pyc rewrites it") {
  TempDir dir;
  std::string src = dir.file("m.py", "x = 1\n");
  write_cache_file(src, *samples::add_function());
  REQUIRE(cache_is_fresh(src));
  std::string bytes = slurp(cache_path_for(src));
  bytes[bytes.size() - 2] ^= 1;
  dir.file("__pycache__/" + fs::path(cache_path_for(src)).filename().string(), bytes);
  CHECK_FALSE(cache_is_fresh(src));
  dir.file("__pycache__/" + fs::path(cache_path_for(src)).filename().string(), bytes.substr(0, 60));
  CHECK_FALSE(cache_is_fresh(src));
}

TEST_CASE("loader rejects a file truncated at every length") {
  std::string f = encoded_module();
  REQUIRE_NOTHROW(decode_cache_file(f, "m.pyc"));
  for (std::size_t n = 0; n < f.size(); ++n) {
    INFO("prefix length " << n);
    CHECK_THROWS_AS(decode_cache_file(std::string_view(f).substr(0, n), "m.pyc"), LoadError);
  }
}

TEST_CASE("truncations re-sealed with a valid checksum are still rejected") {
  std::string f = encoded_module();
  for (std::size_t n = kHeaderSize; n < f.size(); ++n) {
    std::string cut = f.substr(0, n);
    reseal(cut);
    INFO("payload length " << n - kHeaderSize);
    CHECK_THROWS_AS(decode_cache_file(cut, "m.pyc"), LoadError);
  }
}

TEST_CASE("loader rejects any flipped payload byte (checksum)") {
  std::string f = encoded_module();
  for (std::size_t i = kHeaderSize; i < f.size(); ++i) {
    std::string g = f;
    g[i] = static_cast<char>(g[i] ^ 0x20);
    INFO("byte " << i);
    CHECK_THROWS_WITH(decode_cache_file(g, "m.pyc"), Catch::Contains("checksum mismatch"));
  }
}

TEST_CASE("loader survives random garbage") {
  std::mt19937_64 rng(12345);
  std::string base = encoded_module();
  for (int round = 0; round < 20000; ++round) {
    std::string g;
    if (round % 3 == 0) {  // pure noise
      g.resize(rng() % 400);
      for (auto& ch : g) ch = static_cast<char>(rng());
    } else {  // a valid file with random damage, re-sealed so it gets past the checksum
      g = base;
      int hits = 1 + static_cast<int>(rng() % 8);
      for (int k = 0; k < hits; ++k) {
        std::size_t at = kHeaderSize + rng() % (g.size() - kHeaderSize);
        g[at] = static_cast<char>(round % 2 ? rng() : g[at] ^ (1 << (rng() % 8)));
      }
      reseal(g);
    }
    try {
      decode_cache_file(g, "fuzz.pyc");  // may succeed if the damage is harmless
    } catch (const LoadError& e) {
      CHECK(std::string(e.what()).rfind("fuzz.pyc: ", 0) == 0);
    }
  }
}

TEST_CASE("load_cache_file names a missing or unreadable file") {
  TempDir dir;
  CHECK_THROWS_WITH(load_cache_file((dir.path / "nope.pyc").string()),
                    Catch::Contains("nope.pyc") && Catch::Contains("cannot read"));
  CHECK_THROWS_WITH(load_cache_file(dir.path.string()), Catch::Contains("cannot read"));
  std::string empty = dir.file("empty.pyc", "");
  CHECK_THROWS_WITH(load_cache_file(empty), Catch::Contains("empty.pyc: not a pyvm cache file"));
}
