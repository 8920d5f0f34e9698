#include <catch2/catch.hpp>

#include <bit>
#include <cmath>

#include "bytecode/serializer.h"
#include "code_samples.h"

using namespace bytecode;

namespace {

template <class T>
const T& constant_as(const Code& c, std::size_t i) {
  return std::get<T>(c.consts.at(i).value);
}

}  // namespace

TEST_CASE("serializer round-trips a nested code tree with every constant kind") {
  auto original = samples::module_with_everything();
  std::string bytes = serialize(*original);
  auto loaded = deserialize(bytes);
  REQUIRE(serialize(*loaded) == bytes);  // every field, recursively

  const Code& m = *loaded;
  CHECK(m.name == "<module>");
  CHECK(m.code == original->code);
  CHECK(m.locations.size() == original->locations.size());
  CHECK(m.names == original->names);
  REQUIRE(m.exception_table.size() == 1);
  CHECK(m.exception_table[0].target == 11);
  CHECK(m.exception_table[0].depth == 1);

  const auto& f = constant_as<std::shared_ptr<const Code>>(m, 0);
  CHECK(f->name == "add");
  CHECK(f->argcount == 2);
  CHECK(f->varnames == std::vector<std::string>{"a", "b"});
  CHECK(std::holds_alternative<std::monostate>(m.consts[1].value));
  CHECK(constant_as<bool>(m, 2) == true);
  CHECK(constant_as<bool>(m, 3) == false);
  CHECK(constant_as<int64_t>(m, 4) == -42);
  CHECK(constant_as<BigInt>(m, 5).decimal == "-123456789012345678901234567890");
  CHECK(std::signbit(constant_as<double>(m, 6)));
  CHECK(std::bit_cast<uint64_t>(constant_as<double>(m, 7)) == 0x7ff8000000000123ULL);
  CHECK(constant_as<Complex>(m, 8).imag == -2.0);
  CHECK(constant_as<std::string>(m, 9) == "h\xc3\xa9llo \xed\xa0\x80");
  CHECK(constant_as<Bytes>(m, 10).data == std::string("\0\xff'", 3));
  CHECK(std::holds_alternative<Ellipsis>(m.consts[11].value));
  const auto& t = constant_as<ConstTuple>(m, 12);
  REQUIRE(t.size() == 3);
  CHECK(std::get<std::string>(std::get<ConstTuple>(t[1].value).at(0).value) == "a");
  CHECK(std::isinf(constant_as<double>(m, 13)));
}

TEST_CASE("deserialize rejects trailing bytes, bad tags and bad text") {
  std::string bytes = serialize(*samples::add_function());
  CHECK_THROWS_WITH(deserialize(bytes + "x"), Catch::Contains("unexpected bytes"));

  Code c = *samples::add_function();
  c.consts.push_back(Constant{std::string("ok")});
  std::string good = serialize(c);
  auto at = good.find("ok");
  std::string bad_text = good;
  bad_text[at] = '\xff';
  CHECK_THROWS_WITH(deserialize(bad_text), Catch::Contains("not valid UTF-8"));
  std::string bad_tag = good;
  bad_tag[at - 5] = 99;  // the tag byte before the u32 length
  CHECK_THROWS_WITH(deserialize(bad_tag), Catch::Contains("unknown constant tag 99"));
}

TEST_CASE("deserialize bounds nesting depth") {
  // A tuple nested far deeper than kMaxNesting: tag Tuple, count 1, ... repeated.
  Code c = *samples::add_function();
  c.consts.push_back(Constant{ConstTuple{}});
  std::string good = serialize(c);
  std::string marker("\x0a\x00\x00\x00\x00", 5);  // Tuple, count 0
  auto at = good.find(marker);
  REQUIRE(at != std::string::npos);
  std::string deep;
  for (int i = 0; i < kMaxNesting + 10; ++i) deep += std::string("\x0a\x01\x00\x00\x00", 5);
  deep += marker;
  std::string hostile = good.substr(0, at) + deep + good.substr(at + marker.size());
  CHECK_THROWS_WITH(deserialize(hostile), Catch::Contains("nested deeper"));
}
