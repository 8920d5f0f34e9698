#include "ast/dump.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <type_traits>
#include <utility>

#include "ast/syntax_error.h"
#include "ast/visit.h"
#include "text/repr.h"

namespace ast {
namespace {


// Writes ast.dump's text into one buffer. ast.dump's _format returns each child's
// text and lays a node out on one line only when it has at most three fields and
// all are "simple" (a primitive, an empty list, or a node that prints no field);
// that test needs only a shallow look at each child, so the text is streamed and
// deep trees cost linear time rather than one copy per level.
class Dumper {
 public:
  Dumper(bool attrs, std::optional<int> indent, std::string& out)
      : attrs_(attrs), indent_(indent), out_(out) {}

  // `level` is the indentation level, `depth` the Python frame that ast.dump's
  // _format call for this value would run in (see kMaxFrames).
  void node(const Node* n, int level, int depth) {
    enter(depth, "");
    if (!n) {
      repr_of_primitive(depth);
      out_ += "None";
      return;
    }
    if (indent_) ++level;
    size_t nargs = 0;
    bool allsimple = true;
    visit(const_cast<Node&>(*n), [&](auto& x) {
      x.fields([&](const char*, auto& value) {
        if (omitted(value)) return;
        ++nargs;
        allsimple = allsimple && simple(value);
      });
      if constexpr (std::is_base_of_v<Located, std::decay_t<decltype(x)>>) {
        if (attrs_) nargs += 4;  // ints: simple
      }
    });
    const bool one_line = allsimple && nargs <= 3;
    out_ += kind_name(n->kind);
    out_ += '(';
    bool first = true;
    auto separate = [&] {
      if (!indent_ || one_line) {
        if (!first) out_ += ", ";
      } else {
        if (!first) out_ += ',';
        newline(level);
      }
      first = false;
    };
    visit(const_cast<Node&>(*n), [&](auto& x) {
      x.fields([&](const char* name, auto& value) {
        if (omitted(value)) return;
        separate();
        out_ += name;
        out_ += '=';
        write(value, level, depth + 1);
      });
      if constexpr (std::is_base_of_v<Located, std::decay_t<decltype(x)>>) {
        if (attrs_) {
          repr_of_primitive(depth + 1);
          const Span& s = x.span;
          const std::pair<const char*, int> positions[] = {{"lineno=", s.lineno},
                                                           {"col_offset=", s.col_offset},
                                                           {"end_lineno=", s.end_lineno},
                                                           {"end_col_offset=", s.end_col_offset}};
          for (const auto& [label, number] : positions) {
            separate();
            out_ += label;
            out_ += std::to_string(number);
          }
        }
      }
    });
    enter(depth + 1, kBuiltinCall);  // the str.join of the fields' texts
    out_ += ')';
  }

 private:
  bool attrs_;
  std::optional<int> indent_;
  std::string& out_;

  // ast.dump's _format is recursive, so CPython raises RecursionError on deep
  // trees, and so does this dump, at the same depth and with the same message as
  // a script calling ast.dump at module level under the default recursion limit
  // of 1000 (the root's _format is the third frame). Each value costs one
  // Python frame, a non-empty list one more for the generator expression that
  // formats its items; a primitive's repr() is a builtin call one frame deeper
  // and PyObject_Repr's own check one frame deeper still. The message names the
  // kind of call that went one frame too far. The limit also keeps the output
  // small: indented text grows with the square of the depth.
  static constexpr int kMaxFrames = 997;
  static constexpr const char* kBuiltinCall = " while calling a Python object";
  static constexpr const char* kReprCall = " while getting the repr of an object";

  static void enter(int depth, const char* what) {
    if (depth > kMaxFrames)
      throw SyntaxError("RecursionError", std::string("maximum recursion depth exceeded") + what);
  }

  // The checks of `_format(value)` returning `repr(value)` for a value that is
  // not a node or a list.
  static void repr_of_primitive(int depth) {
    enter(depth, "");
    enter(depth + 1, kBuiltinCall);
    enter(depth + 2, kReprCall);
  }

  void newline(int level) {
    out_ += '\n';
    out_.append(static_cast<size_t>(*indent_) * static_cast<size_t>(level), ' ');
  }

  template <class T>
  static bool omitted(const T& v) {
    if constexpr (std::is_pointer_v<T>) return v == nullptr;
    else if constexpr (std::is_same_v<T, Identifier>) return v.none();
    else return false;
  }

  // Whether _format would call this value's text simple.
  template <class T>
  bool simple(const T& v) const {
    if constexpr (std::is_pointer_v<T>) {
      if (!v) return true;
      bool any = false;
      visit(const_cast<Node&>(static_cast<const Node&>(*v)), [&](auto& x) {
        x.fields([&](const char*, auto& value) { any = any || !omitted(value); });
        if constexpr (std::is_base_of_v<Located, std::decay_t<decltype(x)>>) any = any || attrs_;
      });
      return !any;
    } else if constexpr (std::is_same_v<T, Identifier> || std::is_same_v<T, int> ||
                         std::is_same_v<T, ConstantValue> || std::is_enum_v<T>) {
      return true;
    } else {
      return v.empty();  // a sequence
    }
  }

  template <class T>
  void write(const T& v, int level, int depth) {
    constexpr bool primitive = std::is_same_v<T, Identifier> || std::is_same_v<T, int> ||
                               std::is_same_v<T, ConstantValue>;
    if constexpr (primitive) {
      repr_of_primitive(depth);
    } else if constexpr (std::is_enum_v<T>) {
      enter(depth, "");
      enter(depth + 1, kBuiltinCall);  // the str.join of its (no) fields
    } else if constexpr (!std::is_pointer_v<T>) {
      enter(depth, "");
    }
    if constexpr (std::is_pointer_v<T>) {
      node(v, level, depth);
    } else if constexpr (std::is_same_v<T, Identifier>) {
      out_ += text::repr_str(v.text);
    } else if constexpr (std::is_same_v<T, int>) {
      out_ += std::to_string(v);
    } else if constexpr (std::is_same_v<T, ConstantValue>) {
      out_ += repr_constant(v);
    } else if constexpr (std::is_enum_v<T>) {
      out_ += name_of(v);  // a field-less node such as Load()
      out_ += "()";
    } else {
      // A sequence; ast.dump formats its elements one level deeper.
      if (v.empty()) {
        out_ += "[]";
        return;
      }
      const int inner = indent_ ? level + 1 : level;
      enter(depth + 1, "");  // the generator expression that formats the items
      out_ += '[';
      bool first = true;
      for (const auto& e : v) {
        if (indent_) {
          if (!first) out_ += ',';
          newline(inner);
        } else if (!first) {
          out_ += ", ";
        }
        first = false;
        write(e, inner, depth + 2);
      }
      out_ += ']';
    }
  }
};

}  // namespace

std::string repr_constant(const ConstantValue& v) {
  using K = ConstantValue::Kind;
  switch (v.kind) {
    case K::None: return "None";
    case K::True: return "True";
    case K::False: return "False";
    case K::Ellipsis: return "Ellipsis";
    case K::Int: return std::string(v.text);
    case K::Float: return text::repr_float(v.number);
    case K::Complex: return text::repr_complex(0.0, v.number);
    case K::Str: return text::repr_str(v.text);
    case K::Bytes: return text::repr_bytes(v.text);
  }
  return "None";
}

std::string dump(const Node& node, bool include_attributes, std::optional<int> indent) {
  std::string out;
  Dumper(include_attributes, indent, out).node(&node, 0, 1);
  return out;
}

}  // namespace ast
