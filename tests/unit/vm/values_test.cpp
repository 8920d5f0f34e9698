// Runtime values: arithmetic (small and big ints), float repr, str repr,
// dict ordering and hashing, format specs, CPython's error messages.
#include <catch2/catch.hpp>

#include "runtime/objects/containers.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/ops.h"
#include "runtime/runtime.h"
#include "runtime/objects/str.h"

using bytecode::BinaryOp;
using bytecode::CompareOp;
using rt::Value;

namespace {

// Static objects of other files may be constructed after this file's, so the
// runtime is initialised on first use rather than by a static here.
void init() {
  static bool done = (rt::init_runtime(), true);
  (void)done;
}
Value I(int64_t i) {
  init();
  return rt::make_int(i);
}
Value big(const char* digits) { return *rt::int_from_string(digits, 10); }
Value S(const char* s) {
  init();
  return rt::str_value(s);
}
std::string R(Value v) { return rt::repr_string(v); }
Value op(BinaryOp o, Value a, Value b) { return rt::binary_op(o, a, b); }

// The message of the Python exception `f` raises.
template <class F>
std::string error_of(F f) {
  try {
    f();
  } catch (const rt::PyError& e) {
    return rt::exception_summary(e.exc);
  }
  return "<no error>";
}


}  // namespace

TEST_CASE("float repr is the shortest round trip, formatted as CPython") {
  init();
  CHECK(text::repr_float(0.1 + 0.2) == "0.30000000000000004");
  CHECK(text::repr_float(1e16) == "1e+16");
  CHECK(text::repr_float(1e15) == "1000000000000000.0");
  CHECK(text::repr_float(1e-5) == "1e-05");
  CHECK(text::repr_float(0.0001) == "0.0001");
  CHECK(text::repr_float(-0.0) == "-0.0");
  CHECK(text::repr_float(1.0 / 0.0) == "inf");
  CHECK(text::repr_float(-1.0 / 0.0) == "-inf");
  CHECK(text::repr_float(0.0 / 0.0) == "nan");
  CHECK(text::repr_float(2.5) == "2.5");
  CHECK(text::repr_float(1.5e300) == "1.5e+300");
  CHECK(text::repr_float(123456789.125) == "123456789.125");
}

TEST_CASE("int arithmetic promotes to big ints and back") {
  Value two47 = op(BinaryOp::Power, I(2), I(47));
  CHECK(R(two47) == "140737488355328");
  CHECK(R(op(BinaryOp::Power, I(2), I(100))) == "1267650600228229401496703205376");
  Value b = op(BinaryOp::Power, I(10), I(30));
  CHECK(R(op(BinaryOp::FloorDivide, b, op(BinaryOp::Power, I(10), I(29)))) == "10");
  CHECK(op(BinaryOp::Subtract, b, b).is_small_int());
  CHECK(R(op(BinaryOp::Multiply, I(3037000499), I(3037000499))) == "9223372030926249001");
  CHECK(R(rt::int_negate(big("-140737488355328"))) == "140737488355328");
}

TEST_CASE("floor division and modulo follow Python's signs") {
  CHECK(R(op(BinaryOp::FloorDivide, I(-7), I(2))) == "-4");
  CHECK(R(op(BinaryOp::Remainder, I(-7), I(2))) == "1");
  CHECK(R(op(BinaryOp::Remainder, I(7), I(-2))) == "-1");
  CHECK(R(op(BinaryOp::FloorDivide, Value::from_double(-7.5), I(2))) == "-4.0");
  CHECK(R(op(BinaryOp::Remainder, Value::from_double(-7.5), I(2))) == "0.5");
  CHECK(R(op(BinaryOp::Remainder, big("-100000000000000000000"), I(7))) == "5");
}

