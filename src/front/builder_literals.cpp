// Literals: numbers (normalised as nodes.h requires), strings and bytes with their
// escapes, implicit concatenation and f-strings (3.11: an f-string is one STRING
// token whose replacement fields are parsed here, each by a sub-parse).
#include <cmath>
#include <cstdlib>

#include "front/builder.h"
#include "front/string_decode.h"

namespace front {

using TN = antlr4::tree::TerminalNode;
using K = ast::Kind;
using CK = ast::ConstantValue::Kind;

// Digits of `text` (no prefix, no underscores) in `base`, as decimal text.
static std::string to_decimal(std::string_view digits, int base) {
  std::vector<uint32_t> limbs;  // little-endian, base 1e9
  for (char c : digits) {
    int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                                                        : std::tolower(static_cast<unsigned char>(c)) - 'a' + 10;
    uint64_t carry = static_cast<uint64_t>(d);
    for (auto& limb : limbs) {
      uint64_t v = static_cast<uint64_t>(limb) * base + carry;
      limb = static_cast<uint32_t>(v % 1000000000u);
      carry = v / 1000000000u;
    }
    while (carry) {
      limbs.push_back(static_cast<uint32_t>(carry % 1000000000u));
      carry /= 1000000000u;
    }
  }
  if (limbs.empty()) return "0";
  std::string out = std::to_string(limbs.back());
  for (size_t i = limbs.size() - 1; i-- > 0;) {
    std::string part = std::to_string(limbs[i]);
    out += std::string(9 - part.size(), '0') + part;
  }
  return out;
}

ast::expr* Builder::number(const Token& t) {
  std::string s;
  for (char c : text(t))
    if (c != '_') s += c;
  auto* n = make<ast::Constant>();
  n->span = span_of(t, t);
  char last = s.back();
  if (last == 'j' || last == 'J') {
    s.pop_back();
    n->value.kind = CK::Complex;
    n->value.number = std::strtod(s.c_str(), nullptr);
    return n;
  }
  if (s.size() > 1 && s[0] == '0' && std::isalpha(static_cast<unsigned char>(s[1]))) {
    char p = static_cast<char>(std::tolower(static_cast<unsigned char>(s[1])));
    int base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
    n->value.kind = CK::Int;
    n->value.text = a_.intern(to_decimal(std::string_view(s).substr(2), base));
    return n;
  }
  if (s.find_first_of(".eE") != std::string::npos) {
    n->value.kind = CK::Float;
    n->value.number = std::strtod(s.c_str(), nullptr);
    return n;
  }
  size_t nz = s.find_first_not_of('0');
  n->value.kind = CK::Int;
  n->value.text = a_.intern(nz == std::string::npos ? std::string("0") : s.substr(nz));
  return n;
}

ast::expr* Builder::strings(const std::vector<TN*>& tokens, const ast::Span& span) {
  std::vector<StringPiece> pieces;
  pieces.reserve(tokens.size());
  bool any_f = false;
  for (auto* tn : tokens) {
    const Token& t = tok(tn);
    StringPiece p = split_string_token(text(t));
    p.token = &t;
    any_f |= p.fstring;
    pieces.push_back(p);
  }
  // CPython raises these one token past the strings, with a single caret.
  const Token& after = toks_[tokens.back()->getSymbol()->getTokenIndex() + 1];
  auto after_error = [&](const std::string& msg) {
    ast::Span s = span_of(after, after);
    s.end_lineno = s.lineno;
    s.end_col_offset = s.col_offset;
    error_at(s, msg);
  };
  auto decode_error = [&](const StringPiece& p, const DecodeError& e) {
    // Non-ASCII bytes are blamed on their token, escapes on the position after.
    if (e.message.rfind("bytes can only", 0) == 0) error_at(span_of(*p.token, *p.token), e.message);
    after_error(e.message);
  };
  // Token by token, in CPython's order: decode a plain literal, check it does not
  // mix bytes and str, parse an f-string (so the first problem in the source wins).
  std::string value;  // plain literal text, or the pending literal of an f-string group
  auto* joined = any_f ? make<ast::JoinedStr>() : nullptr;
  FString f{nullptr, span, pieces[0].unicode, &after, span};
  for (size_t i = 0; i < pieces.size(); ++i) {
    StringPiece& p = pieces[i];
    if (!p.fstring) {
      DecodeError err;
      if (!decode_literal(p.body, p.raw, p.bytes, value, err)) decode_error(p, err);
    }
    if (i > 0 && p.bytes != pieces[0].bytes) after_error("cannot mix bytes and nonbytes literals");
    if (p.fstring) {
      f.piece = &p;
      fstring_parse(f, 0, 0, joined->values, value);
    }
  }
  if (joined) {
    // An f-string group: literal text merged across pieces, fields as FormattedValue.
    flush_literal(f, joined->values, value, f.group);
    return at(joined, span);
  }
  auto* n = make<ast::Constant>();
  n->value.kind = pieces[0].bytes ? CK::Bytes : CK::Str;
  n->value.text = a_.intern(value);
  if (pieces[0].unicode) n->kind_ = intern("u");
  return at(n, span);
}

}  // namespace front
