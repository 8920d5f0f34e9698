// Every case of the grid that tests/unit/format/gen_format_grid.py asks
// python3 for at build time (format(value, spec) over int, float, str and
// complex values, and printf-style `fmt % (value,)`), run through the runtime's
// formatters: the text, or the exception type and message, must be CPython's.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "runtime/format.h"
#include "runtime/objects/containers.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/ops.h"
#include "runtime/runtime.h"

#ifndef FORMAT_GRID
#error "FORMAT_GRID must name the generated grid file"
#endif

using rt::Value;

namespace {

void init() {
  static bool done = (rt::init_runtime(), true);
  (void)done;
}

std::string unhex(const std::string& h) {
  std::string out;
  for (size_t i = 0; i + 1 < h.size(); i += 2) out += static_cast<char>(std::stoi(h.substr(i, 2), nullptr, 16));
  return out;
}

std::string hex(const std::string& s) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (unsigned char c : s) {
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return out;
}

double parse_double(const std::string& s) { return std::strtod(s.c_str(), nullptr); }

Value decode_value(const std::string& v) {
  switch (v[0]) {
    case 'i': return *rt::int_from_string(v.substr(1), 10, false);
    case 'f': return Value::from_double(parse_double(v.substr(1)));
    default: return rt::str_value(unhex(v.substr(1)));
  }
}

// What python3's outcome field says for a call: "=" + hex(text) or "!" + Name + ":" + hex(message).
template <class F>
std::string outcome(F f) {
  try {
    return "=" + hex(f());
  } catch (const rt::PyError& e) {
    return "!" + rt::type_name(e.exc) + ":" + hex(rt::str_string(e.exc));
  }
}

std::string run_case(const std::string& kind, const std::string& value, const std::string& spec) {
  if (kind == "complex") {
    size_t comma = value.find(',');
    double re = parse_double(value.substr(0, comma)), im = parse_double(value.substr(comma + 1));
    return outcome([&] { return rt::format_complex(re, im, spec); });
  }
  Value v = decode_value(value);
  if (kind == "parser") return outcome([&] { return rt::repr_string(rt::formatter_parser(v)); });
  if (kind == "fieldname") return outcome([&] { return rt::repr_string(rt::formatter_field_name_split(v)); });
  if (kind == "pct")
    return outcome([&] { return rt::str_percent_format(rt::str_value(spec), rt::tuple_value({v})).as<rt::Str>()->data; });
  return outcome([&] { return rt::format(v, rt::str_value(spec)).as<rt::Str>()->data; });
}

}  // namespace

TEST_CASE("format grid: the runtime formats every generated case as python3 does") {
  init();
  std::ifstream in(FORMAT_GRID);
  REQUIRE(in.good());
  std::map<std::string, size_t> cases, failures;
  std::string line;
  size_t shown = 0;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string kind, value, spec_hex, expected;
    std::getline(fields, kind, '\t');
    std::getline(fields, value, '\t');
    std::getline(fields, spec_hex, '\t');
    std::getline(fields, expected, '\t');
    std::string spec = unhex(spec_hex);
    std::string got = run_case(kind, value, spec);
    ++cases[kind];
    if (got != expected) {
      ++failures[kind];
      if (shown++ < 40) {
        auto show = [](const std::string& o) {
          size_t colon = o.find(':');
          if (o[0] == '=') return "'" + unhex(o.substr(1)) + "'";
          return o.substr(1, colon - 1) + ": " + unhex(o.substr(colon + 1));
        };
        FAIL_CHECK(kind << " " << value << " spec '" << spec << "': got " << show(got) << ", python3 gives "
                        << show(expected));
      }
    }
  }
  // Every kind is present in quantity: a missing or truncated grid fails.
  for (const char* kind : {"int", "float", "str", "complex", "pct", "parser", "fieldname"}) {
    INFO(kind);
    CHECK(cases[kind] > (std::string(kind) == "parser" || std::string(kind) == "fieldname" ? 10 : 1000));
    CHECK(failures[kind] == 0);
  }
}
