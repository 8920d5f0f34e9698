// complex: CPython's complexobject.c — two doubles, the arithmetic of
// _Py_c_sum/_Py_c_quot/_Py_c_pow, string parsing, hashing and repr.
#pragma once

#include <optional>
#include <string_view>

#include "runtime/object.h"

namespace rt {

namespace types {
extern Type complex;
}

struct Complex : Object {
  double real = 0.0, imag = 0.0;
  explicit Complex(Type* t) : Object(t) {}
};

struct CDouble {
  double real, imag;
};

Value make_complex(double real, double imag);
bool is_complex(Value v);  // complex or a subclass instance
CDouble complex_value(Value v);  // of a complex (or subclass) instance
// An int, float or complex operand as a complex; nullopt for other types.
std::optional<CDouble> as_complex_operand(Value v);
// complex(s): CPython's complex_from_string_inner; nullopt = malformed.
std::optional<CDouble> complex_from_string(std::string_view ascii);

// The C-level arithmetic (CPython's _Py_c_*); errors are reported in `err`
// as errno would be: 0, EDOM, ERANGE.
CDouble c_sum(CDouble a, CDouble b);
CDouble c_diff(CDouble a, CDouble b);
CDouble c_prod(CDouble a, CDouble b);
CDouble c_quot(CDouble a, CDouble b, int& err);
CDouble c_pow(CDouble a, CDouble b, int& err);
double c_abs(CDouble z, int& err);
// a ** b as complex.__pow__ computes it (small integral exponents by repeated
// multiplication), with its ZeroDivisionError/OverflowError.
Value complex_power(CDouble a, CDouble b);

void install_complex_type();

}  // namespace rt
