// The shared argument parser (runtime/args.h): keyword binding, defaults, and
// CPython 3.11's wording for every arity and keyword error (each expected
// message below is what python3.11 prints for the real builtin).
#include <catch2/catch.hpp>

#include <utility>

#include "modules/registry.h"
#include "runtime/args.h"
#include "runtime/objects/containers.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/str.h"
#include "runtime/ops.h"
#include "runtime/runtime.h"

using rt::Signature;
using rt::Value;

namespace {

void init() {
  static bool done = (rt::init_runtime(), true);
  (void)done;
}

Value I(int64_t i) { return Value::small_int(i); }
Value S(const char* s) {
  init();
  return rt::str_value(s);
}

using Keywords = std::vector<std::pair<const char*, Value>>;

struct Call {
  std::vector<Value> values;
  Value kwnames = Value::null();
  size_t nargs = 0;
  Call(std::vector<Value> pos, Keywords kw) : values(std::move(pos)) {
    init();
    std::vector<Value> names;
    for (auto& [name, v] : kw) {
      names.push_back(Value::object(rt::intern(name)));
      values.push_back(v);
    }
    if (!names.empty()) kwnames = rt::tuple_value(names);
    nargs = values.size();
  }
  rt::Tuple* kw() const { return kwnames.is_null() ? nullptr : kwnames.as<rt::Tuple>(); }
};

// The bound values (repr, "<null>" for not given), or the TypeError's message.
std::string bind(const Signature& sig, Value self, std::vector<Value> pos, Keywords kw = {}) {
  Call c(std::move(pos), std::move(kw));
  std::vector<Value> out(sig.size());
  try {
    auto rest = sig.parse(self, c.values.data(), c.nargs, c.kw(), out.data());
    std::string s;
    for (Value v : out) s += (s.empty() ? "" : " ") + (v.is_null() ? std::string("<null>") : rt::repr_string(v));
    if (rest.nvarargs) s += " *" + std::to_string(rest.nvarargs);
    if (rest.kwargs) s += " **" + rt::repr_string(Value::object(rest.kwargs));
    return s;
  } catch (const rt::PyError& e) {
    return rt::exception_summary(e.exc);
  }
}

Value list() {
  init();
  return Value::object(rt::new_list({}));
}

}  // namespace

TEST_CASE("args: keyword binding and defaults") {
  init();
  static const Signature split("split($self, /, sep=None, maxsplit=-1)");
  CHECK(bind(split, S(""), {}) == "None -1");
  CHECK(bind(split, S(""), {S(",")}) == "',' -1");
  CHECK(bind(split, S(""), {}, {{"maxsplit", I(2)}}) == "None 2");
  CHECK(bind(split, S(""), {S(",")}, {{"maxsplit", I(2)}}) == "',' 2");
  CHECK(bind(split, S(""), {}, {{"maxsplit", I(1)}, {"sep", S("x")}}) == "'x' 1");

  static const Signature print("print(*args, sep=' ', end='\\n', file=None, flush=False)");
  CHECK(bind(print, Value::null(), {I(1), I(2)}) == "' ' '\\n' None False *2");
  CHECK(bind(print, Value::null(), {I(1)}, {{"end", S("")}}) == "' ' '' None False *1");

  static const Signature round("round(number, ndigits=None)");
  CHECK(bind(round, Value::null(), {}, {{"number", I(5)}}) == "5 None");

  static const Signature pop("pop($self, key, default=<unrepresentable>, /)");
  CHECK(bind(pop, Value::null(), {I(1)}) == "1 <null>");
  CHECK(bind(pop, Value::null(), {I(1), I(2)}) == "1 2");

  static const Signature isclose("math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)");
  CHECK(bind(isclose, Value::null(), {I(1)}, {{"b", I(2)}, {"abs_tol", I(3)}}) == "1 2 1e-09 3");

  static const Signature update("update($self, other=<unrepresentable>, /, **kwargs)");
  CHECK(bind(update, Value::null(), {}, {{"a", I(1)}}) == "<null> **{'a': 1}");

  static const Signature kwonly("f(a, *, key, flag=True, **kw)");
  CHECK(bind(kwonly, Value::null(), {I(1)}, {{"zz", I(9)}, {"key", I(2)}}) == "1 2 True **{'zz': 9}");
  CHECK(bind(kwonly, Value::null(), {I(1)}) == "TypeError: f() missing required argument 'key' (pos 2)");
}

