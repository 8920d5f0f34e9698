// Hostile inputs end in an error (CPython's, where it has one), never a crash, a
// hang or a stack overflow.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "ast/dump.h"
#include "front/parse.h"

namespace {

// The error's type, or "" when the source parses.
std::string error_type(const std::string& src) {
  try {
    front::parse_module(src, "<test>");
    return "";
  } catch (const ast::SyntaxError& e) {
    return e.type;
  }
}

}  // namespace

TEST_CASE("hostile: 1,000 nested parentheses", "[front][hostile]") {
  std::string src = "x = " + std::string(1000, '(') + "1" + std::string(1000, ')') + "\n";
  try {
    front::parse_module(src, "<test>");
    FAIL("accepted");
  } catch (const ast::SyntaxError& e) {
    CHECK(e.msg == "too many nested parentheses");  // CPython's MAXLEVEL is 200
  }
  std::string ok = "x = " + std::string(199, '(') + "1" + std::string(199, ')') + "\n";
  CHECK(error_type(ok) == "");
}

TEST_CASE("hostile: deep nesting without brackets is CPython's MemoryError", "[front][hostile]") {
  CHECK(error_type(std::string(200000, '-') + "1\n") == "MemoryError");
  std::string nots;
  for (int i = 0; i < 100000; ++i) nots += "not ";
  CHECK(error_type(nots + "x\n") == "MemoryError");
  std::string lambdas;
  for (int i = 0; i < 100000; ++i) lambdas += "lambda: ";
  CHECK(error_type(lambdas + "1\n") == "MemoryError");
}

TEST_CASE("hostile: long flat chains parse and dump", "[front][hostile]") {
  std::string sum = "x = 1";
  for (int i = 0; i < 100000; ++i) sum += "+1";
  ast::ParsedModule m = front::parse_module(sum + "\n", "<test>");
  REQUIRE(m.module->body.size() == 1);
  std::string subs = "x";
  for (int i = 0; i < 100000; ++i) subs += "[0]";
  CHECK(error_type(subs + "\n") == "");
}

TEST_CASE("hostile: a 10 MB one-line file", "[front][hostile]") {
  // One 10 MB string literal, then a 1 MB list display on the same line. (A
  // 10 MB list display also parses, but its parse tree needs gigabytes: too much
  // for a unit test on a shared machine.)
  std::string src = "x = '" + std::string(10u << 20, 'a') + "'; y = [";
  for (int i = 0; i < 150000; ++i) src += "12345, ";
  src += "]";
  ast::ParsedModule m = front::parse_module(src, "<test>");
  REQUIRE(m.module->body.size() == 2);
}

TEST_CASE("hostile: NUL bytes and invalid UTF-8", "[front][hostile]") {
  try {
    front::parse_module(std::string("x = 1\ny = 2\0\n", 13), "<test>");
    FAIL("accepted");
  } catch (const ast::SyntaxError& e) {
    CHECK(e.msg == "source code cannot contain null bytes");
    CHECK(e.lineno == 2);
  }
  try {
    front::parse_module("x = 1\n# \xff\n", "f.py");
    FAIL("accepted");
  } catch (const ast::SyntaxError& e) {
    CHECK(e.msg ==
          "Non-UTF-8 code starting with '\\xff' in file f.py on line 2, but no encoding declared; "
          "see https://peps.python.org/pep-0263/ for details");
  }
}

TEST_CASE("hostile: random bytes never crash", "[front][hostile]") {
  std::mt19937 rng(12345);
  const std::string alphabet = "()[]{}:;,.=+-*/\\'\"#@ \t\n\nabcxyz019_\x80\xc3\xa9\x00";
  for (int round = 0; round < 300; ++round) {
    std::string src;
    size_t len = rng() % 200;
    for (size_t i = 0; i < len; ++i) {
      if (rng() % 4 == 0) src += static_cast<char>(rng() % 256);
      else src += alphabet[rng() % alphabet.size()];
    }
    try {
      ast::ParsedModule m = front::parse_module(src, "<fuzz>");
      (void)ast::dump(*m.module, true, 4);
    } catch (const ast::SyntaxError& e) {
      CHECK(!e.type.empty());
    }
    try {
      (void)front::tokenize_dump(src);
    } catch (const ast::SyntaxError&) {
    }
  }
}
