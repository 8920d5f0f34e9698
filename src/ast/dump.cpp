#include "ast/dump.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <type_traits>
#include <utility>

#include "ast/stack_depth.h"
#include "ast/syntax_error.h"
#include "ast/visit.h"
#include "text/repr.h"

namespace ast {
namespace {


class Dumper {
 public:
  Dumper(bool attrs, std::optional<int> indent) : attrs_(attrs), indent_(indent) {}

  // Returns (text, simple) as ast.dump's _format does.
  std::pair<std::string, bool> node(const Node* n, int level) {
    if (!n) return {"None", true};
    // ast.dump raises RecursionError on trees this deep.
    if (StackDepth::exhausted())
      throw SyntaxError("RecursionError", "maximum recursion depth exceeded while calling a Python object");
    if (indent_) ++level;
    std::string prefix, sep;
    if (indent_) {
      prefix = "\n" + std::string(static_cast<size_t>(*indent_) * level, ' ');
      sep = ",\n" + std::string(static_cast<size_t>(*indent_) * level, ' ');
    } else {
      sep = ", ";
    }
    std::vector<std::string> args;
    bool allsimple = true;
    visit(const_cast<Node&>(*n), [&](auto& x) {
      x.fields([&](const char* name, auto& value) {
        if (omitted(value)) return;
        auto [text, simple] = field(value, level);
        allsimple = allsimple && simple;
        args.push_back(std::string(name) + "=" + text);
      });
      if constexpr (std::is_base_of_v<Located, std::decay_t<decltype(x)>>) {
        if (attrs_) {
          const Span& s = x.span;
          args.push_back("lineno=" + std::to_string(s.lineno));
          args.push_back("col_offset=" + std::to_string(s.col_offset));
          args.push_back("end_lineno=" + std::to_string(s.end_lineno));
          args.push_back("end_col_offset=" + std::to_string(s.end_col_offset));
        }
      }
    });
    std::string name = kind_name(n->kind);
    if (allsimple && args.size() <= 3) {
      std::string out = name + "(";
      for (size_t i = 0; i < args.size(); ++i) {
        if (i) out += ", ";
        out += args[i];
      }
      return {out + ")", args.empty()};
    }
    std::string out = name + "(" + prefix;
    for (size_t i = 0; i < args.size(); ++i) {
      if (i) out += sep;
      out += args[i];
    }
    return {out + ")", false};
  }

 private:
  bool attrs_;
  std::optional<int> indent_;

  template <class T>
  static bool omitted(const T& v) {
    if constexpr (std::is_pointer_v<T>) return v == nullptr;
    else if constexpr (std::is_same_v<T, Identifier>) return v.none();
    else return false;
  }

  template <class T>
  std::pair<std::string, bool> field(const T& v, int level) {
    if constexpr (std::is_pointer_v<T>) {
      return node(v, level);
    } else if constexpr (std::is_same_v<T, Identifier>) {
      return {text::repr_str(v.text), true};
    } else if constexpr (std::is_same_v<T, int>) {
      return {std::to_string(v), true};
    } else if constexpr (std::is_same_v<T, ConstantValue>) {
      return {repr_constant(v), true};
    } else if constexpr (std::is_enum_v<T>) {
      return {std::string(name_of(v)) + "()", true};
    } else {
      // A sequence.
      if (v.empty()) return {"[]", true};
      int inner = indent_ ? level + 1 : level;
      std::string prefix, sep = ", ";
      if (indent_) {
        prefix = "\n" + std::string(static_cast<size_t>(*indent_) * inner, ' ');
        sep = ",\n" + std::string(static_cast<size_t>(*indent_) * inner, ' ');
      }
      std::string out = "[" + prefix;
      bool first = true;
      for (const auto& e : v) {
        if (!first) out += sep;
        first = false;
        // ast.dump formats elements with the list's own (incremented) level.
        out += element(e, inner);
      }
      return {out + "]", false};
    }
  }

  template <class E>
  std::string element(const E& e, int level) {
    if constexpr (std::is_pointer_v<E>) return node(e, level).first;
    else if constexpr (std::is_same_v<E, Identifier>) return text::repr_str(e.text);
    else return std::string(name_of(e)) + "()";
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
  StackDepth depth;
  return Dumper(include_attributes, indent).node(&node, 0).first;
}

}  // namespace ast
