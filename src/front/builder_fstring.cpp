// f-strings as Python 3.11 parses them (Parser/string_parser.c): the token text is
// scanned for literal parts and `{expression!conversion:format_spec}` fields; each
// expression is parsed on its own, placed at its real position in the file.
#include "front/builder.h"
#include "front/parse_internal.h"

namespace front {

using K = ast::Kind;
using CK = ast::ConstantValue::Kind;

// CPython raises these while the parser is one token past the string group.
void Builder::fstring_error(const FString& f, const std::string& msg) const {
  ast::Span s = span_of(*f.after, *f.after);
  s.end_lineno = s.lineno;
  s.end_col_offset = s.col_offset;
  error_at(s, msg);
}

void Builder::flush_literal(const FString& f, ast::Seq<ast::expr*>& values, std::string& pending,
                            const ast::Span& span) {
  if (pending.empty()) return;
  auto* c = make<ast::Constant>();
  c->value.kind = CK::Str;
  c->value.text = a_.intern(pending);
  if (f.unicode_kind) c->kind_ = intern("u");
  c->span = span;
  values.push_back(c);
  pending.clear();
}

size_t Builder::fstring_parse(const FString& f, size_t i, int depth, ast::Seq<ast::expr*>& values,
                              std::string& pending) {
  std::string_view s = f.piece->body;
  bool raw = f.piece->raw;
  while (true) {
    // Literal text up to a '{' or '}' (doubled braces are literal at the top level).
    size_t start = i;
    bool doubled = false;
    while (i < s.size()) {
      char ch = s[i++];
      if (!raw && ch == '\\' && i < s.size()) {
        ch = s[i++];
        if (ch == 'N') {
          if (i < s.size() && s[i++] == '{') {
            while (i < s.size() && s[i++] != '}') {
            }
          }
          continue;
        }
      }
      if (ch == '{' || ch == '}') {
        if (depth == 0) {
          if (i < s.size() && s[i] == ch) {
            doubled = true;
            break;
          }
          if (ch == '}') fstring_error(f, "f-string: single '}' is not allowed");
        }
        --i;
        break;
      }
    }
    size_t lit_end = i;
    if (lit_end > start) {
      DecodeError err;
      if (!decode_literal(s.substr(start, lit_end - start), raw, false, pending, err))
        fstring_error(f, err.message);
    }
    if (doubled) {
      i += 1;  // skip the second brace
      continue;
    }
    if (i >= s.size() || s[i] == '}') return i;
    i = fstring_field(f, i, depth, values, pending);
  }
}

size_t Builder::fstring_field(const FString& f, size_t i, int depth, ast::Seq<ast::expr*>& values,
                              std::string& pending) {
  std::string_view s = f.piece->body;
  if (depth >= 2) fstring_error(f, "f-string: expressions nested too deeply");
  size_t brace = i;
  ++i;
  size_t expr_start = i;
  char quote = 0;
  int string_type = 0;
  std::vector<char> parens;
  for (; i < s.size(); ++i) {
    char ch = s[i];
    if (ch == '\\') fstring_error(f, "f-string expression part cannot include a backslash");
    if (quote) {
      if (ch == quote) {
        if (string_type == 3) {
          if (i + 2 < s.size() && s[i + 1] == ch && s[i + 2] == ch) {
            i += 2;
            quote = 0;
          }
        } else {
          quote = 0;
        }
      }
      continue;
    }
    if (ch == '\'' || ch == '"') {
      if (i + 2 < s.size() && s[i + 1] == ch && s[i + 2] == ch) {
        string_type = 3;
        i += 2;
      } else {
        string_type = 1;
      }
      quote = ch;
    } else if (ch == '[' || ch == '{' || ch == '(') {
      if (parens.size() >= 200) fstring_error(f, "f-string: too many nested parenthesis");
      parens.push_back(ch);
    } else if (ch == '#') {
      fstring_error(f, "f-string expression part cannot include '#'");
    } else if (parens.empty() &&
               (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
      if (i + 1 < s.size()) {
        char next = s[i + 1];
        if ((ch == '!' || ch == '=' || ch == '<' || ch == '>') && next == '=') {
          ++i;
          continue;
        }
      }
      if (ch == '>' || ch == '<') continue;
      break;
    } else if (ch == ']' || ch == '}' || ch == ')') {
      if (parens.empty()) fstring_error(f, std::string("f-string: unmatched '") + ch + "'");
      char open = parens.back();
      parens.pop_back();
      if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}')))
        fstring_error(f, std::string("f-string: closing parenthesis '") + ch +
                             "' does not match opening parenthesis '" + open + "'");
    }
  }
  size_t expr_end = i;
  if (quote) fstring_error(f, "f-string: unterminated string");
  if (!parens.empty()) fstring_error(f, std::string("f-string: unmatched '") + parens.back() + "'");
  if (i >= s.size()) fstring_error(f, "f-string: expecting '}'");

  std::string_view expr_text = s.substr(expr_start, expr_end - expr_start);
  if (expr_text.find_first_not_of(" \t\n\r\f\v") == std::string_view::npos) {
    if (s[i] == '!' || s[i] == ':' || s[i] == '=')
      fstring_error(f, std::string("f-string: expression required before '") + s[i] + "'");
    fstring_error(f, "f-string: empty expression not allowed");
  }

  // Where the '{' is in the file: the sub-parse's "(" stands in for it.
  const Token& t = *f.piece->token;
  std::string_view token_text = src_.substr(t.begin, t.end - t.begin);
  size_t brace_in_token = static_cast<size_t>(f.piece->body_offset) + brace;
  int line = t.line, col = t.col;
  for (size_t k = 0; k < brace_in_token; ++k) {
    if (token_text[k] == '\n') {
      ++line;
      col = 0;
    } else {
      ++col;
    }
  }
  ast::Span base_line = span_of(t, t);  // applies this builder's own shift (nested fields)
  PositionShift shift;
  shift.line_delta = base_line.lineno + (line - t.line) - 1;
  shift.first_line_col = line == t.line ? base_line.col_offset + (col - t.col) : col;
  std::string sub;
  sub.reserve(expr_text.size() + 2);
  sub += '(';
  sub += expr_text;
  sub += ')';
  ast::expr* value = parse_fstring_expression(a_, file_src_, sub, shift);

  int conversion = -1;
  bool debug = false;
  if (s[i] == '=') {
    debug = true;
    ++i;
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (i >= s.size()) fstring_error(f, "f-string: expecting '}'");
    pending.append(s.substr(expr_start, i - expr_start));
  }
  if (s[i] == '!') {
    ++i;
    if (i >= s.size()) fstring_error(f, "f-string: expecting '}'");
    conversion = static_cast<unsigned char>(s[i]);
    ++i;
    if (!(conversion == 's' || conversion == 'r' || conversion == 'a'))
      fstring_error(f, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
  }
  ast::JoinedStr* spec = nullptr;
  if (i < s.size() && s[i] == ':') {
    ++i;
    if (i >= s.size()) fstring_error(f, "f-string: expecting '}'");
    spec = make<ast::JoinedStr>();
    std::string spec_pending;
    // CPython gives the spec and its literal parts the span of the string token
    // they are in (not the whole concatenation).
    spec->span = span_of(t, t);
    FString inner = f;
    inner.literals = spec->span;
    i = fstring_parse(inner, i, depth + 1, spec->values, spec_pending);
    // A format spec's trailing literal gets the token's span (CPython's
    // FstringParser_Finish with the current token), the others the group's.
    flush_literal(inner, spec->values, spec_pending, inner.literals);
  }
  if (i >= s.size() || s[i] != '}') fstring_error(f, "f-string: expecting '}'");
  ++i;
  if (debug && !spec && conversion == -1) conversion = 'r';
  flush_literal(f, values, pending, f.group);
  auto* fv = make<ast::FormattedValue>();
  fv->value = value;
  fv->conversion = conversion;
  fv->format_spec = spec;
  fv->span = f.group;
  values.push_back(fv);
  return i;
}

}  // namespace front