TEST_CASE("true division and powers give floats") {
  CHECK(R(op(BinaryOp::TrueDivide, I(1), I(3))) == "0.3333333333333333");
  CHECK(R(op(BinaryOp::TrueDivide, I(10), I(2))) == "5.0");
  CHECK(R(op(BinaryOp::Power, I(2), I(-1))) == "0.5");
  CHECK(R(op(BinaryOp::TrueDivide, op(BinaryOp::Power, I(10), I(30)), I(3))) == "3.333333333333333e+29");
  CHECK(R(op(BinaryOp::TrueDivide, big("123456789012345678901234567890"), big("987654321098765432109876543210"))) ==
        "0.1249999988609375");
}

TEST_CASE("shifts and bitwise operations on negatives") {
  CHECK(R(op(BinaryOp::Rshift, I(-5), I(1))) == "-3");
  CHECK(R(op(BinaryOp::Lshift, I(1), I(70))) == "1180591620717411303424");
  CHECK(R(op(BinaryOp::And, I(-6), I(13))) == "8");
  CHECK(R(op(BinaryOp::Xor, I(-1), big("18446744073709551616"))) == "-18446744073709551617");
  CHECK(R(rt::int_invert(I(5))) == "-6");
}

TEST_CASE("bool behaves as an int subclass") {
  CHECK(R(op(BinaryOp::Add, Value::boolean(true), I(1))) == "2");
  CHECK(R(Value::boolean(true)) == "True");
  CHECK(rt::equal(Value::boolean(true), I(1)));
  CHECK(rt::hash(Value::boolean(true)) == rt::hash(Value::from_double(1.0)));
}

TEST_CASE("str repr chooses quotes and escapes as CPython") {
  CHECK(R(S("it's")) == "\"it's\"");
  CHECK(R(S("say \"hi\"")) == "'say \"hi\"'");
  CHECK(R(S("both ' and \"")) == "'both \\' and \"'");
  CHECK(R(S("tab\there\n")) == "'tab\\there\\n'");
  CHECK(R(S("\x01\x7f")) == "'\\x01\\x7f'");
  CHECK(R(S("caf\xc3\xa9")) == "'caf\xc3\xa9'");
  CHECK(R(S("\xc2\xa0")) == "'\\xa0'");
}

TEST_CASE("str indexing is by code point") {
  Value s = S("h\xc3\xa9llo");
  CHECK(rt::length(s) == 5);
  CHECK(rt::str_string(rt::getitem(s, I(1))) == "\xc3\xa9");
  CHECK(rt::str_string(rt::getitem(s, I(-1))) == "o");
}

TEST_CASE("dicts keep insertion order and merge equal numeric keys") {
  rt::Dict* d = rt::new_dict();
  d->set(S("b"), I(1));
  d->set(S("a"), I(2));
  d->set(I(1), S("one"));
  d->set(Value::from_double(1.0), S("float one"));
  d->set(Value::boolean(true), S("true"));
  CHECK(R(Value::object(d)) == "{'b': 1, 'a': 2, 1: 'true'}");
  d->remove(S("b"));
  d->set(S("b"), I(3));
  CHECK(R(Value::object(d)) == "{'a': 2, 1: 'true', 'b': 3}");
  for (int i = 0; i < 1000; ++i) d->set(I(i + 10), I(i));
  CHECK(d->size() == 1003);
  CHECK(R(d->get(I(500))) == "490");
}

TEST_CASE("format spec mini-language") {
  auto F = [](Value v, const char* spec) { return rt::str_string(rt::format(v, S(spec))); };
  CHECK(F(Value::from_double(3.14159), ".2f") == "3.14");
  CHECK(F(Value::from_double(2.5), ".0f") == "2");
  CHECK(F(I(1234567), ",") == "1,234,567");
  CHECK(F(I(255), "#x") == "0xff");
  CHECK(F(I(42), "08b") == "00101010");
  CHECK(F(I(-42), "+>8") == "+++++-42");
  CHECK(F(S("ab"), "^6") == "  ab  ");
  CHECK(F(S("abc"), "*<5") == "abc**");
  CHECK(F(Value::from_double(0.25), ".1%") == "25.0%");
  CHECK(F(Value::from_double(1234.5), "e") == "1.234500e+03");
  CHECK(F(Value::from_double(1.0), ".3") == "1.0");
  CHECK(F(Value::from_double(1e20), ".2f") == "100000000000000000000.00");
  CHECK(F(I(1234), "010,") == "00,001,234");
  CHECK(F(Value::boolean(true), "") == "True");
  CHECK(F(Value::from_double(12345.678), ",.2f") == "12,345.68");
}

