// Methods of the built-in types, sets (CPython's iteration order) and the
// native modules.
#include <catch2/catch.hpp>

#include "runtime/objects/containers.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/int.h"
#include "modules/registry.h"
#include "runtime/ops.h"
#include "runtime/runtime.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"

using rt::Value;

namespace {

void init() {
  static bool done = (rt::init_runtime(), true);
  (void)done;
}

Value S(const char* s) {
  init();
  return rt::str_value(s);
}
Value I(int64_t i) {
  init();
  return rt::make_int(i);
}
std::string R(Value v) { return rt::repr_string(v); }

// obj.name(*args)
Value method(Value obj, const char* name, std::vector<Value> args = {}) {
  Value m = rt::getattr(obj, rt::intern(name));
  return rt::call(m, args.data(), args.size());
}

}  // namespace

TEST_CASE("str methods") {
  CHECK(R(method(S("  a b  c "), "split")) == "['a', 'b', 'c']");
  CHECK(R(method(S("a,b,,c"), "split", {S(",")})) == "['a', 'b', '', 'c']");
  CHECK(R(method(S("-"), "join", {rt::tuple_value({S("x"), S("y")})})) == "'x-y'");
  CHECK(R(method(S("xxhixx"), "strip", {S("x")})) == "'hi'");
  CHECK(R(method(S("hello"), "replace", {S("l"), S("L")})) == "'heLLo'");
  CHECK(R(method(S("hello"), "find", {S("l")})) == "2");
  CHECK(R(method(S("Hello World"), "upper")) == "'HELLO WORLD'");
  CHECK(R(method(S("{} and {:>3}"), "format", {I(1), I(2)})) == "'1 and   2'");
}

TEST_CASE("list and dict methods") {
  init();
  Value l = Value::object(rt::new_list({I(3), I(1), I(2)}));
  method(l, "append", {I(0)});
  method(l, "sort");
  CHECK(R(l) == "[0, 1, 2, 3]");
  CHECK(R(method(l, "pop")) == "3");
  Value d = Value::object(rt::new_dict());
  rt::setitem(d, S("a"), I(1));
  CHECK(R(method(d, "get", {S("b"), I(7)})) == "7");
  CHECK(R(method(d, "items")) == "dict_items([('a', 1)])");
}

TEST_CASE("sets iterate in CPython's order") {
  init();
  rt::Set* s = rt::new_set();
  for (int64_t v : {100, 3, 17, 1, 33, 2}) s->add(I(v));
  CHECK(R(Value::object(s)) == "{1, 33, 3, 100, 2, 17}");
  rt::Set* u = rt::new_set();
  for (int64_t v = 0; v < 20; ++v) u->add(I(v));
  CHECK(R(method(Value::object(u), "pop")) == "0");
  CHECK(R(Value::object(rt::new_set())) == "set()");
}

TEST_CASE("math module") {
  init();
  rt::Module* math = rt::make_native_module("math");
  REQUIRE(math != nullptr);
  Value sqrt = math->dict->get_str(rt::intern("sqrt"));
  Value arg = I(16);
  CHECK(R(rt::call(sqrt, &arg, 1)) == "4.0");
  Value neg = I(-1);
  try {
    rt::call(sqrt, &neg, 1);
    FAIL("no error");
  } catch (const rt::PyError& e) {
    CHECK(rt::exception_summary(e.exc) == "ValueError: math domain error");
  }
}
