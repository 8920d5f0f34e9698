// complex (CPython 3.11's Objects/complexobject.c): the value type, its
// constructor, operator slots, hash, repr and methods. complex.__format__
// calls the format-spec mini-language in format_spec.cpp (format_complex).
#include "runtime/objects/complex.h"

#include <cerrno>
#include <cmath>
#include <cstring>

#include "runtime/args.h"
#include "runtime/format.h"
#include "runtime/methods_util.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/layouts.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type.h"
#include "runtime/ops.h"
#include "runtime/warnings.h"
#include "text/repr.h"

namespace rt {

namespace types {
Type complex("complex", &object);
}

using bytecode::BinaryOp;
using bytecode::CompareOp;

Value make_complex(double real, double imag) {
  Complex* c = heap().make<Complex>(&types::complex);
  c->real = real;
  c->imag = imag;
  return Value::object(c);
}

bool is_complex(Value v) { return v.is_object() && is_subtype(v.as_object()->type, &types::complex); }

CDouble complex_value(Value v) {
  const Complex* c = v.as<Complex>();
  return {c->real, c->imag};
}

std::optional<CDouble> as_complex_operand(Value v) {
  if (v.is_float()) return CDouble{v.as_float(), 0.0};
  if (is_int(v)) return CDouble{int_to_double(v), 0.0};
  if (is_complex(v)) return complex_value(v);
  if (v.is_object() && is_subtype(v.as_object()->type, &types::float_)) return CDouble{float_value(v).as_float(), 0.0};
  return std::nullopt;
}

// ---- arithmetic (CPython's _Py_c_*) ----------------------------------------------------

CDouble c_sum(CDouble a, CDouble b) { return {a.real + b.real, a.imag + b.imag}; }
CDouble c_diff(CDouble a, CDouble b) { return {a.real - b.real, a.imag - b.imag}; }
CDouble c_prod(CDouble a, CDouble b) {
  return {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

// Smith's algorithm: divide through by the larger component of b so that
// neither intermediate product overflows needlessly.
CDouble c_quot(CDouble a, CDouble b, int& err) {
  const double abs_breal = std::fabs(b.real), abs_bimag = std::fabs(b.imag);
  if (abs_breal >= abs_bimag) {
    if (abs_breal == 0.0) {
      err = EDOM;
      return {0.0, 0.0};
    }
    const double ratio = b.imag / b.real;
    const double denom = b.real + b.imag * ratio;
    return {(a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom};
  }
  if (abs_bimag >= abs_breal) {
    const double ratio = b.real / b.imag;
    const double denom = b.real * ratio + b.imag;
    return {(a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom};
  }
  return {NAN, NAN};  // a NaN in b
}

CDouble c_pow(CDouble a, CDouble b, int& err) {
  if (b.real == 0.0 && b.imag == 0.0) return {1.0, 0.0};
  if (a.real == 0.0 && a.imag == 0.0) {
    if (b.imag != 0.0 || b.real < 0.0) err = EDOM;
    return {0.0, 0.0};
  }
  const double vabs = std::hypot(a.real, a.imag);
  double len = std::pow(vabs, b.real);
  const double at = std::atan2(a.imag, a.real);
  double phase = at * b.real;
  if (b.imag != 0.0) {
    len /= std::exp(at * b.imag);
    phase += b.imag * std::log(vabs);
  }
  return {len * std::cos(phase), len * std::sin(phase)};
}

namespace {

// Integer powers by repeated squaring (CPython's c_powu/c_powi): more
// accurate than the polar form for the small exponents programs use.
CDouble c_powu(CDouble x, long n) {
  CDouble r{1.0, 0.0}, p = x;
  for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
    if (n & mask) r = c_prod(r, p);
    p = c_prod(p, p);
  }
  return r;
}

CDouble c_powi(CDouble x, long n, int& err) {
  if (n > 0) return c_powu(x, n);
  return c_quot({1.0, 0.0}, c_powu(x, -n), err);
}

}  // namespace

double c_abs(CDouble z, int& err) {
  if (!std::isfinite(z.real) || !std::isfinite(z.imag)) {
    // An infinite part wins over a NaN (C99 Annex G's hypot).
    if (std::isinf(z.real)) return std::fabs(z.real);
    if (std::isinf(z.imag)) return std::fabs(z.imag);
    return NAN;
  }
  double r = std::hypot(z.real, z.imag);
  if (!std::isfinite(r)) err = ERANGE;
  return r;
}

Value complex_power(CDouble a, CDouble b) {
  int err = 0;
  CDouble p;
  if (b.imag == 0.0 && b.real == std::floor(b.real) && std::fabs(b.real) <= 100.0)
    p = c_powi(a, static_cast<long>(b.real), err);
  else
    p = c_pow(a, b, err);
  if (std::isinf(p.real) || std::isinf(p.imag)) {
    if (err == 0) err = ERANGE;
  } else if (err == ERANGE) {
    err = 0;
  }
  if (err == EDOM) raise(&exc::ZeroDivisionError, "0.0 to a negative or complex power");
  if (err == ERANGE) raise(&exc::OverflowError, "complex exponentiation");
  return make_complex(p.real, p.imag);
}

namespace {

Value complex_binary(BinaryOp op, Value a, Value b) {
  int code = static_cast<int>(op);
  if (code >= static_cast<int>(BinaryOp::InplaceAdd)) code -= static_cast<int>(BinaryOp::InplaceAdd);
  switch (static_cast<BinaryOp>(code)) {
    case BinaryOp::Add: case BinaryOp::Subtract: case BinaryOp::Multiply:
    case BinaryOp::TrueDivide: case BinaryOp::Power:
      break;
    default:
      return Value::null();
  }
  auto x = as_complex_operand(a);
  if (!x) return Value::null();
  auto y = as_complex_operand(b);
  if (!y) return Value::null();
  CDouble r;
  switch (static_cast<BinaryOp>(code)) {
    case BinaryOp::Add: r = c_sum(*x, *y); break;
    case BinaryOp::Subtract: r = c_diff(*x, *y); break;
    case BinaryOp::Multiply: r = c_prod(*x, *y); break;
    case BinaryOp::TrueDivide: {
      int err = 0;
      r = c_quot(*x, *y, err);
      if (err == EDOM) raise(&exc::ZeroDivisionError, "complex division by zero");
      break;
    }
    default: return complex_power(*x, *y);
  }
  return make_complex(r.real, r.imag);
}

// Only == and != (CPython's complex_richcompare); an int is compared exactly.
Value complex_richcompare(CompareOp op, Value a, Value b) {
  if (op != CompareOp::Eq && op != CompareOp::Ne) return Value::null();
  if (!is_complex(a)) std::swap(a, b);
  CDouble x = complex_value(a);
  bool same;
  if (is_int(b)) {
    same = x.imag == 0.0 && truthy(compare(CompareOp::Eq, Value::from_double(x.real), b));
  } else if (b.is_float() || isinstance(b, &types::float_)) {
    same = x.imag == 0.0 && x.real == float_value(b).as_float();
  } else if (is_complex(b)) {
    CDouble y = complex_value(b);
    same = x.real == y.real && x.imag == y.imag;
  } else {
    return Value::null();
  }
  return Value::boolean(op == CompareOp::Eq ? same : !same);
}

Value complex_unary(Type::Unary op, Value v) {
  CDouble z = complex_value(v);
  switch (op) {
    case Type::Unary::Negative: return make_complex(-z.real, -z.imag);
    case Type::Unary::Positive: return make_complex(z.real, z.imag);
    case Type::Unary::Absolute: {
      int err = 0;
      double r = c_abs(z, err);
      if (err) raise(&exc::OverflowError, "absolute value too large");
      return Value::from_double(r);
    }
    default: return Value::null();
  }
}

Value complex_repr(Value v) {
  CDouble z = complex_value(v);
  return str_value(text::repr_complex(z.real, z.imag));
}

// CPython's complex_hash: hash(real) + 1000003 * hash(imag), in unsigned arithmetic.
int64_t complex_hash(Value v) {
  CDouble z = complex_value(v);
  auto hr = static_cast<uint64_t>(float_hash(z.real));
  auto hi = static_cast<uint64_t>(float_hash(z.imag));
  auto h = static_cast<int64_t>(hr + 1000003u * hi);
  return h == -1 ? -2 : h;
}

bool complex_truth(Value v) {
  CDouble z = complex_value(v);
  return z.real != 0.0 || z.imag != 0.0;
}

Value get_real(Value v) { return Value::from_double(complex_value(v).real); }
Value get_imag(Value v) { return Value::from_double(complex_value(v).imag); }

Value m_conjugate(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("conjugate($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  CDouble z = complex_value(self);
  return make_complex(z.real, -z.imag);
}

Value m_getnewargs(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__getnewargs__($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  CDouble z = complex_value(self);
  return tuple_value({Value::from_double(z.real), Value::from_double(z.imag)});
}

Value m_complex(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__complex__($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  if (is_type(self, &types::complex)) return self;
  CDouble z = complex_value(self);
  return make_complex(z.real, z.imag);
}

// __pow__/__rpow__ take CPython's optional modulus only to refuse it.
Value m_pow(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__pow__($self, value, mod=None, /)");
  auto [other, mod] = sig.bind<2>(self, args, nargs, kw);
  if (!mod.is_none()) raise(&exc::ValueError, "complex modulo");
  Value r = complex_binary(BinaryOp::Power, self, other);
  return r.is_null() ? not_implemented() : r;
}
Value m_rpow(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__rpow__($self, value, mod=None, /)");
  auto [other, mod] = sig.bind<2>(self, args, nargs, kw);
  if (!mod.is_none()) raise(&exc::ValueError, "complex modulo");
  Value r = complex_binary(BinaryOp::Power, other, self);
  return r.is_null() ? not_implemented() : r;
}

Value m_format(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("__format__($self, format_spec, /)");
  auto [spec] = sig.bind<1>(self, args, nargs, kw);
  if (!isinstance(spec, &types::str))
    raise(&exc::TypeError, "__format__() argument must be str, not " + type_name(spec));
  if (spec.as<Str>()->data.empty()) return to_str(self);
  const Complex* c = self.as<Complex>();
  return str_value(format_complex(c->real, c->imag, spec.as<Str>()->data, type_of(self)->name));
}

const MethodEntry kComplexMethods[] = {
    {"__format__", m_format},
    {"__pow__", m_pow},
    {"__rpow__", m_rpow},
    {"conjugate", m_conjugate},
    {"__getnewargs__", m_getnewargs},
    {"__complex__", m_complex},
};

// ---- the constructor (CPython's complex_new) -------------------------------------------

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// A subclass's instance is made by builtin_new from the complex value.
Value from_doubles(Type*, double real, double imag) { return make_complex(real, imag); }

// type(v).__complex__ (builtin complex has one too: it is the identity there).
Value try_complex_special(Value v) {
  Type* t = type_of(v);
  if (!t->is_heap()) return Value::null();
  Value f = type_lookup(t, intern("__complex__"));
  if (f.is_null()) return Value::null();
  Value r = call_with_self(f, v, t, nullptr, 0, nullptr);
  if (!is_complex(r))
    raise(&exc::TypeError, "__complex__ returned non-complex (type " + type_name(r) + ")");
  if (!is_type(r, &types::complex))
    warn(&exc::DeprecationWarning,
         "__complex__ returned non-complex (type " + type_name(r) +
             ").  The ability to return an instance of a strict subclass of complex is deprecated, and may be "
             "removed in a future version of Python.");
  return r;
}

// Whether v has __float__ or __index__ (CPython's nb_float / nb_index test).
bool is_real_number(Value v) {
  if (v.is_float() || is_int(v) || isinstance(v, &types::float_)) return true;
  Type* t = type_of(v);
  if (!t->is_heap()) return false;
  return !type_lookup(t, names::float_).is_null() || !type_lookup(t, names::index).is_null();
}

// float(v) for a number (PyNumber_Float).
double number_as_double(Value v) {
  Value f = call(type_value(&types::float_), &v, 1);
  return f.as_float();
}

Value complex_new(Value cls_value, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("complex(real=0, imag=<unrepresentable>)");
  auto [r, i] = sig.bind<2>(Value::null(), args, nargs, kw);
  Type* cls = cls_value.is_null() ? &types::complex : cls_value.as<Type>();
  if (r.is_null()) r = Value::small_int(0);
  if (isinstance(r, &types::str)) {
    if (!i.is_null()) raise(&exc::TypeError, "complex() can't take second arg if first is a string");
    const std::string& text = r.as<Str>()->data;
    std::string ascii = numeric_to_ascii(text);
    std::string clean;
    if (!remove_number_underscores(ascii, clean))
      raise(&exc::ValueError, "could not convert string to complex: " + text::repr_str(text));
    auto z = complex_from_string(clean);
    if (!z) raise(&exc::ValueError, "complex() arg is a malformed string");
    return from_doubles(cls, z->real, z->imag);
  }
  if (!i.is_null() && isinstance(i, &types::str)) raise(&exc::TypeError, "complex() second arg can't be a string");
  bool own_r = false;
  if (Value tmp = try_complex_special(r); !tmp.is_null()) {
    r = tmp;
    own_r = true;
  }
  if (!is_complex(r) && !is_real_number(r))
    raise(&exc::TypeError, "complex() first argument must be a string or a number, not '" + type_name(r) + "'");
  if (!i.is_null() && !is_complex(i) && !is_real_number(i))
    raise(&exc::TypeError, "complex() second argument must be a number, not '" + type_name(i) + "'");
  if (i.is_null() && cls == &types::complex && is_type(r, &types::complex)) return r;
  (void)own_r;
  CDouble cr, ci{0.0, 0.0};
  bool cr_is_complex = false, ci_is_complex = false;
  if (is_complex(r)) {
    cr = complex_value(r);
    cr_is_complex = true;
  } else {
    cr = {number_as_double(r), 0.0};
  }
  if (i.is_null()) {
    ci.real = cr.imag;
  } else if (is_complex(i)) {
    ci = complex_value(i);
    ci_is_complex = true;
  } else {
    ci.real = number_as_double(i);
  }
  // complex(a, b) is a + b*1j even when a or b is itself complex.
  if (ci_is_complex) cr.real -= ci.imag;
  if (cr_is_complex && !i.is_null()) ci.real += cr.imag;
  return from_doubles(cls, cr.real, ci.real);
}

Value complex_construct(Value, Value* args, size_t nargs, Tuple* kw) {
  return complex_new(Value::null(), args, nargs, kw);
}

}  // namespace

// CPython's complex_from_string_inner: <float>, <float>j, <float><signed-float>j,
// and the older <float><sign>j, <sign>j, j; optional parentheses; spaces around.
std::optional<CDouble> complex_from_string(std::string_view text) {
  const char* s = text.data();
  const char* end = s + text.size();
  double x = 0.0, y = 0.0, z;
  while (s < end && is_space(*s)) ++s;
  bool bracket = false;
  if (s < end && *s == '(') {
    bracket = true;
    ++s;
    while (s < end && is_space(*s)) ++s;
  }
  auto is_j = [&](const char* p) { return p < end && (*p == 'j' || *p == 'J'); };
  const char* after = parse_float_prefix(s, end, z);
  if (after != s) {
    s = after;
    if (s < end && (*s == '+' || *s == '-')) {
      x = z;
      after = parse_float_prefix(s, end, y);
      if (after != s) {
        s = after;
      } else {
        y = *s == '+' ? 1.0 : -1.0;
        ++s;
      }
      if (!is_j(s)) return std::nullopt;
      ++s;
    } else if (is_j(s)) {
      ++s;
      y = z;
    } else {
      x = z;
    }
  } else {
    if (s < end && (*s == '+' || *s == '-')) {
      y = *s == '+' ? 1.0 : -1.0;
      ++s;
    } else {
      y = 1.0;
    }
    if (!is_j(s)) return std::nullopt;
    ++s;
  }
  while (s < end && is_space(*s)) ++s;
  if (bracket) {
    if (s >= end || *s != ')') return std::nullopt;
    ++s;
    while (s < end && is_space(*s)) ++s;
  }
  if (s != end) return std::nullopt;
  return CDouble{x, y};
}

void install_complex_type() {
  Type& t = types::complex;
  t.repr = complex_repr;
  t.hash = complex_hash;
  t.truth = complex_truth;
  t.binary = complex_binary;
  t.richcompare = complex_richcompare;
  t.unary = complex_unary;
  t.construct = complex_construct;
  add_getset(&t, "real", get_real);
  add_getset(&t, "imag", get_imag);
  install_methods(&t, std::begin(kComplexMethods), std::end(kComplexMethods));
  add_slot_wrappers(&t, {"__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__",
                         "__rtruediv__", "__neg__", "__pos__", "__abs__"});
}

}  // namespace rt
