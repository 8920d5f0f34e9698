// pyvm's numeric conversions against python3's own results, case by case:
// the tables come from tests/numbers/gen_numeric_tables.py at build time.
#include <catch2/catch.hpp>

#include <bit>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "runtime/objects/complex.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/ops.h"
#include "runtime/runtime.h"
#include "text/repr.h"

namespace {

void init() {
  static bool done = (rt::init_runtime(), true);
  (void)done;
}

double from_bits(const std::string& hex) { return std::bit_cast<double>(std::stoull(hex, nullptr, 16)); }
std::string to_bits(double d) {
  char buf[20];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(std::bit_cast<uint64_t>(d)));
  return buf;
}

struct Tables {
  std::vector<std::vector<std::string>> rows;
  size_t count(const std::string& kind) const {
    size_t n = 0;
    for (const auto& r : rows) n += r[0] == kind;
    return n;
  }
};

const Tables& tables() {
  static const Tables t = [] {
    Tables out;
    std::ifstream in(PYVM_NUMERIC_TABLES);
    std::string line;
    while (std::getline(in, line)) {
      std::istringstream words(line);
      std::vector<std::string> row;
      for (std::string w; words >> w;) row.push_back(w);
      if (!row.empty()) out.rows.push_back(std::move(row));
    }
    return out;
  }();
  return t;
}

// The result pyvm gives for one row, in the table's notation.
std::string repr_of(const std::vector<std::string>& r) { return text::repr_float(from_bits(r[1])); }

std::string round_of(const std::vector<std::string>& r) {
  try {
    return to_bits(rt::float_round(from_bits(r[1]), std::stoll(r[2])));
  } catch (rt::PyError& e) {
    return rt::type_name(e.exc);
  }
}

std::string int_float_of(const std::vector<std::string>& r) {
  rt::Value n = *rt::int_from_string(r[1], 10, false);
  try {
    return to_bits(rt::int_to_double(n));
  } catch (rt::PyError& e) {
    return rt::type_name(e.exc);
  }
}

std::string int_hash_of(const std::vector<std::string>& r) {
  return std::to_string(rt::hash(*rt::int_from_string(r[1], 10, false)));
}

// Every row of `kind` whose expected column differs from `actual`, reported (at most 10).
template <class F>
size_t mismatches(const std::string& kind, size_t column, F actual) {
  init();
  size_t bad = 0;
  for (const auto& r : tables().rows) {
    if (r[0] != kind) continue;
    std::string got = actual(r);
    if (got != r[column]) {
      if (++bad <= 10) {
        std::string row;
        for (const auto& w : r) row += w + " ";
        UNSCOPED_INFO(row << " -> pyvm " << got);
      }
    }
  }
  return bad;
}

}  // namespace

TEST_CASE("the tables are there and full") {
  REQUIRE(tables().count("repr") == 100000);
  REQUIRE(tables().count("round") == 100000);
  REQUIRE(tables().count("int") > 2000);
  REQUIRE(tables().count("fhash") > 20000);
  REQUIRE(tables().count("chash") == 5000);
}

TEST_CASE("float repr equals python3's on 100,000 doubles") { CHECK(mismatches("repr", 2, repr_of) == 0); }

TEST_CASE("round(x, n) equals python3's on 100,000 doubles") { CHECK(mismatches("round", 3, round_of) == 0); }

TEST_CASE("float(int) and hash(int) around 2**47, 2**53, 2**63, 2**64, 2**1024") {
  CHECK(mismatches("int", 2, int_float_of) == 0);
  CHECK(mismatches("int", 3, int_hash_of) == 0);
}

TEST_CASE("hash(float) and hash(complex) equal python3's") {
  CHECK(mismatches("fhash", 2, [](const auto& r) { return std::to_string(rt::float_hash(from_bits(r[1]))); }) == 0);
  CHECK(mismatches("chash", 3, [](const auto& r) {
          return std::to_string(rt::hash(rt::make_complex(from_bits(r[1]), from_bits(r[2]))));
        }) == 0);
}

// The comparisons above can fail: a value one ulp off, or a wrong hash, is caught.
TEST_CASE("a wrong value fails the comparison") {
  init();
  const auto& rows = tables().rows;
  size_t caught = 0, tried = 0;
  for (const auto& r : rows) {
    if (r[0] != "repr" || tried == 1000) continue;
    double x = from_bits(r[1]);
    if (!std::isfinite(x)) continue;
    ++tried;
    auto off = r;
    off[1] = to_bits(std::nextafter(x, HUGE_VAL));
    caught += repr_of(off) != r[2];
  }
  CHECK(tried == 1000);
  CHECK(caught == tried);
  for (const auto& r : rows) {
    if (r[0] != "int") continue;
    auto off = r;
    off[1] = std::to_string(std::stoll(r[1].substr(0, 15)) + 1);  // another int altogether
    CHECK(int_hash_of(off) != r[3]);
    break;
  }
}
