// The builtins namespace: one table of native functions, plus the built-in
// types (whose construct slots live here too) and the exception types.
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "runtime/codecs.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/containers.h"
#include "runtime/objects/exception_group.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/float.h"
#include "runtime/objects/frame.h"
#include "runtime/objects/generic_alias.h"
#include "runtime/objects/function.h"
#include "runtime/objects/complex.h"
#include "runtime/objects/int.h"
#include "runtime/match.h"
#include "runtime/methods_util.h"
#include "runtime/objects/generator.h"
#include "runtime/objects/set.h"
#include "runtime/objects/text_file.h"
#include "runtime/ops.h"
#include "runtime/warnings.h"
#include "runtime/runtime.h"
#include "runtime/builtins_site.h"
#include "runtime/objects/str.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/type.h"
#include "runtime/objects/layouts.h"

namespace rt {

namespace {

size_t kw_count(Tuple* kwnames) { return kwnames ? kwnames->items.size() : 0; }

void no_keywords(const char* name, Tuple* kwnames) {
  if (kw_count(kwnames)) raise(&exc::TypeError, std::string(name) + "() takes no keyword arguments");
}

void arg_range(const char* name, size_t nargs, size_t lo, size_t hi, Tuple* kwnames) {
  no_keywords(name, kwnames);
  if (nargs < lo)
    raise(&exc::TypeError, std::string(name) + " expected at least " + std::to_string(lo) + " argument" +
                               (lo == 1 ? "" : "s") + ", got " + std::to_string(nargs));
  if (nargs > hi)
    raise(&exc::TypeError, std::string(name) + " expected at most " + std::to_string(hi) + " argument" +
                               (hi == 1 ? "" : "s") + ", got " + std::to_string(nargs));
}

// ---- functions ------------------------------------------------------------------------

// print(*objects, sep=' ', end='\n', file=None, flush=False): writes each
// piece through file.write (sys.stdout when None), as CPython's builtin_print.
Value b_print(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("print(*args, sep=' ', end='\\n', file=None, flush=False)");
  Value named[4];
  Signature::Rest rest = sig.parse(self, args, nargs, kwnames, named);
  auto [sep_v, end_v, file, flush_v] = named;
  if (!sep_v.is_none() && !isinstance(sep_v, &types::str))
    raise(&exc::TypeError, "sep must be None or a string, not " + type_name(sep_v));
  if (!end_v.is_none() && !isinstance(end_v, &types::str))
    raise(&exc::TypeError, "end must be None or a string, not " + type_name(end_v));
  if (file.is_none()) {
    file = sys_stream("stdout");
    // sys.stdout may be None (pythonw, or deleted): print does nothing.
    if (file.is_none()) return Value::none();
  }
  std::string sep = sep_v.is_none() ? " " : sep_v.as<Str>()->data;
  std::string end = end_v.is_none() ? "\n" : end_v.as<Str>()->data;
  if (is_type(file, &types::text_file)) {
    // One write of the whole line: the same bytes, without a call per piece.
    std::string line;
    try {
      for (size_t i = 0; i < rest.nvarargs; ++i) {
        if (i) line += sep;
        line += str_string(rest.varargs[i]);
      }
    } catch (PyError&) {
      write_to(file, line);  // what CPython had written piece by piece before the failing str()
      throw;
    }
    line += end;
    write_to(file, line);
  } else {
    Value write = getattr(file, intern("write"));
    for (size_t i = 0; i < rest.nvarargs; ++i) {
      if (i) {
        Value s = str_value(sep);
        call(write, &s, 1);
      }
      Value s = to_str(rest.varargs[i]);
      call(write, &s, 1);
    }
    Value e = str_value(end);
    call(write, &e, 1);
  }
  if (truthy(flush_v)) flush_file(file);
  return Value::none();
}

Value b_len(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("len(obj, /)");
  sig.bind<1>(self, args, nargs, kwnames);
  return make_int(length(args[0]));
}

Value b_repr(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("repr(obj, /)");
  sig.bind<1>(self, args, nargs, kwnames);
  return repr(args[0]);
}

Value b_ascii(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("ascii(obj, /)");
  sig.bind<1>(self, args, nargs, kwnames);
  return str_value(ascii_escape(repr_string(args[0])));
}

// A builtin function that defers to a special method of its argument's class
// (abs -> __abs__, round -> __round__, ...); null when the class has none.
Value special_of(Value v, const char* name, Value* args = nullptr, size_t nargs = 0) {
  Type* t = type_of(v);
  if (!t->is_heap()) return Value::null();
  Value f = type_lookup(t, intern(name));
  if (f.is_null()) return Value::null();
  return call_with_self(f, v, t, args, nargs, nullptr);
}

Value b_abs(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("abs(x, /)");
  auto [v] = sig.bind<1>(self, args, nargs, kwnames);
  if (Value r = special_of(v, "__abs__"); !r.is_null()) return r;
  if (v.is_float()) return Value::from_double(std::fabs(v.as_float()));
  if (is_int(v)) return int_sign(v) < 0 ? int_negate(v) : (v.is_bool() ? make_int(v.is_true()) : v);
  if (Value r = slot_unary(Type::Unary::Absolute, v); !r.is_null()) return r;
  raise(&exc::TypeError, "bad operand type for abs(): '" + type_name(v) + "'");
}

// CPython's min_max: one iterable (consumed as it goes, not collected first)
// or several arguments; key= and default=.
Value min_max(const char* name, bool want_max, Value* args, size_t nargs, Tuple* kwnames) {
  size_t npos = nargs - kw_count(kwnames);
  Value key = Value::none(), dflt = Value::null();
  for (size_t k = 0; k < kw_count(kwnames); ++k) {
    const std::string& kn = kwnames->items[k].as<Str>()->data;
    if (kn == "key") key = args[npos + k];
    else if (kn == "default") dflt = args[npos + k];
    else raise(&exc::TypeError, "'" + kn + "' is an invalid keyword argument for " + name + "()");
  }
  if (npos == 0) raise(&exc::TypeError, std::string(name) + " expected at least 1 argument, got 0");
  if (npos > 1 && !dflt.is_null())
    raise(&exc::TypeError, std::string("Cannot specify a default for ") + name + "() with multiple positional arguments");
  Value it = npos == 1 ? iter(args[0]) : Value::null();
  size_t index = 0;
  auto next_item = [&]() { return npos == 1 ? next(it) : index < npos ? args[index++] : Value::null(); };
  const bytecode::CompareOp op = want_max ? bytecode::CompareOp::Gt : bytecode::CompareOp::Lt;
  Value best = Value::null(), best_key = Value::null();
  for (Value item = next_item(); !item.is_null(); item = next_item()) {
    Value k = key.is_none() ? item : call(key, &item, 1);
    if (best.is_null()) {
      best = item;
      best_key = k;
      continue;
    }
    bool better = both_small_ints(k, best_key)
                      ? (want_max ? k.as_small_int() > best_key.as_small_int() : k.as_small_int() < best_key.as_small_int())
                      : truthy(compare(op, k, best_key));
    if (better) {
      best = item;
      best_key = k;
    }
  }
  if (best.is_null()) {
    if (!dflt.is_null()) return dflt;
    raise(&exc::ValueError, std::string(name) + "() arg is an empty sequence");
  }
  return best;
}
Value b_min(Value, Value* args, size_t nargs, Tuple* kw) { return min_max("min", false, args, nargs, kw); }
Value b_max(Value, Value* args, size_t nargs, Tuple* kw) { return min_max("max", true, args, nargs, kw); }

// CPython's builtin_sum_impl: items consumed as they come, with its fast
// paths (exact ints added in 64 bits while they fit, floats in a double).
Value b_sum(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("sum(iterable, /, start=0)");
  auto [iterable, start] = sig.bind<2>(self, args, nargs, kwnames);
  if (is_type(start, &types::str)) raise(&exc::TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  Value it = iter(iterable);
  Value total = start;
  Value item = next(it);
  if (total.is_small_int()) {
    int64_t acc = total.as_small_int();
    for (; !item.is_null(); item = next(it)) {
      int64_t v, r;
      if (item.is_small_int()) v = item.as_small_int();
      else if (item.is_bool()) v = item.is_true();
      else break;
      if (__builtin_add_overflow(acc, v, &r)) break;  // the general way takes this item
      acc = r;
    }
    total = make_int(acc);
  }
  while (!item.is_null()) {
    if (total.is_float()) {
      double acc = total.as_float();
      for (; !item.is_null(); item = next(it)) {
        if (item.is_float()) acc += item.as_float();
        else if (item.is_small_int()) acc += static_cast<double>(item.as_small_int());
        else if (item.is_bool()) acc += item.is_true();
        else break;
      }
      total = Value::from_double(acc);
      if (item.is_null()) break;
    }
    total = binary_op(bytecode::BinaryOp::Add, total, item);
    item = next(it);
  }
  return total;
}



Value b_hash(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("hash(obj, /)");
  sig.bind<1>(self, args, nargs, kwnames);
  return make_int(hash(args[0]));
}


Value b_chr(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("chr(i, /)");
  sig.bind<1>(self, args, nargs, kwnames);
  int64_t cp = index_value(args[0], "chr");
  if (cp < 0 || cp > 0x10FFFF) raise(&exc::ValueError, "chr() arg not in range(0x110000)");
  std::string s;
  text::append_utf8(s, static_cast<uint32_t>(cp));
  return Value::object(intern(s));
}

Value b_ord(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("ord(c, /)");
  sig.bind<1>(self, args, nargs, kwnames);
  if (!is_type(args[0], &types::str))
    raise(&exc::TypeError, "ord() expected string of length 1, but " + type_name(args[0]) + " found");
  Str* s = args[0].as<Str>();
  if (s->length != 1)
    raise(&exc::TypeError, "ord() expected a character, but string of length " + std::to_string(s->length) + " found");
  return make_int(s->code_point_at(0));
}

Value b_format(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("format(value, format_spec='', /)");
  auto [value, spec] = sig.bind<2>(self, args, nargs, kwnames);
  if (!is_type(spec, &types::str))
    raise(&exc::TypeError, "format() argument 2 must be str, not " + type_name(spec));
  return format(value, spec);
}

Value b_divmod(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("divmod(x, y, /)");
  sig.bind<2>(self, args, nargs, kwnames);
  bool numbers = (is_int(args[0]) || args[0].is_float()) && (is_int(args[1]) || args[1].is_float());
  if (!numbers && !type_of(args[0])->is_heap() && !type_of(args[1])->is_heap())
    raise(&exc::TypeError, "unsupported operand type(s) for divmod(): '" + type_name(args[0]) + "' and '" +
                               type_name(args[1]) + "'");
  if (type_of(args[0])->is_heap() || type_of(args[1])->is_heap())
    return dunder_binary_named(args[0], args[1], "__divmod__", "__rdivmod__", "divmod()");
  if (!is_int(args[0]) || !is_int(args[1])) {
    double a = args[0].is_float() ? args[0].as_float() : int_to_double(args[0]);
    double b = args[1].is_float() ? args[1].as_float() : int_to_double(args[1]);
    return float_divmod(a, b);
  }
  return tuple_value({binary_op(bytecode::BinaryOp::FloorDivide, args[0], args[1]),
                      binary_op(bytecode::BinaryOp::Remainder, args[0], args[1])});
}

Value b_pow(Value self, Value* call_args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("pow(base, exp, mod=None)");
  std::array<Value, 3> args = sig.bind<3>(self, call_args, nargs, kwnames);
  if (!args[2].is_none()) {
    if (type_of(args[0])->is_heap()) {
      Value r = special_of(args[0], "__pow__", args.data() + 1, 2);
      if (!r.is_null() && r != not_implemented()) return r;
    }
    if (is_int(args[0]) && is_int(args[1]) && is_int(args[2])) return int_pow_mod(args[0], args[1], args[2]);
    // complex's and float's __pow__ refuse a modulus, each in its own words.
    auto numeric = [](Value v) { return is_int(v) || isinstance(v, &types::float_) || is_complex(v); };
    if (numeric(args[0]) && numeric(args[1]) && numeric(args[2])) {
      if (is_complex(args[0]) || is_complex(args[1]) || is_complex(args[2]))
        raise(&exc::ValueError, "complex modulo");
      raise(&exc::TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    }
    raise(&exc::TypeError, "unsupported operand type(s) for ** or pow(): '" + type_name(args[0]) + "', '" +
                               type_name(args[1]) + "', '" + type_name(args[2]) + "'");
  }
  return binary_op(bytecode::BinaryOp::Power, args[0], args[1]);
}

Value b_round(Value self, Value* call_args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("round(number, ndigits=None)");
  std::array<Value, 2> args = sig.bind<2>(self, call_args, nargs, kwnames);
  Value x = args[0];
  if (type_of(x)->is_heap()) {
    Value r = special_of(x, "__round__", args.data() + 1, args[1].is_none() ? 0 : 1);
    if (!r.is_null()) return r;
    x = float_value(x);  // a float subclass rounds as a float
    if (!is_int(x) && !x.is_float())
      raise(&exc::TypeError, "type " + type_name(x) + " doesn't define __round__ method");
  }
  bool has_digits = !args[1].is_none();
  if (is_int(x)) {
    if (!has_digits) return x.is_bool() ? make_int(x.is_true()) : x;
    Value n = as_index(args[1]);
    if (int_sign(n) >= 0) return x.is_bool() ? make_int(x.is_true()) : x;
    // 10**k beyond any int's size: everything rounds to 0.
    if (auto k = int_as_int64(int_negate(n)); !k || *k > (int64_t{1} << 32)) return make_int(0);
    Value p = binary_op(bytecode::BinaryOp::Power, make_int(10), int_negate(n));
    Value q = binary_op(bytecode::BinaryOp::FloorDivide, x, p);
    Value r = binary_op(bytecode::BinaryOp::Subtract, x, binary_op(bytecode::BinaryOp::Multiply, q, p));
    Value twice = binary_op(bytecode::BinaryOp::Multiply, r, make_int(2));
    int c = int_compare(twice, p);
    if (c > 0 || (c == 0 && int_sign(binary_op(bytecode::BinaryOp::Remainder, q, make_int(2))) != 0))
      q = binary_op(bytecode::BinaryOp::Add, q, make_int(1));
    return binary_op(bytecode::BinaryOp::Multiply, q, p);
  }
  if (!x.is_float()) raise(&exc::TypeError, "type " + type_name(x) + " doesn't define __round__ method");
  double d = x.as_float();
  if (!has_digits) {
    double r = std::nearbyint(d);  // default rounding mode: half to even
    return int_from_double(r);
  }
  Value n = as_index(args[1]);
  auto nd = int_as_int64(n);
  return Value::from_double(float_round(d, nd ? *nd : (int_sign(n) > 0 ? INT64_MAX : INT64_MIN)));
}

Value b_sorted(Value, Value* args, size_t nargs, Tuple* kwnames) {
  size_t npos = nargs - kw_count(kwnames);
  if (npos != 1) raise(&exc::TypeError, "sorted expected 1 argument, got " + std::to_string(npos));
  Value key = Value::none();
  bool reverse = false;
  for (size_t k = 0; k < kw_count(kwnames); ++k) {
    const std::string& kn = kwnames->items[k].as<Str>()->data;
    if (kn == "key") key = args[npos + k];
    else if (kn == "reverse") reverse = truthy(args[npos + k]);
    else raise(&exc::TypeError, "'" + kn + "' is an invalid keyword argument for sort()");
  }
  std::vector<Value> items = iterate(args[0]);
  sort_values(items, key, reverse);
  return Value::object(new_list(std::move(items)));
}

Value b_iter(Value, Value* args, size_t nargs, Tuple* kwnames) {
  arg_range("iter", nargs, 1, 2, kwnames);
  if (nargs == 2) return new_callable_iterator(args[0], args[1]);
  return iter(args[0]);
}

Value b_next(Value self, Value* call_args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("next(iterator, default=<unrepresentable>, /)");
  std::array<Value, 2> args = sig.bind<2>(self, call_args, nargs, kwnames);
  Type* it_type = type_of(args[0]);
  if (it_type == &types::generator && args[1].is_null()) {
    // A generator's return value travels in the StopIteration.
    Value f = type_lookup(it_type, names::next);
    return call_with_self(f, args[0], it_type, nullptr, 0, nullptr);
  }
  if (it_type->is_heap() && args[1].is_null()) {
    // A Python __next__'s own StopIteration (with its value) propagates.
    Value f = type_lookup(it_type, names::next);
    if (!f.is_null()) return call_with_self(f, args[0], it_type, nullptr, 0, nullptr);
  }
  Value v = next(args[0]);
  if (v.is_null()) {
    if (!args[1].is_null()) return args[1];
    raise_value(Value::object(new_exception_args(&exc::StopIteration, {})));
  }
  return v;
}

Value any_all(const Signature& sig, bool want, Value* args, size_t nargs, Tuple* kwnames) {
  sig.bind<1>(Value::null(), args, nargs, kwnames);
  Value it = iter(args[0]);
  for (Value x = next(it); !x.is_null(); x = next(it))
    if (truthy(x) == want) return Value::boolean(want);
  return Value::boolean(!want);
}
Value b_any(Value, Value* a, size_t n, Tuple* k) {
  static const Signature sig("any(iterable, /)");
  return any_all(sig, true, a, n, k);
}
Value b_all(Value, Value* a, size_t n, Tuple* k) {
  static const Signature sig("all(iterable, /)");
  return any_all(sig, false, a, n, k);
}

Value base_string(const Signature& sig, int base, const char* prefix, Value* args, size_t nargs, Tuple* kwnames) {
  sig.bind<1>(Value::null(), args, nargs, kwnames);
  Value v = as_index(args[0]);
  bool negative = int_sign(v) < 0;
  std::string out = negative ? "-" : "";
  out.append(prefix);
  out.append(int_to_string(negative ? int_negate(v) : v, base));
  return str_value(std::move(out));
}
Value b_hex(Value, Value* a, size_t n, Tuple* k) {
  static const Signature sig("hex(number, /)");
  return base_string(sig, 16, "0x", a, n, k);
}
Value b_bin(Value, Value* a, size_t n, Tuple* k) {
  static const Signature sig("bin(number, /)");
  return base_string(sig, 2, "0b", a, n, k);
}
Value b_oct(Value, Value* a, size_t n, Tuple* k) {
  static const Signature sig("oct(number, /)");
  return base_string(sig, 8, "0o", a, n, k);
}


// input([prompt]): the prompt to sys.stdout (flushed), a line from sys.stdin
// without its newline; EOFError at end of file (CPython's builtin_input, the
// non-interactive path).
Value b_input(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("input(prompt=<unrepresentable>, /)");
  auto [prompt_arg] = sig.bind<1>(self, args, nargs, kwnames);
  Value in = sys_stream("stdin"), out = sys_stream("stdout"), err = sys_stream("stderr");
  if (in.is_none()) raise(&exc::RuntimeError, "input(): lost sys.stdin");
  if (out.is_none()) raise(&exc::RuntimeError, "input(): lost sys.stdout");
  if (!err.is_none()) {
    try {
      flush_file(err);
    } catch (PyError&) {
    }
  }
  if (!prompt_arg.is_null()) write_to(out, str_string(prompt_arg));
  flush_file(out);
  Value line = is_type(in, &types::text_file) ? text_file_readline(in) : call(getattr(in, intern("readline")), nullptr, 0);
  if (!isinstance(line, &types::str)) raise(&exc::TypeError, "object.readline() returned non-string");
  const std::string& text = line.as<Str>()->data;
  if (text.empty()) raise(&exc::EOFError, "EOF when reading a line");
  if (text.back() == '\n') return str_value(text.substr(0, text.size() - 1));
  return line;
}

struct BuiltinEntry {
  const char* name;
  NativeFn fn;
};

// The one table of builtin functions.
const BuiltinEntry kBuiltins[] = {
    {"print", b_print},   {"len", b_len},       {"repr", b_repr},     {"abs", b_abs},
    {"min", b_min},       {"max", b_max},       {"sum", b_sum},
    {"hash", b_hash},         {"chr", b_chr},       {"ord", b_ord},
    {"format", b_format}, {"divmod", b_divmod}, {"pow", b_pow},       {"round", b_round},
    {"sorted", b_sorted}, {"iter", b_iter},     {"next", b_next},     {"any", b_any},
    {"all", b_all},       {"hex", b_hex},       {"bin", b_bin},       {"oct", b_oct},
    {"input", b_input}, {"ascii", b_ascii},
};

// ---- type constructors ---------------------------------------------------------------

Value c_int(Value, Value* args, size_t nargs, Tuple* kwnames) {
  size_t npos = nargs - kw_count(kwnames);
  Value base_value = Value::null();
  for (size_t k = 0; k < kw_count(kwnames); ++k) {
    if (kwnames->items[k].as<Str>()->data != "base")
      raise(&exc::TypeError, "'" + kwnames->items[k].as<Str>()->data + "' is an invalid keyword argument for int()");
    base_value = args[npos + k];
  }
  if (npos > 2) raise(&exc::TypeError, "int() takes at most 2 arguments (" + std::to_string(npos) + " given)");
  if (npos == 2) base_value = args[1];
  if (npos == 0) {
    if (!base_value.is_null()) raise(&exc::TypeError, "int() missing string argument");
    return make_int(0);
  }
  Value x = args[0];
  if (!base_value.is_null()) {
    int64_t base = index_value(base_value, "base");
    if (base != 0 && (base < 2 || base > 36)) raise(&exc::ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (auto b = simple_buffer(x); b && !is_type(x, &types::str)) return int_from_buffer(*b, static_cast<int>(base));
    if (!is_type(x, &types::str)) raise(&exc::TypeError, "int() can't convert non-string with explicit base");
    auto r = int_from_string(x.as<Str>()->data, static_cast<int>(base));
    if (!r)
      raise(&exc::ValueError, "invalid literal for int() with base " + std::to_string(base) + ": " +
                                  text::repr_str(x.as<Str>()->data));
    return *r;
  }
  if (x.is_bool()) return make_int(x.is_true() ? 1 : 0);
  if (type_of(x)->is_heap()) {
    // __int__, then __index__, then __trunc__ (CPython 3.11's PyNumber_Long).
    for (const char* name : {"__int__", "__index__", "__trunc__"}) {
      Value r = special_of(x, name);
      if (r.is_null()) continue;
      if (!is_int(r))
        raise(&exc::TypeError, std::string(name) + " returned non-int (type " + type_name(r) + ")");
      if (type_of(r) != &types::int_) {
        // A bool or int subclass is accepted with a DeprecationWarning, as an exact int.
        warn(&exc::DeprecationWarning, std::string(name) + " returned non-int (type " + type_name(r) +
                                           ").  The ability to return an instance of a strict subclass of int is "
                                           "deprecated, and may be removed in a future version of Python.");
        return binary_op(bytecode::BinaryOp::Add, r, make_int(0));
      }
      return r;
    }
  }
  if (is_int(x)) return x;
  if (x.is_float()) return int_from_double(x.as_float());
  if (is_type(x, &types::str)) {
    auto r = int_from_string(x.as<Str>()->data, 10);
    if (!r) raise(&exc::ValueError, "invalid literal for int() with base 10: " + text::repr_str(x.as<Str>()->data));
    return *r;
  }
  if (auto b = simple_buffer(x)) return int_from_buffer(*b, 10);
  raise(&exc::TypeError, "int() argument must be a string, a bytes-like object or a real number, not '" +
                             type_name(x) + "'");
}

Value c_float(Value, Value* args, size_t nargs, Tuple* kwnames) {
  no_keywords("float", kwnames);
  if (nargs > 1) raise(&exc::TypeError, "float expected at most 1 argument, got " + std::to_string(nargs));
  if (nargs == 0) return Value::from_double(0.0);
  Value x = args[0];
  if (x.is_float()) return x;
  if (type_of(x)->is_heap()) {
    Value r = special_of(x, "__float__");
    if (!r.is_null()) {
      if (!r.is_float()) raise(&exc::TypeError, type_name(x) + ".__float__ returned non-float (type " + type_name(r) + ")");
      return r;
    }
    r = special_of(x, "__index__");
    if (!r.is_null()) return Value::from_double(int_to_double(r));
  }
  if (is_int(x)) return Value::from_double(int_to_double(x));
  if (is_type(x, &types::str)) {
    auto d = float_from_string(x.as<Str>()->data);
    if (!d) raise(&exc::ValueError, "could not convert string to float: " + text::repr_str(x.as<Str>()->data));
    return Value::from_double(*d);
  }
  if (auto b = simple_buffer(x)) {
    std::string text(*b);
    auto d = float_from_string(text);
    if (!d) raise(&exc::ValueError, "could not convert string to float: " + bytes_repr(text));
    return Value::from_double(*d);
  }
  raise(&exc::TypeError, "float() argument must be a string or a real number, not '" + type_name(x) + "'");
}

Value c_str(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  // str(object, encoding, errors) and keyword forms decode (codecs.cpp).
  if (nargs > 1 || (kwnames && !kwnames->items.empty())) return str_construct_decoding(self, args, nargs, kwnames);
  if (nargs == 0) return Value::object(intern(""));
  return to_str(args[0]);
}

Value c_bool(Value, Value* args, size_t nargs, Tuple* kwnames) {
  no_keywords("bool", kwnames);
  if (nargs > 1) raise(&exc::TypeError, "bool expected at most 1 argument, got " + std::to_string(nargs));
  return Value::boolean(nargs == 1 && truthy(args[0]));
}

Value c_list(Value, Value* args, size_t nargs, Tuple* kwnames) {
  no_keywords("list", kwnames);
  if (nargs > 1) raise(&exc::TypeError, "list expected at most 1 argument, got " + std::to_string(nargs));
  return Value::object(new_list(nargs ? iterate(args[0]) : std::vector<Value>{}));
}

Value c_tuple(Value, Value* args, size_t nargs, Tuple* kwnames) {
  no_keywords("tuple", kwnames);
  if (nargs > 1) raise(&exc::TypeError, "tuple expected at most 1 argument, got " + std::to_string(nargs));
  if (nargs == 1 && is_type(args[0], &types::tuple)) return args[0];
  return tuple_value(nargs ? iterate(args[0]) : std::vector<Value>{});
}

}  // namespace
void dict_update_arg(Dict* d, Value other);  // dict_methods.cpp: CPython's dict_update_arg
namespace {

Value c_dict(Value, Value* args, size_t nargs, Tuple* kwnames) {
  size_t npos = nargs - kw_count(kwnames);
  if (npos > 1) raise(&exc::TypeError, "dict expected at most 1 argument, got " + std::to_string(npos));
  Dict* d = new_dict();
  if (npos == 1) dict_update_arg(d, args[0]);
  for (size_t k = 0; k < kw_count(kwnames); ++k) d->set(kwnames->items[k], args[npos + k]);
  return Value::object(d);
}

Value c_range(Value, Value* args, size_t nargs, Tuple* kwnames) {
  no_keywords("range", kwnames);
  if (nargs == 0) raise(&exc::TypeError, "range expected at least 1 argument, got 0");
  if (nargs > 3) raise(&exc::TypeError, "range expected at most 3 arguments, got " + std::to_string(nargs));
  int64_t v[3];
  bool big = false;
  for (size_t i = 0; i < nargs; ++i) {
    args[i] = as_index(args[i]);
    auto x = int_as_int64(args[i]);
    if (!x || *x > (int64_t{1} << 62) || *x < -(int64_t{1} << 62)) big = true;
    else v[i] = *x;
  }
  if (big) {
    Value start = nargs == 1 ? make_int(0) : args[0];
    Value stop = nargs == 1 ? args[0] : args[1];
    Value step = nargs == 3 ? args[2] : make_int(1);
    if (int_sign(step) == 0) raise(&exc::ValueError, "range() arg 3 must not be zero");
    auto norm = [](Value x) { return x.is_bool() ? make_int(x.is_true()) : x; };
    return Value::object(heap().make<Range>(norm(start), norm(stop), norm(step)));
  }
  int64_t start = 0, stop, step = 1;
  if (nargs == 1) stop = v[0];
  else {
    start = v[0];
    stop = v[1];
    if (nargs == 3) step = v[2];
  }
  if (step == 0) raise(&exc::ValueError, "range() arg 3 must not be zero");
  return Value::object(heap().make<Range>(start, stop, step));
}


Value c_slice(Value, Value* args, size_t nargs, Tuple* kwnames) {
  arg_range("slice", nargs, 1, 3, kwnames);
  if (nargs == 1) return Value::object(heap().make<Slice>(Value::none(), args[0], Value::none()));
  return Value::object(heap().make<Slice>(args[0], args[1], nargs == 3 ? args[2] : Value::none()));
}

Dict* the_builtins = nullptr;

}  // namespace

void flush_stdout() { flush_all_files(); }

Dict* builtins_dict() {
  if (the_builtins) return the_builtins;
  Dict* d = new_dict();
  the_builtins = d;
  for (const auto& b : kBuiltins) d->set_str(intern(b.name), Value::object(heap().make<Builtin>(b.name, b.fn)));
  types::int_.construct = c_int;
  types::float_.construct = c_float;
  types::str.construct = c_str;
  types::bool_.construct = c_bool;
  types::list.construct = c_list;
  types::tuple.construct = c_tuple;
  types::dict.construct = c_dict;
  types::range.construct = c_range;
  types::slice.construct = c_slice;
  for (Type* t : {&types::int_, &types::float_, &types::str, &types::bool_, &types::list, &types::tuple,
                  &types::dict, &types::range, &types::type, &types::object, &types::slice, &types::complex})
    d->set_str(intern(t->name), type_value(t));
  for (Type* t : exception_types()) d->set_str(intern(t->name), type_value(t));
  install_object_builtins(d);
  d->set_str(intern("IOError"), type_value(&exc::OSError));
  d->set_str(intern("EnvironmentError"), type_value(&exc::OSError));
  install_iterator_types(d);
  install_code_type();
  install_function_attributes();
  install_cell_type();
  install_frame_type();
  install_generator_type();
  install_coroutine_types();
  install_async_generator_types();
  install_set_types(d);
  for (Type* t : {&types::bytes, &types::bytearray, &types::memoryview}) d->set_str(intern(t->name), type_value(t));
  install_text_file_type(d);
  install_site_builtins(d);
  d->set_str(intern("NotImplemented"), not_implemented());
  d->set_str(intern("Ellipsis"), ellipsis());
  d->set_str(intern("__name__"), Value::object(intern("builtins")));
  return d;
}

void init_runtime() {
  static bool done = false;
  if (done) return;
  done = true;
  const char* stress = std::getenv("PYVM_GC_STRESS");
  if (stress && *stress == '1') heap().set_stress(true);
  names::init_all();
  init_types();
  install_str_methods();
  install_list_methods();
  install_dict_methods();
  install_object_methods();
  install_type_methods();
  install_descriptor_types();
  install_exception_methods();
  install_exception_group_methods();
  install_syntax_error_methods();
  install_builtin_inits();
  install_int_methods();
  install_bytes_types();  // bytes, bytearray, memoryview, codecs, int.to_bytes/from_bytes
  install_complex_type();
  install_float_methods();
  install_mappingproxy();
  install_generic_alias();
  install_union_type();
  install_callable_iterator();
  // Every C++-defined type gets its MRO, version tag and inherited slots,
  // then the operator methods (int.__add__, ...) join the dicts.
  init_match_flags();
  for (Type* t : all_static_types()) type_ready(t);
  install_operator_wrappers();
  // Builtins CPython refuses as bases ("type 'bool' is not an acceptable base type").
  for (Type* t : {&types::bool_, &types::none, &types::range, &types::slice, &types::function, &types::builtin, &types::method_descr,
                  &types::cell, &types::code, &types::not_implemented, &types::ellipsis})
    t->flags &= ~kBaseType;
  heap().add_root_provider([](Tracer& t) {
    trace_interned(t);
    t.mark(the_builtins);
  });
  builtins_dict();  // sets the builtin types' constructors
  for (Type* t : all_static_types()) install_builtin_new(t);
  // The unbound methods in the builtin types' dicts are method descriptors.
  for (Type* t : all_static_types())
    for (const auto& e : t->dict->entries)
      if (!e.value.is_null() && is_type(e.value, &types::builtin) && e.value.as<Builtin>()->method_of &&
          e.value.as<Builtin>()->self.is_null())
        e.value.as_object()->type = &types::method_descr;
}

}  // namespace rt