TEST_CASE("errors carry CPython's messages") {
  CHECK(error_of([] { op(BinaryOp::TrueDivide, I(1), I(0)); }) == "ZeroDivisionError: division by zero");
  CHECK(error_of([] { op(BinaryOp::FloorDivide, I(1), I(0)); }) ==
        "ZeroDivisionError: integer division or modulo by zero");
  CHECK(error_of([] { op(BinaryOp::TrueDivide, Value::from_double(1), I(0)); }) ==
        "ZeroDivisionError: float division by zero");
  CHECK(error_of([] { op(BinaryOp::Add, I(1), S("a")); }) ==
        "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  CHECK(error_of([] { op(BinaryOp::Add, S("a"), I(1)); }) ==
        "TypeError: can only concatenate str (not \"int\") to str");
  CHECK(error_of([] { rt::compare(CompareOp::Lt, S("a"), I(1)); }) ==
        "TypeError: '<' not supported between instances of 'str' and 'int'");
  CHECK(error_of([] { rt::getitem(I(1), I(0)); }) == "TypeError: 'int' object is not subscriptable");
  CHECK(error_of([] { rt::call(I(1), nullptr, 0); }) == "TypeError: 'int' object is not callable");
  CHECK(error_of([] { rt::getitem(Value::object(rt::new_list()), I(0)); }) == "IndexError: list index out of range");
  CHECK(error_of([] { rt::getitem(rt::tuple_value({}), I(0)); }) == "IndexError: tuple index out of range");
  CHECK(error_of([] { rt::getitem(S(""), I(0)); }) == "IndexError: string index out of range");
  CHECK(error_of([] { rt::getitem(Value::object(rt::new_dict()), S("k")); }) == "KeyError: 'k'");
  CHECK(error_of([] { rt::setitem(S("ab"), I(0), S("x")); }) ==
        "TypeError: 'str' object does not support item assignment");
  Value int_type = rt::type_value(&rt::types::int_);
  Value float_type = rt::type_value(&rt::types::float_);
  CHECK(error_of([&] {
          Value arg = S("abc");
          rt::call(int_type, &arg, 1);
        }) == "ValueError: invalid literal for int() with base 10: 'abc'");
  CHECK(error_of([&] {
          Value arg = S("x");
          rt::call(float_type, &arg, 1);
        }) == "ValueError: could not convert string to float: 'x'");
}

TEST_CASE("int() and float() parse Python's syntax") {
  Value int_type = rt::type_value(&rt::types::int_);
  Value float_type = rt::type_value(&rt::types::float_);
  auto to_int = [&](const char* s) {
    Value a = S(s);
    return R(rt::call(int_type, &a, 1));
  };
  auto to_float = [&](const char* s) {
    Value a = S(s);
    return R(rt::call(float_type, &a, 1));
  };
  CHECK(to_int("  -1_000 ") == "-1000");
  CHECK(to_int("+42") == "42");
  CHECK(to_int("123456789012345678901234567890") == "123456789012345678901234567890");
  CHECK(to_float(" inf") == "inf");
  CHECK(to_float("-Infinity") == "-inf");
  CHECK(to_float("nan") == "nan");
  CHECK(to_float(".5") == "0.5");
  CHECK(to_float("1e400") == "inf");
  Value f = Value::from_double(-3.9);
  CHECK(R(rt::call(int_type, &f, 1)) == "-3");
}

TEST_CASE("type objects print as classes") {
  CHECK(R(rt::type_value(rt::type_of(I(1)))) == "<class 'int'>");
  CHECK(R(rt::type_value(rt::type_of(Value::boolean(false)))) == "<class 'bool'>");
  CHECK(R(rt::type_value(rt::type_of(Value::none()))) == "<class 'NoneType'>");
  CHECK(R(rt::type_value(rt::type_of(S("")))) == "<class 'str'>");
}
