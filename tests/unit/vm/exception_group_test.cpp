// The two operations behind except* (exception_group.h), which the compiler
// cannot reach yet: CHECK_EG_MATCH's exception_group_match and
// PREP_RERAISE_STAR's prep_reraise_star. Expected reprs are what CPython 3.11
// gives for the same try/except* statements.
#include <catch2/catch.hpp>

#include "runtime/objects/containers.h"
#include "runtime/objects/exception_group.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/ops.h"
#include "runtime/runtime.h"

using rt::Value;

namespace {

void init() {
  static bool done = (rt::init_runtime(), true);
  (void)done;
}

Value type(rt::Type& t) { return rt::type_value(&t); }
Value exc(rt::Type& t, int64_t arg) {
  init();
  return Value::object(rt::new_exception_args(&t, {rt::make_int(arg)}));
}
Value group(const char* message, std::vector<Value> excs) {
  init();
  Value args[2] = {rt::str_value(message), Value::object(rt::new_list(std::move(excs)))};
  return rt::call(type(rt::exc::ExceptionGroup), args, 2);
}
std::string R(Value v) { return rt::repr_string(v); }

// What the VM does when `e` is raised at instruction `instr` of `code`.
void raise_at(Value e, rt::CodeObj* code, uint32_t instr) {
  e.as<rt::ExceptionObj>()->traceback.push_back({code, instr});
}

std::string error_of(Value exc, Value match_type) {
  try {
    rt::exception_group_match(exc, match_type);
  } catch (const rt::PyError& e) {
    return rt::exception_summary(e.exc);
  }
  return "no error";
}

// The handlers' results as PREP_RERAISE_STAR finds them.
rt::List* raised(std::vector<Value> items) { return rt::new_list(std::move(items)); }

}  // namespace

TEST_CASE("exception_group_match wraps, splits or declines") {
  Value naked = exc(rt::exc::ValueError, 1);
  auto [match, rest] = rt::exception_group_match(naked, type(rt::exc::ValueError));
  CHECK(R(match) == "ExceptionGroup('', (ValueError(1),))");
  CHECK(rest.is_none());

  auto [no_match, no_rest] = rt::exception_group_match(naked, type(rt::exc::KeyError));
  CHECK(no_match.is_none());
  CHECK(no_rest.is_none());

  auto [none_match, none_rest] = rt::exception_group_match(Value::none(), type(rt::exc::KeyError));
  CHECK(none_match.is_none());
  CHECK(none_rest.is_none());

  Value eg = group("g", {exc(rt::exc::ValueError, 1), exc(rt::exc::TypeError, 2)});
  auto [whole, whole_rest] = rt::exception_group_match(eg, type(rt::exc::Exception));
  CHECK(whole == eg);
  CHECK(whole_rest.is_none());

  auto [part, part_rest] =
      rt::exception_group_match(eg, rt::tuple_value({type(rt::exc::ValueError), type(rt::exc::OSError)}));
  CHECK(R(part) == "ExceptionGroup('g', [ValueError(1)])");
  CHECK(R(part_rest) == "ExceptionGroup('g', [TypeError(2)])");
}

TEST_CASE("exception_group_match refuses what except* cannot catch") {
  Value naked = exc(rt::exc::ValueError, 1);
  const std::string not_exception = "TypeError: catching classes that do not inherit from BaseException is not allowed";
  const std::string a_group = "TypeError: catching ExceptionGroup with except* is not allowed. Use except instead.";
  CHECK(error_of(naked, type(rt::types::int_)) == not_exception);
  CHECK(error_of(naked, rt::tuple_value({type(rt::exc::ValueError), rt::make_int(3)})) == not_exception);
  CHECK(error_of(naked, type(rt::exc::ExceptionGroup)) == a_group);
  CHECK(error_of(naked, rt::tuple_value({type(rt::exc::ValueError), type(rt::exc::BaseExceptionGroup)})) == a_group);
  // A naked exception is refused too: the check comes first.
  CHECK(error_of(Value::none(), type(rt::exc::ExceptionGroup)) == a_group);
}

