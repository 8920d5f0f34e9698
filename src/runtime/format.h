// Python's string formatting engines, to the letter of CPython 3.11:
//  - the format-specification mini-language of int, float, str and complex
//    (CPython's Python/formatter_unicode.c), in format_spec.cpp;
//  - PyOS_double_to_string, the float-to-text conversion shared by repr,
//    format(), %-formatting and complex (Python/pystrtod.c), in format_spec.cpp;
//  - str.format / str.format_map and the parser behind string.Formatter
//    (Objects/stringlib/unicode_format.h), in str_format.cpp;
//  - printf-style `str % args` (PyUnicode_Format), in percent_format.cpp, with
//    its number conversions exported so that `bytes % args` can share them.
// rt::format (PyObject_Format) itself is declared in ops.h.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/object.h"

namespace rt {

// ---- the format-spec mini-language -------------------------------------------------

// A parsed [[fill]align][sign][z][#][0][width][grouping][.precision][type].
struct FormatSpec {
  uint32_t fill = ' ';
  char align = 0;          // '<' '>' '^' '=' (the type's default once parsed)
  char sign = 0;           // '+' '-' ' ' or 0
  bool no_neg_0 = false;   // 'z'
  bool alternate = false;  // '#'
  int64_t width = -1;
  char thousands = 0;      // ',' '_' or '4' ('_' every four digits: b/o/x/X)
  int64_t precision = -1;
  uint32_t type = 0;       // presentation type code point, 0 = none
};

// CPython's parse_internal_render_format_spec; `type_name` names the object in
// "Invalid format specifier '...' for object of type 'int'".
FormatSpec parse_format_spec(std::string_view spec, const std::string& type_name, uint32_t default_type,
                             char default_align);

// The __format__ of the builtin types with a non-empty spec (an empty spec is
// str(value), which the callers handle). `type_name` is the object's type name
// for error messages (a subclass's own name, as CPython's tp_name).
std::string format_int(Value v, std::string_view spec, const std::string& type_name);
std::string format_float(double x, std::string_view spec, const std::string& type_name);
std::string format_str(std::string_view utf8, std::string_view spec, const std::string& type_name);
// int/bool/float/str.__format__(spec) of self (or an instance of a subclass).
Value format_builtin(Value self, Value spec);
// complex.__format__: an empty spec gives repr-style text ("(1+2j)", "2j").
std::string format_complex(double real, double imag, std::string_view spec,
                           const std::string& type_name = "complex");

// PyOS_double_to_string: code is one of e E f F g G r; precision is ignored
// for 'r'. Flags as Py_DTSF_SIGN / ADD_DOT_0 / ALT / NO_NEG_0.
struct DoubleFlags {
  bool sign = false;       // '+' on non-negative values
  bool add_dot_0 = false;  // "1.0" rather than "1" for integral values
  bool alt = false;        // keep the decimal point and trailing zeros
  bool no_neg_0 = false;   // "-0.0" rounds to "0.0"
};
std::string double_to_string(double x, char code, int precision, DoubleFlags flags);

// ---- str.format and string.Formatter's parser ----------------------------------------

// One step of CPython's MarkupIterator over a format string: literal text and,
// when `field_present`, a replacement field's parts.
struct MarkupItem {
  std::string_view literal;
  bool field_present = false;
  std::string_view field_name;
  std::string_view format_spec;
  uint32_t conversion = 0;  // 0 = none
  bool spec_needs_expanding = false;
};
class MarkupIterator {
 public:
  explicit MarkupIterator(std::string_view s) : s_(s) {}
  // False at the end; raises ValueError for malformed markup.
  bool next(MarkupItem& item);

 private:
  std::string_view s_;
  size_t pos_ = 0;
};

// _string.formatter_parser(s): a list of (literal, field_name, format_spec,
// conversion) tuples, None where CPython gives None. Errors as iterating would
// raise them (the items before an error are lost: the list is built eagerly).
Value formatter_parser(Value str);
// _string.formatter_field_name_split(name): (first, list of (is_attr, key)),
// first and numeric keys as ints.
Value formatter_field_name_split(Value str);

// str.format(*args, **kwargs) (kwargs may be null) and str.format_map(mapping).
Value str_format(Value self, Value* args, size_t nargs, Value kwargs_mapping);
Value str_format_method(Value self, Value* args, size_t nargs, Tuple* kwnames);
Value str_format_map_method(Value self, Value* args, size_t nargs, Tuple* kwnames);

// ---- printf-style formatting -------------------------------------------------------

// PyUnicode_Format: `fmt % args`.
Value str_percent_format(Value fmt, Value args);

// The printf-style engine itself, shared with `bytes % args`: it walks the
// format (code points when `utf8`, bytes otherwise), takes arguments from the
// tuple / single value / mapping, parses flags, width, precision ('*' too) and
// formats the numeric conversions (d i u o x X e E f F g G) itself; `convert`
// does the type's own conversions (str: s r a c; bytes: s b a r c) and returns
// false for a character it does not know (the engine then raises
// "unsupported format character"). `make_key` builds the %(key) lookup key.
// `args_are_mapping`: PyMapping_Check(args) and args is neither a tuple nor
// the format's own type (see percent_mapping_check).
struct PercentHooks {
  bool utf8;
  Value (*make_key)(std::string_view key);
  bool (*convert)(std::string& out, uint32_t conv, Value v, int flags, int64_t width, int64_t precision);
};
std::string percent_format(std::string_view fmt, Value args, bool args_are_mapping, const PercentHooks& hooks);
// PyMapping_Check: the type supports subscription (dict, list, a class with __getitem__...).
bool percent_mapping_check(Value v);

// The pieces `bytes % args` shares (CPython's bytes formatter calls the same
// helpers for the numeric conversions):
// %d %i %u %o %x %X: the int to format (int subclasses and __index__/__int__
// per CPython's mainformatlong), or a TypeError "%d format: a real number is
// required, not str".
Value percent_int_operand(Value v, char conv);
// _PyUnicode_FormatLong: digits with precision zero-fill, "0x"/"0o" when alt.
std::string percent_format_long(Value int_value, bool alt, int64_t precision, char conv);
// %e %f %g ...: PyFloat_AsDouble (TypeError "must be real number, not str").
double percent_float_operand(Value v);
std::string percent_format_float(double x, char conv, int64_t precision, bool alt);
// The padding/sign/prefix layout of one converted field (unicode_format_arg_output);
// lengths count code points when `utf8`, bytes otherwise.
enum PercentFlags : int { kLeftJustify = 1, kSignFlag = 2, kBlank = 4, kAlternate = 8, kZeroPad = 16 };
void percent_output(std::string& out, std::string_view body, char conv, int flags, int64_t width,
                    int64_t precision, bool numeric, bool utf8);

}  // namespace rt
