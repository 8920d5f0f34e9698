// Source decoding as CPython reads files (PEP 263). Expected dumps were produced
// by python3's ast.dump(ast.parse(<the same bytes>)).
#include <catch2/catch.hpp>

#include <string>

#include "ast/dump.h"
#include "front/parse.h"

namespace {
std::string dump_of(const std::string& bytes) {
  ast::ParsedModule parsed = front::parse_module(bytes, "t.py");
  return ast::dump(*parsed.module, false, std::nullopt);
}
}  // namespace

TEST_CASE("a koi8-r declared source is decoded to the same str as CPython's", "[front][encoding]") {
  const std::string source = "# -*- coding: koi8-r -*-\nx = '\xf0\xd2\xc9\xd7\xc5\xd4'\n";
  CHECK(dump_of(source) ==
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
        "value=Constant(value='\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82'))], type_ignores=[])");
}

TEST_CASE("a Latin-1 declared source is decoded as Latin-1", "[front][encoding]") {
  const std::string source = "# coding: latin-1\nx = '\xe9'\n";
  CHECK(dump_of(source) ==
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
        "value=Constant(value='\xc3\xa9'))], type_ignores=[])");
}
