#include "ast/dump.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <type_traits>
#include <utility>

#include <utf8proc.h>

#include "ast/stack_depth.h"
#include "ast/syntax_error.h"
#include "ast/visit.h"

namespace ast {
namespace {

// Decodes one code point of WTF-8 (surrogates allowed); returns bytes consumed.
size_t decode_wtf8(std::string_view s, size_t i, uint32_t& cp) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  auto cont = [&](size_t k) { return static_cast<uint32_t>(static_cast<unsigned char>(s[i + k]) & 0x3F); };
  if (c < 0x80) { cp = c; return 1; }
  if ((c >> 5) == 6 && i + 1 < s.size()) { cp = ((c & 0x1Fu) << 6) | cont(1); return 2; }
  if ((c >> 4) == 14 && i + 2 < s.size()) { cp = ((c & 0x0Fu) << 12) | (cont(1) << 6) | cont(2); return 3; }
  if ((c >> 3) == 30 && i + 3 < s.size()) {
    cp = ((c & 0x07u) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3);
    return 4;
  }
  cp = c;
  return 1;
}

// Python's str.isprintable() for one code point.
bool is_printable(uint32_t cp) {
  if (cp == ' ') return true;
  if (cp < 0x20 || cp == 0x7F) return false;
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF: case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_ZS:
      return false;
    default:
      return true;
  }
}

void append_hex(std::string& out, const char* prefix, uint32_t v, int digits) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%s%0*x", prefix, digits, v);
  out += buf;
}

std::string format_double(double v, bool add_dot_0) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v < 0 ? "-inf" : "inf";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  std::string sci(buf, res.ptr);
  std::string sign;
  if (sci[0] == '-') {
    sign = "-";
    sci.erase(0, 1);
  }
  size_t e = sci.find('e');
  std::string mant = sci.substr(0, e);
  int exp = std::stoi(sci.substr(e + 1));
  std::string digits;
  for (char c : mant)
    if (c != '.') digits += c;
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  int decpt = exp + 1;
  int nd = static_cast<int>(digits.size());
  std::string out = sign;
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) {
      out += "0." + std::string(-decpt, '0') + digits;
    } else if (decpt >= nd) {
      out += digits + std::string(decpt - nd, '0');
      if (add_dot_0) out += ".0";
    } else {
      out += digits.substr(0, decpt) + "." + digits.substr(decpt);
    }
  } else {
    out += digits.substr(0, 1);
    if (nd > 1) out += "." + digits.substr(1);
    int x = decpt - 1;
    char eb[16];
    std::snprintf(eb, sizeof eb, "e%c%02d", x < 0 ? '-' : '+', x < 0 ? -x : x);
    out += eb;
  }
  return out;
}

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
      return {repr_str(v.text), true};
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
    else if constexpr (std::is_same_v<E, Identifier>) return repr_str(e.text);
    else return std::string(name_of(e)) + "()";
  }
};

}  // namespace

std::string repr_str(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out(1, quote);
  for (size_t i = 0; i < s.size();) {
    uint32_t cp;
    size_t n = decode_wtf8(s, i, cp);
    if (cp == static_cast<uint32_t>(quote) || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp < 0x20 || cp == 0x7F) {
      append_hex(out, "\\x", cp, 2);
    } else if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (is_printable(cp)) {
      out.append(s.substr(i, n));
    } else if (cp <= 0xFF) {
      append_hex(out, "\\x", cp, 2);
    } else if (cp <= 0xFFFF) {
      append_hex(out, "\\u", cp, 4);
    } else {
      append_hex(out, "\\U", cp, 8);
    }
    i += n;
  }
  out += quote;
  return out;
}

std::string repr_bytes(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out = "b";
  out += quote;
  for (unsigned char c : s) {
    if (c == quote || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      append_hex(out, "\\x", c, 2);
    } else {
      out += static_cast<char>(c);
    }
  }
  out += quote;
  return out;
}

std::string repr_float(double v) { return format_double(v, true); }

std::string repr_constant(const ConstantValue& v) {
  using K = ConstantValue::Kind;
  switch (v.kind) {
    case K::None: return "None";
    case K::True: return "True";
    case K::False: return "False";
    case K::Ellipsis: return "Ellipsis";
    case K::Int: return std::string(v.text);
    case K::Float: return repr_float(v.number);
    case K::Complex: return format_double(v.number, false) + "j";
    case K::Str: return repr_str(v.text);
    case K::Bytes: return repr_bytes(v.text);
  }
  return "None";
}

std::string dump(const Node& node, bool include_attributes, std::optional<int> indent) {
  StackDepth depth;
  return Dumper(include_attributes, indent).node(&node, 0).first;
}

}  // namespace ast
