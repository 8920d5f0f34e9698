// The one argument parser for native functions and methods (CPython's
// Argument Clinic + Python/getargs.c, MicroPython's mp_arg_parse_all).
//
// A function declares its Python signature once, as CPython prints it:
//
//   Value s_split(Value self, Value* args, size_t nargs, Tuple* kwnames) {
//     static const Signature sig("split($self, /, sep=None, maxsplit=-1)");
//     auto [sep, maxsplit] = sig.bind<2>(self, args, nargs, kwnames);
//     ...
//
// and gets one Value per named parameter (in declaration order, `$self`
// excluded): the argument, else the declared default, else null ("not
// given"). Every arity and keyword error is raised here as a TypeError with
// CPython 3.11's exact wording, which depends on how CPython implements the
// function; the parser derives that from the signature's shape:
//
//   no parameters, all positional-only           METH_NOARGS
//       "str.lower() takes no arguments (1 given)"
//   one required positional-only parameter       METH_O
//       "list.append() takes exactly one argument (0 given)"
//   other positional-only-only signatures        Clinic's _PyArg_CheckPositional
//       "pop expected at most 1 argument, got 2"
//   these three, given keywords                  the call machinery
//       "list.pop() takes no keyword arguments"
//   any keyword-capable parameter                Clinic's _PyArg_UnpackKeywords
//       "split() takes at most 2 arguments (3 given)",
//       "'x' is an invalid keyword argument for split()",
//       "round() missing required argument 'number' (pos 1)", ...
//       (with *args: _PyArg_UnpackKeywordsWithVararg, no upper bounds)
//   optional groups, "log(x, [base=math.e])"     Clinic's optional groups
//       "math.log requires 1 to 2 arguments", "log() takes no keyword arguments"
//
// Two wordings no shape tells are chosen by an ArgStyle: ParseTuple, the older
// PyArg_ParseTuple functions (str.find, str.count, str.startswith, ...):
//       "find() takes at least 1 argument (0 given)"
// and CheckPositional, positional counts checked by hand before keywords are
// parsed (builtin sorted): "sorted expected 1 argument, got 2".
//
// Names: the text before "(" is the name as CPython's messages qualify it
// ("math.sqrt", "len"). For `$self`/`$type` methods the type is found from
// the receiver (the class in its MRO whose dict defines the method), so one
// function serves set and frozenset and the messages say "frozenset.copy()".
//
// Defaults: None, True, False, ints, floats and quoted strings are
// materialised (strings interned); any other default text ("sys.maxsize",
// "<unrepresentable>", "math.e") leaves the slot null when the argument is
// omitted, so the function can tell and supply the value itself.
#pragma once

#include <array>
#include <cassert>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/object.h"

namespace rt {

struct Dict;

enum class ArgStyle : uint8_t {
  Auto,        // from the signature's shape (above)
  ParseTuple,  // PyArg_ParseTuple's "name() takes at least N argument(s) (M given)"
  // PyArg_ParseTuple with no ":name" in its format (BaseExceptionGroup.derive):
  // "function takes exactly 1 argument (0 given)".
  ParseTupleUnnamed,
  // Hand-written positional checks (_PyArg_UnpackStack / _PyArg_CheckPositional)
  // in front of a keyword parse, as builtin sorted(): "sorted expected 1 argument, got 2".
  CheckPositional,
};

class Signature {
 public:
  enum class Kind : uint8_t { PositionalOnly, PositionalOrKeyword, KeywordOnly };
  enum class Default : uint8_t { Required, Unrepresented, None, True, False, Int, Float, Str };
  struct Param {
    std::string name;
    Kind kind = Kind::PositionalOrKeyword;
    Default def = Default::Required;
    int64_t int_value = 0;
    double float_value = 0;
    std::string str_value;
    bool required() const { return def == Default::Required; }
  };
  // What parse() leaves outside the named parameters.
  struct Rest {
    Value* varargs = nullptr;  // the *args part of the caller's array
    size_t nvarargs = 0;
    Dict* kwargs = nullptr;    // **kwargs: the unmatched keywords (null when none)
  };

  explicit Signature(std::string_view text, ArgStyle style = ArgStyle::Auto);

  // Binds the call's arguments into out[0..size()); raises TypeError.
  Rest parse(Value self, Value* args, size_t nargs, Tuple* kwnames, Value* out) const;

  template <size_t N>
  std::array<Value, N> bind(Value self, Value* args, size_t nargs, Tuple* kwnames) const {
    assert(N == params_.size());
    std::array<Value, N> out;
    parse(self, args, nargs, kwnames, out.data());
    return out;
  }

  size_t size() const { return params_.size(); }
  const std::vector<Param>& params() const { return params_; }
  const std::string& name() const { return name_; }
  // CPython's __text_signature__ for it, e.g. "($self, /, sep=None, maxsplit=-1)".
  const std::string& text_signature() const { return text_signature_; }
  // The name as the call machinery prints it: "list.append", "math.sqrt".
  std::string qualified_name(Value self) const;

 private:
  enum class Style : uint8_t { NoArgs, OneArg, Positional, ParseTuple, Groups, Keywords };
  enum class SelfKind : uint8_t { None, Self, Type, Module };

  void parse_text(std::string_view text);
  void bind_keywords(Value self, Value* args, size_t npos, Tuple* kwnames, Value* out, Rest& rest) const;
  void bind_positional(Value self, Value* args, size_t npos, Tuple* kwnames, Value* out, Rest& rest) const;
  [[noreturn]] void positional_count_error(Value self, size_t npos) const;
  Value default_value(size_t i) const;

  std::string name_;       // "split"
  std::string qualifier_;  // "math" for "math.sqrt", else empty
  std::string text_signature_;
  std::vector<Param> params_;
  std::vector<uint8_t> group_counts_;  // optional groups: the argument counts allowed
  mutable std::vector<Value> str_defaults_;  // interned on first use
  SelfKind self_ = SelfKind::None;
  Style style_ = Style::Keywords;
  bool varargs_ = false;
  bool varkw_ = false;
  bool check_positional_ = false;  // ArgStyle::CheckPositional
  bool unnamed_ = false;           // ArgStyle::ParseTupleUnnamed
  uint8_t posonly_ = 0;    // positional-only parameters
  uint8_t maxpos_ = 0;     // positional parameters (positional-only + positional-or-keyword)
  uint8_t minpos_ = 0;     // required positional parameters
  uint8_t minkw_ = 0;      // required keyword-only parameters
};

}  // namespace rt