TEST_CASE("args: METH_NOARGS and METH_O wording, qualified by the defining type") {
  init();
  static const Signature lower("lower($self, /)");
  CHECK(bind(lower, S("a"), {I(1)}) == "TypeError: str.lower() takes no arguments (1 given)");
  CHECK(bind(lower, S("a"), {}, {{"x", I(1)}}) == "TypeError: str.lower() takes no keyword arguments");
  static const Signature append("append($self, object, /)");
  CHECK(bind(append, list(), {}) == "TypeError: list.append() takes exactly one argument (0 given)");
  CHECK(bind(append, list(), {I(1), I(2)}) == "TypeError: list.append() takes exactly one argument (2 given)");
  CHECK(bind(append, list(), {}, {{"x", I(1)}}) == "TypeError: list.append() takes no keyword arguments");
  static const Signature sqrt("math.sqrt(x, /)");
  CHECK(bind(sqrt, Value::null(), {}) == "TypeError: math.sqrt() takes exactly one argument (0 given)");
  CHECK(bind(sqrt, Value::null(), {}, {{"x", I(1)}}) == "TypeError: math.sqrt() takes no keyword arguments");
  static const Signature limit("sys.getrecursionlimit()");
  CHECK(bind(limit, Value::null(), {I(1)}) == "TypeError: sys.getrecursionlimit() takes no arguments (1 given)");
}

TEST_CASE("args: _PyArg_CheckPositional wording") {
  init();
  static const Signature pop("pop($self, index=-1, /)");
  CHECK(bind(pop, list(), {}) == "-1");
  CHECK(bind(pop, list(), {I(1), I(2)}) == "TypeError: pop expected at most 1 argument, got 2");
  CHECK(bind(pop, list(), {}, {{"index", I(1)}}) == "TypeError: list.pop() takes no keyword arguments");
  static const Signature get("get($self, key, default=None, /)");
  CHECK(bind(get, Value::null(), {}) == "TypeError: get expected at least 1 argument, got 0");
  CHECK(bind(get, Value::null(), {I(1), I(2), I(3)}) == "TypeError: get expected at most 2 arguments, got 3");
  static const Signature insert("insert($self, index, object, /)");
  CHECK(bind(insert, Value::null(), {I(1)}) == "TypeError: insert expected 2 arguments, got 1");
  static const Signature sorted("sorted(iterable, /, *, key=None, reverse=False)", rt::ArgStyle::CheckPositional);
  CHECK(bind(sorted, Value::null(), {I(1), I(2)}) == "TypeError: sorted expected 1 argument, got 2");
  CHECK(bind(sorted, Value::null(), {}) == "TypeError: sorted expected 1 argument, got 0");
  CHECK(bind(sorted, Value::null(), {list()}, {{"reverse", I(1)}}) == "[] None 1");
  static const Signature gcd("math.gcd(*integers)");
  CHECK(bind(gcd, Value::null(), {I(1), I(2), I(3)}) == " *3");
  CHECK(bind(gcd, Value::null(), {}, {{"x", I(1)}}) == "TypeError: math.gcd() takes no keyword arguments");
}

TEST_CASE("args: PyArg_ParseTuple wording") {
  init();
  static const Signature find("find($self, sub, start=None, end=None, /)", rt::ArgStyle::ParseTuple);
  CHECK(bind(find, S("a"), {}) == "TypeError: find() takes at least 1 argument (0 given)");
  CHECK(bind(find, S("a"), {I(1), I(2), I(3), I(4)}) == "TypeError: find() takes at most 3 arguments (4 given)");
  CHECK(bind(find, S("a"), {}, {{"x", I(1)}}) == "TypeError: str.find() takes no keyword arguments");
  CHECK(bind(find, S("a"), {S("b")}) == "'b' None None");
}

