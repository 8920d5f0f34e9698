// Python's repr() of text and numbers (text/repr.h); expected values are what
// python3 prints for repr() of the same value.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <string>

#include "text/repr.h"
#include "text/utf8.h"

using namespace text;

TEST_CASE("str, bytes, float and complex reprs follow CPython") {
  CHECK(repr_str("abc") == "'abc'");
  CHECK(repr_str("it's") == "\"it's\"");
  CHECK(repr_str("both ' and \"") == "'both \\' and \"'");
  CHECK(repr_str("tab\tnl\ncr\r\\ \x01\x7f") == "'tab\\tnl\\ncr\\r\\\\ \\x01\\x7f'");
  CHECK(repr_str("\xc3\xa9\xe2\x82\xac") == "'\xc3\xa9\xe2\x82\xac'");  // é€ are printable
  CHECK(repr_str("\xc2\xa0\xc2\x85") == "'\\xa0\\x85'");               // nbsp, NEL are not
  CHECK(repr_str("\xe2\x80\xa8\xed\xa0\x80") == "'\\u2028\\ud800'");    // line sep, lone surrogate
  CHECK(repr_str("\xf3\xa0\x80\x81") == "'\\U000e0001'");               // a format character
  CHECK(repr_bytes(std::string("\0a'\xff", 4)) == "b\"\\x00a'\\xff\"");
  CHECK(repr_bytes("\t\\") == "b'\\t\\\\'");

  CHECK(repr_float(1.0) == "1.0");
  CHECK(repr_float(0.1) == "0.1");
  CHECK(repr_float(-0.0) == "-0.0");
  CHECK(repr_float(1e16) == "1e+16");
  CHECK(repr_float(1e15) == "1000000000000000.0");
  CHECK(repr_float(123456789012345680.0) == "1.2345678901234568e+17");
  CHECK(repr_float(0.0001) == "0.0001");
  CHECK(repr_float(0.00001) == "1e-05");
  CHECK(repr_float(1.5e-300) == "1.5e-300");
  CHECK(repr_float(std::numeric_limits<double>::infinity()) == "inf");
  CHECK(repr_float(-std::numeric_limits<double>::infinity()) == "-inf");
  CHECK(repr_float(std::nan("")) == "nan");
  CHECK(repr_float(2.5) == "2.5");
  CHECK(repr_float(1.0 / 3) == "0.3333333333333333");

  CHECK(repr_complex(0.0, 2.0) == "2j");
  CHECK(repr_complex(0.0, -1.5) == "-1.5j");
  CHECK(repr_complex(1.0, 2.0) == "(1+2j)");
  CHECK(repr_complex(-0.0, -1.0) == "(-0-1j)");
  CHECK(repr_complex(1.0, std::nan("")) == "(1+nanj)");
}

TEST_CASE("WTF-8 decoding accepts lone surrogates and rejects malformed bytes") {
  std::size_t pos = 0;
  CHECK(next_code_point("\xed\xa0\x80", pos) == 0xD800);
  CHECK(pos == 3);
  pos = 0;
  CHECK(next_code_point("\xc0\x80", pos) == -1);  // overlong
  CHECK(pos == 0);
  CHECK_FALSE(is_valid_text("\xff"));
  CHECK(is_valid_text("caf\xc3\xa9"));
  std::string out;
  append_utf8(out, 0xDC80);
  append_utf8(out, 0x1F600);
  CHECK(out == "\xed\xb2\x80\xf0\x9f\x98\x80");
  CHECK(code_point_count(out) == 2);
}
