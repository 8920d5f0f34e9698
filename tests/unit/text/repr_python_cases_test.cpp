// repr() of constants as ast.dump prints them. Expected values were produced once
// by python3 (repr) and pasted here.
#include <catch2/catch.hpp>

#include "text/repr.h"
#include <cmath>
#include <string>

TEST_CASE("repr of floats follows Python's shortest round-trip format", "[front][repr]") {
  CHECK(text::repr_float(1e+16) == std::string("\x31\x65\x2b\x31\x36", 5));
  CHECK(text::repr_float(1000000000000000.0) == std::string("\x31\x30\x30\x30\x30\x30\x30\x30\x30\x30\x30\x30\x30\x30\x30\x30\x2e\x30", 18));
  CHECK(text::repr_float(0.0001) == std::string("\x30\x2e\x30\x30\x30\x31", 6));
  CHECK(text::repr_float(1e-05) == std::string("\x31\x65\x2d\x30\x35", 5));
  CHECK(text::repr_float(1.5) == std::string("\x31\x2e\x35", 3));
  CHECK(text::repr_float(2.0) == std::string("\x32\x2e\x30", 3));
  CHECK(text::repr_float(1.2345678901234568e+17) == std::string("\x31\x2e\x32\x33\x34\x35\x36\x37\x38\x39\x30\x31\x32\x33\x34\x35\x36\x38\x65\x2b\x31\x37", 22));
  CHECK(text::repr_float(1e-07) == std::string("\x31\x65\x2d\x30\x37", 5));
  CHECK(text::repr_float(3.14159) == std::string("\x33\x2e\x31\x34\x31\x35\x39", 7));
  CHECK(text::repr_float(HUGE_VAL) == std::string("\x69\x6e\x66", 3));
  CHECK(text::repr_float(0.30000000000000004) == std::string("\x30\x2e\x33\x30\x30\x30\x30\x30\x30\x30\x30\x30\x30\x30\x30\x30\x30\x30\x34", 19));
  CHECK(text::repr_float(5e-324) == std::string("\x35\x65\x2d\x33\x32\x34", 6));
  CHECK(text::repr_float(1.7976931348623157e+308) == std::string("\x31\x2e\x37\x39\x37\x36\x39\x33\x31\x33\x34\x38\x36\x32\x33\x31\x35\x37\x65\x2b\x33\x30\x38", 23));
}

TEST_CASE("repr of strings picks quotes and escapes like Python", "[front][repr]") {
  CHECK(text::repr_str(std::string("\x61\x27\x62", 3)) == std::string("\x22\x61\x27\x62\x22", 5));
  CHECK(text::repr_str(std::string("\x61\x22\x62", 3)) == std::string("\x27\x61\x22\x62\x27", 5));
  CHECK(text::repr_str(std::string("\x61\x27\x22\x62", 4)) == std::string("\x27\x61\x5c\x27\x22\x62\x27", 7));
  CHECK(text::repr_str(std::string("\x00\x09\x0a\x0d\x7f", 5)) == std::string("\x27\x5c\x78\x30\x30\x5c\x74\x5c\x6e\x5c\x72\x5c\x78\x37\x66\x27", 16));
  CHECK(text::repr_str(std::string("\xc3\xa9", 2)) == std::string("\x27\xc3\xa9\x27", 4));
  CHECK(text::repr_str(std::string("\xc2\xa0", 2)) == std::string("\x27\x5c\x78\x61\x30\x27", 6));
  CHECK(text::repr_str(std::string("\xe2\x80\x8b", 3)) == std::string("\x27\x5c\x75\x32\x30\x30\x62\x27", 8));
  CHECK(text::repr_str(std::string("\xf0\x9f\x98\x80", 4)) == std::string("\x27\xf0\x9f\x98\x80\x27", 6));
  CHECK(text::repr_str(std::string("\xed\xa0\x80", 3)) == std::string("\x27\x5c\x75\x64\x38\x30\x30\x27", 8));
  CHECK(text::repr_str(std::string("\x5c", 1)) == std::string("\x27\x5c\x5c\x27", 4));
}

TEST_CASE("repr of bytes", "[front][repr]") {
  CHECK(text::repr_bytes(std::string("\x61\x27\x62", 3)) == std::string("\x62\x22\x61\x27\x62\x22", 6));
  CHECK(text::repr_bytes(std::string("\x00\xff", 2)) == std::string("\x62\x27\x5c\x78\x30\x30\x5c\x78\x66\x66\x27", 11));
  CHECK(text::repr_bytes(std::string("\x22", 1)) == std::string("\x62\x27\x22\x27", 4));
  CHECK(text::repr_bytes(std::string("\x61\x27\x22\x62", 4)) == std::string("\x62\x27\x61\x5c\x27\x22\x62\x27", 8));
}