TEST_CASE("args: optional groups") {
  init();
  static const Signature log("math.log(x, [base=math.e])");
  CHECK(bind(log, Value::null(), {I(1)}) == "1 <null>");
  CHECK(bind(log, Value::null(), {I(1), I(2)}) == "1 2");
  CHECK(bind(log, Value::null(), {}) == "TypeError: math.log requires 1 to 2 arguments");
  CHECK(bind(log, Value::null(), {I(1), I(2), I(3)}) == "TypeError: math.log requires 1 to 2 arguments");
  CHECK(bind(log, Value::null(), {}, {{"x", I(1)}}) == "TypeError: log() takes no keyword arguments");
}

TEST_CASE("args: _PyArg_UnpackKeywords wording") {
  init();
  static const Signature split("split($self, /, sep=None, maxsplit=-1)");
  Value s = S("a");
  CHECK(bind(split, s, {I(1), I(2), I(3)}) == "TypeError: split() takes at most 2 arguments (3 given)");
  CHECK(bind(split, s, {}, {{"x", I(1)}}) == "TypeError: 'x' is an invalid keyword argument for split()");
  CHECK(bind(split, s, {S("b")}, {{"sep", S("c")}}) ==
        "TypeError: argument for split() given by name ('sep') and position (1)");
  CHECK(bind(split, s, {S("b")}, {{"maxsplit", I(1)}, {"sep", S("c")}}) ==
        "TypeError: split() takes at most 2 arguments (3 given)");
  CHECK(bind(split, s, {}, {{"sep", I(1)}, {"maxsplit", I(2)}, {"x", I(3)}}) ==
        "TypeError: split() takes at most 2 keyword arguments (3 given)");

  static const Signature round("round(number, ndigits=None)");
  CHECK(bind(round, Value::null(), {}) == "TypeError: round() missing required argument 'number' (pos 1)");
  CHECK(bind(round, Value::null(), {I(1)}, {{"number", I(1)}}) ==
        "TypeError: argument for round() given by name ('number') and position (1)");

  static const Signature to_bytes("to_bytes($self, /, length=1, byteorder='big', *, signed=False)");
  CHECK(bind(to_bytes, I(1), {I(1), S("big"), I(1)}) ==
        "TypeError: to_bytes() takes at most 2 positional arguments (3 given)");
  CHECK(bind(to_bytes, I(1), {I(1), S("big"), I(1), I(2), I(3)}) ==
        "TypeError: to_bytes() takes at most 3 arguments (5 given)");
  CHECK(bind(to_bytes, I(1), {}, {{"length", I(1)}, {"byteorder", S("big")}, {"signed", I(1)}, {"x", I(2)}}) ==
        "TypeError: to_bytes() takes at most 3 keyword arguments (4 given)");
  CHECK(bind(to_bytes, I(1), {}, {{"signed", Value::boolean(true)}}) == "1 'big' True");

  static const Signature sort("sort($self, /, *, key=None, reverse=False)");
  CHECK(bind(sort, list(), {I(1)}) == "TypeError: sort() takes no positional arguments");
  CHECK(bind(sort, list(), {I(1)}, {{"key", Value::none()}}) == "TypeError: sort() takes no positional arguments");

  static const Signature sum("sum(iterable, /, start=0)");
  CHECK(bind(sum, Value::null(), {}, {{"iterable", list()}}) ==
        "TypeError: sum() takes at least 1 positional argument (0 given)");
  CHECK(bind(sum, Value::null(), {list()}, {{"iterable", I(2)}}) ==
        "TypeError: 'iterable' is an invalid keyword argument for sum()");

  static const Signature isclose("math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)");
  CHECK(bind(isclose, Value::null(), {I(1), I(2), I(3)}) ==
        "TypeError: isclose() takes exactly 2 positional arguments (3 given)");
  CHECK(bind(isclose, Value::null(), {}, {{"b", I(1)}}) ==
        "TypeError: isclose() missing required argument 'a' (pos 1)");

  static const Signature prod("math.prod(iterable, /, *, start=1)");
  CHECK(bind(prod, Value::null(), {}) == "TypeError: prod() takes exactly 1 positional argument (0 given)");
  CHECK(bind(prod, Value::null(), {I(1), I(2)}) == "TypeError: prod() takes exactly 1 positional argument (2 given)");

  // *args: _PyArg_UnpackKeywordsWithVararg has no upper bounds.
  static const Signature print("print(*args, sep=' ', end='\\n', file=None, flush=False)");
  CHECK(bind(print, Value::null(), {I(1), I(2)}, {{"sep", I(1)}, {"x", I(1)}}) ==
        "TypeError: 'x' is an invalid keyword argument for print()");
  CHECK(bind(print, Value::null(), {},
             {{"sep", I(1)}, {"end", I(2)}, {"file", I(3)}, {"flush", I(4)}, {"x", I(5)}}) ==
        "TypeError: 'x' is an invalid keyword argument for print()");
}