TEST_CASE("prep_reraise_star keeps re-raised parts in their group") {
  init();
  auto* try_body = rt::heap().make<rt::CodeObj>();
  auto* handler = rt::heap().make<rt::CodeObj>();
  auto make_orig = [&] {
    Value inner = group("i", {exc(rt::exc::TypeError, 2), exc(rt::exc::ValueError, 3)});
    Value orig = group("g", {exc(rt::exc::ValueError, 1), inner});
    raise_at(orig, try_body, 4);
    return orig;
  };

  SECTION("a bare raise: the parts come back together, as a new group") {
    Value orig = make_orig();
    auto [match, rest] = rt::exception_group_match(orig, type(rt::exc::ValueError));
    Value result = rt::prep_reraise_star(orig, raised({match, rest}));
    CHECK(R(result) == "ExceptionGroup('g', [ValueError(1), ExceptionGroup('i', [TypeError(2), ValueError(3)])])");
    CHECK(result != orig);
  }
  SECTION("the matched part handled: the rest alone") {
    Value orig = make_orig();
    auto [match, rest] = rt::exception_group_match(orig, type(rt::exc::ValueError));
    Value result = rt::prep_reraise_star(orig, raised({Value::none(), rest}));
    CHECK(R(result) == "ExceptionGroup('g', [ExceptionGroup('i', [TypeError(2)])])");
  }
  SECTION("everything handled") {
    Value orig = make_orig();
    CHECK(rt::prep_reraise_star(orig, raised({Value::none(), Value::none()})).is_none());
    CHECK(rt::prep_reraise_star(orig, raised({})).is_none());
  }
  SECTION("a new exception joins the re-raised rest as a sibling") {
    Value orig = make_orig();
    auto [match, rest] = rt::exception_group_match(orig, type(rt::exc::ValueError));
    Value fresh = exc(rt::exc::KeyError, 5);
    raise_at(fresh, handler, 2);
    fresh.as<rt::ExceptionObj>()->context = match;
    Value result = rt::prep_reraise_star(orig, raised({fresh, rest}));
    CHECK(R(result) == "ExceptionGroup('', [KeyError(5), ExceptionGroup('g', [ExceptionGroup('i', [TypeError(2)])])])");
  }
  SECTION("`raise m` adds a traceback entry: the match counts as raised anew") {
    Value orig = make_orig();
    auto [match, rest] = rt::exception_group_match(orig, type(rt::exc::ValueError));
    raise_at(match, handler, 7);
    Value result = rt::prep_reraise_star(orig, raised({match, rest}));
    CHECK(R(result) ==
          "ExceptionGroup('', [ExceptionGroup('g', [ValueError(1), ExceptionGroup('i', [ValueError(3)])]), "
          "ExceptionGroup('g', [ExceptionGroup('i', [TypeError(2)])])])");
  }
  SECTION("a single exception raised anew is raised as it is") {
    Value orig = make_orig();
    Value fresh = exc(rt::exc::KeyError, 5);
    raise_at(fresh, handler, 2);
    CHECK(rt::prep_reraise_star(orig, raised({fresh, Value::none()})) == fresh);
  }
}

TEST_CASE("prep_reraise_star after a naked exception was caught") {
  Value naked = exc(rt::exc::ValueError, 1);
  auto [wrapped, rest] = rt::exception_group_match(naked, type(rt::exc::ValueError));
  CHECK(rt::prep_reraise_star(naked, raised({wrapped})) == wrapped);
  Value fresh = exc(rt::exc::KeyError, 5);
  CHECK(rt::prep_reraise_star(naked, raised({fresh, Value::none()})) == fresh);
  CHECK(rt::prep_reraise_star(naked, raised({})).is_none());
}

TEST_CASE("make_exception_group picks the class by its members") {
  CHECK(R(rt::make_exception_group("m", {exc(rt::exc::ValueError, 1)})) == "ExceptionGroup('m', (ValueError(1),))");
  Value base = rt::make_exception_group("m", {Value::object(rt::new_exception_args(&rt::exc::KeyboardInterrupt, {}))});
  CHECK(R(base) == "BaseExceptionGroup('m', (KeyboardInterrupt(),))");
  CHECK(rt::is_exception_group(base));
  CHECK_FALSE(rt::is_exception_group(exc(rt::exc::ValueError, 1)));
}