namespace {

// obj.name(*pos, **kw) through the real call path; the result's repr or the error.
std::string call_method(Value obj, const char* name, std::vector<Value> pos, Keywords kw = {}) {
  Call c(std::move(pos), std::move(kw));
  try {
    Value m = rt::getattr(obj, rt::intern(name));
    return rt::repr_string(rt::call(m, c.values.data(), c.nargs, c.kw()));
  } catch (const rt::PyError& e) {
    return rt::exception_summary(e.exc);
  }
}

}  // namespace

TEST_CASE("args: converted methods take keywords and say CPython's messages") {
  init();
  CHECK(call_method(S("a,b,c"), "split", {}, {{"sep", S(",")}, {"maxsplit", I(1)}}) == "['a', 'b,c']");
  CHECK(call_method(S("a,b,c"), "rsplit", {S(",")}, {{"maxsplit", I(1)}}) == "['a,b', 'c']");
  CHECK(call_method(S("a\nb"), "splitlines", {}, {{"keepends", Value::boolean(true)}}) == "['a\\n', 'b']");
  CHECK(call_method(S("a"), "split", {}, {{"x", I(1)}}) == "TypeError: 'x' is an invalid keyword argument for split()");
  CHECK(call_method(S("a"), "find", {}) == "TypeError: find() takes at least 1 argument (0 given)");
  CHECK(call_method(S("a"), "center", {I(3)}, {{"fillchar", S("*")}}) == "TypeError: str.center() takes no keyword arguments");

  Value l = Value::object(rt::new_list({I(2), I(3), I(1)}));
  CHECK(call_method(l, "sort", {}, {{"reverse", Value::boolean(true)}}) == "None");
  CHECK(rt::repr_string(l) == "[3, 2, 1]");
  CHECK(call_method(l, "sort", {I(1)}) == "TypeError: sort() takes no positional arguments");
  CHECK(call_method(l, "pop", {I(1), I(2)}) == "TypeError: pop expected at most 1 argument, got 2");
  CHECK(call_method(l, "append", {}) == "TypeError: list.append() takes exactly one argument (0 given)");

  Value d = Value::object(rt::new_dict());
  CHECK(call_method(d, "update", {}, {{"a", I(1)}}) == "None");
  CHECK(call_method(d, "get", {S("a")}) == "1");
  CHECK(call_method(d, "get", {}, {{"key", S("a")}}) == "TypeError: dict.get() takes no keyword arguments");
  CHECK(call_method(d, "keys", {I(1)}) == "TypeError: dict.keys() takes no arguments (1 given)");
  CHECK(call_method(rt::type_value(&rt::types::dict), "fromkeys", {S("ab"), I(0)}) == "{'a': 0, 'b': 0}");
  CHECK(call_method(rt::type_value(&rt::types::dict), "fromkeys", {}) ==
        "TypeError: fromkeys expected at least 1 argument, got 0");

  Value fs = rt::call(rt::type_value(&rt::types::frozenset), nullptr, 0);
  CHECK(call_method(fs, "copy", {I(1)}) == "TypeError: frozenset.copy() takes no arguments (1 given)");

  rt::Module* math = rt::make_native_module("math");
  Value m = Value::object(math);
  CHECK(call_method(m, "isclose", {I(1)}, {{"b", I(1)}, {"abs_tol", I(0)}}) == "True");
  CHECK(call_method(m, "prod", {rt::tuple_value({I(2), I(3)})}, {{"start", I(5)}}) == "30");
  CHECK(call_method(m, "sqrt", {}) == "TypeError: math.sqrt() takes exactly one argument (0 given)");
  CHECK(call_method(m, "log", {}) == "TypeError: math.log requires 1 to 2 arguments");
  CHECK(call_method(m, "comb", {I(1)}) == "TypeError: comb expected 2 arguments, got 1");
}
